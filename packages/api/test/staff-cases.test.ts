import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { staffCaseListStatement, type StaffCaseListFilter } from '../src/services/cases/staff-queries.js';
import { authenticateToken } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

async function fileCase(buildingKey = 'dongsheng-1') {
  const response = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({ kind: 'complaint', buildingId: city.building(buildingKey), description: '楼道灯不亮已经一周了，晚上上下楼很危险。', contact: { phone: '13912345678' } }),
  });
  const body = await response.json();
  const list = await (await app.request(`/api/v1/staff/cases?scope=held`, { headers: city.staffHeaders(buildingKey === 'dongsheng-1' ? 'grid-a1-1' : 'grid-b1-1') })).json();
  const found = list.data.find((item: { trackingCode: string }) => item.trackingCode === body.trackingCode);
  return { id: found.id as string, trackingCode: body.trackingCode as string, secret: body.secret as string };
}

const act = (unitKey: string, id: string, action: string, body: unknown = {}) =>
  app.request(`/api/v1/staff/cases/${id}/${action}`, { method: 'POST', headers: city.staffHeaders(unitKey), body: JSON.stringify(body) });

describe('staff authentication', () => {
  it('needs a valid bearer token', async () => {
    const none = await app.request('/api/v1/staff/cases');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await app.request('/api/v1/staff/cases', { headers: { authorization: 'Bearer hy_staff_not-a-real-token-at-all' } });
    expect(wrong.status).toBe(401);
    const me = await (await app.request('/api/v1/staff/me', { headers: city.staffHeaders('community-a1') })).json();
    expect(me).toMatchObject({ role: 'community_staff', unit: { name: '东晟社区', kind: 'community' } });
  });
});

describe('working a case', () => {
  it('walks submitted → accepted → in handling → resolved → rated → closed, every step on the timeline', async () => {
    const { id, trackingCode, secret } = await fileCase();
    expect((await act('grid-a1-1', id, 'accept')).status).toBe(200);
    expect((await act('grid-a1-1', id, 'respond', { message: '已联系物业，今天下午更换灯泡' })).status).toBe(200);
    const resolved = await (await act('grid-a1-1', id, 'resolve', { reply: '楼道灯已更换，恢复照明。' })).json();
    expect(resolved).toMatchObject({ status: 'resolved', allowedActions: [] });

    const rated = await app.request(`/api/v1/track/${trackingCode}/rating`, {
      method: 'POST',
      headers: city.cityHeaders,
      body: JSON.stringify({ secret, level: 'satisfied', comment: '很及时' }),
    });
    expect(rated.status).toBe(200);
    const closed = await (await act('grid-a1-1', id, 'close')).json();
    expect(closed.status).toBe('closed');
    expect(closed.timeline.map((entry: { type: string }) => entry.type)).toEqual(['submitted', 'accepted', 'responded', 'resolved', 'rated', 'closed']);
    expect(closed.timeline[1]).toMatchObject({ actor: { type: 'staff', unitId: city.unit('grid-a1-1') } });

    const tracked = await (await app.request(`/api/v1/track/${trackingCode}?secret=${secret}`)).json();
    expect(tracked.case.timeline.find((entry: { type: string }) => entry.type === 'resolved').message).toBe('楼道灯已更换，恢复照明。');
  });

  it('escalates grid → community → street → city, then the city dispatches to a department, which returns it', async () => {
    const { id } = await fileCase();
    await act('grid-a1-1', id, 'escalate', { reason: '需社区协调物业' });
    await act('community-a1', id, 'escalate', { reason: '涉及市政设施' });
    await act('street-a', id, 'escalate', { reason: '需市级部门处理' });
    const atCity = await (await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('city') })).json();
    expect(atCity).toMatchObject({ holder: { kind: 'city' }, hops: 3 });
    expect(atCity.allowedActions).toEqual(expect.arrayContaining(['accept', 'dispatch']));
    expect(atCity.allowedActions).not.toContain('escalate');

    await act('city', id, 'dispatch', { toUnitId: city.unit('dept-water') });
    const returned = await act('dept-water', id, 'return', { reason: '属于住建部门职责' });
    expect((await returned.json()).status).toBe('returned');
    const ruled = await (await act('city', id, 'rule-return', { upheld: true })).json();
    expect(ruled).toMatchObject({ status: 'accepted', holder: { kind: 'city' } });
    const redispatched = await (await act('city', id, 'dispatch', { toUnitId: city.unit('dept-housing') })).json();
    expect(redispatched).toMatchObject({ status: 'submitted', holder: { name: '市住房和城乡建设局' }, hops: 6 });
  });

  it('a community still sees a case it escalated; the phone is masked, revealable only while it holds the case', async () => {
    const { id } = await fileCase();
    await act('grid-a1-1', id, 'escalate', { reason: '需社区协调' });
    const held = await (await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('community-a1') })).json();
    expect(held.contact).toMatchObject({ phone: '139****5678', revealable: true });
    expect((await act('community-a1', id, 'contact/reveal')).status).toBe(200);
    await act('community-a1', id, 'escalate', { reason: '需街道协调' });
    const after = await (await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('community-a1') })).json();
    expect(after.contact).toMatchObject({ phone: '139****5678', revealable: false });
    expect((await act('community-a1', id, 'contact/reveal')).status).toBe(403);
  });
});

describe('refusals', () => {
  it('a unit outside the case\'s tree sees nothing: 404, not 403', async () => {
    const { id } = await fileCase();
    for (const outsider of ['grid-b1-1', 'community-b1', 'street-b', 'dept-water']) {
      expect((await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders(outsider) })).status, outsider).toBe(404);
      expect((await act(outsider, id, 'accept')).status, outsider).toBe(404);
    }
    // The property company of the building sees the case (its building) but cannot act on it.
    expect((await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('property-a1') })).status).toBe(200);
    expect((await act('property-a1', id, 'accept')).status).toBe(403);
  });

  it('another city\'s staff cannot see or act on the case', async () => {
    const other = await createTestCity(database);
    const { id } = await fileCase();
    const response = await app.request(`/api/v1/staff/cases/${id}/accept`, { method: 'POST', headers: other.staffHeaders('city'), body: '{}' });
    expect(response.status).toBe(404);
  });

  it('an illegal move is a 409 with the reason, and changes nothing', async () => {
    const { id } = await fileCase();
    const response = await act('grid-a1-1', id, 'close');
    expect(response.status).toBe(409);
    const problem = await response.json();
    expect(problem).toMatchObject({ code: 'illegal-transition', status: 409 });
    expect(problem.detail).toMatch(/cannot close a case that is submitted/);
    const unchanged = await (await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('grid-a1-1') })).json();
    expect(unchanged).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('a street above the holder may dispatch but not accept: 403 with the reason', async () => {
    const { id } = await fileCase();
    const accept = await act('street-a', id, 'accept');
    expect(accept.status).toBe(403);
    expect((await accept.json()).detail).toMatch(/only holder/);
    const sideways = await act('street-a', id, 'dispatch', { toUnitId: city.unit('grid-b1-1') });
    expect(sideways.status).toBe(403);
  });

  it('a stale expectedVersion is a 409 version conflict', async () => {
    const { id } = await fileCase();
    await act('grid-a1-1', id, 'accept', { expectedVersion: 1 });
    const stale = await act('grid-a1-1', id, 'respond', { message: '处理中', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'version-conflict', currentVersion: 2 });
  });

  it('a resident cannot rate twice in one round, nor reopen after a satisfied rating', async () => {
    const { id, trackingCode, secret } = await fileCase();
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'resolve', { reply: '已修复' });
    const rate = (level: string) =>
      app.request(`/api/v1/track/${trackingCode}/rating`, { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ secret, level }) });
    expect((await rate('satisfied')).status).toBe(200);
    expect((await rate('unsatisfied')).status).toBe(409);
    const reopen = await app.request(`/api/v1/track/${trackingCode}/reopen`, { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ secret, reason: '没修好' }) });
    expect(reopen.status).toBe(409);
  });

  it('an unsatisfied rating reopens the case at the unit that replied, in round 2', async () => {
    const { id, trackingCode, secret } = await fileCase();
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'resolve', { reply: '已修复' });
    const post = (path: string, body: unknown) => app.request(`/api/v1/track/${trackingCode}/${path}`, { method: 'POST', headers: city.cityHeaders, body: JSON.stringify(body) });
    expect((await post('rating', { secret: '12345678', level: 'unsatisfied' })).status).toBe(403);
    expect((await post('rating', { secret, level: 'unsatisfied', comment: '灯还是不亮' })).status).toBe(200);
    const reopened = await (await post('reopen', { secret, reason: '灯还是不亮' })).json();
    expect(reopened).toMatchObject({ status: 'submitted', round: 2, holder: { name: '东晟社区第一网格' } });
  });
});

describe('case lists at any size', () => {
  // A page must come off an index in its order: sorting every case in scope instead grows with the
  // city (seconds at millions of cases). With sorting priced out, the plan shows whether such an
  // index exists for the list's conditions and order; a Sort node in it means it does not.
  async function planOf(unitKey: string, filter: StaffCaseListFilter, options: { withoutIndex?: string } = {}): Promise<string> {
    const token = city.staffHeaders(unitKey).authorization!.replace('Bearer ', '');
    const { staff } = (await authenticateToken(database.db, token))!;
    const statement = staffCaseListStatement(database.db, staff, filter);
    let plan = '';
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_sort = off`);
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        if (options.withoutIndex) await tx.execute(sql`DROP INDEX ${sql.identifier(options.withoutIndex)}`);
        const lines = await queryRows<{ 'QUERY PLAN': string }>(tx, sql`EXPLAIN ${statement}`);
        plan = lines.map((line) => line['QUERY PLAN']).join('\n');
        // Rolled back: an index taken out of the planner's view is back at once.
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    return plan;
  }

  it.each(['newest', 'oldest'] as const)('the command centre reads its %s cases in the order of an index on the city', async (sort) => {
    const plan = await planOf('city', { scope: 'subtree', sort, limit: 50 });
    expect(plan).toContain('cases_city_newest_idx');
    expect(plan).not.toMatch(/Sort/);
  });

  it.each(['newest', 'oldest'] as const)('a grid reads the %s cases it holds in the order of an index on the holder', async (sort) => {
    // A grid holds a small share of its city's cases, so at scale only the holder's index serves
    // this list. A test city is small, and the planner may price a filtered walk of the city's
    // index the same: that index is out of its view for this plan.
    const plan = await planOf('grid-a1-1', { scope: 'held', sort, limit: 50 }, { withoutIndex: 'cases_city_newest_idx' });
    expect(plan).toContain('cases_holder_newest_idx');
    expect(plan).not.toMatch(/Sort/);
  });

  it('a next page continues in the same index order', async () => {
    for (let i = 0; i < 3; i++) await fileCase();
    const first = await (await app.request('/api/v1/staff/cases?scope=subtree&limit=2', { headers: city.staffHeaders('city') })).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    const plan = await planOf('city', { scope: 'subtree', sort: 'newest', limit: 2, cursor: first.nextCursor });
    expect(plan).toContain('cases_city_newest_idx');
    expect(plan).not.toMatch(/Sort/);
  });
});
