import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { createTokenBuckets } from '../src/http/rate-limit.js';
import { createSiteKey } from '../src/services/embedding/site-keys.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let siteKey: string;
const clock = new FakeClock('2026-03-02T09:00:00+08:00');

beforeAll(async () => {
  let deps;
  ({ database, city, deps } = await startTestCity({ clock }));
  app = createApp({ ...deps, rateLimit: { readsPerMinute: 5, writesPerMinute: 2 } });
  siteKey = (await createSiteKey(database.db, { cityId: city.cityId, label: '金晖社区网站', allowedOrigins: ['https://jinhui.example.org'] })).key;
});
afterAll(() => database.close());

/** A request as it arrives on a socket from `address`. */
const from = (address: string, path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { ...city.cityHeaders, ...(init.headers as Record<string, string>) } }, { incoming: { socket: { remoteAddress: address } } });

const report = () => ({
  kind: 'complaint',
  buildingId: city.building('liangjingyuan-3'),
  categoryId: city.category('01.01.01'),
  description: '楼道里堆满了杂物，消防通道被堵，请物业尽快清理。',
  contact: { phone: '138-1234-1234' },
});

const casesOfCity = async () =>
  (await queryRows<{ count: number }>(database.db, sql`SELECT count(*)::int AS count FROM cases WHERE city_id = ${city.cityId}`))[0]!.count;

describe('rate limits on the public endpoints', () => {
  it('refuses a client past its reads a minute with 429 rate-limited and Retry-After, and lets it back once the bucket refills', async () => {
    for (let i = 0; i < 5; i++) expect((await from('10.1.0.1', '/api/v1/categories')).status).toBe(200);
    const refused = await from('10.1.0.1', '/api/v1/categories');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ code: 'rate-limited', status: 429, retryAfterSeconds: retryAfter });

    // Another address is its own client.
    expect((await from('10.1.0.2', '/api/v1/categories')).status).toBe(200);

    clock.advance(retryAfter * 1000);
    expect((await from('10.1.0.1', '/api/v1/categories')).status).toBe(200);
    expect((await from('10.1.0.1', '/api/v1/categories')).status).toBe(429);
  });

  it('counts writes apart from reads, and a refused submission files nothing', async () => {
    const before = await casesOfCity();
    const post = () => from('10.2.0.1', '/api/v1/cases', { method: 'POST', body: JSON.stringify(report()) });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect((await refused.json()).code).toBe('rate-limited');
    expect(await casesOfCity()).toBe(before + 2);
    // Reads from the same address are still within their own allowance.
    expect((await from('10.2.0.1', '/api/v1/categories')).status).toBe(200);
  });

  it('counts each site key apart for the same address (two widgets behind one office NAT)', async () => {
    for (let i = 0; i < 5; i++) expect((await from('10.3.0.1', '/api/v1/city')).status).toBe(200);
    expect((await from('10.3.0.1', '/api/v1/city')).status).toBe(429);
    const throughKey = await from('10.3.0.1', '/api/v1/city', { headers: { 'huying-site-key': siteKey, origin: 'https://jinhui.example.org' } });
    expect(throughKey.status).toBe(200);
    expect(throughKey.headers.get('access-control-allow-origin')).toBe('https://jinhui.example.org');
  });

  it('leaves preflights and the non-public endpoints alone', async () => {
    for (let i = 0; i < 8; i++) {
      const preflight = await from('10.4.0.1', '/api/v1/cases', {
        method: 'OPTIONS',
        headers: { origin: 'https://jinhui.example.org', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBeLessThan(300);
    }
    for (let i = 0; i < 8; i++) expect((await from('10.4.0.1', '/healthz')).status).toBeLessThan(300);
  });

  it('is off unless configured, as tests and embedded use build the app', async () => {
    const { app: plain } = { app: createApp({ database, clock, logger: pino({ level: 'silent' }), defaultCityId: city.cityId, publicUrl: 'http://huying.test', bodyLimitBytes: 65536 }) };
    for (let i = 0; i < 12; i++) {
      expect((await plain.request('/api/v1/categories', { headers: city.cityHeaders }, { incoming: { socket: { remoteAddress: '10.5.0.1' } } })).status).toBe(200);
    }
  });
});

describe('token buckets', () => {
  it('forget idle clients once full again, so memory follows the active clients only', () => {
    const bucketClock = new FakeClock('2026-03-02T09:00:00Z');
    const buckets = createTokenBuckets(60, bucketClock);
    for (let i = 0; i < 50_000; i++) expect(buckets.take(`client-${i}`)).toBe(0);
    expect(buckets.size).toBe(50_000);
    bucketClock.advance(2000);
    // All have refilled their one token by now: the next new client sweeps them away.
    buckets.take('newcomer');
    expect(buckets.size).toBe(1);
  });
});
