import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestampTz } from './columns.js';

/**
 * Failed attempts to prove a case is yours (wrong secret or phone digits), per tracking code and
 * hour. Four phone digits are guessable without a limit; with it, a guesser gets a handful of
 * tries an hour, on every API process alike.
 */
export const proofFailures = pgTable('proof_failures', {
  trackingCode: text('tracking_code').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestampTz('window_started_at').notNull(),
});
