import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { createTestCity, testEngine, type TestCity } from '../src/testing/index.js';
import { createScratchDatabase, eventually, postgresBinaries, startApiProcess, startPrivateCluster, type FleetProcess, type PrivateCluster } from './scale-out-fleet.js';

/**
 * Faults on the PostgreSQL server: an API process killed with SIGKILL in the middle of a burst,
 * the database dropping every connection of the API while it is under load, and the database
 * server itself stopped and started again under load (a server of the test's own).
 */
const onServer = testEngine() === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);

/** Runs `count` jobs with `concurrency` at a time. */
async function pool(count: number, concurrency: number, job: (n: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
}

/**
 * The API processes of these tests: a short request deadline, because postgres.js 3.4.9 can lose
 * a query when the server ends its connection at the wrong moment (during the connection's start,
 * or with queries queued in a transaction), and such a request is then refused with a 503 after
 * the deadline rather than answered never.
 */
const faultyDatabaseEnv = (city: TestCity) => ({ HUYING_DEFAULT_CITY: city.cityId, HUYING_REQUEST_DEADLINE_SECONDS: '5' });

/** Submissions filed in one test city through API processes, and what its database holds of them. */
function submissionsIn(city: TestCity, database: DatabaseHandle) {
  const report = (n: number) => ({
    kind: n % 4 === 0 ? 'suggestion' : 'complaint',
    buildingId: city.building(n % 2 === 0 ? 'liangjingyuan-3' : 'dongsheng-1'),
    description: `第${n}号反映：小区垃圾桶满了没人清运，气味很大。`,
    contact: { phone: '13912345678' },
  });

  const submit = (base: string, n: number, key: string) =>
    fetch(`${base}/api/v1/cases`, { method: 'POST', headers: { ...city.cityHeaders, 'idempotency-key': key }, body: JSON.stringify(report(n)) });

  const caseRowsByKey = async (prefix: string) =>
    queryRows<{ key: string; status: number; tracking_code: string | null; cases: number; events: number }>(
      database.db,
      sql`SELECT k.key, k.status, k.body->>'trackingCode' AS tracking_code,
                 (SELECT count(*)::int FROM cases c WHERE c.tracking_code = k.body->>'trackingCode') AS cases,
                 (SELECT count(*)::int FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.tracking_code = k.body->>'trackingCode') AS events
          FROM idempotency_keys k WHERE k.key LIKE ${`${prefix}%`}`,
    );

  const halfWritten = async () =>
    (await queryRows<{ count: number }>(
      database.db,
      sql`SELECT count(*)::int AS count FROM cases c WHERE c.city_id = ${city.cityId}
          AND (c.version <> (SELECT count(*) FROM case_events e WHERE e.case_id = c.id)
               OR NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.seq = 1 AND e.type = 'submitted'))`,
    ))[0]!.count;

  const casesInCity = async () => (await queryRows<{ count: number }>(database.db, sql`SELECT count(*)::int AS count FROM cases WHERE city_id = ${city.cityId}`))[0]!.count;

  /**
   * 300 submissions with idempotency keys, 12 at a time, through `api`; once 100 are answered,
   * `outage` runs (in one client's turn, while the others go on sending). Every answer must be a
   * 201 or a 503 problem with Retry-After; the API must answer again by itself; the clients of the
   * refused submissions then retry with their keys, and each of the 300 must be filed exactly
   * once, none half-written. Returns how many were refused as unavailable.
   */
  async function throughOutage(api: FleetProcess, prefix: string, outage: () => Promise<void>): Promise<{ unavailable: number }> {
    const before = await casesInCity();
    const outcomes: { key: string; status: number; code?: string; retryAfter?: string | null }[] = [];
    let outageStarted = false;
    try {
      await pool(300, 12, async (n) => {
        const key = `${prefix}${n}`;
        const response = await submit(api.url, n, key).catch((error: Error) => {
          // A connection reset on the way back is no answer at all: the client retries with its key below.
          outcomes.push({ key, status: 0, code: String((error.cause as { code?: string } | undefined)?.code ?? error.message) });
          return undefined;
        });
        if (!response) return;
        const outcome: (typeof outcomes)[number] = { key, status: response.status };
        if (response.status !== 201) {
          const problem = (await response.json()) as { code: string };
          outcome.code = problem.code;
          outcome.retryAfter = response.headers.get('retry-after');
          expect(response.headers.get('content-type')).toContain('application/problem+json');
        } else await response.arrayBuffer();
        outcomes.push(outcome);
        if (outcomes.length >= 100 && !outageStarted) {
          outageStarted = true;
          await outage();
        }
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}; the API's stderr:\n${api.stderr()}`);
    }
    const answered = outcomes.filter((outcome) => outcome.status !== 0);
    expect(answered.every(({ status }) => status === 201 || status === 503), JSON.stringify(answered.filter((o) => o.status !== 201 && o.status !== 503))).toBe(true);
    // Requests whose connection was cut are rare and never a server error in disguise: retried below.
    expect(outcomes.length - answered.length, JSON.stringify(outcomes.filter((o) => o.status === 0))).toBeLessThan(30);
    for (const outcome of outcomes.filter((o) => o.status === 503)) {
      expect(outcome.code).toBe('service-unavailable');
      expect(outcome.retryAfter).toMatch(/^\d+$/);
    }
    expect(outcomes.filter((o) => o.status === 201).length).toBeGreaterThan(100);

    // The API reconnects by itself: the clients of refused submissions retry with their keys.
    await eventually('the API answers again', async () => (await fetch(`${api.url}/api/v1/categories`, { headers: city.cityHeaders })).status === 200, 30_000);
    for (const outcome of outcomes.filter((o) => o.status !== 201)) {
      const n = Number(outcome.key.slice(prefix.length));
      expect((await submit(api.url, n, outcome.key)).status).toBe(201);
    }
    const rows = await caseRowsByKey(prefix);
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => row.status === 201 && row.cases === 1)).toBe(true);
    expect((await casesInCity()) - before).toBe(300);
    expect(await halfWritten()).toBe(0);
    expect(api.child.exitCode, api.stderr()).toBeNull();
    return { unavailable: outcomes.filter((o) => o.status === 503).length };
  }

  return { submit, caseRowsByKey, halfWritten, casesInCity, throughOutage };
}

describe.skipIf(!onServer)('faults under load', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: DatabaseHandle;
  let city: TestCity;
  let apiA: FleetProcess;
  let apiB: FleetProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'huying_faults');
    database = scratch.handle;
    city = await createTestCity(database);
    [apiA, apiB] = await Promise.all([startApiProcess(scratch.url, faultyDatabaseEnv(city)), startApiProcess(scratch.url, faultyDatabaseEnv(city))]);
  });
  afterAll(async () => {
    await Promise.all([apiA?.stop('SIGKILL'), apiB?.stop()]);
    await scratch?.drop();
  });

  const submissions = () => submissionsIn(city, database);

  it('SIGKILL of an API process in a burst of 1,000 retried submissions: every acknowledged one exists exactly once', async () => {
    const { submit, casesInCity, caseRowsByKey, halfWritten } = submissions();
    const before = await casesInCity();
    const acknowledged = new Map<string, string>();
    let cutOff = 0;
    await pool(1000, 16, async (n) => {
      const key = `burst-${n}`;
      // The client's balancer sends to A while it answers, then to B.
      for (let attempt = 0; attempt < 30; attempt++) {
        const base = apiA.child.exitCode === null && apiA.child.signalCode === null && attempt === 0 ? apiA.url : apiB.url;
        try {
          const response = await submit(base, n, key);
          if (response.status === 201) {
            const body = (await response.json()) as { trackingCode: string };
            const earlier = acknowledged.get(key);
            // A retry is answered with the first acknowledgement, never a second case.
            if (earlier) expect(body.trackingCode).toBe(earlier);
            acknowledged.set(key, body.trackingCode);
            if (acknowledged.size === 300) apiA.child.kill('SIGKILL');
            return;
          }
          expect(response.status, await response.text()).toBeGreaterThanOrEqual(500);
        } catch (error) {
          if ((error as Error).name === 'AssertionError') throw error;
          cutOff++;
        }
        await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
      }
      throw new Error(`${key} never acknowledged`);
    });
    expect(await apiA.exited).toBeNull();
    expect(apiA.child.signalCode).toBe('SIGKILL');
    // The kill cut requests off mid-flight, and their clients retried.
    expect(cutOff).toBeGreaterThan(0);
    expect(acknowledged.size).toBe(1000);
    expect(new Set(acknowledged.values()).size).toBe(1000);

    const rows = await caseRowsByKey('burst-');
    expect(rows).toHaveLength(1000);
    for (const row of rows) {
      expect(row.status).toBe(201);
      expect(row.tracking_code).toBe(acknowledged.get(row.key));
      expect(row.cases).toBe(1);
      expect(row.events).toBeGreaterThanOrEqual(1);
    }
    expect((await casesInCity()) - before).toBe(1000);
    expect(await halfWritten()).toBe(0);
  }, 240_000);

  it('connections dropped by the database under load: 503 problems while it is gone, recovery on its own, no half-written case', async () => {
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const databaseName = new URL(scratch.url).pathname.slice(1);
    let terminations = 0;
    try {
      await submissions().throughOutage(apiB, 'outage-', async () => {
        // Three times in quick succession: the pool's fresh connections go too.
        for (let i = 0; i < 3; i++) {
          const [row] = await admin<{ terminated: number }[]>`SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity WHERE datname = ${databaseName} AND pid <> pg_backend_pid()`;
          terminations += row!.terminated;
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
    } finally {
      await admin.end({ timeout: 5 });
    }
    expect(terminations).toBeGreaterThan(0);
  });
});

const postgresBin = onServer ? postgresBinaries() : null;

describe.skipIf(!postgresBin)('the database server restarted under load', () => {
  let cluster: PrivateCluster;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let city: TestCity;
  let api: FleetProcess;

  beforeAll(async () => {
    cluster = await startPrivateCluster(postgresBin!);
    scratch = await createScratchDatabase(cluster.url, 'huying_restart');
    city = await createTestCity(scratch.handle);
    api = await startApiProcess(scratch.url, faultyDatabaseEnv(city));
  }, 120_000);
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await scratch?.drop();
    await cluster?.remove();
  });

  it('503 problems while the server is down, recovery on its own once it is back, each submission filed once', async () => {
    let downFor = 0;
    const { unavailable } = await submissionsIn(city, scratch.handle).throughOutage(api, 'restart-', async () => {
      const stopped = Date.now();
      await cluster.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await cluster.start();
      downFor = Date.now() - stopped;
    });
    expect(downFor).toBeGreaterThanOrEqual(1_500);
    // Eleven clients kept sending while it was down: they were told to come back, not failed.
    expect(unavailable).toBeGreaterThan(0);
    // Connections lost in the restart must not hold the process open: it ends cleanly on SIGTERM.
    expect(await api.stop('SIGTERM')).toBe(0);
  }, 180_000);
});
