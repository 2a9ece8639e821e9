import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * A counter per city that the database raises on every change to what a new case is routed and
 * timed by (the city row, its units, categories, intake rules, loop policy, time-limit rules and
 * calendar years; triggers in the migration `city_config_versions_triggers`). A process keeps
 * those settings in memory and reads only this number per request, so an edit still applies to
 * the next case in every process at once. No foreign key: the counter outlives a deleted row.
 */
export const cityConfigVersions = pgTable('city_config_versions', {
  cityId: text('city_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
