import type { App, DatabaseHandle } from '@huying/api';
import { createStaffAccount, startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, HuyingClient, PermissionDeniedError, RateLimitError, type Fetch } from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let adminToken: string;

const password = 'Jinhui-lane-42';

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
  ({ token: adminToken } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '系统管理员', login: 'admin', password }));
});
afterAll(() => database.close());

/** A browser's part in a staff page: it keeps the session cookie the API sets and sends it back. */
function browserFetch(): Fetch {
  let cookie: string | undefined;
  return async (input, init) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await app.request(input, { ...init, headers });
    const set = /huying_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '');
    if (set) cookie = set[1] ? `huying_session=${set[1]}` : undefined;
    return response;
  };
}

const pageClient = () => new HuyingClient({ baseUrl: 'http://huying.test', city: city.cityId, fetch: browserFetch(), maxRetries: 0 });
const admin = () => new HuyingClient({ baseUrl: 'http://huying.test', city: city.cityId, fetch: async (input, init) => app.request(input, init), staffToken: adminToken });

describe('client.auth in a staff page', () => {
  it('signs in, works with the session (the CSRF token sent for it), changes the password and signs out', async () => {
    const created = await admin().admin.accounts.create({ unitId: city.unit('community-a1'), role: 'community_staff', displayName: '张社区', login: 'zhang.sq' });
    expect(created.temporaryPassword).toBeTruthy();
    const page = pageClient();
    const { staff } = await page.auth.login({ login: 'zhang.sq', password: created.temporaryPassword! });
    expect(staff).toMatchObject({ role: 'community_staff', mustChangePassword: true, auth: 'session' });
    await expect(page.staff.cases.list()).rejects.toMatchObject({ status: 403, code: 'password-change-required' });
    await page.auth.changePassword({ currentPassword: created.temporaryPassword!, newPassword: 'Dongsheng-road-8' });
    expect((await page.staff.cases.list()).data).toEqual([]);
    const token = await page.auth.tokens.create({ label: '周报脚本' });
    expect((await page.auth.tokens.list()).map((item) => item.id)).toContain(token.id);
    expect(await page.auth.whoami()).toMatchObject({ login: 'zhang.sq', auth: 'session', mustChangePassword: false });

    const script = new HuyingClient({ baseUrl: 'http://huying.test', fetch: async (input, init) => app.request(input, init), staffToken: token.token });
    expect(await script.auth.session()).toMatchObject({ login: 'zhang.sq', auth: 'token', sessionEndsAt: null });

    await page.auth.logout();
    await expect(page.auth.session()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(pageClient().auth.login({ login: 'zhang.sq', password: 'wrong-password-1' })).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('surfaces a lockout as a RateLimitError with the wait', async () => {
    const page = pageClient();
    for (let attempt = 0; attempt < 5; attempt++) await page.auth.login({ login: 'admin', password: `guess-${attempt}-x` }).catch(() => undefined);
    const error = await page.auth.login({ login: 'admin', password }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate-limited' });
    const listed = (await admin().admin.accounts.list({ q: 'admin' })).data.find((item) => item.login === 'admin')!;
    const account = await admin().admin.accounts.get(listed.id);
    expect(account.lockedUntil).not.toBeNull();
    await admin().admin.accounts.unlock(account.id);
    expect((await page.auth.login({ login: 'admin', password })).staff.role).toBe('admin');
  });
});

describe('client.staff.cases.revealContact', () => {
  it('gives the holding unit the full number, audited; views keep it masked', async () => {
    const resident = new HuyingClient({ baseUrl: 'http://huying.test', city: city.cityId, fetch: async (input, init) => app.request(input, init) });
    const filed = await resident.cases.create({ kind: 'complaint', buildingId: city.building('dongsheng-1'), description: '楼道灯不亮已经一周了，晚上上下楼很危险。', contact: { phone: '13912345678' } });
    const grid = new HuyingClient({ baseUrl: 'http://huying.test', city: city.cityId, fetch: async (input, init) => app.request(input, init), staffToken: city.tokens.get('grid-a1-1')! });
    const [summary] = await grid.staff.cases.list({ scope: 'held' }).toArray();
    const view = await grid.staff.cases.get(summary!.id);
    expect(view).toMatchObject({ trackingCode: filed.trackingCode, contact: { phone: '139****5678', revealable: true } });
    expect(await grid.staff.cases.revealContact(view.id, { reason: '回访核实处理结果' })).toMatchObject({ phone: '13912345678' });
    const community = new HuyingClient({ baseUrl: 'http://huying.test', fetch: async (input, init) => app.request(input, init), staffToken: city.tokens.get('community-a1')! });
    await expect(community.staff.cases.revealContact(view.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect((await admin().admin.audit({ action: ['contact.revealed'] })).data).toHaveLength(1);
  });
});

describe('client.admin', () => {
  it('reads the permission table, manages grants, keys and tokens, and reads the audit log page by page', async () => {
    const client = admin();
    const table = await client.admin.roles();
    expect(table.roles.find((role) => role.role === 'property_manager')).toMatchObject({ unitKinds: ['property'] });
    const { account } = await client.admin.accounts.create({ unitId: city.unit('grid-b1-1'), role: 'grid_member', displayName: '李网格', login: 'li.wg', password: 'Wenquan-road-77' });
    expect(await client.admin.accounts.update(account.id, { displayName: '李网格员' })).toMatchObject({ displayName: '李网格员' });
    await expect(client.admin.accounts.update(account.id, { role: 'dispatcher' })).rejects.toMatchObject({ status: 422 });
    const issued = await client.admin.accounts.createToken(account.id, { label: '巡查 App' });
    expect((await client.admin.accounts.tokens(account.id)).map((token) => token.id)).toContain(issued.id);
    expect((await client.admin.revokeToken(issued.id)).revokedAt).not.toBeNull();
    expect(await client.admin.accounts.disable(account.id)).toMatchObject({ disabledAt: expect.any(String) });
    expect(await client.admin.accounts.endSessions(account.id)).toEqual({ sessionsEnded: 0 });
    expect((await client.admin.accounts.resetPassword(account.id)).temporaryPassword).toBeTruthy();

    const key = await client.admin.apiKeys.create({ label: '12345 热线系统', permissions: ['hotline.intake'] });
    expect(key.key).toMatch(/^hy_key_/);
    expect((await client.admin.apiKeys.revoke(key.id)).revokedAt).not.toBeNull();
    expect((await client.admin.apiKeys.list()).map((item) => item.id)).toContain(key.id);

    // Two at a time, across pages, newest first; events by or about the account (its tokens' events are about the tokens).
    const actions = (await client.admin.audit({ accountId: account.id, limit: 2 }).toArray()).map((event) => event.action);
    expect(actions).toEqual(['password.reset', 'sessions.revoked', 'account.disabled', 'account.updated', 'account.created']);
    const tokenEvents = await client.admin.audit({ targetId: issued.id, action: ['token.created', 'token.revoked'] });
    expect(tokenEvents.data.map((event) => event.action).sort()).toEqual(['token.created', 'token.revoked']);
    await expect(new HuyingClient({ baseUrl: 'http://huying.test', fetch: async (input, init) => app.request(input, init), staffToken: city.tokens.get('community-a1')! }).admin.audit()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
