import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { buildings, units } from './units.js';

/** A notice a kiosk shows between visitors, in both languages. */
export interface KioskNotice {
  zh: string;
  en: string;
}

/**
 * Kiosks (自助终端): touch screens in service halls, each registered with a device key. The key
 * binds the device to one hall in one community (or street): cases filed through it get the
 * channel `kiosk` and the hall's place from this row, whatever the device sends. Only a SHA-256
 * of the key is kept; the prefix lets staff tell keys apart. The admin PIN that opens the
 * kiosk's staff corner is kept as a salted PBKDF2 hash, which the device caches so that the
 * corner opens when the network is down.
 */
export const kiosks = pgTable(
  'kiosks',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    label: text('label').notNull(),
    hallName: text('hall_name').notNull(),
    hallNameEn: text('hall_name_en'),
    /** The community (or street) whose hall this is. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The building the hall is in, when it is one of the register's: cases are filed there. */
    buildingId: uuid('building_id').references(() => buildings.id),
    /** The hall's address: the place of its cases when no building is set. */
    address: text('address').notNull(),
    keyPrefix: text('key_prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    pinHash: text('pin_hash').notNull(),
    notices: jsonb('notices').$type<KioskNotice[]>().notNull().default(sql`'[]'::jsonb`),
    createdByAccountId: uuid('created_by_account_id'),
    createdAt: createdAt(),
    lastSeenAt: timestampTz('last_seen_at'),
    revokedAt: timestampTz('revoked_at'),
  },
  (table) => [uniqueIndex('kiosks_key_hash_idx').on(table.keyHash), index('kiosks_city_idx').on(table.cityId)],
);
