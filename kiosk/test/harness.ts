import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type DatabaseHandle } from '@huying/api';
import { createStaffAccount, installKnowledgeBase, serveOnFreePort, startTestCity, type TestCity } from '@huying/api/testing';
import { HuyingClient, type StaffCaseSummary } from '@huying/sdk';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const kioskDir = fileURLToPath(new URL('..', import.meta.url));

/** The service hall the test kiosk stands in: 金晖社区's, at a building of the test city. */
export const hallName = '金晖社区党群服务中心';
export const staffPin = '2580';

export interface KioskPlatform {
  /** The API, on a socket. */
  api: string;
  /** The built kiosk, served as `vite preview` serves it (service worker included). */
  kiosk: string;
  deviceKey: string;
  database: DatabaseHandle;
  city: TestCity;
  browser: Browser;
  /** A fresh browser profile, as a kiosk that has just been switched on; touch screen, zh-CN. */
  newKiosk(options?: { locale?: string }): Promise<BrowserContext>;
  /** Every case of the test city, as the city command centre lists them. */
  cases(): Promise<StaffCaseSummary[]>;
  close(): Promise<void>;
}

/**
 * What the kiosk needs, started the way `npm start` does: the API on a test city (with the
 * knowledge-base fixtures) and a kiosk registered by an administrator through the API, the kiosk
 * built with the API's address and served by `vite preview`, and Chromium.
 */
export async function startKioskPlatform(): Promise<KioskPlatform> {
  const { database, city, deps } = await startTestCity();
  await installKnowledgeBase(database, city.cityId);
  let publicUrl = '';
  const app = createApp({
    ...deps,
    get publicUrl() {
      return publicUrl;
    },
  });
  const server = await serveOnFreePort(app);
  publicUrl = server.url;

  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '平台管理员' });
  const registered = await fetch(`${server.url}/api/v1/staff/kiosks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      label: `${hallName} 1号机`,
      hallName,
      hallNameEn: 'Jinhui Community Service Centre',
      unitId: city.unit('community-b1'),
      buildingId: city.building('liangjingyuan-3'),
      pin: staffPin,
      notices: [{ zh: '办事时间：周一至周五 上午 8:30—12:00，下午 1:30—5:30', en: 'Opening hours: Monday to Friday, 8:30–12:00 and 13:30–17:30' }],
    }),
  });
  if (registered.status !== 201) throw new Error(`registering the kiosk: ${registered.status} ${await registered.text()}`);
  const { deviceKey } = (await registered.json()) as { deviceKey: string };

  const outDir = mkdtempSync(join(tmpdir(), 'huying-kiosk-dist-'));
  process.env.VITE_HUYING_API_URL = server.url;
  // vitest runs with NODE_ENV=test, which would make Vite build a development bundle (Lit's dev
  // mode, no service worker): build what a hall gets.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: kioskDir, mode: 'production', configFile: join(kioskDir, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  const served: PreviewServer = await preview({ root: kioskDir, configFile: join(kioskDir, 'vite.config.ts'), logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const kiosk = served.resolvedUrls!.local[0]!.replace(/\/$/, '');

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    api: server.url,
    kiosk,
    deviceKey,
    database,
    city,
    browser,
    newKiosk: ({ locale = 'zh-CN' } = {}) => browser.newContext({ locale, hasTouch: true, viewport: { width: 1080, height: 1920 } }),
    async cases() {
      const staff = new HuyingClient({ baseUrl: server.url, staffToken: city.tokens.get('city')!, city: city.cityId });
      const found: StaffCaseSummary[] = [];
      for await (const item of staff.staff.cases.list({ scope: 'subtree' })) found.push(item);
      return found;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve, reject) => served.httpServer.close((error) => (error ? reject(error) : resolve())));
      await server.close();
      await database.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Opens the kiosk in a fresh page of the context, keeping the errors the page throws. */
export async function openKiosk(context: BrowserContext, url: string): Promise<Page & { uncaught: string[] }> {
  const page = (await context.newPage()) as Page & { uncaught: string[] };
  page.uncaught = [];
  page.on('pageerror', (error) => page.uncaught.push(error.message));
  await page.goto(url);
  return page;
}

/** A finger on the screen: the target must be at least 64 × 64 CSS pixels, then it is tapped. */
export async function tap(target: Locator): Promise<void> {
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box || box.width < 64 || box.height < 63.5) throw new Error(`a touch target of ${box ? `${Math.round(box.width)} × ${Math.round(box.height)}` : 'no size'} px: ${target.toString()}`);
  await target.tap();
}

/** axe-core over the whole page, shadow roots included; returns the violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
}
