import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';
import type { App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { queryRows } from '../src/db/client.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const submit = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/v1/cases', { method: 'POST', headers: { ...city.cityHeaders, ...headers }, body: JSON.stringify(body) });

const report = () => ({
  kind: 'complaint',
  buildingId: city.building('liangjingyuan-3'),
  categoryId: city.category('01.01.01'),
  description: '小区门口人行道堆放沙石水泥，妨碍通行，请尽快清理。',
  contact: { phone: '138-1234-1234' },
});

describe('submitting a case', () => {
  it('files it at the grid of its building and returns the tracking code and secret', async () => {
    const response = await submit(report());
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.trackingCode).toMatch(/^\d{12}$/);
    expect(body.secret).toMatch(/^\d{8}$/);
    expect(body.case).toMatchObject({ status: 'submitted', kind: 'complaint', holder: { name: '金晖社区第一网格' } });
    expect(body.case.contact.phone).toBe('138****1234');
    expect(response.headers.get('location')).toBe(`/api/v1/track/${body.trackingCode}`);
  });

  it('returns the first result for a retry with the same Idempotency-Key, and files nothing new', async () => {
    const key = crypto.randomUUID();
    const first = await (await submit(report(), { 'idempotency-key': key })).json();
    const retry = await submit(report(), { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(first);
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`SELECT count(*)::int AS count FROM cases WHERE tracking_code = ${first.trackingCode}`,
    );
    expect(row?.count).toBe(1);
  });

  it('draws another tracking code when the first is taken, and gives up with a 503 that stores nothing', async () => {
    const taken = (await (await submit(report())).json()).trackingCode as string;
    const count = async () =>
      (await queryRows<{ cases: number; events: number }>(database.db, sql`SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_events) AS events`))[0]!;

    // The first draw is the code of the case just filed, the second a free one.
    const draws = [taken, '260399999994'];
    const drawing = createTestApp(database, { trackingCodes: () => draws.shift() ?? taken }).app;
    const before = await count();
    const response = await drawing.request('/api/v1/cases', { method: 'POST', headers: { ...city.cityHeaders, 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(report()) });
    expect(response.status).toBe(201);
    expect((await response.json()).trackingCode).toBe('260399999994');
    expect(await count()).toEqual({ cases: before.cases + 1, events: before.events + 1 });
    const [owner] = await queryRows<{ events: number }>(database.db, sql`SELECT count(*)::int AS events FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.tracking_code = ${taken}`);
    expect(owner?.events).toBe(1);

    const stuck = createTestApp(database, { trackingCodes: () => taken }).app;
    const refused = await stuck.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: JSON.stringify(report()) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await count()).toEqual({ cases: before.cases + 1, events: before.events + 1 });
  });

  it('refuses a reused key with a different body', async () => {
    const key = crypto.randomUUID();
    await submit(report(), { 'idempotency-key': key });
    const response = await submit({ ...report(), description: '另一个问题：路灯不亮，晚上很黑' }, { 'idempotency-key': key });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('refuses a building of another city without filing anything', async () => {
    const other = await createTestCity(database);
    const response = await submit({ ...report(), buildingId: other.building('liangjingyuan-3') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'validation-failed', errors: [{ field: 'buildingId' }] });
  });

  it('lands at the city command centre when only an address is given', async () => {
    const response = await submit({ kind: 'suggestion', address: '招远市罗峰街道金城路', description: '建议在路口增设人行横道信号灯。' });
    expect(response.status).toBe(201);
    expect((await response.json()).case.holder.name).toBe('指挥中心');
  });

  it('needs a place, a real phone number and a description', async () => {
    const noPlace = await submit({ kind: 'help', description: '家里老人摔倒需要帮助' });
    expect(await noPlace.json()).toMatchObject({ status: 400, errors: [{ field: 'place' }] });
    const badPhone = await submit({ ...report(), contact: { phone: '12345' } });
    expect(await badPhone.json()).toMatchObject({ status: 400, errors: [{ field: 'contact.phone' }] });
    const short = await submit({ ...report(), description: '坏' });
    expect(await short.json()).toMatchObject({ status: 400, errors: [{ field: 'json.description' }] });
  });
});

describe('tracking a case', () => {
  it('shows the status to anyone with the code, and the case to its resident', async () => {
    const { trackingCode, secret } = await (await submit(report())).json();
    const open = await (await app.request(`/api/v1/track/${trackingCode}`)).json();
    expect(open).toEqual({ verified: false, case: expect.objectContaining({ status: 'submitted', open: true }) });
    expect(open.case.description).toBeUndefined();

    const mine = await (await app.request(`/api/v1/track/${trackingCode.replace(/(\d{4})/g, '$1-').slice(0, 14)}?secret=${secret}`)).json();
    expect(mine.verified).toBe(true);
    expect(mine.case.description).toContain('沙石');
    expect(mine.case.timeline).toHaveLength(1);

    const byPhone = await (await app.request(`/api/v1/track/${trackingCode}?phoneLast4=1234`)).json();
    expect(byPhone.verified).toBe(true);
  });

  it('refuses a wrong secret, and a mistyped code before any lookup', async () => {
    const { trackingCode } = await (await submit(report())).json();
    expect((await app.request(`/api/v1/track/${trackingCode}?secret=00000000`)).status).toBe(403);
    const typo = trackingCode.slice(0, 11) + ((Number(trackingCode[11]) + 1) % 10);
    const response = await app.request(`/api/v1/track/${typo}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('the case history', () => {
  it('is append-only in the database itself', async () => {
    const { trackingCode } = await (await submit(report())).json();
    // drizzle wraps the driver's error; the database's own message is its cause.
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(() => null, (caught: unknown) => caught as Error & { cause?: Error });
      return `${error?.message} ${error?.cause?.message}`;
    };
    expect(await refusal(database.db.execute(sql`UPDATE case_events SET reason = 'x' WHERE case_id = (SELECT id FROM cases WHERE tracking_code = ${trackingCode})`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`DELETE FROM case_events WHERE case_id = (SELECT id FROM cases WHERE tracking_code = ${trackingCode})`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`TRUNCATE case_events CASCADE`))).toMatch(/append-only/);
  });
});
