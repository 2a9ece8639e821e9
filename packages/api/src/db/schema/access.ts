import { staffRoles, type StaffRole } from '@huying/core';
import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { units } from './units.js';

// The roles and what each may do are the core's permission table.
export { staffRoles, type StaffRole };

/**
 * A person working cases for one unit, in one role. An account signs in with its login and
 * password (argon2id, PHC string) for the staff pages, and uses API tokens for the SDK.
 */
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
    /** The sign-in name, lower case, unique in the city; null for accounts that only use tokens. */
    login: text('login'),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestampTz('password_changed_at'),
    /** Set by an administrator's reset: the next sign-in must choose a new password first. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
    disabledAt: timestampTz('disabled_at'),
  },
  (table) => [index('staff_accounts_unit_idx').on(table.unitId), uniqueIndex('staff_accounts_login_idx').on(table.cityId, table.login)],
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
    /** Who made it: the account itself, or an administrator for it. */
    createdByAccountId: uuid('created_by_account_id'),
    lastUsedAt: timestampTz('last_used_at'),
    expiresAt: timestampTz('expires_at'),
    revokedAt: timestampTz('revoked_at'),
  },
  (table) => [uniqueIndex('api_tokens_hash_idx').on(table.tokenHash), index('api_tokens_account_idx').on(table.accountId)],
);
