import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { loginThrottles } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problems.js';

/** Sign-in attempts allowed in a window: per login name, and (more, since offices share an address) per client address. */
export const loginLimits = {
  login: { attempts: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { attempts: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;
export type ThrottleKind = keyof typeof loginLimits;

export const throttleKey = (kind: ThrottleKind, cityId: string, value: string) => `${kind}:${cityId}:${value}`;

/** When the key is locked until, if it is. */
export async function lockedUntil(db: Database, key: string, now: Date): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottles.lockedUntil }).from(loginThrottles).where(eq(loginThrottles.key, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one attempt against a key, atomically on every process; past the limit the key is
 * locked for a while. Returns the lock's end if this attempt is over the limit. A window that has
 * run out (and a lock that has ended) starts again at one.
 */
export async function countAttempt(db: Database, key: string, kind: ThrottleKind, now: Date): Promise<Date | null> {
  const limit = loginLimits[kind];
  // As text with casts: a Date inside raw SQL is bound differently by the two drivers.
  const at = sql`${now.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(now.getTime() - limit.windowMs).toISOString()}::timestamptz`;
  const lockEnd = sql`${new Date(now.getTime() + limit.lockMs).toISOString()}::timestamptz`;
  const expired = sql`(${loginThrottles.windowStartedAt} <= ${windowStart} AND (${loginThrottles.lockedUntil} IS NULL OR ${loginThrottles.lockedUntil} <= ${at}))`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, attempts: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        attempts: sql`CASE WHEN ${expired} THEN 1 ELSE ${loginThrottles.attempts} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${at} ELSE ${loginThrottles.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${expired} THEN NULL
          WHEN ${loginThrottles.lockedUntil} > ${at} THEN ${loginThrottles.lockedUntil}
          WHEN ${loginThrottles.attempts} + 1 > ${limit.attempts} THEN ${lockEnd}
          ELSE NULL END`,
      },
    })
    .returning({ attempts: loginThrottles.attempts, lockedUntil: loginThrottles.lockedUntil });
  if (!row || row.attempts <= limit.attempts) return null;
  return row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : new Date(now.getTime() + limit.lockMs);
}

/**
 * Forgets counters that no longer matter (window over, no lock running), a batch at a time. Called
 * on failed sign-ins, so guesses at made-up logins cannot grow the table beyond one window's worth.
 */
export async function forgetStaleAttempts(db: Database, now: Date, batch = 100): Promise<void> {
  const longestWindowMs = Math.max(...Object.values(loginLimits).map((limit) => limit.windowMs));
  const stale = db
    .select({ key: loginThrottles.key })
    .from(loginThrottles)
    .where(and(lte(loginThrottles.windowStartedAt, new Date(now.getTime() - longestWindowMs)), or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, now))))
    .limit(batch);
  await db.delete(loginThrottles).where(inArray(loginThrottles.key, stale));
}

/** Forgets a key's attempts: a successful sign-in, or an administrator unlocking an account. */
export async function clearAttempts(db: Database, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

/** The refusal while a key is locked: 429 with how long to wait. */
export function lockedOut(until: Date, now: Date, what: string): ProblemError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new ProblemError('rate-limited', `too many failed sign-ins ${what}; try again in ${Math.ceil(seconds / 60)} minutes, or ask an administrator to unlock the account`, {
    headers: { 'retry-after': String(seconds) },
    extensions: { retryAfterSeconds: seconds },
  });
}
