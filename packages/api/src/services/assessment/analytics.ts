/**
 * The live analysis (实时分析): charts over any span of months, read from the dashboard rollups
 * that the database keeps from every case event (migrations `assessment_ledgers` and
 * `analytics_monthly_rollups`): charts by month and the time per step from the monthly ones, charts
 * by day from the daily ones. So a chart over ten million cases reads a few thousand rows (by
 * month) and is right the moment an event commits. Every
 * query is bounded to the viewer's subtree: intake by the area (the community of the case's
 * building), deadlines and ratings by the unit that answered for them.
 */
import { addMonths, monthBounds, monthOf, type CaseKind, type Channel, type DeadlineStep } from '@huying/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import { subtreeOf } from '../cases/staff-queries.js';
import { cityTimeZone } from './config.js';

export type Interval = 'day' | 'month';

export interface DashboardQuery {
  cityId: string;
  /** The unit whose subtree is shown; the city unit shows everything. */
  unitId: string;
  /** `YYYY-MM`, both included. */
  from: string;
  to: string;
  interval: Interval;
}

export interface Dashboard {
  from: string;
  to: string;
  interval: Interval;
  asOf: string;
  volume: { period: string; channel: Channel; kind: CaseKind; cases: number }[];
  categories: { categoryId: string | null; level1: string | null; level2: string | null; level3: string | null; cases: number }[];
  hotSpots: {
    communities: { unitId: string; name: string; total: number; months: { month: string; cases: number }[] }[];
    buildings: { buildingId: string; name: string; communityId: string; communityName: string; cases: number }[];
  };
  deadlines: { period: string; step: DeadlineStep; onTime: number; late: number }[];
  stepTimes: { step: DeadlineStep; ended: number; onTime: number; late: number; averageHours: number | null }[];
  satisfaction: { period: string; firstRated: number; firstSatisfied: number; rated: number; satisfied: number; basicallySatisfied: number; unsatisfied: number }[];
}

const nilCategory = '00000000-0000-0000-0000-000000000000';

/** `unit_id IN (subtree)`, left out for the whole city so the query plans on the primary keys alone. */
function within(column: string, query: Pick<DashboardQuery, 'unitId'> & { wholeCity: boolean }): SQL {
  return query.wholeCity ? sql`TRUE` : sql`${sql.raw(column)} IN ${subtreeOf(query.unitId)}`;
}

/**
 * Where a chart by `interval` reads: the daily rollup with each day as its period, or the monthly
 * one (a year of the whole city in a few thousand rows) with the month's first day.
 */
function periodSource(interval: Interval, days: SQL, months: SQL) {
  return interval === 'day'
    ? { grain: 'daily', where: days, period: sql.raw(`to_char(day, 'YYYY-MM-DD')`) }
    : { grain: 'monthly', where: months, period: sql.raw(`to_char(month, 'YYYY-MM-DD')`) };
}

export async function dashboard(db: Database, query: DashboardQuery & { wholeCity: boolean; now: Date }): Promise<Dashboard> {
  const fromDay = `${query.from}-01`;
  const toDay = `${addMonths(query.to, 1)}-01`;
  const days = sql`city_id = ${query.cityId} AND day >= ${fromDay}::date AND day < ${toDay}::date`;
  const months = sql`city_id = ${query.cityId} AND month >= ${fromDay}::date AND month < ${toDay}::date`;
  const { grain, where: inSpan, period } = periodSource(query.interval, days, months);
  const table = (name: 'intake' | 'deadline' | 'rating') => sql.raw(`analytics_${name}_${grain}`);

  const [volume, categories, communities, buildings, deadlines, stepTimes, satisfaction] = await Promise.all([
    queryRows<{ period: string; channel: Channel; kind: CaseKind; cases: number }>(
      db,
      sql`SELECT ${period} AS period, channel, kind, sum(cases)::int AS cases FROM ${table('intake')}
          WHERE ${inSpan} AND ${within('area_unit_id', query)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ),
    queryRows<{ category_id: string; level1: string | null; level2: string | null; level3: string | null; cases: number }>(
      db,
      sql`SELECT r.category_id, c.level1, c.level2, c.level3, r.cases FROM (
            SELECT category_id, sum(cases)::int AS cases FROM analytics_category_monthly
            WHERE ${months} AND ${within('area_unit_id', query)} GROUP BY category_id ORDER BY cases DESC, category_id LIMIT 20) r
          LEFT JOIN categories c ON c.id = r.category_id ORDER BY r.cases DESC, r.category_id`,
    ),
    queryRows<{ unit_id: string; name: string; month: string; cases: number; total: number }>(
      db,
      sql`WITH per_month AS (
            SELECT area_unit_id, month, sum(cases)::int AS cases FROM analytics_building_monthly
            WHERE ${months} AND ${within('area_unit_id', query)} GROUP BY area_unit_id, month
          ), top AS (
            SELECT area_unit_id, sum(cases)::int AS total FROM per_month GROUP BY area_unit_id ORDER BY total DESC, area_unit_id LIMIT 15
          )
          SELECT top.area_unit_id AS unit_id, u.name, to_char(p.month, 'YYYY-MM') AS month, p.cases, top.total
          FROM top JOIN per_month p ON p.area_unit_id = top.area_unit_id JOIN units u ON u.id = top.area_unit_id
          ORDER BY top.total DESC, top.area_unit_id, p.month`,
    ),
    queryRows<{ building_id: string; name: string; community_id: string; community_name: string; cases: number }>(
      db,
      sql`SELECT r.building_id, b.name, r.area_unit_id AS community_id, u.name AS community_name, r.cases FROM (
            SELECT building_id, min(area_unit_id::text)::uuid AS area_unit_id, sum(cases)::int AS cases FROM analytics_building_monthly
            WHERE ${months} AND ${within('area_unit_id', query)} GROUP BY building_id ORDER BY cases DESC, building_id LIMIT 20) r
          JOIN buildings b ON b.id = r.building_id JOIN units u ON u.id = r.area_unit_id ORDER BY r.cases DESC, r.building_id`,
    ),
    queryRows<{ period: string; step: DeadlineStep; on_time: number; late: number }>(
      db,
      sql`SELECT ${period} AS period, step, sum(on_time)::int AS on_time, sum(late)::int AS late FROM ${table('deadline')}
          WHERE ${inSpan} AND ${within('unit_id', query)} GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
    queryRows<{ step: DeadlineStep; on_time: number; late: number; minutes: number }>(
      db,
      sql`SELECT step, sum(on_time)::int AS on_time, sum(late)::int AS late, sum(minutes)::float8 AS minutes FROM analytics_deadline_monthly
          WHERE ${months} AND ${within('unit_id', query)} GROUP BY step ORDER BY step`,
    ),
    queryRows<{ period: string; first_rated: number; first_satisfied: number; rated: number; satisfied: number; basically_satisfied: number; unsatisfied: number }>(
      db,
      sql`SELECT ${period} AS period,
                 sum(ratings) FILTER (WHERE first_reply = 1)::int AS first_rated,
                 sum(ratings) FILTER (WHERE first_reply = 1 AND level <> 'unsatisfied')::int AS first_satisfied,
                 sum(ratings)::int AS rated,
                 sum(ratings) FILTER (WHERE level = 'satisfied')::int AS satisfied,
                 sum(ratings) FILTER (WHERE level = 'basically_satisfied')::int AS basically_satisfied,
                 sum(ratings) FILTER (WHERE level = 'unsatisfied')::int AS unsatisfied
          FROM ${table('rating')} WHERE ${inSpan} AND ${within('unit_id', query)} GROUP BY 1 ORDER BY 1`,
    ),
  ]);

  const heat = new Map<string, Dashboard['hotSpots']['communities'][number]>();
  for (const row of communities) {
    const entry = heat.get(row.unit_id) ?? { unitId: row.unit_id, name: row.name, total: Number(row.total), months: [] };
    entry.months.push({ month: row.month, cases: Number(row.cases) });
    heat.set(row.unit_id, entry);
  }
  const stepOrder = ['accept', 'first_response', 'resolution', 'part'];
  return {
    from: query.from,
    to: query.to,
    interval: query.interval,
    asOf: query.now.toISOString(),
    volume: volume.map((row) => ({ period: row.period, channel: row.channel, kind: row.kind, cases: Number(row.cases) })),
    categories: categories.map((row) => ({
      categoryId: row.category_id === nilCategory ? null : row.category_id,
      level1: row.level1,
      level2: row.level2,
      level3: row.level3,
      cases: Number(row.cases),
    })),
    hotSpots: {
      communities: [...heat.values()],
      buildings: buildings.map((row) => ({ buildingId: row.building_id, name: row.name, communityId: row.community_id, communityName: row.community_name, cases: Number(row.cases) })),
    },
    deadlines: deadlines.map((row) => ({ period: row.period, step: row.step, onTime: Number(row.on_time), late: Number(row.late) })),
    stepTimes: stepTimes
      .map((row) => {
        const ended = Number(row.on_time) + Number(row.late);
        return { step: row.step, ended, onTime: Number(row.on_time), late: Number(row.late), averageHours: ended > 0 ? Number(row.minutes) / ended / 60 : null };
      })
      .sort((a, b) => stepOrder.indexOf(a.step) - stepOrder.indexOf(b.step)),
    satisfaction: satisfaction.map((row) => ({
      period: row.period,
      firstRated: Number(row.first_rated ?? 0),
      firstSatisfied: Number(row.first_satisfied ?? 0),
      rated: Number(row.rated ?? 0),
      satisfied: Number(row.satisfied ?? 0),
      basicallySatisfied: Number(row.basically_satisfied ?? 0),
      unsatisfied: Number(row.unsatisfied ?? 0),
    })),
  };
}

export interface PublicStats {
  resolvedThisMonth: number;
  satisfactionRate: number | null;
  averageResponseHours: number | null;
  asOf: string;
}

/**
 * The figures a service hall's screen or a community site shows, for the current month in the
 * city's time zone: cases replied to, the share of ratings that were satisfied or basically
 * satisfied, and the mean time to the first response. Counts only; nothing about any person.
 */
export async function publicStats(db: Database, input: { cityId: string; unitId: string | null; now: Date }): Promise<PublicStats> {
  const timeZone = await cityTimeZone(db, input.cityId);
  const month = monthOf(input.now, timeZone);
  const { start, end } = monthBounds(month, timeZone);
  const scope = { unitId: input.unitId ?? '', wholeCity: input.unitId === null };
  const thisMonth = sql`city_id = ${input.cityId} AND month = ${`${month}-01`}::date`;
  const [[resolved], [ratings], [responses]] = await Promise.all([
    queryRows<{ cases: number }>(
      db,
      sql`SELECT count(DISTINCT case_id)::int AS cases FROM assessment_replies
          WHERE city_id = ${input.cityId} AND replied_at >= ${start.toISOString()}::timestamptz AND replied_at < ${end.toISOString()}::timestamptz
            AND ${within('unit_id', scope)}`,
    ),
    queryRows<{ rated: number; content: number }>(
      db,
      sql`SELECT COALESCE(sum(ratings), 0)::int AS rated, COALESCE(sum(ratings) FILTER (WHERE level <> 'unsatisfied'), 0)::int AS content
          FROM analytics_rating_monthly WHERE ${thisMonth} AND ${within('unit_id', scope)}`,
    ),
    queryRows<{ ended: number; minutes: number }>(
      db,
      sql`SELECT COALESCE(sum(on_time + late), 0)::int AS ended, COALESCE(sum(minutes), 0)::float8 AS minutes
          FROM analytics_deadline_monthly WHERE ${thisMonth} AND step = 'first_response' AND ${within('unit_id', scope)}`,
    ),
  ]);
  const rated = Number(ratings?.rated ?? 0);
  const ended = Number(responses?.ended ?? 0);
  return {
    resolvedThisMonth: Number(resolved?.cases ?? 0),
    satisfactionRate: rated > 0 ? Number(ratings!.content) / rated : null,
    averageResponseHours: ended > 0 ? Math.round((Number(responses!.minutes) / ended / 60) * 10) / 10 : null,
    asOf: input.now.toISOString(),
  };
}
