import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffAccounts } from './access.js';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id } from './columns.js';
import { units } from './units.js';

export type HotlineLabel = 'service' | 'consult' | 'complaint';

/**
 * The hotline directory: every public number of every unit, as residents dial it. `digits` is the
 * number without separators, so a search by any part of it and a dialled number both find it.
 */
export const hotlines = pgTable(
  'hotlines',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    label: text('label').$type<HotlineLabel>().notNull(),
    number: text('number').notNull(),
    digits: text('digits').notNull(),
    /** Where the number comes from (e.g. the service guides), for people checking the directory. */
    source: text('source').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('hotlines_unit_number_idx').on(table.unitId, table.label, table.digits), index('hotlines_city_digits_idx').on(table.cityId, table.digits)],
);

/**
 * A call an operator logged as a case. The caller's number is kept only masked (to show) and as
 * an HMAC with a server secret (to count earlier calls from the same number), never in clear.
 */
export const hotlineCalls = pgTable(
  'hotline_calls',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    hotlineId: uuid('hotline_id')
      .notNull()
      .references(() => hotlines.id),
    callerHash: text('caller_hash').notNull(),
    callerMasked: text('caller_masked').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    operatorAccountId: uuid('operator_account_id')
      .notNull()
      .references(() => staffAccounts.id),
    /** Whether the operator answered the consultation during the call. */
    answeredOnCall: boolean('answered_on_call').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('hotline_calls_caller_idx').on(table.cityId, table.callerHash, table.createdAt)],
);
