import { eq } from 'drizzle-orm';
import { createApp } from '../app.js';
import { staffAccounts } from '../db/schema/index.js';
import { hashPassword } from '../services/auth/passwords.js';
import { createSiteKey } from '../services/embedding/site-keys.js';
import { createLiveUpdates } from '../services/live/live-updates.js';
import { startTestCity } from './city.js';
import { installHotlineDirectory } from './hotlines.js';
import { installKnowledgeBase } from './kb.js';
import { serveOnFreePort } from './server.js';

/** What a browser test needs to know about the API it runs against. */
export interface BrowserTestApi {
  url: string;
  cityId: string;
  siteKey: string;
  /** Staff bearer tokens by test unit key (`grid-b1-1`, `city`, …), for moving cases along. */
  tokens: Record<string, string>;
  buildings: Record<string, string>;
  categories: Record<string, string>;
  units: Record<string, string>;
  /** Every test unit's staff member signs in with the unit's key as login and this password. */
  staffPassword: string;
}

const staffPassword = 'test-staff-pages-2026';

/**
 * The real API on a socket, on a fresh test city, with a site key for the pages the browser
 * tests run on: what element tests and end-to-end tests talk to. `publicUrl` is the server's own
 * address, so tracking links in receipts open on it.
 */
export async function startBrowserTestApi(options: { allowedOrigins: string[]; liveHeartbeatMs?: number; embedDir?: string }): Promise<BrowserTestApi & { close(): Promise<void> }> {
  const { database, city, deps } = await startTestCity();
  // The knowledge-base fixtures, for <hy-kb-search> (about a second on PGlite).
  await installKnowledgeBase(database, city.cityId);
  // A few directory numbers, for the operator's <hy-hotline-desk>.
  await installHotlineDirectory(database.db, city.cityId);
  const live = createLiveUpdates(database);
  let publicUrl = '';
  // The socket's port is known only once it listens; the app reads publicUrl per request.
  const app = createApp({
    ...deps,
    live,
    liveHeartbeatMs: options.liveHeartbeatMs ?? 5_000,
    ...(options.embedDir ? { embedDir: options.embedDir } : {}),
    get publicUrl() {
      return publicUrl;
    },
  });
  const server = await serveOnFreePort(app);
  publicUrl = server.url;
  // The staff pages sign in with a login and password; one hash serves every test account.
  const passwordHash = await hashPassword(staffPassword);
  for (const [unitKey, unitId] of city.unitIds) await database.db.update(staffAccounts).set({ login: unitKey, passwordHash }).where(eq(staffAccounts.unitId, unitId));
  const { key } = await createSiteKey(database.db, { cityId: city.cityId, label: '浏览器测试页面', allowedOrigins: options.allowedOrigins });
  return {
    url: server.url,
    cityId: city.cityId,
    siteKey: key,
    tokens: Object.fromEntries(city.tokens),
    buildings: Object.fromEntries(city.buildingIds),
    categories: Object.fromEntries(city.categoryIds),
    units: Object.fromEntries(city.unitIds),
    staffPassword,
    async close() {
      await live.close();
      await server.close();
      await database.close();
    },
  };
}
