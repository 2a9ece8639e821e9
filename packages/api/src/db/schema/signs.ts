import { bigint, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { buildings } from './units.js';

/**
 * The per-city secrets that sign QR tokens, each under a small key id (`kid`) carried in the
 * token. New signs use the newest active key; older keys keep verifying the signs they made
 * until they are retired. The secret never leaves the server.
 */
export const qrSigningKeys = pgTable(
  'qr_signing_keys',
  {
    cityId: cityId().references(() => cities.id),
    kid: integer('kid').notNull(),
    /** 32 random bytes, base64url. */
    secret: text('secret').notNull(),
    createdAt: createdAt(),
    retiredAt: timestampTz('retired_at'),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.kid] })],
);

/**
 * A printed sign (一码通) on a building. Each reprint is a new version; at most one version per
 * building is valid at a time, the older ones are revoked. `serial` is the short number a token
 * carries, so the QR stays small.
 */
export const signs = pgTable(
  'signs',
  {
    id: id(),
    serial: bigint('serial', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    cityId: cityId().references(() => cities.id),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id),
    version: integer('version').notNull(),
    kid: integer('kid').notNull(),
    issuedAt: createdAt(),
    revokedAt: timestampTz('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (table) => [
    uniqueIndex('signs_serial_idx').on(table.serial),
    uniqueIndex('signs_building_version_idx').on(table.buildingId, table.version),
    // One valid sign per building: issuing a new version must revoke the old one in the same transaction.
    uniqueIndex('signs_building_current_idx').on(table.buildingId).where(sql`revoked_at IS NULL`),
    index('signs_city_idx').on(table.cityId),
  ],
);

/** Scans of each sign per day (in the city's time zone): counts only, nothing about who scanned. */
export const signScans = pgTable(
  'sign_scans',
  {
    signId: uuid('sign_id')
      .notNull()
      .references(() => signs.id),
    day: date('day', { mode: 'string' }).notNull(),
    cityId: cityId().references(() => cities.id),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id),
    count: integer('count').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.signId, table.day] }), index('sign_scans_building_day_idx').on(table.buildingId, table.day)],
);
