import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { staffAccounts } from './access.js';
import { units } from './units.js';

/**
 * Signed-in browser sessions of the staff pages. The cookie carries a random secret; only its
 * SHA-256 is stored, so a copy of the table signs nobody in. Kept in PostgreSQL so every API
 * process knows every session, and revoking one takes effect everywhere at once.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    /** Moved forward by use (at most once a minute); the session ends after an idle period. */
    lastSeenAt: timestampTz('last_seen_at').notNull(),
    /** The absolute end, however active the session. */
    expiresAt: timestampTz('expires_at').notNull(),
    revokedAt: timestampTz('revoked_at'),
    /** Why it ended early: `logout`, `password_changed`, `account_disabled`, `replaced`, `admin`. */
    revokedReason: text('revoked_reason'),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (table) => [uniqueIndex('staff_sessions_secret_idx').on(table.secretHash), index('staff_sessions_account_idx').on(table.accountId)],
);

/**
 * Failed sign-ins, counted per login name (in its city) and per client address, in a window.
 * Counted before the password is checked, so a burst of parallel guesses is stopped as surely as a
 * slow series; the login's count is cleared by a successful sign-in, the address's is not.
 */
export const loginThrottles = pgTable('login_throttles', {
  /** `login:<city>:<login>` or `address:<city>:<address>`. */
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull(),
  windowStartedAt: timestampTz('window_started_at').notNull(),
  lockedUntil: timestampTz('locked_until'),
});

/**
 * The audit log: sign-ins (succeeded, failed, locked out), permission changes (accounts, role
 * grants, disabling, password resets, tokens, API keys, site keys) and every reveal of a
 * resident's phone number. Append-only: the database refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    cityId: text('city_id').notNull(),
    at: timestampTz('at').notNull(),
    action: text('action').notNull(),
    /** `staff` (an account), `integrator` (an API key), `system`, or `anonymous` (a failed sign-in). */
    actorType: text('actor_type').notNull(),
    actorAccountId: uuid('actor_account_id'),
    /** The unit the event concerns, so an administrator of a street reads its subtree's events. */
    unitId: uuid('unit_id').references(() => units.id),
    /** What was acted on: `account`, `token`, `api_key`, `session`, `case`, `site_key`. */
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** For sign-ins: the login name that was tried. */
    login: text('login'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    address: text('address'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
  },
  (table) => [
    index('audit_events_city_at_idx').on(table.cityId, table.at),
    index('audit_events_target_idx').on(table.targetId),
    index('audit_events_actor_idx').on(table.actorAccountId),
  ],
);

/**
 * Integrators' API keys (Open311 `api_key`, webhooks, hotline intake): secret, shown once, kept
 * as a SHA-256; scoped to one city, optionally to a unit's subtree, and to a set of permissions.
 */
export const integratorKeys = pgTable(
  'integrator_keys',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    label: text('label').notNull(),
    /** The key's first characters, to tell keys apart in lists and logs. */
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    permissions: text('permissions').array().notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    createdByAccountId: uuid('created_by_account_id'),
    createdAt: createdAt(),
    lastUsedAt: timestampTz('last_used_at'),
    expiresAt: timestampTz('expires_at'),
    revokedAt: timestampTz('revoked_at'),
  },
  (table) => [uniqueIndex('integrator_keys_secret_idx').on(table.secretHash), index('integrator_keys_city_idx').on(table.cityId)],
);
