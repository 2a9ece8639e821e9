import { boolean, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** A city running the platform: the tenant. Everything else hangs off one. */
export const cities = pgTable('cities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  province: text('province').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  /** The public number on signs and receipts. */
  hotline: text('hotline').notNull(),
  /** The demo city (`huying seed`): only here do the published demo passwords work. */
  demo: boolean('demo').notNull().default(false),
  createdAt: createdAt(),
});
