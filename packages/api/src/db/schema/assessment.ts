import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AssessmentFigures, DeadlineStep, RatingLevel, ScoringConfig, UnitKind, UnitScore } from '@huying/core';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { units } from './units.js';

/*
 * The assessment ledgers: what the monthly assessment counts, kept by the database itself from
 * every `case_events` row as its transaction commits (the trigger in the migration
 * `assessment_ledgers`, deferred to the commit by `assessment_rollups_at_commit`), so no writer
 * can forget them and they never disagree with the events.
 * They are indexes of the history, never a second truth: tests rebuild them from the events and
 * compare. Each row keeps the times that let a month be read "as it stood" at any moment, which
 * is how a stored snapshot and its drill-down always show the same cases.
 */

/** Every deadline a case ever had (签收, 首次响应, 办结, 联办分工): when it started, was due and ended. */
export const assessmentDeadlines = pgTable(
  'assessment_deadlines',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    round: integer('round').notNull(),
    step: text('step').$type<DeadlineStep>().notNull(),
    /** The unit answering for it now (round deadlines follow the holder until they end). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    startedAt: timestampTz('started_at').notNull(),
    /** The due time in force (moved by a resumption after a hold, or an approved extension). */
    dueAt: timestampTz('due_at').notNull(),
    /** Set while the clock is stopped for the resident. */
    pausedAt: timestampTz('paused_at'),
    endedAt: timestampTz('ended_at'),
    /** The event type that ended it (`accepted`, `responded`, `resolved`, `part_reported`, `dispatched`, …). */
    endedBy: text('ended_by'),
    /** The due time it passed unmet, recorded at the first event after that; never cleared. */
    lapsedAt: timestampTz('lapsed_at'),
    /** The unit answering for it when it passed. */
    lapsedUnitId: uuid('lapsed_unit_id').references(() => units.id),
    extensions: integer('extensions').notNull().default(0),
    /**
     * When its outcome is known: the passing of the due time if it lapsed, its end if met, else
     * the due time (when it will have lapsed unless met first). A month reads its deadlines by this.
     */
    settlesAt: timestamp('settles_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .generatedAlwaysAs(sql`COALESCE(lapsed_at, ended_at, due_at)`),
  },
  (table) => [
    index('assessment_deadlines_city_settles_idx').on(table.cityId, table.settlesAt),
    index('assessment_deadlines_running_idx').on(table.caseId).where(sql`${table.endedAt} IS NULL`),
    index('assessment_deadlines_case_idx').on(table.caseId),
  ],
);

/** Every reply (答复), one per handling round: who replied, when, and what the resident made of it. */
export const assessmentReplies = pgTable(
  'assessment_replies',
  {
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    round: integer('round').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** When the case last arrived at the replying unit: the start of its handling time. */
    receivedAt: timestampTz('received_at').notNull(),
    repliedAt: timestampTz('replied_at').notNull(),
    rating: text('rating').$type<RatingLevel>(),
    ratedAt: timestampTz('rated_at'),
    /** The resident sent it back (重办). */
    reopenedAt: timestampTz('reopened_at'),
    /** The round was closed (by the unit, or by the platform when the rating period ended). */
    closedAt: timestampTz('closed_at'),
    /** A later round of the case was rated: from then on this is no longer the case's final rating. */
    supersededAt: timestampTz('superseded_at'),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.round] }),
    index('assessment_replies_city_replied_idx').on(table.cityId, table.repliedAt),
  ],
);

export const assessmentMoveTypes = ['arrival', 'returned', 'return_upheld', 'return_rejected', 'reopened', 'joint_part'] as const;
export type AssessmentMoveType = (typeof assessmentMoveTypes)[number];

/**
 * Moves between units, each attributed to the unit it counts for: an arrival (intake, dispatch,
 * escalation, a rejected return coming back, a reopening, taking the lead of a joint handling)
 * to the unit it reached; a return and the ruling on it to the unit that returned; a reopening to
 * the unit whose reply was sent back; a joint-handling part to its co-unit. Append-only.
 */
export const assessmentMoves = pgTable(
  'assessment_moves',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    at: timestampTz('at').notNull(),
    type: text('type').$type<AssessmentMoveType>().notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (table) => [index('assessment_moves_city_at_idx').on(table.cityId, table.at), index('assessment_moves_case_idx').on(table.caseId)],
);

/** A city's scoring configuration, versioned: each version is in force from its month on. */
export const assessmentConfigs = pgTable(
  'assessment_configs',
  {
    cityId: cityId().references(() => cities.id),
    version: integer('version').notNull(),
    /** `YYYY-MM`: the first month scored with it. */
    effectiveFrom: text('effective_from').notNull(),
    config: jsonb('config').$type<ScoringConfig>().notNull(),
    note: text('note'),
    createdAt: createdAt(),
    createdByAccountId: uuid('created_by_account_id'),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.version] })],
);

/** One unit's line of a stored table. */
export interface AssessmentSnapshotRow {
  unit: { id: string; name: string; nameEn: string | null; kind: UnitKind; parentId: string | null };
  figures: AssessmentFigures;
  score: UnitScore;
}

/**
 * A month's assessment table as generated: immutable (the database refuses UPDATE and DELETE);
 * generating again after late ratings adds the next revision and keeps this one.
 */
export const assessmentSnapshots = pgTable(
  'assessment_snapshots',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    month: text('month').notNull(),
    revision: integer('revision').notNull(),
    /** The moment the figures were read as of: every later event is left out, in the table and its drill-down. */
    asOf: timestampTz('as_of').notNull(),
    /** `close` (the month ended), `settle` (its rating period ended) or `manual`. */
    trigger: text('trigger').$type<'close' | 'settle' | 'manual'>().notNull(),
    generatedByAccountId: uuid('generated_by_account_id'),
    configVersion: integer('config_version').notNull(),
    config: jsonb('config').$type<ScoringConfig>().notNull(),
    rows: jsonb('rows').$type<AssessmentSnapshotRow[]>().notNull(),
    /** SHA-256 of the figures and the configuration, to tell whether a new run changed anything. */
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('assessment_snapshots_month_revision_idx').on(table.cityId, table.month, table.revision)],
);

/**
 * The automatic runs the monthly job owes: one row per city, month and trigger, claimed by one
 * worker at a time (`FOR UPDATE SKIP LOCKED`) and marked done in the transaction that stored the table.
 */
export const assessmentRuns = pgTable(
  'assessment_runs',
  {
    cityId: cityId().references(() => cities.id),
    month: text('month').notNull(),
    trigger: text('trigger').$type<'close' | 'settle'>().notNull(),
    dueAt: timestampTz('due_at').notNull(),
    doneAt: timestampTz('done_at'),
    snapshotId: uuid('snapshot_id').references(() => assessmentSnapshots.id),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    changed: boolean('changed'),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.month, table.trigger] })],
);
