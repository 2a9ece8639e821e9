import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startBrowserTestApi, type BrowserTestApi } from '@huying/api/testing';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, type ViteDevServer } from 'vite';

const examplesDir = fileURLToPath(new URL('..', import.meta.url));
const componentsDir = fileURLToPath(new URL('../../packages/components', import.meta.url));

export interface Platform {
  api: BrowserTestApi;
  /** Where the examples are served (allowed by the site key). */
  examples: string;
  /** The same community page from an origin the site key does not list. */
  foreign: string;
  browser: BrowserContext;
  close(): Promise<void>;
}

/**
 * Everything the end-to-end tests need, started the way `npm start` does: the embed bundle built
 * from the components, the API serving it on a test city with a site key for the examples'
 * origin, the examples on Vite's dev server, and Chromium.
 */
export async function startPlatform(): Promise<Platform> {
  const embedDir = mkdtempSync(join(tmpdir(), 'huying-embed-'));
  await build({ root: componentsDir, configFile: join(componentsDir, 'vite.config.ts'), logLevel: 'silent', build: { outDir: embedDir, emptyOutDir: true } });

  const port = await freePort();
  const examples = `http://127.0.0.1:${port}`;
  const api = await startBrowserTestApi({ allowedOrigins: [examples], embedDir, liveHeartbeatMs: 5_000 });
  process.env.VITE_HUYING_API_URL = api.url;
  process.env.VITE_HUYING_SITE_KEY = api.siteKey;
  const vite: ViteDevServer = await createServer({
    root: examplesDir,
    configFile: join(examplesDir, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port, strictPort: true },
  });
  await vite.listen();

  // Another site that copied the page, key and all: its origin is not on the key.
  const foreignServer: Server = createHttpServer(async (_request, response) => {
    const page = await (await fetch(`${examples}/community-site/`)).text();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => foreignServer.listen(0, '127.0.0.1', resolve));
  const foreign = `http://127.0.0.1:${(foreignServer.address() as AddressInfo).port}`;

  const profile = mkdtempSync(join(tmpdir(), 'huying-e2e-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 412, height: 915 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    api,
    examples,
    foreign,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => foreignServer.close(resolve));
      await vite.close();
      await api.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(embedDir, { recursive: true, force: true });
    },
  };
}

/** axe-core over the whole page, shadow roots included; returns the violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the platform's pages forbid inline scripts.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
  return violations;
}
