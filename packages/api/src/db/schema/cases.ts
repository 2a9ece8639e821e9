import { sql } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Arrival,
  Attachment,
  CaseEventType,
  CaseKind,
  CaseStatus,
  CaseTimers,
  Channel,
  Deadline,
  ExtensionRequest,
  JointHandling,
  OpenSupervision,
  RatingLevel,
  Urgency,
} from '@huying/core';
import { categories } from './categories.js';
import { cities } from './cities.js';
import { cityId, createdAt, emptyJsonArray, id, timestampTz, updatedAt } from './columns.js';
import { buildings, units } from './units.js';

/**
 * A case (诉求 / 工单). The state-machine columns (status … rating) mirror the core's `CaseState`;
 * they change only together with an appended `case_events` row, in one transaction.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    trackingCode: text('tracking_code').notNull(),
    /** SHA-256 of the resident's secret; the secret itself is never stored. */
    secretHash: text('secret_hash').notNull(),
    kind: text('kind').$type<CaseKind>().notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
    categoryId: uuid('category_id').references(() => categories.id),
    buildingId: uuid('building_id').references(() => buildings.id),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default(emptyJsonArray),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    language: text('language').notNull().default('zh-CN'),
    intakeUnitId: uuid('intake_unit_id')
      .notNull()
      .references(() => units.id),

    status: text('status').$type<CaseStatus>().notNull(),
    holderUnitId: uuid('holder_unit_id')
      .notNull()
      .references(() => units.id),
    arrival: text('arrival').$type<Arrival>().notNull(),
    dispatcherUnitId: uuid('dispatcher_unit_id').references(() => units.id),
    returnedByUnitId: uuid('returned_by_unit_id').references(() => units.id),
    lastHandlerUnitId: uuid('last_handler_unit_id').references(() => units.id),
    round: integer('round').notNull().default(1),
    hops: integer('hops').notNull().default(0),
    joint: jsonb('joint').$type<JointHandling>(),
    rating: text('rating').$type<RatingLevel>(),
    /** First-time and final satisfaction: the first rating ever given, and the latest. */
    firstRating: text('first_rating').$type<RatingLevel>(),
    finalRating: text('final_rating').$type<RatingLevel>(),
    deadlines: jsonb('deadlines').$type<Deadline[]>().notNull().default(emptyJsonArray),
    pausedAt: timestampTz('paused_at'),
    closesAt: timestampTz('closes_at'),
    supervisions: jsonb('supervisions').$type<OpenSupervision[]>().notNull().default(emptyJsonArray),
    pendingExtension: jsonb('pending_extension').$type<ExtensionRequest>(),
    /** Every co-unit the case has had in joint handling: they see it, like the units it passed through. */
    coUnitIds: uuid('co_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),

    // Derived from `deadlines` on every write, for lists and reports that sort and filter by them.
    acceptDueAt: timestampTz('accept_due_at'),
    firstResponseDueAt: timestampTz('first_response_due_at'),
    resolutionDueAt: timestampTz('resolution_due_at'),
    /** The earliest running deadline. */
    dueAt: timestampTz('due_at'),
    /** When the deadline sweep must look at the case next; null when nothing is pending. */
    nextCheckAt: timestampTz('next_check_at'),

    /** Optimistic concurrency and event numbering: the seq of the latest event. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    acceptedAt: timestampTz('accepted_at'),
    respondedAt: timestampTz('responded_at'),
    resolvedAt: timestampTz('resolved_at'),
    closedAt: timestampTz('closed_at'),
  },
  (table) => [
    uniqueIndex('cases_tracking_code_idx').on(table.trackingCode),
    // Case lists page newest first by (created_at, id) descending, oldest first by the same
    // backwards: these two give that order for a whole city and for one holding unit, so a page
    // reads its rows from the index instead of sorting every case in scope.
    index('cases_city_newest_idx').on(table.cityId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_holder_newest_idx').on(table.holderUnitId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_holder_status_idx').on(table.holderUnitId, table.status),
    index('cases_building_status_idx').on(table.buildingId, table.status),
    index('cases_city_status_idx').on(table.cityId, table.status),
    // The sweep reads only cases due now: a partial index keeps its cost with the due cases.
    index('cases_next_check_idx').on(table.nextCheckAt).where(sql`${table.nextCheckAt} IS NOT NULL`),
    index('cases_city_due_idx').on(table.cityId, table.dueAt).where(sql`${table.dueAt} IS NOT NULL`),
    index('cases_co_units_idx').using('gin', table.coUnitIds),
  ],
);

export type ActorType = 'resident' | 'staff' | 'system';

/**
 * The append-only history of every case: one row per accepted command. The database refuses
 * UPDATE, DELETE and TRUNCATE on this table (see the migration that installs the trigger).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    cityId: cityId().references(() => cities.id),
    /** 1 for `submitted`, then +1 per event: equals the case's `version` after the event. */
    seq: integer('seq').notNull(),
    type: text('type').$type<CaseEventType>().notNull(),
    actorType: text('actor_type').$type<ActorType>().notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorUnitId: uuid('actor_unit_id').references(() => units.id),
    fromStatus: text('from_status').$type<CaseStatus>(),
    toStatus: text('to_status').$type<CaseStatus>().notNull(),
    fromUnitId: uuid('from_unit_id').references(() => units.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id),
    reason: text('reason'),
    round: integer('round').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The case's deadlines and closing time after the event, when it changed them. */
    timers: jsonb('timers').$type<CaseTimers>(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('case_events_case_seq_idx').on(table.caseId, table.seq),
    index('case_events_city_created_idx').on(table.cityId, table.createdAt),
  ],
);
