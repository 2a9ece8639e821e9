import { createHash, randomBytes } from 'node:crypto';
import { checkRoleGrant, normalizeLogin, permissionsOf, type StaffPermission } from '@huying/core';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { StaffPrincipal } from '../context.js';
import type { Database } from '../db/client.js';
import { apiTokens, staffAccounts, units, type StaffRole } from '../db/schema/index.js';
import { ProblemError } from '../http/problems.js';
import { hashPassword } from './auth/passwords.js';
import { toUnitRef } from './units.js';

const tokenPrefix = 'hy_staff_';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => `${tokenPrefix}${randomBytes(24).toString('base64url')}`;

type AccountRow = typeof staffAccounts.$inferSelect;

/**
 * The columns a request's staff member is made of, and no more: every staff request reads them,
 * and whole rows (the password hash, the unit's phones) cost several times as much to fetch.
 */
export const principalColumns = {
  account: {
    id: staffAccounts.id,
    cityId: staffAccounts.cityId,
    role: staffAccounts.role,
    displayName: staffAccounts.displayName,
    mustChangePassword: staffAccounts.mustChangePassword,
  },
  unit: { id: units.id, kind: units.kind, parentId: units.parentId, path: units.path, name: units.name, nameEn: units.nameEn, cityId: units.cityId },
};

/** The staff member an account in its unit is, for the request. */
export const principalOf = (account: Pick<AccountRow, 'id' | 'cityId' | 'role' | 'displayName'>, unit: Parameters<typeof toUnitRef>[0]): StaffPrincipal => ({
  accountId: account.id,
  cityId: account.cityId,
  role: account.role,
  displayName: account.displayName,
  unit: toUnitRef(unit),
});

export const permissionsOfStaff = (staff: Pick<StaffPrincipal, 'role' | 'unit'>): StaffPermission[] => permissionsOf(staff.role, staff.unit.kind);

/**
 * Creates a staff account with one API token (returned once; only its hash is kept), and with a
 * login and password when given. The role must fit the unit's kind.
 */
export async function createStaffAccount(
  db: Database,
  input: {
    cityId: string;
    unitId: string;
    role: StaffRole;
    displayName: string;
    tokenLabel?: string;
    token?: string;
    accountId?: string;
    login?: string;
    password?: string;
    mustChangePassword?: boolean;
    createdByAccountId?: string;
  },
): Promise<{ accountId: string; token: string }> {
  const accountId = input.accountId ?? crypto.randomUUID();
  const token = input.token ?? newToken();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  await db.transaction(async (tx) => {
    const [unit] = await tx.select({ kind: units.kind }).from(units).where(and(eq(units.id, input.unitId), eq(units.cityId, input.cityId)));
    if (!unit) throw new ProblemError('invalid-command', `no unit ${input.unitId} in this city`);
    const grant = checkRoleGrant(input.role, unit.kind);
    if (!grant.allowed) throw new ProblemError('invalid-command', grant.reason);
    await tx.insert(staffAccounts).values({
      id: accountId,
      cityId: input.cityId,
      unitId: input.unitId,
      role: input.role,
      displayName: input.displayName,
      login: input.login ? normalizeLogin(input.login) : null,
      passwordHash,
      passwordChangedAt: passwordHash ? new Date() : null,
      mustChangePassword: input.mustChangePassword ?? false,
    });
    await tx.insert(apiTokens).values({
      id: crypto.randomUUID(),
      accountId,
      label: input.tokenLabel ?? 'default',
      prefix: token.slice(0, tokenPrefix.length + 4),
      tokenHash: hashToken(token),
      createdByAccountId: input.createdByAccountId ?? accountId,
    });
  });
  return { accountId, token };
}

/** Token use moves `lastUsedAt` at most this often. */
const touchEveryMs = 60_000;

/** The staff member a bearer token belongs to, or null for an unknown, expired or revoked token or a disabled account. */
export async function authenticateToken(db: Database, token: string, now: Date = new Date()): Promise<{ staff: StaffPrincipal; tokenId: string } | null> {
  const [found] = await db
    .select({ token: { id: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt }, ...principalColumns })
    .from(apiTokens)
    .innerJoin(staffAccounts, eq(staffAccounts.id, apiTokens.accountId))
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(staffAccounts.disabledAt),
      ),
    );
  if (!found) return null;
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() >= touchEveryMs) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, found.token.id));
  }
  return { staff: principalOf(found.account, found.unit), tokenId: found.token.id };
}

export interface TokenView {
  id: string;
  accountId: string;
  label: string;
  prefix: string;
  createdAt: string;
  createdByAccountId: string | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const tokenView = (row: typeof apiTokens.$inferSelect): TokenView => ({
  id: row.id,
  accountId: row.accountId,
  label: row.label,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  createdByAccountId: row.createdByAccountId,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** An account's tokens, live ones first, newest first; revoked and expired ones stay listed for the record. */
export async function listTokens(db: Database, accountId: string): Promise<TokenView[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(tokenView).sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}

/** A live account may hold at most this many live tokens: enough for every device and script, few enough to review. */
export const maxLiveTokens = 20;

export async function issueToken(db: Database, input: { accountId: string; label: string; expiresAt: Date | null; createdByAccountId: string; now: Date }) {
  const token = newToken();
  const row = await db.transaction(async (tx) => {
    const live = await tx
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.accountId, input.accountId), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, input.now))));
    if (live.length >= maxLiveTokens) throw new ProblemError('invalid-command', `an account holds at most ${maxLiveTokens} live tokens; revoke one first`);
    const [inserted] = await tx
      .insert(apiTokens)
      .values({
        id: crypto.randomUUID(),
        accountId: input.accountId,
        label: input.label,
        prefix: token.slice(0, tokenPrefix.length + 4),
        tokenHash: hashToken(token),
        createdAt: input.now,
        createdByAccountId: input.createdByAccountId,
        expiresAt: input.expiresAt,
      })
      .returning();
    return inserted!;
  });
  return { ...tokenView(row), token };
}

/** A token of the city with the unit path of its account, for the caller to decide whether it may act on it. */
export async function findToken(db: Database, cityId: string, tokenId: string) {
  const [row] = await db
    .select({ token: apiTokens, unitPath: units.path, unitId: units.id })
    .from(apiTokens)
    .innerJoin(staffAccounts, eq(staffAccounts.id, apiTokens.accountId))
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(and(eq(apiTokens.id, tokenId), eq(staffAccounts.cityId, cityId)));
  return row ?? null;
}

/** Revokes a token (the caller has decided it may); 409 if it is revoked already. */
export async function revokeToken(db: Database, tokenId: string, now: Date): Promise<TokenView> {
  const [revoked] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning();
  if (!revoked) throw new ProblemError('invalid-command', 'the token is revoked already');
  return tokenView(revoked);
}
