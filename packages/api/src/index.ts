export { createApp, openApiDocument, type App } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { loadConfig, type Config } from './config.js';
export { FakeClock, systemClock, type Clock } from './clock.js';
export { openDatabase, queryRows, type Database, type DatabaseHandle, type DatabaseOptions } from './db/client.js';
export * as schema from './db/schema/index.js';
export type { AppDependencies } from './context.js';
export type { Problem } from './http/problems.js';
