import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { sweepDueCases } from '../src/jobs/deadline-sweep.js';
import { createTestApp, createTestCity, testEngine, type TestCity } from '../src/testing/index.js';
import { EventReader } from './event-reader.js';
import { createScratchDatabase, eventually, startApiProcess, startWorkerProcess, type FleetProcess } from './scale-out-fleet.js';
import pino from 'pino';
import { execFileSync } from 'node:child_process';
import postgres from 'postgres';

/**
 * Two API processes and two workers on one PostgreSQL database, as `huying serve --no-worker` and
 * `huying worker` run in production. PGlite lives inside one process, so this is for the server.
 */
const onServer = testEngine() === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onServer)('two API processes and two workers on one database', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: DatabaseHandle;
  let fleetCity: TestCity;
  let referenceCity: TestCity;
  const processes: FleetProcess[] = [];
  let apiA: FleetProcess;
  let apiB: FleetProcess;
  const dueCases = 24;

  /** Files `dueCases` reports through an in-process app whose clock stands months back, so every deadline has passed by now. */
  async function fileOverdueCases(city: TestCity) {
    const { app } = createTestApp(database);
    for (let i = 0; i < dueCases; i++) {
      const response = await app.request('/api/v1/cases', {
        method: 'POST',
        headers: city.cityHeaders,
        body: JSON.stringify({
          kind: i % 3 === 0 ? 'suggestion' : 'complaint',
          buildingId: city.building(i % 2 === 0 ? 'liangjingyuan-3' : 'dongsheng-1'),
          description: `第${i + 1}号：楼道灯坏了很久没人修，晚上上下楼很不安全。`,
        }),
      });
      expect(response.status).toBe(201);
    }
  }

  /** Per case, in filing order, the types of its events. */
  const historiesOf = async (city: TestCity) => {
    const rows = await queryRows<{ types: string[] }>(
      database.db,
      sql`SELECT array_agg(e.type ORDER BY e.seq) AS types FROM cases c JOIN case_events e ON e.case_id = c.id
          WHERE c.city_id = ${city.cityId} GROUP BY c.id, c.created_at ORDER BY c.created_at, c.id`,
    );
    return rows.map((row) => row.types);
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'huying_scaleout');
    database = scratch.handle;
    referenceCity = await createTestCity(database);
    fleetCity = await createTestCity(database);
    await fileOverdueCases(referenceCity);
    await fileOverdueCases(fleetCity);
    // What one sweeper does with the reference city, before any worker runs.
    for (;;) {
      const report = await sweepDueCases({ database, clock: systemClock, logger: pino({ level: 'silent' }) }, { cityIds: [referenceCity.cityId] });
      if (report.cases === 0) break;
    }
    const started = await Promise.all([
      startApiProcess(scratch.url, { HUYING_DEFAULT_CITY: fleetCity.cityId }),
      startApiProcess(scratch.url, { HUYING_DEFAULT_CITY: fleetCity.cityId }),
      startWorkerProcess(scratch.url, 1),
      startWorkerProcess(scratch.url, 1),
    ]);
    processes.push(...started);
    [apiA, apiB] = [started[0], started[1]];
  });

  afterAll(async () => {
    await Promise.all(processes.map((child) => child.stop()));
    await scratch?.drop();
  });

  it('a change made through one API process reaches a live stream held by the other, both ways', async () => {
    for (const [writer, reader] of [[apiA, apiB], [apiB, apiA]] as const) {
      const filed = await fetch(`${writer.url}/api/v1/cases`, {
        method: 'POST',
        headers: fleetCity.cityHeaders,
        body: JSON.stringify({ kind: 'complaint', buildingId: fleetCity.building('dongsheng-1'), description: '楼下污水井冒水，味道很大。', contact: { phone: '13612345678' } }),
      });
      expect(filed.status).toBe(201);
      const { trackingCode, secret } = (await filed.json()) as { trackingCode: string; secret: string };
      const stream = new EventReader(await fetch(`${reader.url}/api/v1/track/${trackingCode}/events`, { headers: { accept: 'text/event-stream', 'huying-case-secret': secret } }));
      expect(stream.response.status).toBe(200);
      expect(await stream.nextEvent()).toMatchObject({ id: '1', event: 'case' });

      const inbox = await (await fetch(`${writer.url}/api/v1/staff/cases?scope=held&status=submitted`, { headers: fleetCity.staffHeaders('grid-a1-1') })).json();
      const id = inbox.data.find((item: { trackingCode: string }) => item.trackingCode === trackingCode).id as string;
      const accepted = await fetch(`${writer.url}/api/v1/staff/cases/${id}/accept`, { method: 'POST', headers: fleetCity.staffHeaders('grid-a1-1'), body: '{}' });
      expect(accepted.status).toBe(200);

      const update = await stream.nextEvent();
      expect(update).toMatchObject({ id: '2', event: 'case' });
      expect(JSON.parse(update!.data!)).toMatchObject({ trackingCode, status: 'accepted' });
      await stream.close();
    }
  });

  it('the two workers carry out every due deadline exactly once, as one sweeper would', async () => {
    const expected = await historiesOf(referenceCity);
    // The reference shows what "done" looks like: every overdue case escalated.
    expect(expected.every((types) => types.includes('escalated'))).toBe(true);
    const escalated = await eventually('the workers escalate every overdue case', async () => {
      const histories = await historiesOf(fleetCity);
      const overdue = histories.filter((types) => types[0] === 'submitted' && types.length > 1 && types.includes('escalated'));
      return overdue.length >= dueCases ? histories : null;
    });
    // Two more rounds of both workers find nothing left to do.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const settled = await historiesOf(fleetCity);
    expect(settled).toEqual(escalated);
    // The overdue cases come first (filed before the live-update ones) and match the reference one by one.
    expect(settled.slice(0, dueCases)).toEqual(expected);
    const doubles = await queryRows<{ count: number }>(
      database.db,
      sql`SELECT count(*)::int AS count FROM (
            SELECT case_id, seq FROM case_events WHERE city_id = ${fleetCity.cityId} GROUP BY case_id, seq HAVING count(*) > 1) AS twice`,
    );
    expect(doubles[0]!.count).toBe(0);
    for (const child of processes) expect(child.child.exitCode, child.stderr()).toBeNull();
  });

  it('a backup made with pg_dump while the fleet runs restores into a new database with the same cases and history', async () => {
    // As docs/deployment.md describes: a custom-format dump, restored with pg_restore into an empty database.
    const dumpFile = `/tmp/huying-backup-${process.pid}.dump`;
    const restoredName = `huying_restored_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const fingerprint = (url: string) =>
      execFileSync('psql', [url, '-Atc', "SELECT count(*) || ':' || md5(string_agg(c.id || c.tracking_code || c.version || c.status, ',' ORDER BY c.id)) || ':' || (SELECT count(*) FROM case_events) FROM cases c"], { encoding: 'utf8' }).trim();
    try {
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dumpFile}`, scratch.url]);
      const original = fingerprint(scratch.url);
      await admin.unsafe(`CREATE DATABASE ${restoredName}`);
      const restoredUrl = Object.assign(new URL(scratch.url), { pathname: `/${restoredName}` }).toString();
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dumpFile]);
      // The fleet may have written since the dump: compare the dump with a fingerprint taken right after it, then with the restore.
      expect(fingerprint(restoredUrl)).toBe(original);
      expect(Number(original.split(':')[0])).toBeGreaterThanOrEqual(dueCases * 2);
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
      execFileSync('rm', ['-f', dumpFile]);
    }
  });
});
