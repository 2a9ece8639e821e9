import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  AutoEscalationPolicy,
  CalendarSource,
  CaseKind,
  DeadlineStep,
  Duration,
  HolidayPeriod,
  IntakeLevel,
  MakeUpWorkday,
  PlaceTarget,
  ReopenTarget,
  Urgency,
  WorkingPeriod,
} from '@huying/core';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz, updatedAt } from './columns.js';
import { units } from './units.js';

/** A city's loop policy (one row per city; a city without one runs on the defaults). */
export const loopPolicies = pgTable('loop_policies', {
  cityId: text('city_id')
    .primaryKey()
    .references(() => cities.id),
  intakeLevel: text('intake_level').$type<IntakeLevel>().notNull(),
  warnAtPercent: integer('warn_at_percent').notNull(),
  workingHours: jsonb('working_hours').$type<WorkingPeriod[]>().notNull(),
  supervisionAnswerWithin: jsonb('supervision_answer_within').$type<Duration>().notNull(),
  closeUnratedAfter: jsonb('close_unrated_after').$type<Duration>().notNull(),
  reopenTo: text('reopen_to').$type<ReopenTarget>().notNull(),
  autoEscalation: jsonb('auto_escalation').$type<AutoEscalationPolicy>().notNull(),
  updatedAt: updatedAt(),
  updatedByAccountId: uuid('updated_by_account_id'),
});

/**
 * A year of a city's working calendar, entered from the State Council's notice when it is
 * published. Without a row the built-in national data for that year applies.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    cityId: cityId().references(() => cities.id),
    year: integer('year').notNull(),
    holidays: jsonb('holidays').$type<HolidayPeriod[]>().notNull(),
    workdays: jsonb('workdays').$type<MakeUpWorkday[]>().notNull(),
    source: jsonb('source').$type<CalendarSource>().notNull(),
    updatedAt: updatedAt(),
    updatedByAccountId: uuid('updated_by_account_id'),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.year] })],
);

/** A city's time-limit rules, in order: the first that matches a case sets its limits. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kinds: text('kinds').array().$type<CaseKind[]>().notNull().default(sql`'{}'::text[]`),
    urgencies: text('urgencies').array().$type<Urgency[]>().notNull().default(sql`'{}'::text[]`),
    categoryCodes: text('category_codes').array().notNull().default(sql`'{}'::text[]`),
    categoryNames: text('category_names').array().notNull().default(sql`'{}'::text[]`),
    accept: jsonb('accept').$type<Duration>(),
    firstResponse: jsonb('first_response').$type<Duration>(),
    resolution: jsonb('resolution').$type<Duration>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('sla_policies_city_position_idx').on(table.cityId, table.position)],
);

/** Intake routing rules: category × area → unit, in the city's order. */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    position: integer('position').notNull(),
    kinds: text('kinds').array().$type<CaseKind[]>().notNull().default(sql`'{}'::text[]`),
    /** A category code prefix; null: any category. */
    categoryCode: text('category_code'),
    areaUnitId: uuid('area_unit_id').references(() => units.id),
    /** Either a unit, or a unit found from the case's building (its grid, community, street or property company). */
    targetUnitId: uuid('target_unit_id').references(() => units.id),
    targetPlace: text('target_place').$type<PlaceTarget>(),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('routing_rules_city_position_idx').on(table.cityId, table.position)],
);

/**
 * Warnings (预警) the deadline sweep recorded: one per deadline, level and due time, which the
 * unique index enforces whatever number of sweeps run at once.
 */
export const deadlineWarnings = pgTable(
  'deadline_warnings',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    round: integer('round').notNull(),
    step: text('step').$type<DeadlineStep>().notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    level: text('level').$type<'nearing' | 'overdue'>().notNull(),
    dueAt: timestampTz('due_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('deadline_warnings_once_idx').on(table.caseId, table.round, table.step, table.unitId, table.level, table.dueAt),
    index('deadline_warnings_city_created_idx').on(table.cityId, table.createdAt),
    index('deadline_warnings_unit_created_idx').on(table.unitId, table.createdAt),
  ],
);

/** Supervision notices (督办单): to a unit about a late or stuck case, which it must answer. */
export const supervisionNotices = pgTable(
  'supervision_notices',
  {
    id: uuid('id').primaryKey(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    round: integer('round').notNull(),
    /** The deadline it is about; null for a notice a unit above issued by hand. */
    step: text('step').$type<DeadlineStep>(),
    deadlineDueAt: timestampTz('deadline_due_at'),
    reason: text('reason').notNull(),
    issuedByType: text('issued_by_type').$type<'system' | 'staff'>().notNull(),
    issuedByAccountId: uuid('issued_by_account_id'),
    issuedByUnitId: uuid('issued_by_unit_id').references(() => units.id),
    issuedAt: timestampTz('issued_at').notNull(),
    answerDueAt: timestampTz('answer_due_at'),
    answeredAt: timestampTz('answered_at'),
    answer: text('answer'),
    answeredByAccountId: uuid('answered_by_account_id'),
  },
  (table) => [
    index('supervision_notices_unit_idx').on(table.unitId, table.answeredAt),
    index('supervision_notices_city_issued_idx').on(table.cityId, table.issuedAt),
    index('supervision_notices_case_idx').on(table.caseId),
    uniqueIndex('supervision_notices_deadline_once_idx')
      .on(table.caseId, table.round, table.step, table.unitId, table.deadlineDueAt)
      .where(sql`${table.issuedByType} = 'system'`),
  ],
);
