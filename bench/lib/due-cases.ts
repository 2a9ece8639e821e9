/**
 * What the deadline sweep reads (`sweepDueCases` in packages/api/src/jobs/deadline-sweep.ts),
 * built with the API's schema the way the job builds it; the job keeps its claim inside the run,
 * so the benchmarks build the same statement here.
 */
import type { Database } from '../../packages/api/src/db/client.js';
import { cases } from '../../packages/api/src/db/schema/index.js';
import { drizzleOrm } from './drivers.js';

const { asc, lte, sql } = drizzleOrm;

/** The sweep's claim of one batch: whole rows of the earliest due cases, skipping those another sweep holds. */
export const claimDueBatch = (db: Database, now: Date, batchSize = 100) =>
  db.select().from(cases).where(lte(cases.nextCheckAt, now)).orderBy(asc(cases.nextCheckAt)).limit(batchSize).for('update', { skipLocked: true });

/**
 * The ids of every case due now, in the order the sweep takes them; with `useIndex` false, index
 * scans are turned off for the read (what it would cost without `cases_next_check_idx`).
 */
export async function dueCaseIds(db: Database, now: Date, useIndex: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    if (!useIndex) await tx.execute(sql`SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off`);
    const rows = await tx.select({ id: cases.id }).from(cases).where(lte(cases.nextCheckAt, now)).orderBy(asc(cases.nextCheckAt));
    return rows.length;
  });
}
