import type { App, DatabaseHandle } from '@huying/api';
import { serveOnFreePort, startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  ConflictError,
  ConnectionError,
  HuyingClient,
  NotFoundError,
  PermissionDeniedError,
  ServiceUnavailableError,
  TimeoutError,
  type Fetch,
} from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

/** The real API in-process: requests go through the whole app, only the socket is skipped. */
const appFetch: Fetch = async (input, init) => app.request(input, init);
const client = (options: { staffToken?: string; fetch?: Fetch; maxRetries?: number; timeoutMs?: number } = {}) =>
  new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, ...options });

const report = () => ({
  kind: 'complaint' as const,
  buildingId: city.building('dongsheng-1'),
  description: '小区东门路灯不亮，晚上出行不便，请尽快维修。',
  contact: { phone: '13712345678' },
});

describe('resident flows', () => {
  it('files, tracks, and rates a case', async () => {
    const huying = client();
    const filed = await huying.cases.create(report());
    expect(filed.case.status).toBe('submitted');
    const status = await huying.cases.track(filed.trackingCode);
    expect(status).toMatchObject({ verified: false, case: { status: 'submitted' } });
    const mine = await huying.cases.track(filed.trackingCode, { secret: filed.secret });
    expect(mine.verified && mine.case.timeline).toHaveLength(1);

    const staff = client({ staffToken: city.tokens.get('grid-a1-1')! });
    const [summary] = (await staff.staff.cases.list({ scope: 'held', status: ['submitted'] }).toArray()).filter(
      (item) => item.trackingCode === filed.trackingCode,
    );
    await staff.staff.cases.accept(summary!.id);
    await staff.staff.cases.resolve(summary!.id, { reply: '路灯已修复。' });
    const rated = await huying.cases.rate(filed.trackingCode, { phoneLast4: '5678' }, { level: 'satisfied' });
    expect(rated.status).toBe('rated');
  });

  it('never files twice when the response is lost and the client retries', async () => {
    let calls = 0;
    const losesFirstResponse: Fetch = async (input, init) => {
      const response = await app.request(input, init);
      if (++calls === 1) throw new TypeError('fetch failed: socket hang up');
      return response;
    };
    const filed = await client({ fetch: losesFirstResponse }).cases.create(report());
    expect(calls).toBe(2);
    const found = await client({ staffToken: city.tokens.get('grid-a1-1')! }).staff.cases.list({ scope: 'held' }).toArray();
    expect(found.filter((item) => item.trackingCode === filed.trackingCode)).toHaveLength(1);
  });
});

describe('typed errors', () => {
  it('carry status, code, request id and field errors', async () => {
    const error = await client()
      .cases.create({ ...report(), description: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
    expect((error as BadRequestError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((error as BadRequestError).fieldErrors[0]?.field).toBe('json.description');

    await expect(client().cases.track('2611-0372-8844')).rejects.toBeInstanceOf(NotFoundError);
    const filed = await client().cases.create(report());
    await expect(client().cases.track(filed.trackingCode, { secret: '00000000' })).rejects.toBeInstanceOf(PermissionDeniedError);
    const staff = client({ staffToken: city.tokens.get('grid-a1-1')! });
    const list = await staff.staff.cases.list({ scope: 'held', status: ['submitted'], limit: 1 });
    await expect(staff.staff.cases.close(list.data[0]!.id)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('retries', () => {
  it('retry a read after 503, honouring Retry-After', async () => {
    let calls = 0;
    const flaky: Fetch = async (input, init) => {
      if (++calls === 1) {
        return new Response(JSON.stringify({ type: '/problems/service-unavailable', title: 'x', status: 503, detail: 'down', code: 'service-unavailable' }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '0' },
        });
      }
      return app.request(input, init);
    };
    const categories = await client({ fetch: flaky }).directory.categories();
    expect(calls).toBe(2);
    expect(categories.length).toBeGreaterThan(0);
  });

  it('give up after maxRetries with the typed error', async () => {
    let calls = 0;
    const down: Fetch = async () => {
      calls++;
      return new Response('{"detail":"maintenance","code":"service-unavailable","status":503,"title":"x","type":"t"}', {
        status: 503,
        headers: { 'retry-after-ms': '1' },
      });
    };
    await expect(client({ fetch: down, maxRetries: 2 }).directory.city()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(calls).toBe(3);
  });

  it('do not repeat a staff action, which has no idempotency key', async () => {
    let calls = 0;
    const down: Fetch = async () => {
      calls++;
      return new Response('', { status: 502 });
    };
    await expect(client({ fetch: down, staffToken: 'hy_staff_xxxxxxxxxxxxxxxx' }).staff.cases.accept(crypto.randomUUID())).rejects.toMatchObject({ status: 502 });
    expect(calls).toBe(1);
  });

  it('time out a request that hangs, and report connection failures', async () => {
    const hangs: Fetch = (_input, init) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(client({ fetch: hangs, timeoutMs: 20, maxRetries: 0 }).directory.city()).rejects.toBeInstanceOf(TimeoutError);
    const refused = new HuyingClient({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
    await expect(refused.directory.city()).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('lists', () => {
  it('walk every page with for await', async () => {
    const huying = client();
    const firstPage = await huying.directory.units({ limit: 3 });
    expect(firstPage.data).toHaveLength(3);
    expect(firstPage.nextCursor).not.toBeNull();
    const names: string[] = [];
    for await (const unit of huying.directory.units({ limit: 3 })) names.push(unit.name);
    expect(names).toHaveLength(10);
    expect(new Set(names).size).toBe(10);
  });
});

describe('over a real socket', () => {
  let server: Awaited<ReturnType<typeof serveOnFreePort>>;
  beforeAll(async () => {
    server = await serveOnFreePort(app);
  });
  afterAll(() => server.close());

  it('works with the platform fetch, and an idempotent retry returns the same case', async () => {
    const huying = new HuyingClient({ baseUrl: server.url, city: city.cityId });
    const key = crypto.randomUUID();
    const first = await huying.cases.create(report(), { idempotencyKey: key });
    const again = await huying.cases.create(report(), { idempotencyKey: key });
    expect(again.trackingCode).toBe(first.trackingCode);
    expect((await huying.directory.city()).id).toBe(city.cityId);
  });
});
