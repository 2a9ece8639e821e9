import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { staffAccounts } from './access.js';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';

/** One information officer on duty (轮值) from `startsAt` to `endsAt`. */
export const rosterShifts = pgTable(
  'roster_shifts',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    startsAt: timestampTz('starts_at').notNull(),
    endsAt: timestampTz('ends_at').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => staffAccounts.id),
    createdAt: createdAt(),
  },
  (table) => [
    index('roster_shifts_city_time_idx').on(table.cityId, table.startsAt, table.endsAt),
    index('roster_shifts_account_idx').on(table.accountId, table.startsAt),
    check('roster_shifts_positive', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** An officer's holiday (休假) or other absence: shifts inside it do not count as cover. */
export const rosterLeaves = pgTable(
  'roster_leaves',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    startsAt: timestampTz('starts_at').notNull(),
    endsAt: timestampTz('ends_at').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => staffAccounts.id),
    createdAt: createdAt(),
  },
  (table) => [
    index('roster_leaves_city_time_idx').on(table.cityId, table.startsAt, table.endsAt),
    check('roster_leaves_positive', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** What the outgoing officer hands to the next one (交接班): notes and the consultations still open. */
export const rosterHandovers = pgTable(
  'roster_handovers',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    fromAccountId: uuid('from_account_id')
      .notNull()
      .references(() => staffAccounts.id),
    toAccountId: uuid('to_account_id').references(() => staffAccounts.id),
    shiftId: uuid('shift_id').references(() => rosterShifts.id, { onDelete: 'set null' }),
    notes: text('notes').notNull(),
    openCaseIds: uuid('open_case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
    acknowledgedAt: timestampTz('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by').references(() => staffAccounts.id),
  },
  (table) => [index('roster_handovers_city_created_idx').on(table.cityId, table.createdAt)],
);

/** The officer a consultation was routed to at intake: the one on duty then. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    cityId: cityId().references(() => cities.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    shiftId: uuid('shift_id').references(() => rosterShifts.id, { onDelete: 'set null' }),
    assignedAt: timestampTz('assigned_at').notNull(),
  },
  (table) => [index('case_assignments_account_idx').on(table.accountId, table.assignedAt)],
);
