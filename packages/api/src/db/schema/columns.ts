import { sql } from 'drizzle-orm';
import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column helpers, so every table spells ids and times the same way. */
export const id = () => uuid('id').primaryKey();
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const timestampTz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Every row belongs to one city: the tenant boundary. */
export const cityId = () => text('city_id').notNull();
export const emptyJsonArray = sql`'[]'::jsonb`;
