import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { proofFailures } from '../db/schema/index.js';

/** Wrong secrets or phone digits allowed per tracking code per window. */
export const maxProofFailures = 5;
export const proofWindowMs = 60 * 60 * 1000;

/** When proofs for this code are accepted again, if they are locked now. */
export async function proofLockedUntil(db: Database, trackingCode: string, now: Date): Promise<Date | null> {
  const [row] = await db.select().from(proofFailures).where(eq(proofFailures.trackingCode, trackingCode));
  if (!row || row.failures < maxProofFailures) return null;
  const until = new Date(row.windowStartedAt.getTime() + proofWindowMs);
  return until > now ? until : null;
}

/** Counts one failed proof; a window that has run out starts again at one. */
export async function recordProofFailure(db: Database, trackingCode: string, now: Date): Promise<void> {
  // As text with a cast: a Date inside raw SQL is bound differently by the two drivers.
  const windowStart = sql`${new Date(now.getTime() - proofWindowMs).toISOString()}::timestamptz`;
  const at = sql`${now.toISOString()}::timestamptz`;
  await db
    .insert(proofFailures)
    .values({ trackingCode, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: proofFailures.trackingCode,
      set: {
        failures: sql`CASE WHEN ${proofFailures.windowStartedAt} <= ${windowStart} THEN 1 ELSE ${proofFailures.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${proofFailures.windowStartedAt} <= ${windowStart} THEN ${at} ELSE ${proofFailures.windowStartedAt} END`,
      },
    });
}
