import { date, index, integer, pgTable, primaryKey, text, uuid, bigint } from 'drizzle-orm/pg-core';
import type { CaseKind, Channel, DeadlineStep, RatingLevel } from '@huying/core';
import { cityId } from './columns.js';

/*
 * Rollups for the live dashboards, kept by the same trigger as the assessment ledgers (migration
 * `assessment_ledgers`): each new case event adds to the day's (or month's) counters, so a chart
 * over ten million cases reads a few thousand rows. Days and months are local to the city.
 * "Area" is the community of the case's building, or the unit the case was filed at when it has
 * no building; dashboards scope by area or unit within the viewer's subtree.
 */

/** New cases per local day, area, channel and kind. */
export const analyticsIntakeDaily = pgTable(
  'analytics_intake_daily',
  {
    cityId: cityId(),
    day: date('day', { mode: 'string' }).notNull(),
    areaUnitId: uuid('area_unit_id').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    kind: text('kind').$type<CaseKind>().notNull(),
    cases: integer('cases').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.day, table.areaUnitId, table.channel, table.kind] })],
);

/** New cases per local month, area and category (the nil uuid for cases without a category). */
export const analyticsCategoryMonthly = pgTable(
  'analytics_category_monthly',
  {
    cityId: cityId(),
    month: date('month', { mode: 'string' }).notNull(),
    areaUnitId: uuid('area_unit_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    cases: integer('cases').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.month, table.areaUnitId, table.categoryId] })],
);

/** New cases per local month and building (hot spots). */
export const analyticsBuildingMonthly = pgTable(
  'analytics_building_monthly',
  {
    cityId: cityId(),
    month: date('month', { mode: 'string' }).notNull(),
    buildingId: uuid('building_id').notNull(),
    areaUnitId: uuid('area_unit_id').notNull(),
    cases: integer('cases').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.cityId, table.month, table.buildingId] }),
    index('analytics_building_monthly_area_idx').on(table.cityId, table.areaUnitId, table.month),
  ],
);

/**
 * Deadlines ended per local day (of their end), step and answering unit: met in time or late,
 * and the minutes they took from start to end (time spent per step).
 */
export const analyticsDeadlineDaily = pgTable(
  'analytics_deadline_daily',
  {
    cityId: cityId(),
    day: date('day', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    step: text('step').$type<DeadlineStep>().notNull(),
    onTime: integer('on_time').notNull(),
    late: integer('late').notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.day, table.unitId, table.step] })],
);

/** Ratings per local day (of the rating), replying unit, first or later reply, and level. */
export const analyticsRatingDaily = pgTable(
  'analytics_rating_daily',
  {
    cityId: cityId(),
    day: date('day', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    firstReply: integer('first_reply').notNull(),
    level: text('level').$type<RatingLevel>().notNull(),
    ratings: integer('ratings').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.day, table.unitId, table.firstReply, table.level] })],
);

/*
 * The same counters by local month, for charts by month and the time per step: a year of the
 * whole city is a few thousand rows here instead of hundreds of thousands of daily ones. Kept
 * from the daily rows by a trigger on them (migration `analytics_monthly_rollups`), so whatever
 * adds to a day adds the same to its month, in the same transaction.
 */

/** New cases per local month, area, channel and kind. */
export const analyticsIntakeMonthly = pgTable(
  'analytics_intake_monthly',
  {
    cityId: cityId(),
    month: date('month', { mode: 'string' }).notNull(),
    areaUnitId: uuid('area_unit_id').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    kind: text('kind').$type<CaseKind>().notNull(),
    cases: integer('cases').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.month, table.areaUnitId, table.channel, table.kind] })],
);

/** Deadlines ended per local month, step and answering unit. */
export const analyticsDeadlineMonthly = pgTable(
  'analytics_deadline_monthly',
  {
    cityId: cityId(),
    month: date('month', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    step: text('step').$type<DeadlineStep>().notNull(),
    onTime: integer('on_time').notNull(),
    late: integer('late').notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.month, table.unitId, table.step] })],
);

/** Ratings per local month, replying unit, first or later reply, and level. */
export const analyticsRatingMonthly = pgTable(
  'analytics_rating_monthly',
  {
    cityId: cityId(),
    month: date('month', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    firstReply: integer('first_reply').notNull(),
    level: text('level').$type<RatingLevel>().notNull(),
    ratings: integer('ratings').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.month, table.unitId, table.firstReply, table.level] })],
);
