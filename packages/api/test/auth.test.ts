import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { FakeClock } from '../src/clock.js';
import type { AppDependencies, AppEnv } from '../src/context.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { cities, integratorKeys, loginThrottles, staffAccounts } from '../src/db/schema/index.js';
import { onError } from '../src/http/error-handler.js';
import { requireIntegrator } from '../src/http/staff-auth.js';
import { demoPassword, seedDemoSignIns } from '../src/services/auth/demo-accounts.js';
import { loginLimits, throttleKey, countAttempt } from '../src/services/auth/throttle.js';
import { createStaffAccount, createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

/**
 * Signing in and staying signed in: the session cookie and its CSRF token, throttling and
 * lockout, password changes and resets, disabled accounts, tokens, integrator keys and the audit
 * of all of it. One city and one fake clock for the file; each test signs in its own accounts.
 */

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
let clock: FakeClock;

const password = 'Jinhui-lane-42';
let adminHeaders: Record<string, string>;

beforeAll(async () => {
  clock = new FakeClock('2026-03-02T09:00:00+08:00');
  ({ database, city, app, deps } = await startTestCity({ clock }));
  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '系统管理员', login: 'admin', password });
  adminHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(() => database.close());

let accounts = 0;
/** A fresh account with a login and the file's password. */
async function account(role: 'community_staff' | 'grid_member' | 'admin' = 'community_staff', unitKey = role === 'admin' ? 'city' : role === 'grid_member' ? 'grid-a1-1' : 'community-a1') {
  const login = `member${++accounts}`;
  const { accountId, token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit(unitKey), role, displayName: `工作人员${accounts}`, login, password });
  return { login, accountId, token };
}

interface Session {
  cookie: string;
  csrf: string;
  response: Response;
  body: { staff: Record<string, unknown> & { permissions: string[] }; csrfToken: string };
}

const sessionCookie = (response: Response) => /huying_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

function login(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'huying-city': city.cityId, ...headers }, body: JSON.stringify(body) });
}

async function signIn(loginName: string, secret = password): Promise<Session> {
  const response = await login({ login: loginName, password: secret });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as Session['body'];
  return { cookie: `huying_session=${sessionCookie(response)}`, csrf: body.csrfToken, response, body };
}

/** A request with the session: the CSRF token on writes unless told otherwise. */
function withSession(session: Session, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; csrf?: string | null } = {}) {
  const method = init.method ?? 'GET';
  const csrf = init.csrf === undefined ? session.csrf : init.csrf;
  return app.request(path, {
    method,
    headers: { cookie: session.cookie, 'content-type': 'application/json', ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function auditOf(query: string) {
  const response = await app.request(`/api/v1/admin/audit?limit=200&${query}`, { headers: adminHeaders });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { action: string; login: string | null; details: Record<string, unknown>; actor: { accountId: string | null } }[] }).data;
}

describe('signing in', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the profile and the CSRF token', async () => {
    const member = await account();
    const session = await signIn(member.login.toUpperCase());
    const cookie = session.response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toMatch(/Max-Age|Expires/);
    expect(session.response.headers.get('cache-control')).toBe('no-store');
    const { body } = session;
    expect(body.staff).toMatchObject({ accountId: member.accountId, login: member.login, role: 'community_staff', auth: 'session', mustChangePassword: false, unit: { kind: 'community' } });
    expect(body.staff.permissions).toContain('cases.read');
    expect(body.staff.permissions).not.toContain('accounts.manage');

    const me = await (await withSession(session, '/api/v1/staff/me')).json();
    expect(me).toMatchObject({ accountId: member.accountId, auth: 'session', csrfToken: session.csrf });
    expect(Date.parse(me.sessionEndsAt) - clock.now().getTime()).toBe(60 * 60_000);
    expect((await withSession(session, '/api/v1/staff/cases')).status).toBe(200);
    const audit = await auditOf(`action=login.succeeded&accountId=${member.accountId}`);
    expect(audit).toHaveLength(1);
  });

  it('marks the cookie Secure when the API is served over https', async () => {
    const secureApp = createApp({ ...deps, publicUrl: 'https://huying.example.cn' });
    const member = await account();
    const response = await secureApp.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ city: city.cityId, login: member.login, password }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown login alike, and audits both', async () => {
    const member = await account();
    const wrong = await login({ login: member.login, password: 'not-the-password-1' });
    const unknown = await login({ login: 'nobody-here', password: 'not-the-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [wrongBody, unknownBody] = [await wrong.json(), await unknown.json()];
    expect(wrongBody.detail).toBe(unknownBody.detail);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const failures = await auditOf('action=login.failed');
    expect(failures.find((entry) => entry.login === member.login)?.details).toMatchObject({ reason: 'wrong_password' });
    expect(failures.find((entry) => entry.login === 'nobody-here')?.details).toMatchObject({ reason: 'unknown_login' });
  });

  it('refuses malformed sign-ins with problems, never a 500', async () => {
    for (const [body, status] of [
      [{ login: 'x' }, 400],
      [{ login: 'a', password: 'b', extra: true }, 400],
      [{ login: 'a', password: 'x'.repeat(300) }, 400],
      [{ city: 'NOT A CITY', login: 'a', password: 'b' }, 400],
      [{ city: 'no-such-city', login: 'a', password: 'b' }, 404],
    ] as const) {
      const response = await login(body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const notJson = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"login":' });
    expect(notJson.status).toBe(400);
  });

  it('ends the session being replaced: a new sign-in never keeps the old session id', async () => {
    const member = await account();
    const first = await signIn(member.login);
    const second = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'huying-city': city.cityId, cookie: first.cookie },
      body: JSON.stringify({ login: member.login, password }),
    });
    expect(second.status).toBe(200);
    expect(sessionCookie(second)).not.toBe(first.cookie.split('=')[1]);
    expect((await withSession(first, '/api/v1/staff/me')).status).toBe(401);
  });

  it('refuses a sign-in caused by another site (login CSRF)', async () => {
    const member = await account();
    const crossSite = await login({ login: member.login, password }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).code).toBe('csrf-failed');
    const foreignOrigin = await login({ login: member.login, password }, { origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const ownOrigin = await login({ login: member.login, password }, { origin: 'http://huying.test', 'sec-fetch-site': 'same-origin' });
    expect(ownOrigin.status).toBe(200);
  });
});

describe('CSRF protection on writes with the session cookie', () => {
  it('needs the session\'s token in x-csrf-token on every write, and refuses other sites', async () => {
    const member = await account();
    const session = await signIn(member.login);
    const create = (init: { csrf?: string | null; headers?: Record<string, string> }) => withSession(session, '/api/v1/auth/tokens', { method: 'POST', body: { label: '巡查脚本' }, ...init });
    for (const [name, init] of [
      ['no token', { csrf: null }],
      ['a wrong token', { csrf: 'A'.repeat(43) }],
      ['another session\'s token', { csrf: (await signIn((await account()).login)).csrf }],
      ['a cross-site request', { headers: { 'sec-fetch-site': 'cross-site' } }],
      ['a foreign origin', { headers: { origin: 'https://evil.example' } }],
    ] as const) {
      const response = await create(init);
      expect(response.status, name).toBe(403);
      expect((await response.json()).code, name).toBe('csrf-failed');
    }
    expect((await withSession(session, '/api/v1/auth/tokens')).status).toBe(200);
    expect(((await (await withSession(session, '/api/v1/auth/tokens')).json()) as { data: unknown[] }).data).toHaveLength(1);
    expect((await create({})).status).toBe(201);
  });

  it('does not ask for a CSRF token with a bearer token (no cookie, nothing a browser sends by itself)', async () => {
    const member = await account();
    const response = await app.request('/api/v1/auth/tokens', { method: 'POST', headers: { authorization: `Bearer ${member.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'CLI' }) });
    expect(response.status).toBe(201);
  });
});

describe('sessions end', () => {
  it('on sign-out, everywhere, with the cookie cleared and the sign-out audited', async () => {
    const member = await account();
    const session = await signIn(member.login);
    expect((await withSession(session, '/api/v1/auth/logout', { method: 'POST', csrf: null })).status).toBe(403);
    const out = await withSession(session, '/api/v1/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/huying_session=;.*Max-Age=0/);
    const after = await withSession(session, '/api/v1/staff/me');
    expect(after.status).toBe(401);
    expect((await after.json()).code).toBe('unauthenticated');
    expect(await auditOf(`action=logout&accountId=${member.accountId}`)).toHaveLength(1);
    // Signing out without a session only clears the cookie.
    expect((await app.request('/api/v1/auth/logout', { method: 'POST' })).status).toBe(204);
  });

  it('after an hour unused, and 12 hours after sign-in however active', async () => {
    const member = await account();
    const idle = await signIn(member.login);
    clock.advance(59 * 60_000);
    expect((await withSession(idle, '/api/v1/staff/me')).status).toBe(200);
    clock.advance(61 * 60_000);
    expect((await withSession(idle, '/api/v1/staff/me')).status).toBe(401);

    const busy = await signIn(member.login);
    for (let hour = 0; hour < 12; hour++) {
      clock.advance(59 * 60_000);
      expect((await withSession(busy, '/api/v1/staff/me')).status, `hour ${hour}`).toBe(200);
    }
    clock.advance(59 * 60_000);
    expect((await withSession(busy, '/api/v1/staff/me')).status).toBe(401);
  });

  it('when a cookie is forged or garbled', async () => {
    for (const cookie of ['huying_session=forged', `huying_session=${'A'.repeat(43)}`, 'huying_session=%00%ff']) {
      const response = await app.request('/api/v1/staff/me', { headers: { cookie } });
      expect(response.status, cookie).toBe(401);
      expect(response.headers.get('set-cookie'), cookie).toMatch(/huying_session=;/);
    }
  });
});

describe('throttling and lockout', () => {
  it('locks a login after 5 failures in 15 minutes, even for the right password, until the lock ends or an admin unlocks it', async () => {
    const member = await account();
    for (let attempt = 1; attempt <= loginLimits.login.attempts; attempt++) {
      expect((await login({ login: member.login, password: `wrong-guess-${attempt}` })).status, `attempt ${attempt}`).toBe(401);
    }
    const locked = await login({ login: member.login, password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect(await locked.json()).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 900 });
    expect((await auditOf('action=login.locked')).some((entry) => entry.login === member.login)).toBe(true);
    const view = await (await app.request(`/api/v1/admin/accounts/${member.accountId}`, { headers: adminHeaders })).json();
    expect(view.lockedUntil).not.toBeNull();

    clock.advance(15 * 60_000 + 1000);
    await signIn(member.login);

    for (let attempt = 0; attempt <= loginLimits.login.attempts; attempt++) await login({ login: member.login, password: 'wrong-again-1' });
    expect((await login({ login: member.login, password })).status).toBe(429);
    const unlock = await app.request(`/api/v1/admin/accounts/${member.accountId}/unlock`, { method: 'POST', headers: adminHeaders });
    expect(unlock.status).toBe(200);
    expect((await unlock.json()).lockedUntil).toBeNull();
    await signIn(member.login);
    expect(await auditOf(`action=account.unlocked&accountId=${member.accountId}`)).toHaveLength(1);
  });

  it('forgets counters of past windows as new failures come, so guessed logins do not pile up', async () => {
    for (const name of ['made-up-1', 'made-up-2', 'made-up-3']) await login({ login: name, password: 'any-guess-123' });
    const keys = async () => (await database.db.select({ key: loginThrottles.key }).from(loginThrottles)).map((row) => row.key);
    expect(await keys()).toEqual(expect.arrayContaining(['made-up-1', 'made-up-2', 'made-up-3'].map((name) => throttleKey('login', city.cityId, name))));
    clock.advance(loginLimits.login.windowMs + 1000);
    await login({ login: 'made-up-4', password: 'any-guess-123' });
    const left = await keys();
    expect(left).toContain(throttleKey('login', city.cityId, 'made-up-4'));
    expect(left.some((key) => key.includes(':made-up-1'))).toBe(false);
  });

  it('counts failures per client address too (behind a trusted proxy)', async () => {
    const proxied = createApp({ ...deps, trustedProxies: 1 });
    const member = await account();
    for (let attempt = 0; attempt <= loginLimits.address.attempts; attempt++) await countAttempt(database.db, throttleKey('address', city.cityId, '203.0.113.9'), 'address', clock.now());
    const from = (address: string) =>
      proxied.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'huying-city': city.cityId, 'x-forwarded-for': `10.0.0.1, ${address}` },
        body: JSON.stringify({ login: member.login, password }),
      });
    expect((await from('203.0.113.9')).status).toBe(429);
    expect((await from('203.0.113.10')).status).toBe(200);
  });
});

describe('passwords', () => {
  it('changes with the current password; weak ones are refused with the reasons; other sessions end', async () => {
    const member = await account();
    const here = await signIn(member.login);
    const elsewhere = await signIn(member.login);
    const change = (body: unknown) => withSession(here, '/api/v1/auth/password', { method: 'POST', body });
    const wrongCurrent = await change({ currentPassword: 'not-it-at-all-9', newPassword: 'Wenquan-road-77' });
    expect(wrongCurrent.status).toBe(403);
    for (const [weak, reason] of [
      ['short1', /at least 10/],
      ['onlyletterslong', /mix at least two/],
      ['password123!', /attackers try/],
      [`${member.login}-secret-9`, /login/],
      ['huying-demo-2026', /demo/],
    ] as const) {
      const response = await change({ currentPassword: password, newPassword: weak });
      expect(response.status, weak).toBe(400);
      const problem = await response.json();
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors[0].field).toBe('newPassword');
      expect(problem.detail, weak).toMatch(reason);
    }
    const changed = await change({ currentPassword: password, newPassword: 'Wenquan-road-77' });
    expect(changed.status).toBe(200);
    const { csrfToken } = await changed.json();
    const renewed = { cookie: `huying_session=${sessionCookie(changed)}`, csrf: csrfToken as string } as Session;
    expect(renewed.cookie).not.toBe(here.cookie);
    expect((await withSession(renewed, '/api/v1/staff/me')).status).toBe(200);
    expect((await withSession(here, '/api/v1/staff/me')).status).toBe(401);
    expect((await withSession(elsewhere, '/api/v1/staff/me')).status).toBe(401);
    expect((await login({ login: member.login, password })).status).toBe(401);
    await signIn(member.login, 'Wenquan-road-77');
    expect(await auditOf(`action=password.changed&accountId=${member.accountId}`)).toHaveLength(1);
    const [row] = await database.db.select({ hash: staffAccounts.passwordHash }).from(staffAccounts).where(eq(staffAccounts.id, member.accountId));
    expect(row!.hash).toMatch(/^\$argon2id\$v=19\$m=47104,t=1,p=1\$/);
  });

  it('counts wrong current passwords against the login, so a stolen session cannot guess it', async () => {
    const member = await account();
    const session = await signIn(member.login);
    const guess = (currentPassword: string) => withSession(session, '/api/v1/auth/password', { method: 'POST', body: { currentPassword, newPassword: 'Wenquan-road-77' } });
    for (let attempt = 1; attempt <= loginLimits.login.attempts; attempt++) expect((await guess(`guess-number-${attempt}`)).status).toBe(403);
    const locked = await guess(password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
    expect((await login({ login: member.login, password })).status).toBe(429);
  });

  it('after an administrator\'s reset, the member must choose a new one before anything else', async () => {
    const member = await account();
    const before = await signIn(member.login);
    const reset = await app.request(`/api/v1/admin/accounts/${member.accountId}/password`, { method: 'POST', headers: adminHeaders, body: '{}' });
    expect(reset.status).toBe(200);
    const { temporaryPassword, account: view } = await reset.json();
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(view.mustChangePassword).toBe(true);
    expect((await withSession(before, '/api/v1/staff/me')).status).toBe(401);

    const session = await signIn(member.login, temporaryPassword);
    expect(session.body.staff.mustChangePassword).toBe(true);
    const refused = await withSession(session, '/api/v1/staff/cases');
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('password-change-required');
    expect((await withSession(session, '/api/v1/staff/me')).status).toBe(200);
    const changed = await withSession(session, '/api/v1/auth/password', { method: 'POST', body: { currentPassword: temporaryPassword, newPassword: 'Quanshan-street-5' } });
    expect(changed.status).toBe(200);
    const renewed = { cookie: `huying_session=${sessionCookie(changed)}`, csrf: (await changed.json()).csrfToken as string } as Session;
    expect((await withSession(renewed, '/api/v1/staff/cases')).status).toBe(200);
    expect(await auditOf(`action=password.reset&accountId=${member.accountId}`)).toHaveLength(1);
  });

  it('accepts the published demo password only in the demo city', async () => {
    const refused = await app.request('/api/v1/admin/accounts', {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ unitId: city.unit('grid-b1-1'), role: 'grid_member', displayName: '演示网格员', login: 'demo-grid', password: 'huying-demo-2026' }),
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toMatch(/demo password/);
    // An account that has it anyway (a database copied from the demo) cannot sign in with it outside the demo city.
    const { login: name } = await account();
    const { hashPassword } = await import('../src/services/auth/passwords.js');
    await database.db.update(staffAccounts).set({ passwordHash: await hashPassword('huying-demo-2026') }).where(eq(staffAccounts.login, name));
    const signIn401 = await login({ login: name, password: 'huying-demo-2026' });
    expect(signIn401.status).toBe(401);
    expect((await signIn401.json()).detail).toMatch(/demo city/);
    await database.db.update(cities).set({ demo: true }).where(eq(cities.id, city.cityId));
    try {
      expect((await login({ login: name, password: 'huying-demo-2026' })).status).toBe(200);
    } finally {
      await database.db.update(cities).set({ demo: false }).where(eq(cities.id, city.cityId));
    }
  });
});

describe('administration of accounts', () => {
  it('creates accounts only with a role that fits the unit and a free login; every change is audited with what it was', async () => {
    const create = (body: Record<string, unknown>) => app.request('/api/v1/admin/accounts', { method: 'POST', headers: adminHeaders, body: JSON.stringify(body) });
    const base = { unitId: city.unit('grid-b1-1'), role: 'grid_member', displayName: '李网格员', login: 'li.grid' };
    const misfit = await create({ ...base, role: 'property_manager' });
    expect(misfit.status).toBe(422);
    expect((await misfit.json()).detail).toMatch(/property manager is granted at a unit of kind property/);
    expect((await create({ ...base, unitId: crypto.randomUUID() })).status).toBe(422);
    expect((await create({ ...base, login: 'Bad Login!' })).status).toBe(400);
    const created = await create(base);
    expect(created.status).toBe(201);
    const { account: view, temporaryPassword } = await created.json();
    expect(view).toMatchObject({ login: 'li.grid', role: 'grid_member', mustChangePassword: true, passwordSet: true });
    expect(temporaryPassword).toBeTruthy();
    expect((await create(base)).status).toBe(409);

    const moved = await app.request(`/api/v1/admin/accounts/${view.id}`, { method: 'PATCH', headers: adminHeaders, body: JSON.stringify({ unitId: city.unit('community-b1'), role: 'community_staff' }) });
    expect(moved.status).toBe(200);
    expect((await moved.json()).permissions).toContain('cases.dispatch');
    const [updated] = await auditOf(`action=account.updated&accountId=${view.id}`);
    expect(updated!.details).toEqual({ before: { role: 'grid_member', unitId: city.unit('grid-b1-1') }, after: { role: 'community_staff', unitId: city.unit('community-b1') } });
    expect(await auditOf(`action=account.created&accountId=${view.id}`)).toHaveLength(1);
  });

  it("refuses to change one's own grant or disable oneself; another administrator may", async () => {
    const me = await (await app.request('/api/v1/staff/me', { headers: adminHeaders })).json();
    const own = await app.request(`/api/v1/admin/accounts/${me.accountId}`, { method: 'PATCH', headers: adminHeaders, body: JSON.stringify({ role: 'supervisor' }) });
    expect(own.status).toBe(422);
    expect((await own.json()).detail).toMatch(/your own role/);
    expect((await app.request(`/api/v1/admin/accounts/${me.accountId}/disable`, { method: 'POST', headers: adminHeaders })).status).toBe(422);
    const second = await account('admin');
    expect((await app.request(`/api/v1/admin/accounts/${second.accountId}/disable`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect((await app.request(`/api/v1/admin/accounts/${second.accountId}/disable`, { method: 'POST', headers: adminHeaders })).status).toBe(422);
    expect((await app.request(`/api/v1/admin/accounts/${second.accountId}/enable`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect(await auditOf(`action=account.disabled,account.enabled&accountId=${second.accountId}`)).toHaveLength(2);
  });

  it('disabling an account stops its sessions, its tokens and its sign-ins at once', async () => {
    const member = await account();
    const session = await signIn(member.login);
    expect((await app.request(`/api/v1/admin/accounts/${member.accountId}/disable`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect((await withSession(session, '/api/v1/staff/me')).status).toBe(401);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${member.token}` } })).status).toBe(401);
    const refused = await login({ login: member.login, password });
    expect(refused.status).toBe(401);
    expect((await refused.json()).detail).toMatch(/disabled/);
    expect((await app.request(`/api/v1/admin/accounts/${member.accountId}/tokens`, { method: 'POST', headers: adminHeaders, body: JSON.stringify({ label: 'x' }) })).status).toBe(422);
    expect((await app.request(`/api/v1/admin/accounts/${member.accountId}/enable`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${member.token}` } })).status).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, expire when asked, and are revoked by their owner or an administrator', async () => {
    const member = await account();
    const headers = { authorization: `Bearer ${member.token}`, 'content-type': 'application/json' };
    const issued = await (await app.request('/api/v1/auth/tokens', { method: 'POST', headers, body: JSON.stringify({ label: '周报脚本', expiresInDays: 1 }) })).json();
    expect(issued.token).toMatch(/^hy_staff_/);
    const listed = (await (await app.request('/api/v1/auth/tokens', { headers })).json()).data as Record<string, unknown>[];
    expect(listed.every((token) => !('token' in token))).toBe(true);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${issued.token}` } })).status).toBe(200);
    clock.advance(24 * 3600_000 + 1000);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${issued.token}` } })).status).toBe(401);

    const second = await (await app.request('/api/v1/auth/tokens', { method: 'POST', headers, body: JSON.stringify({ label: '派单脚本' }) })).json();
    const revoked = await app.request(`/api/v1/admin/tokens/${second.id}/revoke`, { method: 'POST', headers: adminHeaders });
    expect(revoked.status).toBe(200);
    expect((await app.request(`/api/v1/admin/tokens/${second.id}/revoke`, { method: 'POST', headers: adminHeaders })).status).toBe(422);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${second.token}` } })).status).toBe(401);
    const log = await auditOf(`targetId=${second.id}`);
    expect(log.map((entry) => entry.action).sort()).toEqual(['token.created', 'token.revoked']);
  });

  it('refuse a malformed bearer header with a 401, not a 500', async () => {
    for (const header of ['Bearer', 'Bearer short', `Bearer ${'x'.repeat(300)}`, 'Basic dXNlcjpwYXNz']) {
      const response = await app.request('/api/v1/staff/me', { headers: { authorization: header } });
      expect(response.status, header).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    }
  });
});

describe('integrator API keys', () => {
  /** A route that integrators call, as Open311 and hotline intake mount it. */
  function integratorApp() {
    const probe = new Hono<AppEnv>();
    probe.use(async (c, next) => {
      c.set('deps', deps);
      await next();
    });
    probe.onError(onError);
    probe.get('/hotline', requireIntegrator('hotline.intake'), (c) => c.json(c.get('integrator')));
    return probe;
  }

  it('are secret (shown once, stored hashed), scoped to permissions and the city, and revocable', async () => {
    const issued = await app.request('/api/v1/admin/api-keys', { method: 'POST', headers: adminHeaders, body: JSON.stringify({ label: '12345 热线系统', permissions: ['hotline.intake'] }) });
    expect(issued.status).toBe(201);
    const key = await issued.json();
    expect(key.key).toMatch(/^hy_key_[A-Za-z0-9_-]{43}$/);
    const [stored] = await database.db.select().from(integratorKeys).where(eq(integratorKeys.id, key.id));
    expect(JSON.stringify(stored)).not.toContain(key.key);
    const listed = (await (await app.request('/api/v1/admin/api-keys', { headers: adminHeaders })).json()).data;
    expect(JSON.stringify(listed)).not.toContain(key.key);

    const integrator = integratorApp();
    const call = (headers: Record<string, string>, query = '') => integrator.request(`/hotline${query}`, { headers });
    const ok = await call({ authorization: `Bearer ${key.key}` });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ cityId: city.cityId, permissions: ['hotline.intake'] });
    expect((await call({ 'huying-api-key': key.key })).status).toBe(200);
    expect((await call({}, `?api_key=${key.key}`)).status).toBe(200);
    expect((await call({})).status).toBe(401);
    expect((await call({ 'huying-api-key': 'hy_key_guessed' })).status).toBe(401);
    expect((await call({ 'huying-api-key': key.key, 'huying-city': 'another-city' })).status).toBe(403);

    const readOnly = await (await app.request('/api/v1/admin/api-keys', { method: 'POST', headers: adminHeaders, body: JSON.stringify({ label: 'Open311 只读', permissions: ['open311.read'] }) })).json();
    const lacking = await call({ 'huying-api-key': readOnly.key });
    expect(lacking.status).toBe(403);
    expect((await lacking.json()).missingPermission).toBe('hotline.intake');

    expect((await app.request(`/api/v1/admin/api-keys/${key.id}/revoke`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect((await call({ 'huying-api-key': key.key })).status).toBe(401);
    expect((await app.request('/api/v1/admin/api-keys', { method: 'POST', headers: adminHeaders, body: JSON.stringify({ label: 'x', permissions: ['everything'] }) })).status).toBe(400);
    expect((await auditOf(`targetId=${key.id}`)).map((entry) => entry.action).sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });
});

describe('the demo city', () => {
  it('has a sign-in for every role with the published demo password; seeding again keeps them', async () => {
    const demo = await createTestCity(database);
    const signIns = await seedDemoSignIns(database.db, demo.cityId);
    expect(signIns.map((signIn) => signIn.role).sort()).toEqual(
      ['admin', 'community_staff', 'department_handler', 'dispatcher', 'grid_member', 'information_officer', 'property_manager', 'street_staff', 'supervisor'],
    );
    expect(signIns.find((signIn) => signIn.login === 'community')).toMatchObject({ unit: '金晖社区' });
    expect(signIns.find((signIn) => signIn.login === 'department')).toMatchObject({ unit: '市水务局' });
    for (const signIn of signIns) {
      const response = await app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ city: demo.cityId, login: signIn.login, password: demoPassword }),
      });
      expect(response.status, signIn.login).toBe(200);
      expect((await response.json()).staff, signIn.login).toMatchObject({ role: signIn.role, mustChangePassword: false });
    }
    expect(await seedDemoSignIns(database.db, demo.cityId)).toEqual(signIns);
    expect((await database.db.select().from(staffAccounts).where(eq(staffAccounts.cityId, demo.cityId))).filter((row) => row.login !== null)).toHaveLength(signIns.length);
  });
});

describe('configuration', () => {
  it('reads trusted proxies and session lifetimes from the environment, and refuses nonsense at boot', () => {
    expect(loadConfig({})).toMatchObject({ trustedProxies: 0, sessions: { idleMs: 3_600_000, maxMs: 43_200_000 } });
    expect(loadConfig({ HUYING_TRUSTED_PROXIES: '1', HUYING_SESSION_IDLE_MINUTES: '30', HUYING_SESSION_MAX_HOURS: '8' })).toMatchObject({
      trustedProxies: 1,
      sessions: { idleMs: 1_800_000, maxMs: 28_800_000 },
    });
    for (const env of [{ HUYING_TRUSTED_PROXIES: '-1' }, { HUYING_SESSION_IDLE_MINUTES: '0' }, { HUYING_SESSION_MAX_HOURS: 'forever' }]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});

describe('the audit log', () => {
  it('pages newest first and refuses bad filters with problems', async () => {
    const first = await (await app.request('/api/v1/admin/audit?limit=2', { headers: adminHeaders })).json();
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const next = await (await app.request(`/api/v1/admin/audit?limit=2&cursor=${first.nextCursor}`, { headers: adminHeaders })).json();
    expect(next.data[0].at <= first.data[1].at).toBe(true);
    expect(next.data.map((entry: { id: string }) => entry.id)).not.toContain(first.data[1].id);
    for (const query of ['cursor=garbage', 'action=not.an.action', 'from=2026-03-05T00:00:00Z&to=2026-03-01T00:00:00Z', 'limit=0']) {
      const response = await app.request(`/api/v1/admin/audit?${query}`, { headers: adminHeaders });
      expect(response.status, query).toBe(400);
    }
  });
});
