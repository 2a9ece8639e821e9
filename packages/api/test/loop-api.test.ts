import { chineseStatutoryHolidays, defaultLoopPolicy } from '@huying/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity } from '../src/testing/index.js';
import { LoopWorld, shanghai } from './loop-world.js';

/**
 * The loop's settings and actions through the API: who may change what, what is refused and why,
 * and that each setting takes effect on the next case. Each test works in a city of its own.
 */

const world = new LoopWorld();
const { at, freshCity, request, act, view, file } = world;
beforeAll(world.start);
afterAll(world.stop);

/** Headers for an extra account of the city unit with another role. */
async function cityAccount(role: 'supervisor' | 'admin' | 'information_officer') {
  const { token } = await createStaffAccount(world.database.db, { cityId: world.city.cityId, unitId: world.city.unit('city'), role, displayName: `指挥中心${role}` });
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

const calendar2027 = {
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, { name: '春节', from: '2027-02-05', to: '2027-02-11' }],
  workdays: [{ date: '2027-02-13', name: '春节' }],
  source: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知（示例）', reference: null, publishedOn: '2026-11-01', url: null },
};

describe('who may change the loop settings', () => {
  it('everyone in the city reads them; only the command centre\'s dispatchers and administrators write them', async () => {
    await freshCity();
    const read = await request('GET', '/staff/loop/policy', 'grid-a1-1');
    expect(read).toMatchObject({ status: 200, body: { ...defaultLoopPolicy, isDefault: true } });
    const supervisor = await cityAccount('supervisor');
    const writes: [string, string, unknown][] = [
      ['PUT', '/staff/loop/policy', { ...defaultLoopPolicy, warnAtPercent: 70 }],
      ['PUT', '/staff/loop/calendar/2027', calendar2027],
      ['DELETE', '/staff/loop/calendar/2026', undefined],
      ['PUT', '/staff/loop/sla-rules', [{ name: '一般', accept: null, firstResponse: null, resolution: { amount: 3, unit: 'working_days' } }]],
      ['DELETE', '/staff/loop/sla-rules', undefined],
      ['POST', '/staff/loop/routing-rules', { categoryCode: '01', targetPlace: 'community' }],
    ];
    for (const who of ['street-a', 'community-a1', 'dept-water', supervisor] as const) {
      for (const [method, path, body] of writes) {
        const response = await request(method, path, who, body);
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.body.detail).toMatch(/dispatchers and administrators/);
      }
    }
    // Nothing changed.
    expect((await request('GET', '/staff/loop/policy', 'city')).body.isDefault).toBe(true);
    expect((await request('GET', '/staff/loop/routing-rules', 'city')).body.data).toEqual([]);
    const admin = await cityAccount('admin');
    expect((await request('PUT', '/staff/loop/policy', admin, { ...defaultLoopPolicy, warnAtPercent: 70 })).body).toMatchObject({ warnAtPercent: 70, isDefault: false });
  });

  it('are per city: another city neither sees nor changes them', async () => {
    await freshCity();
    const created = await request('POST', '/staff/loop/routing-rules', 'city', { categoryCode: '01.02', targetPlace: 'property', note: '物业服务交物业公司' });
    expect(created.status).toBe(201);
    const other = await createTestCity(world.database);
    expect((await request('GET', '/staff/loop/routing-rules', other.staffHeaders('city'))).body.data).toEqual([]);
    const hijack = await request('PUT', `/staff/loop/routing-rules/${created.body.id}`, other.staffHeaders('city'), { categoryCode: '01', targetPlace: 'grid' });
    expect(hijack.status).toBe(404);
    expect((await request('DELETE', `/staff/loop/routing-rules/${created.body.id}`, other.staffHeaders('city'))).status).toBe(404);
    expect((await request('GET', '/staff/loop/routing-rules', 'city')).body.data).toHaveLength(1);
  });
});

describe('what the settings refuse', () => {
  it('a policy with overlapping office hours or an impossible percentage, with the field named', async () => {
    await freshCity();
    const overlapping = await request('PUT', '/staff/loop/policy', 'city', {
      ...defaultLoopPolicy,
      workingHours: [{ start: '08:30', end: '12:00' }, { start: '11:00', end: '17:30' }],
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.errors[0]).toMatchObject({ field: 'json.workingHours' });
    expect(overlapping.body.detail).toMatch(/overlaps/);
    expect((await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, warnAtPercent: 100 })).status).toBe(400);
    expect((await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, holidays: true })).status).toBe(400);
    const noDays = await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, closeUnratedAfter: { amount: 500, unit: 'days' } });
    expect(noDays.status).toBe(400);
    expect(noDays.body.detail).toMatch(/longer than a year/);
    expect((await request('GET', '/staff/loop/policy', 'city')).body.isDefault).toBe(true);
  });

  it('a calendar year with a make-up day on a weekday, or without its source', async () => {
    await freshCity();
    const weekday = await request('PUT', '/staff/loop/calendar/2027', 'city', { ...calendar2027, workdays: [{ date: '2027-02-12', name: '春节' }] });
    expect(weekday.status).toBe(400);
    expect(weekday.body.detail).toMatch(/not a Saturday or Sunday/);
    const unsourced = await request('PUT', '/staff/loop/calendar/2027', 'city', { ...calendar2027, source: { ...calendar2027.source, title: '' } });
    expect(unsourced.status).toBe(400);
    expect((await request('GET', '/staff/loop/calendar/2027', 'city')).body.known).toBe(false);
  });

  it('time-limit rules without limits, with bad codes, or none at all', async () => {
    await freshCity();
    expect((await request('PUT', '/staff/loop/sla-rules', 'city', [])).status).toBe(400);
    const empty = await request('PUT', '/staff/loop/sla-rules', 'city', [{ name: '空', accept: null, firstResponse: null, resolution: null }]);
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toMatch(/at least one time limit/);
    expect((await request('PUT', '/staff/loop/sla-rules', 'city', [{ name: 'x', categoryCodes: ['2.1'], accept: null, firstResponse: null, resolution: { amount: 1, unit: 'days' } }])).status).toBe(400);
    expect((await request('PUT', '/staff/loop/sla-rules', 'city', [{ name: 'x', accept: null, firstResponse: null, resolution: { amount: 0, unit: 'days' } }])).status).toBe(400);
    expect((await request('GET', '/staff/loop/sla-rules', 'city')).body.isDefault).toBe(true);
  });

  it('routing rules with two targets or none, an unknown category, or an area that holds no buildings', async () => {
    await freshCity();
    const post = (body: Record<string, unknown>) => request('POST', '/staff/loop/routing-rules', 'city', body);
    expect((await post({ categoryCode: '01', targetPlace: 'grid', targetUnitId: world.city.unit('dept-water') })).status).toBe(400);
    expect((await post({ categoryCode: '01' })).status).toBe(400);
    const unknown = await post({ categoryCode: '09.09', targetPlace: 'grid' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/no category of this city/);
    expect((await post({ areaUnitId: world.city.unit('dept-water'), targetPlace: 'grid' })).body.detail).toMatch(/an area is a street, community or grid/);
    const other = await createTestCity(world.database);
    expect((await post({ areaUnitId: other.unit('street-a'), targetPlace: 'grid' })).status).toBe(400);
    expect((await post({ targetUnitId: other.unit('dept-water') })).status).toBe(400);
    expect((await request('GET', '/staff/loop/routing-rules', 'city')).body.data).toEqual([]);
  });
});

describe('settings take effect on the next case', () => {
  it('routing rules send a category in an area to the building\'s property company, or a category straight to a department', async () => {
    await freshCity();
    const property = await request('POST', '/staff/loop/routing-rules', 'city', { categoryCode: '01.02', areaUnitId: world.city.unit('street-a'), targetPlace: 'property' });
    const water = await request('POST', '/staff/loop/routing-rules', 'city', { categoryCode: '02', targetUnitId: world.city.unit('dept-water') });
    expect([property.body.position, water.body.position]).toEqual([0, 1]);

    const inArea = await file({ buildingId: world.city.building('dongsheng-1'), categoryId: world.city.category('01.02.01') });
    expect(inArea.holder).toMatchObject({ name: '美顺物业', kind: 'property' });
    // Outside the street, the same category goes to the building's grid.
    expect((await file({ buildingId: world.city.building('liangjingyuan-3'), categoryId: world.city.category('01.02.01') })).holder).toMatchObject({ kind: 'grid' });
    expect((await file({ address: '府前路12号', categoryId: world.city.category('02.01.01') })).holder).toMatchObject({ name: '市水务局' });
    const preview = await request('POST', '/staff/loop/routing-rules/preview', 'grid-a1-1', { kind: 'complaint', categoryId: world.city.category('02.01.01') });
    expect(preview.body).toEqual({ unit: { id: world.city.unit('dept-water'), name: '市水务局', kind: 'department' }, reason: 'rule', ruleId: water.body.id });

    expect((await request('DELETE', `/staff/loop/routing-rules/${water.body.id}`, 'city')).status).toBe(204);
    // Without the rule, a department's category waits in the city's dispatch queue.
    expect((await file({ address: '府前路12号', categoryId: world.city.category('02.01.01') })).holder).toMatchObject({ kind: 'city' });
    const moved = await request('PUT', `/staff/loop/routing-rules/${property.body.id}`, 'city', { categoryCode: '01.02', targetPlace: 'community', position: 5 });
    expect(moved.body).toMatchObject({ targetPlace: 'community', position: 5, areaUnitId: null });
    expect((await file({ buildingId: world.city.building('liangjingyuan-3'), categoryId: world.city.category('01.02.01') })).holder).toMatchObject({ name: '金晖社区' });
  });

  it('time-limit rules set the deadlines of new cases; DELETE goes back to the defaults', async () => {
    await freshCity();
    at('2026-03-02T09:00');
    const rules = [
      { name: '城管执法', categoryCodes: ['01.01'], accept: { amount: 1, unit: 'working_hours' }, firstResponse: null, resolution: { amount: 3, unit: 'working_days' } },
      { name: '其他', accept: { amount: 4, unit: 'working_hours' }, firstResponse: { amount: 2, unit: 'working_days' }, resolution: { amount: 7, unit: 'working_days' } },
    ];
    const put = await request('PUT', '/staff/loop/sla-rules', 'city', rules);
    expect(put.body).toMatchObject({ isDefault: false, data: [{ name: '城管执法', position: 0 }, { name: '其他', position: 1 }] });
    const matched = await request('GET', `/staff/loop/sla-rules/match?kind=complaint&categoryId=${world.city.category('01.01.01')}`, 'grid-a1-1');
    expect(matched.body).toMatchObject({ name: '城管执法', resolution: { amount: 3, unit: 'working_days' } });

    const enforced = await file({ buildingId: world.city.building('dongsheng-1'), categoryId: world.city.category('01.01.01') });
    expect(await view('grid-a1-1', enforced.id)).toMatchObject({ acceptDueAt: shanghai('2026-03-02T10:00'), firstResponseDueAt: null, resolutionDueAt: shanghai('2026-03-05T09:00') });
    const other = await file({ buildingId: world.city.building('dongsheng-1') });
    expect((await view('grid-a1-1', other.id)).resolutionDueAt).toBe(shanghai('2026-03-11T09:00'));

    expect((await request('DELETE', '/staff/loop/sla-rules', 'city')).body.isDefault).toBe(true);
    const ordinary = await file({ buildingId: world.city.building('dongsheng-1'), categoryId: world.city.category('01.01.01') });
    expect((await view('grid-a1-1', ordinary.id)).resolutionDueAt).toBe(shanghai('2026-03-09T09:00'));
  });

  it('a year entered from a new notice moves deadlines over its holidays; removing it goes back to weekends only', async () => {
    await freshCity();
    const entered = await request('PUT', '/staff/loop/calendar/2027', 'city', calendar2027);
    expect(entered.body).toMatchObject({ year: 2027, origin: 'city' });
    const calendar = await request('GET', '/staff/loop/calendar', 'grid-a1-1');
    expect(calendar.body.years.map((year: { year: number; origin: string }) => `${year.year}:${year.origin}`)).toEqual([
      ...chineseStatutoryHolidays.map((year) => `${year.year}:national`),
      '2027:city',
    ]);
    const days = await request('GET', '/staff/loop/calendar/2027', 'grid-a1-1');
    expect(days.body.days.find((day: { date: string }) => day.date === '2027-02-13')).toEqual({ date: '2027-02-13', kind: 'make_up_workday', name: '春节' });
    // Thursday 4 February 2027 + 2 working days: Friday, then (the festival) the make-up Saturday.
    const due = await request('GET', `/staff/loop/due-date?from=${encodeURIComponent('2027-02-04T10:00:00+08:00')}&amount=2&unit=working_days`, 'grid-a1-1');
    expect(due.body.dueAt).toBe(shanghai('2027-02-13T10:00'));
    expect((await request('DELETE', '/staff/loop/calendar/2027', 'city')).body).toEqual({ year: 2027, nationalDataAvailable: false });
    expect((await request('DELETE', '/staff/loop/calendar/2027', 'city')).status).toBe(404);
    const weekendsOnly = await request('GET', `/staff/loop/due-date?from=${encodeURIComponent('2027-02-04T10:00:00+08:00')}&amount=2&unit=working_days`, 'grid-a1-1');
    expect(weekendsOnly.body.dueAt).toBe(shanghai('2027-02-08T10:00'));
    // Beyond what a rule may hold (a year), the calendar has no answer: a 400 naming the field, not a 500.
    const tooLong = await request('GET', `/staff/loop/due-date?from=${encodeURIComponent('2022-09-05T05:03:20+08:00')}&amount=99999.9&unit=working_days`, 'grid-a1-1');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'duration', message: 'a time limit longer than a year is not accepted' }]);
  });

  it('an unsatisfied resident\'s case goes to the dispatch centre when the city says so', async () => {
    await freshCity();
    await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, reopenTo: 'dispatch_centre' });
    const { id, trackingCode, secret } = await file({ buildingId: world.city.building('dongsheng-1') });
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'resolve', { reply: '已更换灯泡' });
    await request('POST', `/track/${trackingCode}/rating`, null, { secret, level: 'unsatisfied' });
    const reopened = await request('POST', `/track/${trackingCode}/reopen`, null, { secret, reason: '灯还是不亮' });
    expect(reopened.body).toMatchObject({ round: 2, holder: { kind: 'city' } });
  });
});

describe('supervision by hand', () => {
  it('a unit above the holder issues a notice; only the unit it was sent to answers, once', async () => {
    await freshCity();
    const { id } = await file({ buildingId: world.city.building('dongsheng-1') });
    // Grid members may not supervise at all; a street may, but not outside its subtree, where the case is not found.
    expect((await request('POST', `/staff/cases/${id}/supervise`, 'grid-b1-1', { reason: '越级督办' })).status).toBe(403);
    expect((await request('POST', `/staff/cases/${id}/supervise`, 'street-b', { reason: '越级督办' })).status).toBe(404);
    const self = await request('POST', `/staff/cases/${id}/supervise`, 'grid-a1-1', { reason: '自己督办自己' });
    expect(self.status).toBe(403);
    expect((await request('POST', `/staff/cases/${id}/supervise`, 'street-a', { reason: '  ' })).status).toBe(400);
    const supervised = await act('street-a', id, 'supervise', { reason: '群众多次来电，请今日内处理' });
    expect(supervised.supervisions).toHaveLength(1);

    const notices = await request('GET', '/staff/supervision-notices', 'grid-a1-1');
    const [notice] = notices.body.data;
    expect(notice).toMatchObject({ caseId: id, step: null, issuedBy: { type: 'staff', unitId: world.city.unit('street-a') }, reason: '群众多次来电，请今日内处理' });
    expect((await request('GET', '/staff/supervision-notices?scope=issued', 'street-a')).body.data.map((item: { id: string }) => item.id)).toEqual([notice.id]);
    expect((await request('GET', '/staff/supervision-notices', 'community-a1')).body.data).toEqual([]);
    expect((await request('GET', '/staff/supervision-notices?scope=subtree', 'community-a1')).body.data).toHaveLength(1);
    expect((await request('GET', `/staff/supervision-notices/${notice.id}`, 'grid-b1-1')).status).toBe(404);

    expect((await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'community-a1', { answer: '代答' })).status).toBe(403);
    expect((await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'grid-a1-1', { answer: '' })).status).toBe(400);
    const answered = await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'grid-a1-1', { answer: '已安排今日下午处理' });
    expect(answered.body).toMatchObject({ answer: '已安排今日下午处理', answeredAt: expect.any(String) });
    expect((await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'grid-a1-1', { answer: '再答一次' })).status).toBe(409);
    expect((await request('GET', '/staff/supervision-notices?status=answered', 'grid-a1-1')).body.data).toHaveLength(1);
    expect((await request('GET', '/staff/supervision-notices', 'grid-a1-1')).body.data).toEqual([]);
  });
});

describe('extensions', () => {
  it('the holder asks, the unit above rules; the resident is told why', async () => {
    await freshCity();
    at('2026-03-02T09:00');
    const { id, trackingCode, secret } = await file({ buildingId: world.city.building('dongsheng-1') });
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'respond', { message: '已联系您，正在协调' });
    at('2026-03-03T10:00');
    const request1 = { step: 'resolution', until: '2026-03-13T17:30:00+08:00', reason: '需等待电工排期更换线路' };
    expect((await request('POST', `/staff/cases/${id}/request-extension`, 'grid-a1-1', { ...request1, until: '2026-03-05T17:30:00+08:00' })).status).toBe(422);
    const asked = await act('grid-a1-1', id, 'request-extension', request1);
    expect(asked.pendingExtension).toMatchObject({ unitId: world.city.unit('grid-a1-1'), until: shanghai('2026-03-13T17:30') });
    expect((await request('POST', `/staff/cases/${id}/request-extension`, 'grid-a1-1', request1)).status).toBe(409);
    expect((await request('POST', `/staff/cases/${id}/rule-extension`, 'grid-a1-1', { approved: true })).status).toBe(403);
    expect((await request('POST', `/staff/cases/${id}/rule-extension`, 'street-b', { approved: true })).status).toBe(404);
    const refusedWithoutNote = await request('POST', `/staff/cases/${id}/rule-extension`, 'community-a1', { approved: false });
    expect(refusedWithoutNote.status).toBe(422);
    at('2026-03-03T11:00');
    const approved = await act('community-a1', id, 'rule-extension', { approved: true, until: '2026-03-12T17:30:00+08:00', note: '同意延至12日' });
    expect(approved).toMatchObject({ pendingExtension: null, resolutionDueAt: shanghai('2026-03-12T17:30') });
    expect(approved.deadlines.find((deadline: { step: string }) => deadline.step === 'resolution')).toMatchObject({ extensions: 1 });
    const tracked = await request('GET', `/track/${trackingCode}?secret=${secret}`, null);
    expect(tracked.body.case.timeline.find((entry: { type: string }) => entry.type === 'extension_ruled')).toMatchObject({ message: '需等待电工排期更换线路' });
    expect(tracked.body.case.timeline.map((entry: { type: string }) => entry.type)).not.toContain('extension_requested');
  });
});

describe('answering, pausing and closing', () => {
  it('a consultation is answered and closed at once; a complaint cannot be, and nothing changes', async () => {
    await freshCity();
    const consultation = await file({ kind: 'consultation', address: '府前路12号', description: '请问孩子上小学需要准备哪些材料？' });
    const closed = await act('city', consultation.id, 'resolve', { reply: '需准备户口簿、房产证明和预防接种证。', closeNow: true });
    expect(closed).toMatchObject({ status: 'closed', deadlines: [], closesAt: null });
    expect(closed.timeline.slice(-2).map((entry: { type: string }) => entry.type)).toEqual(['resolved', 'closed']);

    const complaint = await file({ buildingId: world.city.building('dongsheng-1') });
    await act('grid-a1-1', complaint.id, 'accept');
    const refused = await request('POST', `/staff/cases/${complaint.id}/resolve`, 'grid-a1-1', { reply: '已修复', closeNow: true });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/waits for the resident's rating/);
    expect(await view('grid-a1-1', complaint.id)).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('the clock stops only while the case waits for the resident, and the resolution deadline moves by the time waited', async () => {
    await freshCity();
    at('2026-03-02T09:00');
    const { id } = await file({ buildingId: world.city.building('dongsheng-1') });
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'respond', { message: '已联系' });
    at('2026-03-03T10:00');
    const held = await act('grid-a1-1', id, 'hold', { reason: '请提供楼道灯位置照片' });
    expect(held).toMatchObject({ status: 'awaiting_resident', pausedAt: shanghai('2026-03-03T10:00'), dueAt: null });
    expect(held.deadlines[0].state).toBe('paused');
    at('2026-03-20T10:00');
    expect(await world.sweep()).toMatchObject({ cases: 0 });
    at('2026-03-05T10:00');
    const resumed = await act('grid-a1-1', id, 'resume', { note: '已收到照片' });
    expect(resumed).toMatchObject({ pausedAt: null, resolutionDueAt: shanghai('2026-03-11T09:00') });
  });

  it('a resolved case nobody rates closes when the rating period ends', async () => {
    await freshCity();
    at('2026-03-02T09:00');
    const { id } = await file({ buildingId: world.city.building('dongsheng-1') });
    await act('grid-a1-1', id, 'accept');
    await act('grid-a1-1', id, 'resolve', { reply: '已更换灯泡' });
    at('2026-03-09T08:59');
    expect(await world.sweep()).toMatchObject({ closed: 0 });
    at('2026-03-09T09:00');
    expect(await world.sweep()).toMatchObject({ closed: 1 });
    const closed = await view('grid-a1-1', id);
    expect(closed.status).toBe('closed');
    expect(closed.timeline.at(-1)).toMatchObject({ type: 'closed', actor: { type: 'system' }, reason: '评价期满未评价，自动办结', payload: { automatic: true } });
  });
});

describe('co-units of a joint handling', () => {
  it('see the case and act on their part; units outside it do not', async () => {
    await freshCity();
    const { id } = await file({ address: '府前路12号', categoryId: world.city.category('02.01.01') });
    await act('city', id, 'accept');
    await act('city', id, 'start-joint', { leadUnitId: world.city.unit('dept-housing'), parts: [{ unitId: world.city.unit('dept-water'), share: '管网排查' }] });
    const coUnit = await view('dept-water', id);
    expect(coUnit.allowedActions).toEqual(expect.arrayContaining(['note', 'report_part', 'request_extension']));
    expect(coUnit.allowedActions).not.toContain('resolve');
    expect(coUnit.contact.phone).toBe('139****5678');
    expect((await request('GET', `/staff/cases/${id}`, 'property-a1')).status).toBe(404);
    expect((await request('GET', '/staff/cases?scope=parts', 'dept-water')).body.data.map((item: { id: string }) => item.id)).toEqual([id]);
    const reported = await act('dept-water', id, 'report-part', { report: '管网无渗漏' });
    expect(reported.deadlines.filter((deadline: { step: string }) => deadline.step === 'part')).toEqual([]);
    // Reported: no longer among its parts to report, but it still sees the case it took part in.
    expect((await request('GET', '/staff/cases?scope=parts', 'dept-water')).body.data).toEqual([]);
    expect((await request('GET', `/staff/cases/${id}`, 'dept-water')).status).toBe(200);
  });

  it('lists overdue cases with dueBefore', async () => {
    await freshCity();
    at('2026-03-02T09:00');
    const { id } = await file({ buildingId: world.city.building('dongsheng-1') });
    const due = (before: string) => request('GET', `/staff/cases?dueBefore=${encodeURIComponent(before)}`, 'city');
    expect((await due('2026-03-02T10:59:00+08:00')).body.data).toEqual([]);
    expect((await due('2026-03-02T11:00:00+08:00')).body.data.map((item: { id: string; dueAt: string }) => [item.id, item.dueAt])).toEqual([[id, shanghai('2026-03-02T11:00')]]);
  });
});
