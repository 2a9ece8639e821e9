import { normalizeLogin } from '@huying/core';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cities, staffAccounts, units } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problems.js';
import { principalOf } from '../staff.js';
import { recordAudit, type AuditOrigin } from './audit.js';
import { hashPassword, isDemoPassword, needsRehash, verifyPassword } from './passwords.js';
import { openSession, revokeSessionBySecret, type SessionSettings } from './sessions.js';
import { clearAttempts, countAttempt, forgetStaleAttempts, lockedOut, lockedUntil, throttleKey } from './throttle.js';

const wrongCredentials = () =>
  new ProblemError('unauthenticated', 'the login or password is wrong', { headers: { 'www-authenticate': 'Cookie realm="huying-staff"' } });

/**
 * Signs a staff member in with login and password and opens a session. Attempts are counted per
 * login before the password is checked (so parallel guesses are stopped too) and cleared by
 * success; failures are also counted per client address. Every outcome is audited. A session
 * presented with the sign-in is ended: a sign-in always starts a new session id.
 */
export async function signIn(
  db: Database,
  input: { cityId: string; login: string; password: string; now: Date; settings: SessionSettings; origin: AuditOrigin; previousSecret: string | null },
) {
  const { cityId, now, origin } = input;
  const login = normalizeLogin(input.login);
  const [city] = await db.select({ demo: cities.demo }).from(cities).where(eq(cities.id, cityId));
  if (!city) throw new ProblemError('not-found', `city "${cityId}" was not found`);
  const loginKey = throttleKey('login', cityId, login);
  const addressKey = origin.address ? throttleKey('address', cityId, origin.address) : null;
  const [found] = await db
    .select({ account: staffAccounts, unit: units })
    .from(staffAccounts)
    .innerJoin(units, eq(units.id, staffAccounts.unitId))
    .where(and(eq(staffAccounts.cityId, cityId), eq(staffAccounts.login, login)));
  const audit = (action: 'login.succeeded' | 'login.failed' | 'login.locked', details: Record<string, unknown> = {}) =>
    recordAudit(
      db,
      {
        cityId,
        action,
        actor: found && action === 'login.succeeded' ? { type: 'staff', accountId: found.account.id } : { type: 'anonymous' },
        unitId: found?.unit.id ?? null,
        ...(found ? { target: { type: 'account' as const, id: found.account.id } } : {}),
        login,
        details,
        at: now,
      },
      origin,
    );

  const addressLock = addressKey ? await lockedUntil(db, addressKey, now) : null;
  if (addressLock) {
    await audit('login.locked', { by: 'address' });
    throw lockedOut(addressLock, now, 'from this address');
  }
  const loginLock = await countAttempt(db, loginKey, 'login', now);
  if (loginLock) {
    await audit('login.locked', { by: 'login' });
    throw lockedOut(loginLock, now, 'for this login');
  }

  const fail = async (reason: string, error: ProblemError = wrongCredentials()) => {
    if (addressKey) await countAttempt(db, addressKey, 'address', now);
    await forgetStaleAttempts(db, now);
    await audit('login.failed', { reason });
    return error;
  };
  const passwordRight = await verifyPassword(found?.account.passwordHash ?? null, input.password);
  if (!found || !passwordRight) throw await fail(found ? 'wrong_password' : 'unknown_login');
  // Only someone who knows the password learns why a right password does not let them in.
  if (found.account.disabledAt) {
    throw await fail('disabled', new ProblemError('unauthenticated', 'this account is disabled; ask an administrator'));
  }
  if (isDemoPassword(input.password) && !city.demo) {
    throw await fail(
      'demo_password',
      new ProblemError('unauthenticated', 'this account still has the published demo password, which works only in the demo city; ask an administrator to set a new one'),
    );
  }

  await clearAttempts(db, loginKey);
  if (needsRehash(found.account.passwordHash!)) {
    await db.update(staffAccounts).set({ passwordHash: await hashPassword(input.password) }).where(eq(staffAccounts.id, found.account.id));
  }
  if (input.previousSecret) await revokeSessionBySecret(db, input.previousSecret, now, 'replaced');
  const session = await openSession(db, { cityId, accountId: found.account.id, now, settings: input.settings, address: origin.address, userAgent: origin.userAgent });
  await audit('login.succeeded', { sessionId: session.id });
  return { session, staff: principalOf(found.account, found.unit), mustChangePassword: found.account.mustChangePassword };
}
