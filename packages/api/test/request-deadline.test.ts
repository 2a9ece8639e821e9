import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { createTestApp, createTestCity, openTestDatabase, testEngine, type TestCity } from '../src/testing/index.js';

/**
 * A request that cannot get an answer from the database in time is refused with a 503 problem,
 * not left waiting. A table lock held by another session stands in for a database that stopped
 * answering (PostgreSQL only: the embedded database has a single session).
 */
describe.skipIf(testEngine() !== 'postgres')('the request deadline', () => {
  let database: DatabaseHandle;
  let city: TestCity;
  let app: App;
  let other: postgres.Sql;

  beforeAll(async () => {
    database = await openTestDatabase();
    city = await createTestCity(database);
    ({ app } = createTestApp(database, { requestDeadlineMs: 400 }));
    other = postgres(inject('huyingDatabaseUrl')!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await other.end({ timeout: 5 });
    await database.close();
  });

  const submit = (key: string) =>
    app.request('/api/v1/cases', {
      method: 'POST',
      headers: { ...city.cityHeaders, 'idempotency-key': key },
      body: JSON.stringify({ kind: 'complaint', buildingId: city.building('dongsheng-1'), description: '楼道灯坏了一个星期，晚上上下楼看不见。' }),
    });

  it('answers 503 with Retry-After while the cases table is locked; the retry with the same key files the case once', async () => {
    const key = `deadline-${Date.now()}`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holder = other.begin(async (tx) => {
      await tx`LOCK TABLE cases IN ACCESS EXCLUSIVE MODE`;
      locked();
      await released;
    });
    await lockHeld;
    let refused: Response;
    try {
      refused = await submit(key);
    } finally {
      release();
      await holder;
    }
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('service-unavailable');
    expect(problem.detail).not.toMatch(/LOCK|cases|postgres/i);

    // The refused request's transaction went on once the lock was gone; the client's retry
    // with its key gets that first case, not a second one.
    const retried = await submit(key);
    expect(retried.status).toBe(201);
    const { trackingCode } = (await retried.json()) as { trackingCode: string };
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`SELECT count(*)::int AS count FROM cases c JOIN idempotency_keys k ON k.body->>'trackingCode' = c.tracking_code WHERE k.key = ${key}`,
    );
    expect(row!.count).toBe(1);
    expect(trackingCode).toMatch(/^\d{12}$/);
  });

  it('leaves requests that answer in time alone', async () => {
    const response = await app.request('/api/v1/categories', { headers: city.cityHeaders });
    expect(response.status).toBe(200);
  });
});

describe('the request deadline setting', () => {
  it('is 30 s unless HUYING_REQUEST_DEADLINE_SECONDS says otherwise, and nonsense is refused at boot', () => {
    expect(loadConfig({}).requestDeadlineMs).toBe(30_000);
    expect(loadConfig({ HUYING_REQUEST_DEADLINE_SECONDS: '5' }).requestDeadlineMs).toBe(5_000);
    for (const value of ['0', '601', 'soon']) {
      expect(() => loadConfig({ HUYING_REQUEST_DEADLINE_SECONDS: value }), value).toThrow(ConfigError);
    }
  });
});
