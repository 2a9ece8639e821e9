import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { hotlineDirectoryOf } from '../src/seed/hotlines.js';
import { importHotlines } from '../src/services/hotline/directory.js';
import { createStaffAccount } from '../src/services/staff.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let officer: Record<string, string>;

/** Two records as the service guides write them (real numbers, the second field listing three). */
const guides = [
  { department: '市水务局', consultPhone: '020-37628755', complainPhone: '020-37627229' },
  { department: '市住房和城乡建设局', consultPhone: '020-83133283、020-83134746、020-83134252', complainPhone: '020-83133283' },
  { department: '不在本市的单位', consultPhone: '020-83135555', complainPhone: '' },
];

const call = (body: Record<string, unknown>, headers = officer) =>
  app.request('/api/v1/staff/hotline/calls', { method: 'POST', headers, body: JSON.stringify(body) });
const complaint = (overrides: Record<string, unknown> = {}) => ({
  dialledNumber: '12345',
  callerNumber: '13912345678',
  kind: 'complaint',
  description: '丽景苑小区门口人行道堆放沙石水泥，妨碍通行',
  address: '温泉街道金晖社区丽景苑小区东门',
  ...overrides,
});
const stored = async () =>
  (await queryRows<{ calls: number; cases: number }>(
    database.db,
    sql`SELECT (SELECT count(*)::int FROM hotline_calls WHERE city_id = ${city.cityId}) AS calls, (SELECT count(*)::int FROM cases WHERE city_id = ${city.cityId}) AS cases`,
  ))[0]!;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
  const entries = hotlineDirectoryOf(guides, { unitName: '指挥中心', hotline: '12345' });
  const imported = await importHotlines(database.db, city.cityId, entries);
  expect(imported.added).toBe(7);
  expect(imported.unmatched.map((entry) => entry.unitName)).toEqual(['不在本市的单位']);
  expect((await importHotlines(database.db, city.cityId, entries)).added, 'a second import adds nothing').toBe(0);
  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'information_officer', displayName: '值班信息员' });
  officer = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(() => database.close());

describe('the hotline directory', () => {
  it('finds numbers by any part of the number, by unit name and by label', async () => {
    const search = async (query: string) => (await app.request(`/api/v1/hotlines?${query}`, { headers: city.cityHeaders })).json();
    const all = await search('limit=100');
    expect(all.total).toBe(7);
    expect(all.data[0]).toMatchObject({ label: 'service', number: '12345', unit: { name: '指挥中心', kind: 'city' } });
    expect((await search('q=8313-3283')).data.map((entry: { label: string }) => entry.label).sort()).toEqual(['complaint', 'consult']);
    expect((await search('q=水务')).data.map((entry: { number: string }) => entry.number).sort()).toEqual(['020-37627229', '020-37628755']);
    expect((await search(`unitId=${city.unit('dept-housing')}&label=consult`)).total).toBe(3);
  });

  it('refuses bad queries with problems', async () => {
    for (const query of ['limit=0', 'limit=abc', 'label=mobile', 'unitId=42', 'offset=-1', 'q=%00']) {
      const response = await app.request(`/api/v1/hotlines?${query}`, { headers: city.cityHeaders });
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await app.request('/api/v1/hotlines', { headers: { 'huying-city': 'no-such-city' } })).status).toBe(404);
  });
});

describe('logging calls', () => {
  it('refuses callers without the permission and every kind of bad input, storing nothing', async () => {
    const before = await stored();
    expect((await call(complaint(), { 'content-type': 'application/json' })).status).toBe(401);
    const community = await call(complaint(), city.staffHeaders('community-b1'));
    expect(community.status).toBe(403);
    expect(await community.json()).toMatchObject({ missingPermission: 'hotline.intake' });
    const invalid: [Record<string, unknown>, string][] = [
      [complaint({ dialledNumber: '0535-0000000' }), 'dialledNumber'],
      [complaint({ callerNumber: '12345' }), 'callerNumber'],
      [complaint({ kind: 'rumour' }), 'kind'],
      [complaint({ answer: { reply: '已答复' } }), 'answer'],
      [complaint({ callerNumber: undefined }), 'callerNumber'],
      [complaint({ categoryId: crypto.randomUUID() }), 'categoryId'],
      [complaint({ address: undefined }), 'place'],
      [complaint({ recording: 'call.mp3' }), 'json'],
      [complaint({ caller: { name: '张女士', email: 'a@b.c' } }), 'caller'],
    ];
    for (const [body, field] of invalid) {
      const response = await call(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.some((error) => error.field === field || error.field.startsWith(`json.${field}`) || error.field === 'json'), JSON.stringify(problem.errors)).toBe(true);
    }
    // A consultation the intake rules send to a grid cannot be answered by the city's operator.
    const elsewhere = await call(complaint({ kind: 'consultation', buildingId: city.building('liangjingyuan-3'), answer: { reply: '可以到社区办理' } }));
    expect(elsewhere.status).toBe(422);
    expect(await stored()).toEqual(before);
  });

  it('files a hotline case, keeps the caller only masked and hashed, and tells the operator how often they called', async () => {
    const first = await call(complaint({ dialledNumber: '020-3762 8755' }));
    expect(first.status, await first.clone().text()).toBe(201);
    const logged = await first.json();
    expect(logged).toMatchObject({
      call: { dialled: { number: '020-37628755', label: 'consult', unit: { name: '市水务局' } }, callerMasked: '139****5678', answeredOnCall: false },
      case: { status: 'submitted' },
      caller: { previousCalls: 0, lastCallAt: null },
    });
    const [row] = await queryRows<{ channel: string; contact_phone: string | null }>(database.db, sql`SELECT channel, contact_phone FROM cases WHERE id = ${logged.case.id}`);
    expect(row).toEqual({ channel: 'hotline', contact_phone: null });
    const calls = await queryRows<Record<string, unknown>>(database.db, sql`SELECT * FROM hotline_calls WHERE city_id = ${city.cityId}`);
    expect(JSON.stringify(calls)).not.toContain('13912345678');

    const lookup = await app.request('/api/v1/staff/hotline/callers/lookup', { method: 'POST', headers: officer, body: JSON.stringify({ callerNumber: '+86 139-1234-5678' }) });
    expect(await lookup.json()).toMatchObject({ masked: '139****5678', previousCalls: 1, recentCases: [{ trackingCode: logged.case.trackingCode, kind: 'complaint' }] });
    expect((await app.request('/api/v1/staff/hotline/callers/lookup', { method: 'POST', headers: officer, body: JSON.stringify({ callerNumber: 'unknown' }) })).status).toBe(400);

    const second = await (await call(complaint({ callerNumber: '139 1234 5678', caller: { name: '张女士', callBack: true } }))).json();
    expect(second.caller).toMatchObject({ previousCalls: 1 });
    const [withContact] = await queryRows<{ contact_phone: string; contact_name: string }>(database.db, sql`SELECT contact_phone, contact_name FROM cases WHERE id = ${second.case.id}`);
    expect(withContact).toEqual({ contact_phone: '13912345678', contact_name: '张女士' });
    const otherCaller = await (await call(complaint({ callerNumber: '13800001111' }))).json();
    expect(otherCaller.caller.previousCalls).toBe(0);
  });

  it('answers a consultation on the call, resolving the case at once as the operator', async () => {
    const response = await call({
      dialledNumber: '12345',
      callerNumber: '0535-8212345',
      kind: 'consultation',
      description: '想咨询公租房申请需要哪些材料',
      address: '温泉街道',
      answer: { reply: '请携带身份证、户口簿和收入证明到街道便民服务中心申请。' },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const logged = await response.json();
    expect(logged).toMatchObject({ call: { answeredOnCall: true, callerMasked: '053****2345' }, case: { status: 'resolved' } });
    const events = await queryRows<{ type: string; actor_type: string }>(database.db, sql`SELECT type, actor_type FROM case_events WHERE case_id = ${logged.case.id} ORDER BY seq`);
    expect(events).toEqual([
      { type: 'submitted', actor_type: 'resident' },
      { type: 'resolved', actor_type: 'staff' },
    ]);
  });
});
