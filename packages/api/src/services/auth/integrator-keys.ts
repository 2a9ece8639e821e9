import { createHash, randomBytes } from 'node:crypto';
import { integratorPermissionNames, type IntegratorPermission } from '@huying/core';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { integratorKeys, units } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problems.js';

const keyPrefix = 'hy_key_';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Key use moves `lastUsedAt` at most this often. */
const touchEveryMs = 60_000;

/** An integrator, as a request authenticated by an API key sees it. */
export interface IntegratorPrincipal {
  keyId: string;
  cityId: string;
  label: string;
  permissions: IntegratorPermission[];
  /** The unit whose subtree the key is limited to, or null for the whole city. */
  unit: { id: string; name: string; path: string[] } | null;
}

type KeyRow = typeof integratorKeys.$inferSelect;

export const integratorKeyView = (row: KeyRow, unitName: string | null = null) => ({
  id: row.id,
  cityId: row.cityId,
  label: row.label,
  prefix: row.prefix,
  permissions: row.permissions as IntegratorPermission[],
  unit: row.unitId ? { id: row.unitId, name: unitName ?? '' } : null,
  createdByAccountId: row.createdByAccountId,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export async function issueIntegratorKey(
  db: Database,
  input: { cityId: string; label: string; permissions: IntegratorPermission[]; unitId: string | null; expiresAt: Date | null; createdByAccountId: string; now: Date },
) {
  const unknown = input.permissions.filter((permission) => !integratorPermissionNames.includes(permission));
  if (unknown.length > 0) throw new ProblemError('invalid-command', `unknown permissions: ${unknown.join(', ')}`);
  let unitName: string | null = null;
  if (input.unitId) {
    const [unit] = await db.select({ name: units.name }).from(units).where(and(eq(units.id, input.unitId), eq(units.cityId, input.cityId)));
    if (!unit) throw new ProblemError('invalid-command', `no unit ${input.unitId} in this city`);
    unitName = unit.name;
  }
  const secret = `${keyPrefix}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(integratorKeys)
    .values({
      id: crypto.randomUUID(),
      cityId: input.cityId,
      label: input.label,
      prefix: secret.slice(0, keyPrefix.length + 6),
      secretHash: sha256(secret),
      permissions: [...new Set(input.permissions)],
      unitId: input.unitId,
      createdByAccountId: input.createdByAccountId,
      createdAt: input.now,
      expiresAt: input.expiresAt,
    })
    .returning();
  return { ...integratorKeyView(row!, unitName), key: secret };
}

export async function listIntegratorKeys(db: Database, cityId: string) {
  const rows = await db
    .select({ key: integratorKeys, unitName: units.name })
    .from(integratorKeys)
    .leftJoin(units, eq(units.id, integratorKeys.unitId))
    .where(eq(integratorKeys.cityId, cityId))
    .orderBy(desc(integratorKeys.createdAt), desc(integratorKeys.id));
  return rows.map((row) => integratorKeyView(row.key, row.unitName));
}

export async function revokeIntegratorKey(db: Database, cityId: string, id: string, now: Date) {
  const [existing] = await db.select().from(integratorKeys).where(and(eq(integratorKeys.id, id), eq(integratorKeys.cityId, cityId)));
  if (!existing) throw new ProblemError('not-found', 'the API key was not found');
  if (existing.revokedAt) throw new ProblemError('invalid-command', 'the API key is revoked already');
  const [row] = await db.update(integratorKeys).set({ revokedAt: now }).where(eq(integratorKeys.id, id)).returning();
  return integratorKeyView(row!);
}

/** Does the text look like one of our keys at all (cheap, before any database work)? */
export const looksLikeIntegratorKey = (text: string) => /^hy_key_[A-Za-z0-9_-]{43}$/.test(text);

/**
 * The integrator behind a key, or why not: `unknown` (no such live key: unknown, revoked or
 * expired) or `forbidden` (the key lacks the permission, or belongs to another city). Open311's
 * own error format and our problems both start from this.
 */
export async function verifyIntegratorKey(
  db: Database,
  secret: string,
  need: { permission: IntegratorPermission; cityId?: string; now: Date },
): Promise<{ ok: true; integrator: IntegratorPrincipal } | { ok: false; reason: 'unknown' | 'forbidden'; message: string }> {
  if (!looksLikeIntegratorKey(secret)) return { ok: false, reason: 'unknown', message: 'the API key is not valid' };
  const [found] = await db
    .select({ key: integratorKeys, unit: { id: units.id, name: units.name, path: units.path } })
    .from(integratorKeys)
    .leftJoin(units, eq(units.id, integratorKeys.unitId))
    .where(and(eq(integratorKeys.secretHash, sha256(secret)), isNull(integratorKeys.revokedAt), or(isNull(integratorKeys.expiresAt), gt(integratorKeys.expiresAt, need.now))));
  if (!found) return { ok: false, reason: 'unknown', message: 'the API key is unknown, revoked or expired' };
  const { key } = found;
  if (need.cityId && need.cityId !== key.cityId) return { ok: false, reason: 'forbidden', message: `the API key belongs to city "${key.cityId}", not "${need.cityId}"` };
  if (!key.permissions.includes(need.permission)) {
    return { ok: false, reason: 'forbidden', message: `the API key "${key.label}" does not have the permission "${need.permission}"` };
  }
  if (!key.lastUsedAt || need.now.getTime() - key.lastUsedAt.getTime() >= touchEveryMs) {
    await db.update(integratorKeys).set({ lastUsedAt: sql`${need.now.toISOString()}::timestamptz` }).where(eq(integratorKeys.id, key.id));
  }
  return {
    ok: true,
    integrator: {
      keyId: key.id,
      cityId: key.cityId,
      label: key.label,
      permissions: key.permissions as IntegratorPermission[],
      unit: found.unit?.id ? found.unit : null,
    },
  };
}
