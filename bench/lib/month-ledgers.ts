/** The assessment ledgers' rows of one month: how many there are, and the plain count by unit the assessment is compared with. */
import type { Client } from './drivers.js';

export interface LedgerRows {
  deadlines: number;
  replies: number;
  moves: number;
  notices: number;
}

/** Rows of each ledger in [start, end), by the time that puts a row in a month's assessment. */
export async function ledgerRowsOfMonth(client: Client, start: Date, end: Date): Promise<LedgerRows> {
  const [rows] = await client<LedgerRows[]>`
    SELECT (SELECT count(*) FROM assessment_deadlines WHERE settles_at >= ${start} AND settles_at < ${end})::int AS deadlines,
           (SELECT count(*) FROM assessment_replies WHERE replied_at >= ${start} AND replied_at < ${end})::int AS replies,
           (SELECT count(*) FROM assessment_moves WHERE at >= ${start} AND at < ${end})::int AS moves,
           (SELECT count(*) FROM supervision_notices WHERE issued_at >= ${start} AND issued_at < ${end})::int AS notices`;
  return rows!;
}

/**
 * The baseline of the monthly assessment: a plain `count(*) … GROUP BY unit_id` over the same
 * ledger rows of the month, the four ledgers at once on a pool as large as the services' own.
 */
export function plainCountsByUnit(readers: Client, cityId: string, start: Date, end: Date): Promise<unknown> {
  const monthRows = (table: string, column: string) =>
    `SELECT unit_id, count(*)::int AS n FROM ${table} WHERE city_id = '${cityId}' AND ${column} >= '${start.toISOString()}' AND ${column} < '${end.toISOString()}' GROUP BY unit_id`;
  return Promise.all(
    [
      monthRows('assessment_deadlines', 'settles_at'),
      monthRows('assessment_replies', 'replied_at'),
      monthRows('assessment_moves', 'at'),
      monthRows('supervision_notices', 'issued_at'),
    ].map((query) => readers.unsafe(query)),
  );
}
