import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { createSiteKey } from '../src/services/embedding/site-keys.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';
import type { AppDependencies } from '../src/context.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
let siteKey: string;

beforeAll(async () => {
  ({ database, city, app, deps } = await startTestCity());
  siteKey = (await createSiteKey(database.db, { cityId: city.cityId, label: '金晖社区网站', allowedOrigins: ['https://jinhui.example.org'] })).key;
});
afterAll(() => database.close());

const expectHardened = (response: Response) => {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  // Widgets on other sites load the API's answers and images.
  expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(response.headers.get('x-powered-by')).toBeNull();
  expect(response.headers.get('server')).toBeNull();
};

describe('security headers', () => {
  it('are on answers, refusals and pages alike', async () => {
    expectHardened(await app.request('/api/v1/categories', { headers: city.cityHeaders }));
    expectHardened(await app.request('/api/v1/no-such-thing'));
    expectHardened(await app.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: '{' }));
    expectHardened(await app.request('/openapi.json'));
  });
});

describe('CORS per site key', () => {
  it('answers an allowed origin by name, refuses a foreign page without a key, and refuses a key used from another site', async () => {
    const allowed = await app.request('/api/v1/categories', { headers: { ...city.cityHeaders, origin: 'https://jinhui.example.org', 'huying-site-key': siteKey } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://jinhui.example.org');
    expect(allowed.headers.get('vary')).toContain('Origin');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const keyless = await app.request('/api/v1/categories', { headers: { ...city.cityHeaders, origin: 'https://evil.example' } });
    expect(keyless.status).toBe(403);
    expect((await keyless.json()).code).toBe('site-key-required');

    const borrowed = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { ...city.cityHeaders, origin: 'https://evil.example', 'huying-site-key': siteKey },
      body: JSON.stringify({ kind: 'help', description: '借用别人的站点密钥提交' }),
    });
    expect(borrowed.status).toBe(403);
    expect((await borrowed.json()).code).toBe('origin-not-allowed');
  });

  it('go on answers a route builds by hand too (a live event stream), with the request id', async () => {
    const filed = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: city.cityHeaders,
      body: JSON.stringify({ kind: 'help', buildingId: city.building('dongsheng-1'), description: '楼道灯坏了，晚上看不见台阶。' }),
    });
    const { trackingCode, secret } = (await filed.json()) as { trackingCode: string; secret: string };
    const stream = await app.request(`/api/v1/track/${trackingCode}/events?secret=${secret}`, {
      headers: { ...city.cityHeaders, origin: 'https://jinhui.example.org', 'huying-site-key': siteKey },
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('access-control-allow-origin')).toBe('https://jinhui.example.org');
    expect(stream.headers.get('vary')).toContain('Origin');
    expect(stream.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expectHardened(stream);
    await stream.body?.cancel();
  });

  it('preflights list the headers widgets send and no others', async () => {
    const preflight = await app.request('/api/v1/cases', {
      method: 'OPTIONS',
      headers: { origin: 'https://jinhui.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key,huying-site-key' },
    });
    expect(preflight.status).toBe(204);
    const allowedHeaders = preflight.headers.get('access-control-allow-headers')!.split(',').map((name) => name.trim().toLowerCase());
    expect(allowedHeaders).toEqual(expect.arrayContaining(['content-type', 'idempotency-key', 'huying-site-key']));
    expect(allowedHeaders).not.toContain('cookie');
  });
});

describe('errors tell nothing about the inside', () => {
  const secret = 'postgres://huying:s3cr3t-passw0rd@10.0.0.5:5432/huying';

  /** The app on a database that fails every query with `error`. */
  const failingApp = (error: Error) => {
    const db = new Proxy({}, { get: () => { throw error; } });
    return createApp({ ...deps, database: { ...database, db: db as DatabaseHandle['db'] }, logger: pino({ level: 'silent' }) });
  };

  const expectNothingLeaks = async (response: Response) => {
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    for (const leak of ['s3cr3t', '10.0.0.5', 'postgres://', 'node_modules', '.ts:', '.js:', '    at ', 'stack']) expect(text).not.toContain(leak);
    return JSON.parse(text) as { code: string; requestId: string };
  };

  it('an unexpected failure is a 500 internal-error with a request id, without its message or stack', async () => {
    const failing = failingApp(new TypeError(`cannot read properties of undefined (connecting to ${secret})`));
    const response = await failing.request('/api/v1/categories', { headers: city.cityHeaders });
    expect(response.status).toBe(500);
    const problem = await expectNothingLeaks(response);
    expect(problem.code).toBe('internal-error');
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('a database that is not there is a 503 service-unavailable with Retry-After, without the connection string', async () => {
    const refused = Object.assign(new Error(`connect ECONNREFUSED 10.0.0.5:5432 (${secret})`), { code: 'ECONNREFUSED' });
    const response = await failingApp(refused).request('/api/v1/categories', { headers: city.cityHeaders });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await expectNothingLeaks(response)).code).toBe('service-unavailable');
  });

  it("the request log names the path without its query, where a resident's secret travels", async () => {
    const lines: { path?: string; status?: number; requestId?: string }[] = [];
    const logged = createApp({ ...deps, logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }) });
    const response = await logged.request('/api/v1/track/261103728841?secret=73918264', { headers: city.cityHeaders });
    const entry = lines.find((line) => line.requestId === response.headers.get('x-request-id'));
    expect(entry).toMatchObject({ path: '/api/v1/track/261103728841', status: response.status });
    expect(JSON.stringify(lines)).not.toContain('73918264');
  });

  it('refusals of bad input and bad credentials echo no secrets either', async () => {
    const token = city.staffHeaders('city').authorization!;
    const wrongToken = await app.request('/api/v1/staff/cases', { headers: { authorization: `${token}x` } });
    expect(wrongToken.status).toBe(401);
    expect(await wrongToken.text()).not.toContain(token.slice(7));
    await expectNothingLeaks(await app.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: '{"kind": }' }));
  });
});
