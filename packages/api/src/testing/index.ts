export { openTestDatabase, testEngine } from './database.js';
export { createTestApp, createTestCity, startTestCity, testCitySpec, type TestCity } from './city.js';
export { freePort, serveOnFreePort } from './server.js';
export { createStaffAccount } from '../services/staff.js';
export { startBrowserTestApi, type BrowserTestApi } from './browser-server.js';
export { installKnowledgeBase, knowledgeBaseFixtures } from './kb.js';
export { installHotlineDirectory, hotlineGuideFixtures } from './hotlines.js';
