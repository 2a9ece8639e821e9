import { randomInt } from 'node:crypto';
import { checkRoleGrant, loginPattern, normalizeLogin, permissionsOf, type StaffRole } from '@huying/core';
import { and, asc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cities, staffAccounts, units } from '../../db/schema/index.js';
import { invalid, ProblemError } from '../../http/problems.js';
import { subtreeOf } from '../cases/visibility.js';
import { createStaffAccount } from '../staff.js';
import { recordAudit, type AuditOrigin } from './audit.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { revokeAccountSessions } from './sessions.js';
import { clearAttempts, countAttempt, lockedOut, lockedUntil, throttleKey } from './throttle.js';

type AccountRow = typeof staffAccounts.$inferSelect;
type UnitRow = typeof units.$inferSelect;

export interface AccountView {
  id: string;
  cityId: string;
  displayName: string;
  login: string | null;
  role: StaffRole;
  unit: { id: string; name: string; kind: UnitRow['kind'] };
  permissions: string[];
  passwordSet: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  lockedUntil: string | null;
  disabledAt: string | null;
  createdAt: string;
}

const accountView = (account: AccountRow, unit: UnitRow, locked: Date | null = null): AccountView => ({
  id: account.id,
  cityId: account.cityId,
  displayName: account.displayName,
  login: account.login,
  role: account.role,
  unit: { id: unit.id, name: unit.name, kind: unit.kind },
  permissions: permissionsOf(account.role, unit.kind),
  passwordSet: account.passwordHash !== null,
  mustChangePassword: account.mustChangePassword,
  passwordChangedAt: account.passwordChangedAt?.toISOString() ?? null,
  lockedUntil: locked?.toISOString() ?? null,
  disabledAt: account.disabledAt?.toISOString() ?? null,
  createdAt: account.createdAt.toISOString(),
});

/** Who manages accounts, and from where: the administrator, the clock and the request. */
export interface AdminContext {
  admin: StaffPrincipal;
  now: Date;
  origin: AuditOrigin;
}

/** A unit of the admin's city and subtree, or a 422 (outside the subtree is as good as unknown). */
async function unitInScope(db: Database, admin: StaffPrincipal, unitId: string): Promise<UnitRow> {
  const [unit] = await db.select().from(units).where(and(eq(units.id, unitId), eq(units.cityId, admin.cityId)));
  if (!unit || !unit.path.includes(admin.unit.id)) throw new ProblemError('invalid-command', `no unit ${unitId} in your part of the city`);
  return unit;
}

/** An account of the admin's subtree, or 404. */
export async function accountInScope(db: Database, admin: StaffPrincipal, accountId: string) {
  const [found] = await db
    .select({ account: staffAccounts, unit: units })
    .from(staffAccounts)
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(and(eq(staffAccounts.id, accountId), eq(staffAccounts.cityId, admin.cityId), sql`${units.path} @> ARRAY[${admin.unit.id}]::text[]`));
  if (!found) throw new ProblemError('not-found', 'the account was not found');
  return found;
}

/** An account of the admin's subtree, as administrators see it. */
export async function getAccount(db: Database, admin: StaffPrincipal, accountId: string, now: Date): Promise<AccountView> {
  const { account, unit } = await accountInScope(db, admin, accountId);
  const locked = account.login ? await lockedUntil(db, throttleKey('login', account.cityId, account.login), now) : null;
  return accountView(account, unit, locked);
}

export interface AccountFilter {
  unitId?: string;
  role?: StaffRole;
  q?: string;
  disabled?: boolean;
  limit: number;
  cursor?: string;
}

/** Accounts of the reader's subtree, by display name. */
export async function listAccounts(db: Database, reader: StaffPrincipal, filter: AccountFilter) {
  const conditions: (SQL | undefined)[] = [eq(staffAccounts.cityId, reader.cityId), sql`${staffAccounts.unitId} IN ${subtreeOf(reader.unit.id)}`];
  if (filter.unitId) conditions.push(eq(staffAccounts.unitId, filter.unitId));
  if (filter.role) conditions.push(eq(staffAccounts.role, filter.role));
  if (filter.disabled !== undefined) conditions.push(filter.disabled ? isNotNull(staffAccounts.disabledAt) : isNull(staffAccounts.disabledAt));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(or(ilike(staffAccounts.displayName, like), ilike(staffAccounts.login, like), ilike(units.name, like)));
  }
  if (filter.cursor) {
    if (!/^[0-9a-f-]{36}$/i.test(filter.cursor)) throw invalid('cursor', 'the cursor is not one this API returned; start again without it');
    conditions.push(gt(staffAccounts.id, filter.cursor));
  }
  const rows = await db
    .select({ account: staffAccounts, unit: units })
    .from(staffAccounts)
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(and(...conditions))
    .orderBy(asc(staffAccounts.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { data: page.map((row) => accountView(row.account, row.unit)), nextCursor: rows.length > filter.limit ? (page.at(-1)?.account.id ?? null) : null };
}

const readableAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password an administrator hands over: 4 groups of 4 letters and digits, never ambiguous ones (l/1, o/0). */
export function temporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => readableAlphabet[randomInt(readableAlphabet.length)]).join(''));
    const text = groups.join('-');
    if (/\d/.test(text) && /[a-z]/.test(text)) return text;
  }
}

async function cityIsDemo(db: Database, cityId: string): Promise<boolean> {
  const [city] = await db.select({ demo: cities.demo }).from(cities).where(eq(cities.id, cityId));
  return city?.demo ?? false;
}

async function assertLoginFree(db: Database, cityId: string, login: string, exceptAccountId?: string) {
  if (!loginPattern.test(login)) throw invalid('login', 'a login is 3–64 of a–z, digits, dot, dash and underscore, starting with a letter or digit');
  const [taken] = await db.select({ id: staffAccounts.id }).from(staffAccounts).where(and(eq(staffAccounts.cityId, cityId), eq(staffAccounts.login, login)));
  if (taken && taken.id !== exceptAccountId) throw new ProblemError('login-taken', `the login "${login}" is taken in this city`);
}

const audit = (db: Database, context: AdminContext, action: Parameters<typeof recordAudit>[1]['action'], account: { id: string; unitId: string }, details: Record<string, unknown> = {}) =>
  recordAudit(
    db,
    { cityId: context.admin.cityId, action, actor: { type: 'staff', accountId: context.admin.accountId }, unitId: account.unitId, target: { type: 'account', id: account.id }, details, at: context.now },
    context.origin,
  );

/** Creates an account with a login; without a password a temporary one is made (shown once, to be changed at first sign-in). */
export async function createAccount(
  db: Database,
  context: AdminContext,
  input: { unitId: string; role: StaffRole; displayName: string; login: string; password?: string | undefined },
) {
  const unit = await unitInScope(db, context.admin, input.unitId);
  const grant = checkRoleGrant(input.role, unit.kind);
  if (!grant.allowed) throw new ProblemError('invalid-command', grant.reason);
  const login = normalizeLogin(input.login);
  await assertLoginFree(db, context.admin.cityId, login);
  const temporary = input.password === undefined;
  const password = input.password ?? temporaryPassword();
  if (!temporary) assertAcceptablePassword(password, { login, demoCity: await cityIsDemo(db, context.admin.cityId), field: 'password' });
  const { accountId } = await createStaffAccount(db, {
    cityId: context.admin.cityId,
    unitId: unit.id,
    role: input.role,
    displayName: input.displayName,
    login,
    password,
    mustChangePassword: temporary,
    tokenLabel: 'default',
    createdByAccountId: context.admin.accountId,
  });
  await audit(db, context, 'account.created', { id: accountId, unitId: unit.id }, { role: input.role, unitId: unit.id, login });
  return { account: await getAccount(db, context.admin, accountId, context.now), temporaryPassword: temporary ? password : null };
}

/** Refuses a change that would leave the city without a working administrator at its command centre. */
async function assertNotLastCityAdmin(db: Database, account: AccountRow, unit: UnitRow) {
  if (account.role !== 'admin' || unit.kind !== 'city' || account.disabledAt) return;
  const [others] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(staffAccounts)
    .where(and(eq(staffAccounts.cityId, account.cityId), eq(staffAccounts.unitId, unit.id), eq(staffAccounts.role, 'admin'), isNull(staffAccounts.disabledAt), sql`${staffAccounts.id} <> ${account.id}`));
  if ((others?.count ?? 0) === 0) throw new ProblemError('invalid-command', "this is the city's last administrator at the command centre; grant the role to someone else first");
}

/** Changes an account's role, unit (a role grant), name or login; audited with what it was before. */
export async function updateAccount(
  db: Database,
  context: AdminContext,
  accountId: string,
  input: { role?: StaffRole | undefined; unitId?: string | undefined; displayName?: string | undefined; login?: string | undefined },
) {
  const { account, unit } = await accountInScope(db, context.admin, accountId);
  const nextUnit = input.unitId && input.unitId !== unit.id ? await unitInScope(db, context.admin, input.unitId) : unit;
  const nextRole = input.role ?? account.role;
  const grantChanges = nextRole !== account.role || nextUnit.id !== unit.id;
  if (grantChanges) {
    if (accountId === context.admin.accountId) throw new ProblemError('invalid-command', 'you cannot change your own role or unit; ask another administrator');
    const grant = checkRoleGrant(nextRole, nextUnit.kind);
    if (!grant.allowed) throw new ProblemError('invalid-command', grant.reason);
    await assertNotLastCityAdmin(db, account, unit);
  }
  const login = input.login !== undefined ? normalizeLogin(input.login) : account.login;
  if (login !== account.login && login) await assertLoginFree(db, account.cityId, login, account.id);
  const changes: Partial<AccountRow> = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const change = <K extends 'role' | 'unitId' | 'displayName' | 'login'>(key: K, value: AccountRow[K]) => {
    if (value === account[key]) return;
    changes[key] = value;
    before[key] = account[key];
    after[key] = value;
  };
  change('role', nextRole);
  change('unitId', nextUnit.id);
  change('displayName', input.displayName ?? account.displayName);
  change('login', login);
  if (Object.keys(changes).length > 0) {
    await db.update(staffAccounts).set(changes).where(eq(staffAccounts.id, accountId));
    await audit(db, context, 'account.updated', { id: accountId, unitId: nextUnit.id }, { before, after });
  }
  return getAccount(db, context.admin, accountId, context.now);
}

/** Disables an account (its sessions end and its tokens stop working at once) or enables it again. */
export async function setAccountDisabled(db: Database, context: AdminContext, accountId: string, disabled: boolean) {
  const { account, unit } = await accountInScope(db, context.admin, accountId);
  if (disabled && accountId === context.admin.accountId) throw new ProblemError('invalid-command', 'you cannot disable your own account');
  if (disabled === (account.disabledAt !== null)) throw new ProblemError('invalid-command', `the account is ${disabled ? 'disabled' : 'enabled'} already`);
  if (disabled) await assertNotLastCityAdmin(db, account, unit);
  await db.update(staffAccounts).set({ disabledAt: disabled ? context.now : null }).where(eq(staffAccounts.id, accountId));
  const ended = disabled ? await revokeAccountSessions(db, accountId, context.now, 'account_disabled') : 0;
  await audit(db, context, disabled ? 'account.disabled' : 'account.enabled', { id: accountId, unitId: unit.id }, disabled ? { sessionsEnded: ended } : {});
  return getAccount(db, context.admin, accountId, context.now);
}

/**
 * Sets a new password for someone who forgot theirs: a temporary one (returned once) unless the
 * administrator gives one, to be changed at the next sign-in. Their sessions end and a lockout is lifted.
 */
export async function resetPassword(db: Database, context: AdminContext, accountId: string, given: string | undefined) {
  const { account, unit } = await accountInScope(db, context.admin, accountId);
  if (!account.login) throw new ProblemError('invalid-command', 'the account has no login; give it one first');
  const password = given ?? temporaryPassword();
  if (given !== undefined) assertAcceptablePassword(given, { login: account.login, demoCity: await cityIsDemo(db, account.cityId), field: 'password' });
  await db
    .update(staffAccounts)
    .set({ passwordHash: await hashPassword(password), passwordChangedAt: context.now, mustChangePassword: true })
    .where(eq(staffAccounts.id, accountId));
  const ended = await revokeAccountSessions(db, accountId, context.now, 'password_reset');
  await clearAttempts(db, throttleKey('login', account.cityId, account.login));
  await audit(db, context, 'password.reset', { id: accountId, unitId: unit.id }, { sessionsEnded: ended, temporary: given === undefined });
  return { account: await getAccount(db, context.admin, accountId, context.now), temporaryPassword: given === undefined ? password : null };
}

/** Lifts a sign-in lockout of an account's login. */
export async function unlockAccount(db: Database, context: AdminContext, accountId: string) {
  const { account, unit } = await accountInScope(db, context.admin, accountId);
  if (account.login) await clearAttempts(db, throttleKey('login', account.cityId, account.login));
  await audit(db, context, 'account.unlocked', { id: accountId, unitId: unit.id });
  return getAccount(db, context.admin, accountId, context.now);
}

/** Ends every session of an account (a lost phone, a shared computer). */
export async function endAccountSessions(db: Database, context: AdminContext, accountId: string) {
  const { unit } = await accountInScope(db, context.admin, accountId);
  const ended = await revokeAccountSessions(db, accountId, context.now, 'admin');
  await audit(db, context, 'sessions.revoked', { id: accountId, unitId: unit.id }, { sessionsEnded: ended });
  return { sessionsEnded: ended };
}

/**
 * A staff member changes their own password with the current one. Other sessions end; the
 * caller's own session (if any) is kept, and the caller rotates it.
 */
export async function changeOwnPassword(
  db: Database,
  input: { staff: StaffPrincipal; currentPassword: string; newPassword: string; now: Date; origin: AuditOrigin; keepSessionId: string | null },
  verify: (stored: string | null, password: string) => Promise<boolean>,
) {
  const [account] = await db.select().from(staffAccounts).where(eq(staffAccounts.id, input.staff.accountId));
  if (!account?.passwordHash || !account.login) throw new ProblemError('invalid-command', 'this account has no password; ask an administrator to set one');
  // Guessing the current password here (with a stolen session or token) counts against the login
  // as failed sign-ins do: before the check, cleared by the right password.
  const loginKey = throttleKey('login', account.cityId, account.login);
  const lock = await countAttempt(db, loginKey, 'login', input.now);
  if (lock) throw lockedOut(lock, input.now, 'for this login');
  if (!(await verify(account.passwordHash, input.currentPassword))) {
    await recordAudit(db, { cityId: account.cityId, action: 'login.failed', actor: { type: 'staff', accountId: account.id }, unitId: account.unitId, target: { type: 'account', id: account.id }, login: account.login, details: { reason: 'wrong_current_password' }, at: input.now }, input.origin);
    throw new ProblemError('forbidden', 'the current password is wrong', { errors: [{ field: 'currentPassword', message: 'the current password is wrong' }] });
  }
  // The right current password ends the count, whatever is wrong with the new one.
  await clearAttempts(db, loginKey);
  if (input.newPassword === input.currentPassword) throw invalid('newPassword', 'choose a password different from the current one');
  assertAcceptablePassword(input.newPassword, { login: account.login, demoCity: await cityIsDemo(db, account.cityId), field: 'newPassword' });
  await db
    .update(staffAccounts)
    .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: input.now, mustChangePassword: false })
    .where(eq(staffAccounts.id, account.id));
  const ended = await revokeAccountSessions(db, account.id, input.now, 'password_changed', input.keepSessionId ?? undefined);
  await recordAudit(db, { cityId: account.cityId, action: 'password.changed', actor: { type: 'staff', accountId: account.id }, unitId: account.unitId, target: { type: 'account', id: account.id }, details: { sessionsEnded: ended }, at: input.now }, input.origin);
}
