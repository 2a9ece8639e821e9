import { sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../src/db/client.js';
import { LoopWorld } from './loop-world.js';

/**
 * The monthly dashboard rollups follow the daily ones as cases change: after every step of a few
 * cases that cross a month's end (filed, accepted late and in time, answered, resolved, rated,
 * reopened), each monthly rollup equals its daily rollup summed by month, and the dashboard by
 * month equals the dashboard by day added up.
 */

const world = new LoopWorld();
const { at, request, act, file } = world;

const pairs = [
  {
    monthly: 'analytics_intake_monthly',
    daily: 'analytics_intake_daily',
    keys: 'area_unit_id, channel, kind',
    sums: ['cases'],
  },
  {
    monthly: 'analytics_deadline_monthly',
    daily: 'analytics_deadline_daily',
    keys: 'unit_id, step',
    sums: ['on_time', 'late', 'minutes'],
  },
  {
    monthly: 'analytics_rating_monthly',
    daily: 'analytics_rating_daily',
    keys: 'unit_id, first_reply, level',
    sums: ['ratings'],
  },
];

/** Every monthly rollup row of the city, and the daily rows summed by month, each as sorted text. */
async function monthlyAndDaily() {
  const cityId = world.city.cityId;
  const result: Record<string, { monthly: string[]; daily: string[] }> = {};
  for (const { monthly, daily, keys, sums } of pairs) {
    const totals = sums.map((column) => `sum(${column})::text AS ${column}`).join(', ');
    const read = async (query: string) =>
      (await queryRows<Record<string, unknown>>(world.database.db, sql.raw(query))).map((row) => JSON.stringify(row)).sort();
    result[monthly] = {
      monthly: await read(`SELECT to_char(month, 'YYYY-MM') AS month, ${keys}, ${totals} FROM ${monthly} WHERE city_id = '${cityId}' GROUP BY 1, ${keys}`),
      daily: await read(`SELECT to_char(day, 'YYYY-MM') AS month, ${keys}, ${totals} FROM ${daily} WHERE city_id = '${cityId}' GROUP BY 1, ${keys}`),
    };
  }
  return result;
}

async function expectMonthsFollowDays(after: string) {
  const rollups = await monthlyAndDaily();
  for (const [table, { monthly, daily }] of Object.entries(rollups)) {
    expect(monthly, `${table} after ${after}`).toEqual(daily);
  }
  return rollups;
}

const dashboardOf = async (interval: 'day' | 'month') => {
  const response = await request('GET', `/staff/analytics/dashboard?from=2026-03&to=2026-04&interval=${interval}`, 'city');
  expect(response.status).toBe(200);
  return response.body;
};

beforeAll(world.start);
afterAll(world.stop);

describe('monthly dashboard rollups', () => {
  it('equal the daily ones summed by month after every change, across a month end', async () => {
    const building = world.city.building('liangjingyuan-3');
    // Filed on the last working day of March at 16:50; acceptance is due within 2 working hours
    // (09:50 the next morning) and comes at 10:30, in April: late.
    at('2026-03-31T16:50');
    const late = await file({ buildingId: building });
    await expectMonthsFollowDays('filing in March');
    at('2026-04-01T10:30');
    await act('grid-b1-1', late.id, 'accept');
    await expectMonthsFollowDays('a late acceptance in April');
    at('2026-04-01T10:40');
    await act('grid-b1-1', late.id, 'respond', { message: '已收到，今天安排电工查看。' });
    at('2026-04-02T10:00');
    await act('grid-b1-1', late.id, 'resolve', { reply: '楼道灯已更换，恢复照明。' });
    at('2026-04-02T12:00');
    expect((await request('POST', `/track/${late.trackingCode}/rating`, null, { secret: late.secret, level: 'unsatisfied', comment: '还是不亮' })).status).toBe(200);
    at('2026-04-02T12:10');
    expect((await request('POST', `/track/${late.trackingCode}/reopen`, null, { secret: late.secret, reason: '还是不亮' })).status).toBe(200);
    await expectMonthsFollowDays('a reopening');

    // A second case in April handled in time: the same month rows grow (the upsert path).
    at('2026-04-03T09:00');
    const inTime = await file({ buildingId: building });
    at('2026-04-03T09:05');
    await act('grid-b1-1', inTime.id, 'accept');
    at('2026-04-03T09:10');
    await act('grid-b1-1', inTime.id, 'respond', { message: '已安排。' });
    at('2026-04-03T15:00');
    await act('grid-b1-1', inTime.id, 'resolve', { reply: '已修复。' });
    at('2026-04-03T16:00');
    expect((await request('POST', `/track/${inTime.trackingCode}/rating`, null, { secret: inTime.secret, level: 'satisfied' })).status).toBe(200);
    const rollups = await expectMonthsFollowDays('a second case in April');

    // What the months hold is what happened: two cases filed (one a month), two first replies rated.
    const intake = rollups.analytics_intake_monthly!.monthly.map((row) => JSON.parse(row) as { month: string; cases: number });
    expect(intake.map((row) => [row.month, Number(row.cases)])).toEqual([
      ['2026-03', 1],
      ['2026-04', 1],
    ]);
    const ratings = rollups.analytics_rating_monthly!.monthly.map((row) => JSON.parse(row) as { month: string; level: string; ratings: number });
    expect(ratings.map((row) => [row.month, row.level, Number(row.ratings)]).sort()).toEqual([
      ['2026-04', 'satisfied', 1],
      ['2026-04', 'unsatisfied', 1],
    ]);
    const deadlines = rollups.analytics_deadline_monthly!.monthly.map((row) => JSON.parse(row) as { step: string; late: number });
    expect(deadlines.filter((row) => row.step === 'accept').reduce((sum, row) => sum + Number(row.late), 0)).toBe(1);

    // The dashboard by month (monthly rollups) tells the same as by day (daily rollups) added up.
    const [byMonth, byDay] = [await dashboardOf('month'), await dashboardOf('day')];
    type Point = { period: string; [count: string]: string | number };
    const perMonth = (points: Point[], keys: string[], counts: string[]) => {
      const totals = new Map<string, Record<string, number>>();
      for (const point of points) {
        const key = [point.period.slice(0, 7), ...keys.map((name) => point[name])].join('|');
        const entry = totals.get(key) ?? Object.fromEntries(counts.map((name) => [name, 0]));
        for (const name of counts) entry[name]! += Number(point[name]);
        totals.set(key, entry);
      }
      return Object.fromEntries([...totals.entries()].sort());
    };
    expect(perMonth(byMonth.volume, ['channel', 'kind'], ['cases'])).toEqual(perMonth(byDay.volume, ['channel', 'kind'], ['cases']));
    expect(perMonth(byMonth.deadlines, ['step'], ['onTime', 'late'])).toEqual(perMonth(byDay.deadlines, ['step'], ['onTime', 'late']));
    const ratingCounts = ['firstRated', 'firstSatisfied', 'rated', 'satisfied', 'basicallySatisfied', 'unsatisfied'];
    expect(perMonth(byMonth.satisfaction, [], ratingCounts)).toEqual(perMonth(byDay.satisfaction, [], ratingCounts));
    expect(byMonth.stepTimes).toEqual(byDay.stepTimes);
    expect(byMonth.stepTimes.find((step: { step: string }) => step.step === 'accept')).toMatchObject({ ended: 2, onTime: 1, late: 1 });
  });

  it('count a new case when its transaction commits, and nothing of one rolled back', async () => {
    // Counted at the commit, not at the event's insert: the day's counter row is locked only for
    // the commit, so concurrent submissions do not queue behind the rest of each other's work.
    at('2026-04-10T09:00');
    const filed = await file({ buildingId: world.city.building('dongsheng-1') });
    const counted = async (db: Database) =>
      Number((await queryRows<{ cases: string }>(db, sql`SELECT coalesce(sum(cases), 0)::text AS cases FROM analytics_intake_daily WHERE city_id = ${world.city.cityId}`))[0]!.cases);
    // Another case like the one filed, with its first event, as a submission writes them.
    let copies = 0;
    const fileCopy = async (tx: Database) => {
      const id = crypto.randomUUID();
      const trackingCode = `9${String(Date.now() % 1e9).padStart(9, '0')}${String(copies++).padStart(2, '0')}`;
      await tx.execute(sql`INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object('id', ${id}::text, 'tracking_code', ${trackingCode}::text))).* FROM cases c WHERE c.id = ${filed.id}`);
      await tx.execute(sql`INSERT INTO case_events (case_id, city_id, seq, type, actor_type, actor_account_id, actor_unit_id, from_status, to_status, from_unit_id, to_unit_id, reason, round, payload, timers, created_at)
        SELECT ${id}, city_id, seq, type, actor_type, actor_account_id, actor_unit_id, from_status, to_status, from_unit_id, to_unit_id, reason, round, payload, timers, created_at
        FROM case_events WHERE case_id = ${filed.id} AND seq = 1`);
    };
    const before = await counted(world.database.db);

    await world.database.db.transaction(async (tx) => {
      await fileCopy(tx);
      expect(await counted(tx), 'before the commit').toBe(before);
    });
    expect(await counted(world.database.db), 'after the commit').toBe(before + 1);

    await expect(
      world.database.db.transaction(async (tx) => {
        await fileCopy(tx);
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
    expect(await counted(world.database.db), 'after a rollback').toBe(before + 1);
    await expectMonthsFollowDays('cases counted at commit');
  });
});
