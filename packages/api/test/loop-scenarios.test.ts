import { defaultLoopPolicy } from '@huying/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSign } from '../src/services/qr/signs.js';
import { LoopWorld, shanghai } from './loop-world.js';

/**
 * The loop end to end, through the API, on a fake clock: the scenarios of the issue. Each test
 * sets the time (Shanghai local time) before each step, so deadlines fall where the calendar says,
 * and works in a city of its own, which only its sweeps touch.
 */

const world = new LoopWorld();
const { at, sweep, freshCity, request, act, view, file } = world;
beforeAll(world.start);
afterAll(world.stop);
const resident = (trackingCode: string, action: 'rating' | 'reopen', body: Record<string, unknown>) => request('POST', `/track/${trackingCode}/${action}`, null, body);

describe('the whole loop: QR intake at a community to a satisfied resident', () => {
  it('escalates, handles jointly, supervises a late co-unit, resolves, reopens, resolves again, and the timeline shows every step', async () => {
    await freshCity();
    // This city's cases about a building land at its community workstation.
    at('2026-03-02T08:00');
    const policy = await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, intakeLevel: 'community' });
    expect(policy.status).toBe(200);

    at('2026-03-02T09:00'); // a Monday
    const sign = await currentSign(world.database.db, world.city.cityId, world.city.building('dongsheng-1'));
    const { id, trackingCode, secret } = await file({
      qrToken: sign.token,
      categoryId: world.city.category('01.01.01'),
      description: '小区东侧路面持续渗水结冰，疑似地下供水管网破裂，老人出行多次滑倒。',
    });
    let current = await view('community-a1', id);
    expect(current).toMatchObject({ status: 'submitted', holder: { name: '东晟社区' }, channel: 'qr' });
    expect(current.acceptDueAt).toBe(shanghai('2026-03-02T11:00'));
    expect(current.resolutionDueAt).toBe(shanghai('2026-03-09T09:00'));

    at('2026-03-02T09:10');
    await act('community-a1', id, 'accept');
    at('2026-03-02T09:20');
    current = await act('community-a1', id, 'escalate', { reason: '涉及地下管网，社区无法处置，需街道协调' });
    expect(current).toMatchObject({ status: 'submitted', holder: { name: '泉山街道' }, acceptDueAt: shanghai('2026-03-02T11:20') });

    at('2026-03-02T09:40');
    await act('street-a', id, 'accept');
    at('2026-03-02T09:50');
    await act('street-a', id, 'escalate', { reason: '涉及供水和住建两个部门，需市级联办' });

    at('2026-03-02T10:00');
    await act('city', id, 'accept');
    at('2026-03-02T10:05');
    await act('city', id, 'respond', { message: '您反映的问题已受理，正在组织供水、住建部门联合处置。' });
    at('2026-03-02T10:30');
    current = await act('city', id, 'start-joint', {
      leadUnitId: world.city.unit('dept-housing'),
      parts: [{ unitId: world.city.unit('dept-water'), share: '排查并修复小区供水管网渗漏', dueAt: '2026-03-04T17:30:00+08:00' }],
      meeting: { heldAt: '2026-03-02T10:00:00+08:00', attendees: ['市指挥中心', '市住房和城乡建设局', '市水务局'], decisions: '住建局牵头，水务局负责管网修复，住建局负责路面恢复' },
    });
    expect(current).toMatchObject({ status: 'joint_handling', holder: { name: '市住房和城乡建设局' }, coUnitIds: [world.city.unit('dept-water')] });
    const part = current.deadlines.find((deadline: { step: string }) => deadline.step === 'part');
    expect(part).toMatchObject({ unitId: world.city.unit('dept-water'), dueAt: shanghai('2026-03-04T17:30'), warnAt: shanghai('2026-03-04T11:54'), state: 'running' });

    // The co-unit sees the case among its parts to report, and only the parts it has.
    const parts = await request('GET', '/staff/cases?scope=parts', 'dept-water');
    expect(parts.body.data.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await request('GET', '/staff/cases?scope=parts', 'dept-housing')).body.data).toEqual([]);

    // Wednesday noon: the co-unit's part is near its deadline.
    at('2026-03-04T12:00');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 0, escalations: 0 });
    // Thursday morning: it is late. A warning, and a supervision notice it must answer.
    at('2026-03-05T09:00');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 1, escalations: 0 });
    expect(await sweep()).toMatchObject({ cases: 0 });

    const warnings = await request('GET', '/staff/deadline-warnings', 'dept-water');
    expect(warnings.body.data.map((warning: { level: string; step: string }) => [warning.step, warning.level])).toEqual([
      ['part', 'overdue'],
      ['part', 'nearing'],
    ]);
    const notices = await request('GET', '/staff/supervision-notices', 'dept-water');
    expect(notices.body.data).toHaveLength(1);
    const notice = notices.body.data[0];
    expect(notice).toMatchObject({ caseId: id, step: 'part', unit: { name: '市水务局' }, issuedBy: { type: 'system' }, answeredAt: null, answerDueAt: shanghai('2026-03-06T09:00') });
    expect(notice.reason).toMatch(/联办分工超时/);
    // The lead cannot answer for the co-unit.
    expect((await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'dept-housing', { answer: '代为答复' })).status).toBe(404);

    at('2026-03-05T09:30');
    const answered = await request('POST', `/staff/supervision-notices/${notice.id}/answer`, 'dept-water', { answer: '管网开挖需协调交通，已于今晨完成修复' });
    expect(answered.body).toMatchObject({ answeredAt: shanghai('2026-03-05T09:30'), overdue: false });
    at('2026-03-05T09:40');
    await act('dept-water', id, 'report-part', { report: '已修复渗漏管段，恢复供水' });

    at('2026-03-05T10:00');
    const photo = { id: 'att-repair-1', name: '修复后路面.jpg', contentType: 'image/jpeg', size: 182_044 };
    current = await act('dept-housing', id, 'resolve', { reply: '供水管网已修复，路面已恢复，结冰隐患已消除。', attachments: [photo] });
    expect(current).toMatchObject({ status: 'resolved', deadlines: [], closesAt: shanghai('2026-03-12T10:00') });

    at('2026-03-05T12:00');
    expect((await resident(trackingCode, 'rating', { secret, level: 'unsatisfied', comment: '路面仍有积水' })).status).toBe(200);
    at('2026-03-05T12:10');
    const reopened = await resident(trackingCode, 'reopen', { secret, reason: '路面仍有积水，夜间结冰' });
    expect(reopened.body).toMatchObject({ status: 'submitted', round: 2, holder: { name: '市住房和城乡建设局' } });
    current = await view('dept-housing', id);
    // New deadlines from the reopening; lunch does not count.
    expect(current.acceptDueAt).toBe(shanghai('2026-03-05T15:30'));

    at('2026-03-05T13:40');
    await act('dept-housing', id, 'accept');
    at('2026-03-06T10:00');
    await act('dept-housing', id, 'resolve', { reply: '已重新铺设排水沟，路面无积水。', attachments: [{ ...photo, id: 'att-repair-2', name: '排水沟.jpg' }] });
    at('2026-03-06T11:00');
    expect((await resident(trackingCode, 'rating', { secret, level: 'satisfied' })).status).toBe(200);
    at('2026-03-06T11:01');
    expect(await sweep()).toMatchObject({ closed: 1 });

    const final = await view('city', id);
    expect(final).toMatchObject({ status: 'closed', round: 2, hops: 3, firstRating: 'unsatisfied', finalRating: 'satisfied', rating: 'satisfied', supervisions: [] });
    const unitName = new Map<string, string>([...world.city.unitIds].map(([key, unitId]) => [unitId, key]));
    const steps = final.timeline.map((entry: { type: string; at: string; actor: { type: string; unitId: string | null } }) => [
      entry.type,
      entry.actor.type === 'staff' ? unitName.get(entry.actor.unitId!) : entry.actor.type,
      entry.at,
    ]);
    expect(steps).toEqual([
      ['submitted', 'resident', shanghai('2026-03-02T09:00')],
      ['accepted', 'community-a1', shanghai('2026-03-02T09:10')],
      ['escalated', 'community-a1', shanghai('2026-03-02T09:20')],
      ['accepted', 'street-a', shanghai('2026-03-02T09:40')],
      ['escalated', 'street-a', shanghai('2026-03-02T09:50')],
      ['accepted', 'city', shanghai('2026-03-02T10:00')],
      ['responded', 'city', shanghai('2026-03-02T10:05')],
      ['joint_started', 'city', shanghai('2026-03-02T10:30')],
      ['deadline_warned', 'system', shanghai('2026-03-04T12:00')],
      ['deadline_warned', 'system', shanghai('2026-03-05T09:00')],
      ['supervised', 'system', shanghai('2026-03-05T09:00')],
      ['supervision_answered', 'dept-water', shanghai('2026-03-05T09:30')],
      ['part_reported', 'dept-water', shanghai('2026-03-05T09:40')],
      ['resolved', 'dept-housing', shanghai('2026-03-05T10:00')],
      ['rated', 'resident', shanghai('2026-03-05T12:00')],
      ['reopened', 'resident', shanghai('2026-03-05T12:10')],
      ['accepted', 'dept-housing', shanghai('2026-03-05T13:40')],
      ['resolved', 'dept-housing', shanghai('2026-03-06T10:00')],
      ['rated', 'resident', shanghai('2026-03-06T11:00')],
      ['closed', 'system', shanghai('2026-03-06T11:01')],
    ]);
    const joint = final.timeline.find((entry: { type: string }) => entry.type === 'joint_started');
    expect(joint.payload.meeting).toMatchObject({ attendees: ['市指挥中心', '市住房和城乡建设局', '市水务局'] });
    expect(final.timeline.filter((entry: { type: string }) => entry.type === 'resolved').map((entry: { payload: { attachments: unknown[] } }) => entry.payload.attachments)).toHaveLength(2);

    // The resident's timeline leaves out the internal warnings and supervision, and keeps the replies with their attachments.
    const tracked = await request('GET', `/track/${trackingCode}?secret=${secret}`, null);
    const residentTypes = tracked.body.case.timeline.map((entry: { type: string }) => entry.type);
    expect(residentTypes).not.toContain('deadline_warned');
    expect(residentTypes).not.toContain('supervised');
    expect(tracked.body.case.timeline.find((entry: { type: string }) => entry.type === 'resolved').attachments[0]).toMatchObject({ name: '修复后路面.jpg' });
  });
});

describe('a wrong dispatch: return and re-dispatch', () => {
  it('counts every hop and records the dispatcher\'s rulings, upheld and rejected', async () => {
    await freshCity();
    at('2026-03-09T09:00');
    const { id } = await file({ address: '温泉路与府前路交叉口', categoryId: world.city.category('02.01.01'), description: '路口消防栓漏水，水流到路面上已经一整天了。' });
    // A department's category lands at the city's dispatch queue.
    expect(await view('city', id)).toMatchObject({ holder: { kind: 'city' }, hops: 0 });

    at('2026-03-09T09:05');
    await act('city', id, 'accept');
    at('2026-03-09T09:10');
    await act('city', id, 'dispatch', { toUnitId: world.city.unit('dept-water'), note: '请核实消防栓漏水' });
    at('2026-03-09T09:30');
    let current = await act('dept-water', id, 'return', { reason: '消防栓属住建部门管理，非我局职责' });
    // A returned case waits for the dispatcher's ruling: that is its next acceptance, within the
    // hour of a water-supply case (供水: the utilities rule), not the two working hours of an ordinary one.
    expect(current).toMatchObject({ status: 'returned', holder: { kind: 'city' } });
    expect((await view('city', id)).deadlines.find((deadline: { step: string }) => deadline.step === 'accept')).toMatchObject({
      unitId: world.city.unit('city'),
      dueAt: shanghai('2026-03-09T10:30'),
    });
    at('2026-03-09T09:45');
    current = await act('city', id, 'rule-return', { upheld: true, note: '退单理由成立' });
    expect(current).toMatchObject({ status: 'accepted', holder: { kind: 'city' }, acceptDueAt: null });
    at('2026-03-09T09:50');
    await act('city', id, 'dispatch', { toUnitId: world.city.unit('dept-housing') });

    at('2026-03-09T10:00');
    await act('dept-housing', id, 'return', { reason: '应由小区物业维修' });
    at('2026-03-09T10:20');
    current = await act('city', id, 'rule-return', { upheld: false, note: '该消防栓位于市政道路，属住建局职责，请办理' });
    expect(current).toMatchObject({ status: 'submitted', holder: { name: '市住房和城乡建设局' }, hops: 5 });
    // A rejected return cannot be returned again: the unit must handle it or escalate.
    const again = await request('POST', `/staff/cases/${id}/return`, 'dept-housing', { reason: '仍不是我们的' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/only a dispatched case can be returned/);

    at('2026-03-09T10:30');
    await act('dept-housing', id, 'accept');
    current = await act('dept-housing', id, 'resolve', { reply: '已更换消防栓阀门，漏水已止。' });
    expect(current.returnRulings).toEqual([
      { at: shanghai('2026-03-09T09:45'), returnedByUnitId: world.city.unit('dept-water'), upheld: true, rulingUnitId: world.city.unit('city') },
      { at: shanghai('2026-03-09T10:20'), returnedByUnitId: world.city.unit('dept-housing'), upheld: false, rulingUnitId: world.city.unit('city') },
    ]);
    // Hops on the row are the moves between units in the events.
    expect(current.hops).toBe(current.timeline.filter((entry: { fromUnit: { id: string } | null; unit: { id: string } }) => entry.fromUnit && entry.fromUnit.id !== entry.unit.id).length);

    const report = await request('GET', `/staff/loop/reports/returns?from=${encodeURIComponent(shanghai('2026-03-09T00:00'))}&to=${encodeURIComponent(shanghai('2026-03-10T00:00'))}`, 'city');
    expect(report.status).toBe(200);
    const counts = Object.fromEntries(report.body.data.map((row: { unit: { name: string }; returned: number; upheld: number; rejected: number }) => [row.unit.name, [row.returned, row.upheld, row.rejected]]));
    expect(counts).toEqual({ 市水务局: [1, 1, 0], 市住房和城乡建设局: [1, 0, 1] });
    // A street sees only the returns made in its own subtree.
    expect((await request('GET', `/staff/loop/reports/returns?from=${encodeURIComponent(shanghai('2026-03-09T00:00'))}&to=${encodeURIComponent(shanghai('2026-03-10T00:00'))}`, 'street-a')).body.data).toEqual([]);
  });
});

describe('auto-escalation on a fake clock', () => {
  it('warns, supervises and escalates a case nobody accepts, level by level, as the city policy says', async () => {
    await freshCity();
    at('2026-03-16T09:00'); // a Monday
    const { id } = await file({ buildingId: world.city.building('dongsheng-1'), description: '楼道堆放大量杂物，存在消防隐患。' });
    expect(await view('grid-a1-1', id)).toMatchObject({ holder: { name: '东晟社区第一网格' }, acceptDueAt: shanghai('2026-03-16T11:00') });

    at('2026-03-16T10:40');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 0, escalations: 0 });
    at('2026-03-16T11:05');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 1, escalations: 1 });
    let current = await view('community-a1', id);
    // The community gets its own two working hours, lunch excluded.
    expect(current).toMatchObject({ holder: { name: '东晟社区' }, status: 'submitted', hops: 1, acceptDueAt: shanghai('2026-03-16T14:35') });

    at('2026-03-16T15:00');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 1, escalations: 1 });
    current = await view('street-a', id);
    expect(current).toMatchObject({ holder: { name: '泉山街道' }, hops: 2 });
    at('2026-03-16T15:10');
    await act('street-a', id, 'accept');
    at('2026-03-16T16:00');
    expect(await sweep()).toMatchObject({ cases: 0 });

    const escalations = current.timeline.filter((entry: { type: string }) => entry.type === 'escalated');
    expect(escalations.map((entry: { actor: { type: string }; reason: string }) => [entry.actor.type, entry.reason])).toEqual([
      ['system', '签收超时，按本市规则自动上报'],
      ['system', '签收超时，按本市规则自动上报'],
    ]);
    // Both units that let the case sit owe an answer.
    const open = await request('GET', '/staff/supervision-notices?scope=subtree', 'street-a');
    expect(open.body.data.filter((notice: { caseId: string }) => notice.caseId === id).map((notice: { unit: { name: string } }) => notice.unit.name).sort()).toEqual(['东晟社区', '东晟社区第一网格']);
  });

  it('does not escalate when the city turns it off: the unit is warned and supervised only', async () => {
    await freshCity();
    at('2026-03-23T08:00');
    await request('PUT', '/staff/loop/policy', 'city', { ...defaultLoopPolicy, autoEscalation: { ...defaultLoopPolicy.autoEscalation, enabled: false } });
    at('2026-03-23T09:00');
    const { id } = await file({ buildingId: world.city.building('dongsheng-1'), description: '单元门禁损坏，陌生人随意进出。' });
    at('2026-03-23T11:05');
    expect(await sweep()).toMatchObject({ warnings: 1, notices: 1, escalations: 0 });
    expect(await view('grid-a1-1', id)).toMatchObject({ holder: { name: '东晟社区第一网格' }, hops: 0 });
  });
});
