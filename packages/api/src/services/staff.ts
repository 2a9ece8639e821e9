import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffPrincipal } from '../context.js';
import type { Database } from '../db/client.js';
import { apiTokens, staffAccounts, units, type StaffRole } from '../db/schema/index.js';
import { toUnitRef } from './units.js';

const tokenPrefix = 'hy_staff_';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a staff account with one API token; the token is returned once and only its hash kept. */
export async function createStaffAccount(
  db: Database,
  input: { cityId: string; unitId: string; role: StaffRole; displayName: string; tokenLabel?: string; token?: string; accountId?: string },
): Promise<{ accountId: string; token: string }> {
  const accountId = input.accountId ?? crypto.randomUUID();
  const token = input.token ?? `${tokenPrefix}${randomBytes(24).toString('base64url')}`;
  await db.transaction(async (tx) => {
    await tx.insert(staffAccounts).values({
      id: accountId,
      cityId: input.cityId,
      unitId: input.unitId,
      role: input.role,
      displayName: input.displayName,
    });
    await tx.insert(apiTokens).values({
      id: crypto.randomUUID(),
      accountId,
      label: input.tokenLabel ?? 'default',
      prefix: token.slice(0, tokenPrefix.length + 4),
      tokenHash: hashToken(token),
    });
  });
  return { accountId, token };
}

/** The staff member a bearer token belongs to, or null for an unknown, revoked or disabled one. */
export async function authenticateToken(db: Database, token: string): Promise<StaffPrincipal | null> {
  const [found] = await db
    .select({ account: staffAccounts, unit: units })
    .from(apiTokens)
    .innerJoin(staffAccounts, eq(staffAccounts.id, apiTokens.accountId))
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), isNull(staffAccounts.disabledAt)));
  if (!found) return null;
  return {
    accountId: found.account.id,
    cityId: found.account.cityId,
    role: found.account.role,
    displayName: found.account.displayName,
    unit: toUnitRef(found.unit),
  };
}
