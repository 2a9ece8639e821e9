import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { principalColumns } from '../staff.js';
import { staffAccounts, staffSessions, units } from '../../db/schema/index.js';

export const sessionCookieName = 'huying_session';

export interface SessionSettings {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  maxMs: number;
}

export const defaultSessionSettings: SessionSettings = { idleMs: 60 * 60_000, maxMs: 12 * 60 * 60_000 };

/** Use moves a session's idle clock forward at most this often, so reads do not each write. */
const touchEveryMs = 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The CSRF token of a session: an HMAC of the cookie's secret. Pages get it from sign-in or
 * `GET /staff/me` and send it back as `x-csrf-token` with every write. Another site can make the
 * browser send the cookie, but cannot read it or the token, so it cannot forge the header.
 */
export const csrfTokenFor = (secret: string) => createHmac('sha256', secret).update('huying csrf v1').digest('base64url');

export function csrfTokenMatches(secret: string, presented: string): boolean {
  const expected = Buffer.from(csrfTokenFor(secret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Opens a session for an account; the secret goes into the cookie and is never stored. */
export async function openSession(
  db: Database,
  input: { cityId: string; accountId: string; now: Date; settings: SessionSettings; address: string | null; userAgent: string | null },
) {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.settings.maxMs);
  const id = crypto.randomUUID();
  await db.insert(staffSessions).values({
    id,
    cityId: input.cityId,
    accountId: input.accountId,
    secretHash: sha256(secret),
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    address: input.address?.slice(0, 64) ?? null,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
  });
  // Ended sessions of the account are no use to anyone: forget them as a new one starts.
  await db.delete(staffSessions).where(and(eq(staffSessions.accountId, input.accountId), or(lt(staffSessions.expiresAt, input.now), sql`${staffSessions.revokedAt} IS NOT NULL`)));
  return { id, secret, expiresAt };
}

/** The live session behind a cookie secret, with its account and unit; null if unknown, revoked, idle too long or expired. */
export async function findSession(db: Database, secret: string, now: Date, settings: SessionSettings) {
  const idleSince = new Date(now.getTime() - settings.idleMs);
  const [found] = await db
    .select({ session: { id: staffSessions.id, lastSeenAt: staffSessions.lastSeenAt, expiresAt: staffSessions.expiresAt }, ...principalColumns })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.accountId))
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(
      and(
        eq(staffSessions.secretHash, sha256(secret)),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, idleSince),
        isNull(staffAccounts.disabledAt),
      ),
    );
  if (!found) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() >= touchEveryMs) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, found.session.id));
  }
  return found;
}

/** When a session ends if it stays unused: the idle limit or its absolute end, whichever comes first. */
export const sessionEndsAt = (session: { lastSeenAt: Date; expiresAt: Date }, now: Date, settings: SessionSettings) =>
  new Date(Math.min(session.expiresAt.getTime(), Math.max(now.getTime(), session.lastSeenAt.getTime()) + settings.idleMs));

/** Ends one session by its cookie secret (sign-out, or the old session on a new sign-in). */
export async function revokeSessionBySecret(db: Database, secret: string, now: Date, reason: string) {
  const [row] = await db
    .update(staffSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(staffSessions.secretHash, sha256(secret)), isNull(staffSessions.revokedAt)))
    .returning({ id: staffSessions.id, accountId: staffSessions.accountId });
  return row ?? null;
}

/** Ends every live session of an account, but perhaps one (the one changing its own password). Returns how many ended. */
export async function revokeAccountSessions(db: Database, accountId: string, now: Date, reason: string, keepSessionId?: string): Promise<number> {
  const rows = await db
    .update(staffSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(
      and(
        eq(staffSessions.accountId, accountId),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, now),
        keepSessionId ? sql`${staffSessions.id} <> ${keepSessionId}` : undefined,
      ),
    )
    .returning({ id: staffSessions.id });
  return rows.length;
}
