import fc from 'fast-check';
import { deadlineColumns, evolve, initialCaseState, type CaseEvent, type CaseState } from '@huying/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { caseEvents, cases, deadlineWarnings, idempotencyKeys, supervisionNotices } from '../src/db/schema/index.js';
import { sweepDueCases } from '../src/jobs/deadline-sweep.js';
import { purgeExpiredIdempotencyKeys } from '../src/jobs/idempotency-purge.js';
import { startWorker } from '../src/jobs/worker.js';
import { stateOf } from '../src/services/cases/state.js';
import { openTestDatabase, testEngine } from '../src/testing/index.js';
import { LoopWorld } from './loop-world.js';

/**
 * The deadline sweep under load it must survive: several sweeps at once, random histories on a
 * moving clock, and the worker that schedules it. Each test works in a city of its own and sweeps
 * only that city.
 */

const world = new LoopWorld();
const { at } = world;
beforeAll(world.start);
afterAll(world.stop);

async function fileCases(count: number, body: Record<string, unknown> = {}) {
  const filed: { id: string; trackingCode: string; secret: string }[] = [];
  for (let index = 0; index < count; index++) {
    filed.push(await world.file({ buildingId: world.city.building('dongsheng-1'), description: `楼道照明故障，第${index + 1}处。`, ...body }));
  }
  return filed;
}

async function eventCounts(caseIds: string[]) {
  const rows = await queryRows<{ case_id: string; type: string; n: number }>(
    world.database.db,
    sql`SELECT case_id, type, count(*)::int AS n FROM case_events WHERE case_id IN (${sql.join(caseIds.map((id) => sql`${id}::uuid`), sql`, `)}) GROUP BY case_id, type`,
  );
  const counts = new Map<string, Record<string, number>>();
  for (const row of rows) counts.set(row.case_id, { ...counts.get(row.case_id), [row.type]: row.n });
  return counts;
}

describe('several sweeps at once', () => {
  it('never warn, supervise or escalate twice, whichever process claims a case', async () => {
    await world.freshCity();
    at('2026-03-02T09:00');
    const filed = await fileCases(30);
    // A second connection pool: a second process. PGlite has one connection, so there the two interleave on it.
    const second = testEngine() === 'postgres' ? await openTestDatabase() : world.database;
    try {
      at('2026-03-02T11:05');
      const reports = await Promise.all([
        sweepDueCases(world.deps, { cityIds: [world.city.cityId], batchSize: 4 }),
        sweepDueCases({ ...world.deps, database: second }, { cityIds: [world.city.cityId], batchSize: 4 }),
      ]);
      const total = (key: 'cases' | 'warnings' | 'notices' | 'escalations' | 'failures') => reports.reduce((sum, report) => sum + report[key], 0);
      expect([total('cases'), total('warnings'), total('notices'), total('escalations'), total('failures')]).toEqual([30, 30, 30, 30, 0]);
    } finally {
      if (second !== world.database) await second.close();
    }
    const counts = await eventCounts(filed.map((item) => item.id));
    for (const { id } of filed) expect(counts.get(id)).toEqual({ submitted: 1, deadline_warned: 1, supervised: 1, escalated: 1 });
    const [warnings] = await queryRows<{ n: number }>(world.database.db, sql`SELECT count(*)::int AS n FROM ${deadlineWarnings} WHERE ${deadlineWarnings.cityId} = ${world.city.cityId}`);
    const [notices] = await queryRows<{ n: number }>(world.database.db, sql`SELECT count(*)::int AS n FROM ${supervisionNotices} WHERE ${supervisionNotices.cityId} = ${world.city.cityId}`);
    expect([warnings!.n, notices!.n]).toEqual([30, 30]);
    // Nothing is left due: another sweep finds nothing.
    expect(await sweepDueCases(world.deps, { cityIds: [world.city.cityId] })).toMatchObject({ cases: 0 });
  });

  it.runIf(testEngine() === 'postgres')('skip the cases another process holds, without waiting for it', async () => {
    await world.freshCity();
    at('2026-03-09T09:00');
    const filed = await fileCases(12);
    at('2026-03-09T11:05');
    const other = await openTestDatabase();
    try {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      // Another process holds 5 of the due cases in an open transaction.
      const holder = other.db.transaction(async (tx) => {
        await queryRows(tx, sql`SELECT id FROM cases WHERE id IN (${sql.join(filed.slice(0, 5).map((item) => sql`${item.id}::uuid`), sql`, `)}) FOR UPDATE`);
        holding();
        await released;
      });
      await held;
      expect(await sweepDueCases(world.deps, { cityIds: [world.city.cityId], batchSize: 3 })).toMatchObject({ cases: 7, failures: 0 });
      release();
      await holder;
      expect(await sweepDueCases(world.deps, { cityIds: [world.city.cityId], batchSize: 3 })).toMatchObject({ cases: 5, failures: 0 });
    } finally {
      await other.close();
    }
    const counts = await eventCounts(filed.map((item) => item.id));
    for (const { id } of filed) expect(counts.get(id)?.supervised).toBe(1);
  });
});

/** The case as its stored events say, replayed from the start through the core. */
async function replay(caseId: string): Promise<{ state: CaseState; events: (typeof caseEvents.$inferSelect)[] }> {
  const rows = await world.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
  const [first] = await world.database.db.select({ kind: cases.kind, intakeUnitId: cases.intakeUnitId }).from(cases).where(eq(cases.id, caseId));
  const state = rows.reduce(
    (current, row) =>
      evolve(current, {
        type: row.type,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        fromUnitId: row.fromUnitId,
        toUnitId: row.toUnitId,
        reason: row.reason,
        round: row.round,
        at: row.createdAt.toISOString(),
        payload: row.payload,
        ...(row.timers ? { timers: row.timers } : {}),
      } as CaseEvent),
    initialCaseState(first!.kind, first!.intakeUnitId),
  );
  return { state, events: rows };
}

describe('random histories through the API, the sweep and the clock', () => {
  type Step =
    | { kind: 'act'; unit: 'holder' | 'above' | 'co-unit'; action: string; body: Record<string, unknown> }
    | { kind: 'resident'; action: 'rating' | 'reopen'; body: Record<string, unknown> }
    | { kind: 'wait'; minutes: number }
    | { kind: 'sweep' };
  const actions: fc.Arbitrary<Step> = fc.oneof(
    fc.constantFrom<Step>(
      { kind: 'act', unit: 'holder', action: 'accept', body: {} },
      { kind: 'act', unit: 'holder', action: 'respond', body: { message: '已联系' } },
      { kind: 'act', unit: 'holder', action: 'escalate', body: { reason: '需上级协调' } },
      { kind: 'act', unit: 'above', action: 'dispatch', body: { toUnitId: 'dept-water' } },
      { kind: 'act', unit: 'holder', action: 'dispatch', body: { toUnitId: 'dept-housing' } },
      { kind: 'act', unit: 'holder', action: 'return', body: { reason: '非本单位职责' } },
      { kind: 'act', unit: 'holder', action: 'rule-return', body: { upheld: true } },
      { kind: 'act', unit: 'holder', action: 'rule-return', body: { upheld: false, note: '请办理' } },
      { kind: 'act', unit: 'holder', action: 'start-joint', body: { leadUnitId: 'dept-housing', parts: [{ unitId: 'dept-water', share: '管网排查' }] } },
      { kind: 'act', unit: 'co-unit', action: 'report-part', body: { report: '已排查' } },
      { kind: 'act', unit: 'holder', action: 'hold', body: { reason: '请补充照片' } },
      { kind: 'act', unit: 'holder', action: 'resume', body: {} },
      { kind: 'act', unit: 'holder', action: 'resolve', body: { reply: '已处理', overrideReason: '主办单位已完成' } },
      { kind: 'act', unit: 'above', action: 'supervise', body: { reason: '请加快办理' } },
      { kind: 'act', unit: 'holder', action: 'request-extension', body: { until: '2026-06-30T17:30:00+08:00', reason: '需要配件' } },
      { kind: 'act', unit: 'above', action: 'rule-extension', body: { approved: true } },
      { kind: 'resident', action: 'rating', body: { level: 'unsatisfied' } },
      { kind: 'resident', action: 'rating', body: { level: 'satisfied' } },
      { kind: 'resident', action: 'reopen', body: { reason: '问题没解决' } },
    ),
    fc.integer({ min: 10, max: 3 * 24 * 60 }).map<Step>((minutes) => ({ kind: 'wait', minutes })),
    fc.constant<Step>({ kind: 'sweep' }),
  );

  it('keep the case row, its deadline columns, its warnings and notices consistent with its events', async () => {
    await world.freshCity();
    const unitKeyOf = new Map([...world.city.unitIds].map(([key, id]) => [id, key]));
    await fc.assert(
      fc.asyncProperty(fc.array(actions, { minLength: 10, maxLength: 30 }), async (steps) => {
        at('2026-03-02T09:00');
        const [filed] = await fileCases(1);
        const { id, trackingCode, secret } = filed!;
        for (const step of steps) {
          if (step.kind === 'wait') world.clock.advance(step.minutes * 60_000);
          else if (step.kind === 'sweep') expect((await sweepDueCases(world.deps, { cityIds: [world.city.cityId] })).failures).toBe(0);
          else if (step.kind === 'resident') await world.request('POST', `/track/${trackingCode}/${step.action}`, null, { secret, ...step.body });
          else {
            const [row] = await world.database.db.select().from(cases).where(eq(cases.id, id));
            const holderKey = unitKeyOf.get(row!.holderUnitId)!;
            // "Above" is the command centre, above every unit (and the holder itself when it holds the case).
            const actorKey = step.unit === 'holder' ? holderKey : step.unit === 'co-unit' ? 'dept-water' : 'city';
            const body = { ...step.body } as Record<string, unknown>;
            for (const field of ['toUnitId', 'leadUnitId'] as const) if (typeof body[field] === 'string') body[field] = world.city.unit(body[field] as string);
            if (Array.isArray(body.parts)) body.parts = (body.parts as { unitId: string; share: string }[]).map((part) => ({ ...part, unitId: world.city.unit(part.unitId) }));
            const response = await world.request('POST', `/staff/cases/${id}/${step.action}`, actorKey, body);
            // Any answer but a server error: refusals are part of a random walk.
            expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          }
        }
        const [row] = await world.database.db.select().from(cases).where(eq(cases.id, id));
        const { state, events } = await replay(id);
        expect(stateOf(row!)).toEqual(state);
        expect(row!.version).toBe(events.length);
        const columns = deadlineColumns(state);
        expect({
          acceptDueAt: row!.acceptDueAt?.toISOString() ?? null,
          firstResponseDueAt: row!.firstResponseDueAt?.toISOString() ?? null,
          resolutionDueAt: row!.resolutionDueAt?.toISOString() ?? null,
          dueAt: row!.dueAt?.toISOString() ?? null,
          nextCheckAt: row!.nextCheckAt?.toISOString() ?? null,
        }).toEqual(columns);
        expect(row!.hops).toBe(events.filter((event) => event.fromUnitId !== null && event.fromUnitId !== event.toUnitId).length);
        const count = (type: string) => events.filter((event) => event.type === type).length;
        const warnings = await world.database.db.select().from(deadlineWarnings).where(eq(deadlineWarnings.caseId, id));
        const notices = await world.database.db.select().from(supervisionNotices).where(eq(supervisionNotices.caseId, id));
        expect(warnings).toHaveLength(count('deadline_warned'));
        expect(notices).toHaveLength(count('supervised'));
        expect(notices.filter((notice) => notice.answeredAt !== null)).toHaveLength(count('supervision_answered'));
        expect(state.supervisions).toHaveLength(notices.filter((notice) => notice.answeredAt === null).length);
        // Whatever the sweep found due has been done: nothing is due at the time it last ran.
        if (steps.at(-1)?.kind === 'sweep') expect(row!.nextCheckAt === null || row!.nextCheckAt > world.clock.now()).toBe(true);
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});

describe('the worker', () => {
  it('runs the sweep on its schedule and stops cleanly', async () => {
    await world.freshCity();
    at('2026-03-16T09:00');
    const [filed] = await fileCases(1);
    at('2026-03-16T10:40');
    const worker = startWorker(world.deps, { cityIds: [world.city.cityId], sweepEveryMs: 20, purgeEveryMs: 60 * 60_000 });
    try {
      await vi.waitFor(
        async () => {
          const rows = await world.database.db.select().from(deadlineWarnings).where(eq(deadlineWarnings.caseId, filed!.id));
          expect(rows.map((row) => row.level)).toEqual(['nearing']);
        },
        { timeout: 20_000, interval: 50 },
      );
    } finally {
      await worker.stop();
    }
    // Stopped: a deadline passing now is not swept any more.
    at('2026-03-16T11:05');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = await world.database.db.select().from(cases).where(eq(cases.id, filed!.id));
    expect(row!.status).toBe('submitted');
    expect(row!.holderUnitId).toBe(world.city.unit('grid-a1-1'));
  });

  it('purges idempotency records older than a day, and only those', async () => {
    const now = world.clock.now();
    const old = `purge-old-${now.getTime()}`;
    const fresh = `purge-fresh-${now.getTime()}`;
    await world.database.db.insert(idempotencyKeys).values([
      { scope: 'test:purge', key: old, requestHash: 'x', status: 201, body: {}, createdAt: new Date(now.getTime() - 25 * 3_600_000) },
      { scope: 'test:purge', key: fresh, requestHash: 'x', status: 201, body: {}, createdAt: new Date(now.getTime() - 3_600_000) },
    ]);
    const { purged } = await purgeExpiredIdempotencyKeys(world.deps);
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await world.database.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, 'test:purge')));
    expect(left.map((row) => row.key)).toEqual([fresh]);
  });
});
