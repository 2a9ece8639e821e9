import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, createdAt, timestampTz } from './columns.js';

/**
 * Site keys (嵌入密钥): public keys that a community website or a property company's portal puts
 * in its page to embed the resident widgets. A key belongs to one city and lists the origins
 * allowed to use it; a browser request from any other origin is refused. Not a secret: it is
 * visible in the page, and the browser's Origin header is what it is checked against.
 */
export const siteKeys = pgTable(
  'site_keys',
  {
    key: text('key').primaryKey(),
    cityId: cityId().references(() => cities.id),
    label: text('label').notNull(),
    /** Exact origins (`https://wy.example.com`) or one-level wildcards (`https://*.example.com`). */
    allowedOrigins: text('allowed_origins').array().notNull(),
    createdByAccountId: uuid('created_by_account_id'),
    createdAt: createdAt(),
    revokedAt: timestampTz('revoked_at'),
  },
  (table) => [index('site_keys_city_idx').on(table.cityId)],
);
