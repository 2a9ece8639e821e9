import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openApiDocument, type App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { serveOnFreePort, startTestCity, type TestCity } from '../src/testing/index.js';
import { axeViolations, launchChromium } from './browser/chromium.js';

/**
 * The API's documentation: the OpenAPI document names every route the app serves (and nothing it
 * does not), and /docs renders it for people, offline, in both languages, with calls that work.
 */

type Operation = { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] };
type Document = Omit<ReturnType<typeof openApiDocument>, 'paths'> & { paths: Record<string, Record<string, Operation>> };

/**
 * Routes that are not part of the HTTP API and so not in the document: pages for people and the
 * files they load. Each says why.
 */
const notApiRoutes: Record<string, string> = {
  'GET /s/:token': 'the scan page a QR sign opens (HTML)',
  'GET /track/:code?': 'the tracking page of a receipt link (HTML)',
  'GET /embed/:file': 'the script bundle of the embeddable elements',
  'GET /docs': 'this documentation page (HTML)',
  'GET /docs/assets/:file': 'the documentation page\'s scripts and styles',
};

/** A Hono path as a regular expression over concrete paths. */
function honoPathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      const param = /^:(\w+)(\{(.+)\})?(\?)?$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `(?:${param[3] ?? '[^/]+'})${param[4] ? '?' : ''}`;
    })
    .join('/')
    .replace(/\/\(\?:([^)]*)\)\?/g, '(?:/(?:$1))?');
  return new RegExp(`^${source}$`);
}

/** Concrete paths for a documented one: every value of an enum path parameter, a sample for the rest. */
function samplePaths(path: string, operation: Operation): string[] {
  let paths = [path];
  for (const name of path.match(/\{(\w+)\}/g)?.map((braced) => braced.slice(1, -1)) ?? []) {
    const values = operation.parameters?.find((parameter) => parameter.in === 'path' && parameter.name === name)?.schema?.enum ?? [`sample-${name}`];
    paths = paths.flatMap((candidate) => values.map((value) => candidate.replace(`{${name}}`, value)));
  }
  return paths;
}

describe('the OpenAPI document', () => {
  const app = createApp({ database: undefined as never, clock: undefined as never, logger: undefined as never, defaultCityId: 'zhaoyuan', publicUrl: 'http://huying.test', bodyLimitBytes: 1 });
  const document = openApiDocument() as unknown as Document;
  const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path, samples: samplePaths(path, operation) })),
  );
  // ALL routes are middleware and catch-alls (Open311's own 404), not endpoints.
  const routes = app.routes.filter((route) => route.method !== 'ALL').map((route) => ({ key: `${route.method} ${route.path}`, method: route.method, pattern: honoPathPattern(route.path) }));

  it('documents every route the app serves, the Open311 ones included', () => {
    const undocumented = routes.filter(
      (route) => !(route.key in notApiRoutes) && !documented.some((entry) => entry.method === route.method && entry.samples.some((sample) => route.pattern.test(sample))),
    );
    expect(undocumented.map((route) => route.key)).toEqual([]);
    const open311 = documented.filter((entry) => entry.path.startsWith('/open311/')).map((entry) => `${entry.method} ${entry.path}`);
    expect(open311.sort()).toEqual([
      'GET /open311/discovery.{format}',
      'GET /open311/v2/requests.{format}',
      'GET /open311/v2/requests/{service_request_id}.{format}',
      'GET /open311/v2/services.{format}',
      'GET /open311/v2/services/{service_code}.{format}',
      'GET /open311/v2/tokens/{token_id}.{format}',
      'POST /open311/v2/requests.{format}',
    ]);
  });

  it('documents nothing the app does not serve, and lists only real pages as outside the API', () => {
    const stale = documented.filter((entry) => !entry.samples.every((sample) => routes.some((route) => route.method === entry.method && route.pattern.test(sample))));
    expect(stale.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
    const keys = new Set(routes.map((route) => route.key));
    expect(Object.keys(notApiRoutes).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('is OpenAPI 3.1 with the integrator key schemes and each Open311 format as a path parameter', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual(expect.arrayContaining(['integratorKey', 'open311ApiKey', 'staffToken']));
    const services = document.paths['/open311/v2/services/{service_code}.{format}']!.get!;
    expect(services.parameters?.map((parameter) => parameter.name).sort()).toEqual(['format', 'jurisdiction_id', 'service_code']);
  });
});

describe('the documentation page', () => {
  let database: DatabaseHandle;
  let city: TestCity;
  let app: App;

  beforeAll(async () => {
    ({ database, city, app } = await startTestCity());
  });
  afterAll(() => database?.close());

  it('is served in Chinese and English, loading only files of this server', async () => {
    const chinese = await app.request('/docs', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(chinese.status).toBe(200);
    const html = await chinese.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('有呼必应 API 参考');
    const english = await (await app.request('/docs?lang=en')).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Huying API reference');
    const sources = [...english.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.filter((source) => !source.startsWith('/'))).toEqual([]);
    for (const source of sources.filter((candidate) => candidate.startsWith('/docs/assets/'))) {
      const response = await app.request(source);
      expect(response.status, source).toBe(200);
      expect((await response.arrayBuffer()).byteLength, source).toBeGreaterThan(0);
    }
  });

  it('serves only its own assets, with a problem for anything else', async () => {
    const bundle = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const again = await app.request('/docs/assets/swagger-ui-bundle.js', { headers: { 'if-none-match': bundle.headers.get('etag')! } });
    expect(again.status).toBe(304);
    for (const path of ['/docs/assets/package.json', '/docs/assets/..%2Fpackage.json', '/docs/assets/index.html']) {
      const refused = await app.request(path);
      expect(refused.status, path).toBe(404);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  describe('in a browser', () => {
    let server: { url: string; close(): Promise<void> };
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    let page: Page;
    const elsewhere: string[] = [];

    beforeAll(async () => {
      server = await serveOnFreePort(app);
      browser = await launchChromium();
      page = await browser.context.newPage();
      // A closed network: anything not from this server is refused and remembered.
      await page.route('**/*', (route) => {
        if (route.request().url().startsWith(server.url)) return route.continue();
        elsewhere.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${server.url}/docs?lang=en`);
      await page.locator('.opblock').first().waitFor();
    });

    /** Operations are drawn as they scroll into view: the filter brings one tag's to the top. */
    async function showTag(tag: string) {
      await page.locator('.operation-filter-input').fill(tag);
      await page.locator(`#operations-tag-${tag}`).waitFor();
    }
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('renders every tag offline, with no request leaving the server', async () => {
      await showTag('Open311');
      expect(await page.locator('#operations-tag-Open311 ~ div .opblock').count()).toBeGreaterThan(0);
      await showTag('Directory');
      expect(elsewhere).toEqual([]);
    });

    it('has no axe violations', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    it('lets a developer try a call against this server', async () => {
      await showTag('Directory');
      const operation = page.locator('#operations-Directory-get_api_v1_city');
      await operation.locator('.opblock-summary-control').click();
      // The page opens every operation ready to try: no "Try it out" toggle first.
      await operation.locator('input[placeholder="city"]').fill(city.cityId);
      await operation.getByRole('button', { name: 'Execute' }).click();
      const status = operation.locator('.live-responses-table tbody .response-col_status').first();
      await expect.poll(() => status.textContent()).toContain('200');
      expect(await operation.locator('.live-responses-table .microlight').first().textContent()).toContain('测试市');
    });
  });
});
