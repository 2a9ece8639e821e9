import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { units } from './units.js';

export const staffRoles = [
  'dispatcher',
  'street_staff',
  'community_staff',
  'grid_member',
  'department_handler',
  'property_manager',
  'information_officer',
  'supervisor',
  'admin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A person working cases for one unit. */
export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').$type<StaffRole>().notNull(),
    displayName: text('display_name').notNull(),
    createdAt: createdAt(),
    disabledAt: timestampTz('disabled_at'),
  },
  (table) => [index('staff_accounts_unit_idx').on(table.unitId)],
);

/** Bearer tokens for staff clients. Only a SHA-256 of the token is kept; the prefix helps people tell them apart. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    label: text('label').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestampTz('last_used_at'),
    revokedAt: timestampTz('revoked_at'),
  },
  (table) => [uniqueIndex('api_tokens_hash_idx').on(table.tokenHash)],
);
