import { describe, expect, it } from 'vitest';
import {
  decide,
  defaultSlaRules,
  dueChecks,
  evolve,
  nextCheckAt,
  openCase,
  pickSlaRule,
  routeNewCase,
  type Actor,
  type CaseCommand,
  type CaseState,
  type IntakeRule,
  type LoopTiming,
} from '../src/index.js';
import { shanghai, timing, unit } from './fixtures.js';

const staff = (unitId: string): Actor => ({ type: 'staff', accountId: `staff-${unitId}`, unit: unit(unitId) });
const system: Actor = { type: 'system' };
const resident: Actor = { type: 'resident' };

/** A case with a clock: each step happens at a local Shanghai time. */
class Walk {
  state: CaseState;
  constructor(
    readonly loop: LoopTiming = timing(),
    at = '2026-03-02T09:00', // a Monday
    intake = 'grid-a1-1',
  ) {
    this.state = openCase('complaint', intake, shanghai(at), loop).state;
  }
  try(actor: Actor, command: CaseCommand, at: string) {
    return decide(this.state, command, { actor, holder: unit(this.state.holderUnitId), now: shanghai(at), timing: this.loop });
  }
  do(actor: Actor, command: CaseCommand, at: string) {
    const decision = this.try(actor, command, at);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.refusal.reason}`);
    this.state = evolve(this.state, decision.event);
    return decision.event;
  }
  deadline(step: string, unitId?: string) {
    return this.state.deadlines.find((deadline) => deadline.step === step && (unitId === undefined || deadline.unitId === unitId));
  }
}

describe('deadlines of a new case', () => {
  it('start at intake for the holder, in working time', () => {
    const walk = new Walk();
    expect(walk.state.deadlines.map((deadline) => [deadline.step, deadline.unitId, deadline.dueAt, deadline.warnAt])).toEqual([
      // 2 working hours; the warning at 80 %.
      ['accept', 'grid-a1-1', shanghai('2026-03-02T11:00'), shanghai('2026-03-02T10:36')],
      ['first_response', 'grid-a1-1', shanghai('2026-03-03T09:00'), shanghai('2026-03-02T16:30')],
      ['resolution', 'grid-a1-1', shanghai('2026-03-09T09:00'), shanghai('2026-03-06T09:00')],
    ]);
    expect(nextCheckAt(walk.state)).toBe(shanghai('2026-03-02T10:36'));
  });

  it('end as the steps are met: accepting, responding, replying', () => {
    const walk = new Walk();
    walk.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-02T09:30');
    expect(walk.deadline('accept')).toBeUndefined();
    walk.do(staff('grid-a1-1'), { type: 'respond', message: '已联系' }, '2026-03-02T10:00');
    expect(walk.state.deadlines.map((deadline) => deadline.step)).toEqual(['resolution']);
    walk.do(staff('grid-a1-1'), { type: 'resolve', reply: '已修复' }, '2026-03-03T10:00');
    expect(walk.state.deadlines).toEqual([]);
    expect(walk.state.closesAt).toBe(shanghai('2026-03-10T10:00'));
  });

  it('a note the resident sees is a first response; an internal one is not', () => {
    const walk = new Walk();
    walk.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-02T09:30');
    walk.do(staff('grid-a1-1'), { type: 'note', message: '内部记录', visibleToResident: false }, '2026-03-02T09:40');
    expect(walk.deadline('first_response')).toBeDefined();
    walk.do(staff('grid-a1-1'), { type: 'note', message: '我们已收到，正在协调', visibleToResident: true }, '2026-03-02T09:50');
    expect(walk.deadline('first_response')).toBeUndefined();
  });

  it('follow the case on a dispatch, with a new acceptance for the receiving unit', () => {
    const walk = new Walk(timing(), '2026-03-02T09:00', 'city');
    walk.do(staff('city'), { type: 'accept' }, '2026-03-02T09:10');
    walk.do(staff('city'), { type: 'dispatch', to: unit('dept-water') }, '2026-03-02T09:20');
    expect(walk.deadline('accept')).toMatchObject({ unitId: 'dept-water', startedAt: shanghai('2026-03-02T09:20'), dueAt: shanghai('2026-03-02T11:20') });
    expect(walk.deadline('resolution')).toMatchObject({ unitId: 'dept-water', dueAt: shanghai('2026-03-09T09:00') });
  });

  it('stop only while the case waits for the resident, and resume with the time that was left', () => {
    const walk = new Walk();
    walk.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-02T09:30');
    walk.do(staff('grid-a1-1'), { type: 'respond', message: '已联系' }, '2026-03-02T10:00');
    walk.do(staff('grid-a1-1'), { type: 'hold', reason: '请提供现场照片' }, '2026-03-03T10:00');
    expect(walk.state.pausedAt).toBe(shanghai('2026-03-03T10:00'));
    expect(nextCheckAt(walk.state)).toBeNull();
    expect(dueChecks(walk.state, shanghai('2026-03-20T10:00'))).toEqual([]);
    walk.do(resident, { type: 'resume' }, '2026-03-05T10:00');
    // Two working days on hold: the resolution moves from Monday to Wednesday.
    expect(walk.deadline('resolution')?.dueAt).toBe(shanghai('2026-03-11T09:00'));
    expect(walk.state.pausedAt).toBeNull();
  });
});

describe('warnings, supervision and auto-escalation', () => {
  it('warn once when nearing, once when passed, then supervise the unit and escalate its case', () => {
    const walk = new Walk();
    expect(dueChecks(walk.state, shanghai('2026-03-02T10:00'))).toEqual([]);
    expect(dueChecks(walk.state, shanghai('2026-03-02T10:40'))).toEqual([
      { type: 'warn', at: shanghai('2026-03-02T10:36'), step: 'accept', unitId: 'grid-a1-1', level: 'nearing' },
    ]);
    const early = walk.try(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'nearing' }, '2026-03-02T10:00');
    expect(early.ok).toBe(false);
    walk.do(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'nearing' }, '2026-03-02T10:40');
    const twice = walk.try(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'nearing' }, '2026-03-02T10:41');
    expect(twice.ok).toBe(false);
    expect(nextCheckAt(walk.state)).toBe(shanghai('2026-03-02T11:00'));

    walk.do(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'overdue' }, '2026-03-02T11:01');
    // The default policy escalates an unaccepted case from a grid at once, after the notice.
    expect(dueChecks(walk.state, shanghai('2026-03-02T11:01'))[0]).toMatchObject({ type: 'supervise', step: 'accept', unitId: 'grid-a1-1' });
    const notice = walk.do(system, { type: 'supervise', noticeId: 'n-1', unitId: 'grid-a1-1', step: 'accept', reason: '签收超时' }, '2026-03-02T11:01');
    expect(notice.payload).toMatchObject({ answerDueAt: shanghai('2026-03-03T11:01') });
    expect(dueChecks(walk.state, shanghai('2026-03-02T11:01'))).toEqual([
      { type: 'escalate', at: shanghai('2026-03-02T11:01'), step: 'accept', unitId: 'grid-a1-1' },
    ]);
    walk.do(system, { type: 'escalate', to: unit('community-a1'), reason: '签收超时，自动上报' }, '2026-03-02T11:02');
    expect(walk.state.holderUnitId).toBe('community-a1');
    expect(walk.deadline('accept')).toMatchObject({ unitId: 'community-a1', warnedAt: null, overdueAt: null });
    expect(dueChecks(walk.state, shanghai('2026-03-02T11:02'))).toEqual([]);
    // The grid still owes its answer, wherever the case went.
    expect(walk.state.supervisions).toMatchObject([{ noticeId: 'n-1', unitId: 'grid-a1-1' }]);
    expect(walk.try(staff('community-a1'), { type: 'answer_supervision', noticeId: 'n-1', answer: '网格员外出巡查' }, '2026-03-02T12:00').ok).toBe(false);
    walk.do(staff('grid-a1-1'), { type: 'answer_supervision', noticeId: 'n-1', answer: '网格员外出巡查未及时签收，已整改' }, '2026-03-02T13:40');
    expect(walk.state.supervisions).toEqual([]);
  });

  it('does not escalate when the city policy says so, or from a department', () => {
    const off = new Walk(timing(undefined, { autoEscalation: { enabled: false, steps: ['accept'], after: null, fromKinds: ['grid'] } }));
    off.do(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'overdue' }, '2026-03-02T11:01');
    off.do(system, { type: 'supervise', noticeId: 'n-1', unitId: 'grid-a1-1', step: 'accept', reason: '签收超时' }, '2026-03-02T11:01');
    // Nothing more for the acceptance: the next check is the first response's warning.
    expect(nextCheckAt(off.state)).toBe(shanghai('2026-03-02T16:30'));

    const department = new Walk(timing(), '2026-03-02T09:00', 'dept-water');
    department.do(system, { type: 'warn', step: 'accept', unitId: 'dept-water', level: 'overdue' }, '2026-03-02T11:01');
    expect(department.deadline('accept')?.escalateAt).toBeNull();
  });

  it('escalates after the grace period the city sets', () => {
    const walk = new Walk(timing(undefined, { autoEscalation: { enabled: true, steps: ['accept'], after: { amount: 1, unit: 'working_hours' }, fromKinds: ['grid'] } }));
    walk.do(system, { type: 'warn', step: 'accept', unitId: 'grid-a1-1', level: 'overdue' }, '2026-03-02T11:30');
    walk.do(system, { type: 'supervise', noticeId: 'n-1', unitId: 'grid-a1-1', step: 'accept', reason: '签收超时' }, '2026-03-02T11:30');
    // 11:30 + 1 working hour: 30 minutes before lunch, 30 after.
    expect(nextCheckAt(walk.state)).toBe(shanghai('2026-03-02T14:00'));
  });

  it('lets units above supervise by hand, but not the unit itself', () => {
    const walk = new Walk();
    expect(walk.try(staff('street-a'), { type: 'supervise', noticeId: 'n-2', unitId: 'grid-a1-1', step: null, reason: '群众反映强烈，请加快办理' }, '2026-03-02T09:30').ok).toBe(true);
    const self = walk.try(staff('grid-a1-1'), { type: 'supervise', noticeId: 'n-2', unitId: 'grid-a1-1', step: null, reason: '自查' }, '2026-03-02T09:30');
    expect(self).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    const outsider = walk.try(staff('street-b'), { type: 'supervise', noticeId: 'n-2', unitId: 'grid-a1-1', step: null, reason: '越级' }, '2026-03-02T09:30');
    expect(outsider).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
  });
});

describe('extensions', () => {
  const started = () => {
    const walk = new Walk();
    walk.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-02T09:30');
    walk.do(staff('grid-a1-1'), { type: 'respond', message: '已联系' }, '2026-03-02T10:00');
    return walk;
  };

  it('need a unit above the requester to approve them, and are recorded', () => {
    const walk = started();
    const request = { type: 'request_extension', step: 'resolution', until: shanghai('2026-03-16T17:30'), reason: '需等待维修配件' } as const;
    expect(walk.try(staff('grid-a1-1'), { ...request, until: shanghai('2026-03-05T17:30') }, '2026-03-03T10:00')).toMatchObject({ ok: false });
    walk.do(staff('grid-a1-1'), request, '2026-03-03T10:00');
    expect(walk.try(staff('grid-a1-1'), request, '2026-03-03T10:05')).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });
    // Not the requester itself, not a unit beside it.
    expect(walk.try(staff('grid-a1-1'), { type: 'rule_extension', approved: true }, '2026-03-03T11:00')).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    expect(walk.try(staff('street-b'), { type: 'rule_extension', approved: true }, '2026-03-03T11:00')).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    expect(walk.try(staff('community-a1'), { type: 'rule_extension', approved: false }, '2026-03-03T11:00')).toMatchObject({ ok: false, refusal: { code: 'invalid_command' } });
    walk.do(staff('community-a1'), { type: 'rule_extension', approved: true }, '2026-03-03T11:00');
    expect(walk.deadline('resolution')).toMatchObject({ dueAt: shanghai('2026-03-16T17:30'), extensions: 1 });
    expect(walk.state.pendingExtension).toBeNull();
  });

  it('lapse when the deadline they were for is met', () => {
    const walk = started();
    walk.do(staff('grid-a1-1'), { type: 'request_extension', step: 'resolution', until: shanghai('2026-03-16T17:30'), reason: '需等待配件' }, '2026-03-03T10:00');
    walk.do(staff('grid-a1-1'), { type: 'resolve', reply: '已修复' }, '2026-03-03T15:00');
    expect(walk.state.pendingExtension).toBeNull();
  });

  it('are refused at the top: the city has nobody above it', () => {
    const walk = new Walk(timing(), '2026-03-02T09:00', 'city');
    walk.do(staff('city'), { type: 'accept' }, '2026-03-02T09:10');
    const asked = walk.try(staff('city'), { type: 'request_extension', step: 'resolution', until: shanghai('2026-03-20T17:30'), reason: '复杂' }, '2026-03-02T09:20');
    expect(asked).toMatchObject({ ok: false, refusal: { reason: expect.stringMatching(/top level/) } });
  });
});

describe('joint handling deadlines', () => {
  it('give each co-unit its own deadline, warned and supervised on its own', () => {
    const walk = new Walk(timing(), '2026-03-02T09:00', 'city');
    walk.do(staff('city'), { type: 'accept' }, '2026-03-02T09:10');
    walk.do(staff('city'), { type: 'respond', message: '已受理，将组织联办' }, '2026-03-02T09:20');
    walk.do(
      staff('city'),
      {
        type: 'start_joint',
        lead: unit('dept-housing'),
        parts: [
          { unit: unit('dept-water'), share: '排查供水管网', dueAt: shanghai('2026-03-04T17:30') },
          { unit: unit('street-a'), share: '协调居民', dueAt: null },
        ],
      },
      '2026-03-02T10:00',
    );
    expect(walk.deadline('part', 'dept-water')?.dueAt).toBe(shanghai('2026-03-04T17:30'));
    // Without a date of its own a part is due with the resolution.
    expect(walk.deadline('part', 'street-a')?.dueAt).toBe(shanghai('2026-03-09T09:00'));
    expect(walk.deadline('resolution')?.unitId).toBe('dept-housing');

    walk.do(staff('street-a'), { type: 'report_part', report: '已协调完毕' }, '2026-03-03T10:00');
    expect(walk.deadline('part', 'street-a')).toBeUndefined();
    expect(dueChecks(walk.state, shanghai('2026-03-04T18:00'))).toEqual([
      { type: 'warn', at: shanghai('2026-03-04T17:30'), step: 'part', unitId: 'dept-water', level: 'overdue' },
    ]);
    walk.do(system, { type: 'warn', step: 'part', unitId: 'dept-water', level: 'overdue' }, '2026-03-04T18:00');
    walk.do(system, { type: 'supervise', noticeId: 'n-9', unitId: 'dept-water', step: 'part', reason: '联办分工逾期' }, '2026-03-04T18:00');
    expect(walk.state.supervisions).toMatchObject([{ unitId: 'dept-water', step: 'part' }]);
    // A part is never escalated: the lead and the city supervise it.
    expect(dueChecks(walk.state, shanghai('2026-03-06T18:00')).filter((check) => 'step' in check && check.step === 'part')).toEqual([]);

    const partRequest = { type: 'request_extension', step: 'part', until: shanghai('2026-03-06T17:30'), reason: '管网开挖需审批' } as const;
    walk.do(staff('dept-water'), partRequest, '2026-03-05T09:00');
    walk.do(staff('city'), { type: 'rule_extension', approved: true }, '2026-03-05T09:30');
    expect(walk.deadline('part', 'dept-water')).toMatchObject({ dueAt: shanghai('2026-03-06T17:30'), overdueAt: null, noticeId: null });
    expect(walk.state.joint?.parts.find((part) => part.unitId === 'dept-water')?.dueAt).toBe(shanghai('2026-03-06T17:30'));
  });

  it('refuses a part due in the past', () => {
    const walk = new Walk(timing(), '2026-03-02T09:00', 'city');
    walk.do(staff('city'), { type: 'accept' }, '2026-03-02T09:10');
    const decision = walk.try(
      staff('city'),
      { type: 'start_joint', lead: unit('dept-housing'), parts: [{ unit: unit('dept-water'), share: '排查', dueAt: shanghai('2026-03-01T17:30') }] },
      '2026-03-02T10:00',
    );
    expect(decision).toMatchObject({ ok: false, refusal: { reason: expect.stringMatching(/future/) } });
  });
});

describe('rating and closing', () => {
  const resolved = () => {
    const walk = new Walk();
    walk.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-02T09:30');
    walk.do(staff('grid-a1-1'), { type: 'resolve', reply: '已修复' }, '2026-03-02T15:00');
    return walk;
  };

  it('closes an unrated case after the rating period, a satisfied one at once, an unsatisfied one if not reopened', () => {
    const unrated = resolved();
    expect(dueChecks(unrated.state, shanghai('2026-03-09T14:59'))).toEqual([]);
    expect(dueChecks(unrated.state, shanghai('2026-03-09T15:00'))).toEqual([{ type: 'close', at: shanghai('2026-03-09T15:00') }]);

    const satisfied = resolved();
    satisfied.do(resident, { type: 'rate', level: 'satisfied' }, '2026-03-03T08:00');
    expect(nextCheckAt(satisfied.state)).toBe(shanghai('2026-03-03T08:00'));

    const unsatisfied = resolved();
    unsatisfied.do(resident, { type: 'rate', level: 'unsatisfied' }, '2026-03-03T08:00');
    expect(nextCheckAt(unsatisfied.state)).toBe(shanghai('2026-03-10T08:00'));
    unsatisfied.do(resident, { type: 'reopen', reason: '问题依旧' }, '2026-03-04T08:00');
    expect(unsatisfied.state.closesAt).toBeNull();
    // A new round, new deadlines from the reopening.
    expect(unsatisfied.deadline('resolution')?.startedAt).toBe(shanghai('2026-03-04T08:00'));
    unsatisfied.do(staff('grid-a1-1'), { type: 'accept' }, '2026-03-04T09:00');
    unsatisfied.do(staff('grid-a1-1'), { type: 'resolve', reply: '已彻底修复' }, '2026-03-04T15:00');
    unsatisfied.do(resident, { type: 'rate', level: 'satisfied' }, '2026-03-04T16:00');
    expect(unsatisfied.state).toMatchObject({ firstRating: 'unsatisfied', finalRating: 'satisfied', rating: 'satisfied', round: 2 });
  });
});

describe('time-limit rules', () => {
  const subject = (overrides: Partial<Parameters<typeof pickSlaRule>[1]> = {}) => ({
    kind: 'complaint' as const,
    urgency: 'normal' as const,
    category: { code: '01.01.01', level1: '城乡建设', level2: '城市建设和市政管理', level3: '城管执法' },
    ...overrides,
  });

  it('pick the first matching rule: urgency, utilities, kind, complexity, then ordinary', () => {
    expect(pickSlaRule(defaultSlaRules, subject({ urgency: 'urgent' })).name).toBe('紧急诉求');
    expect(pickSlaRule(defaultSlaRules, subject({ category: { code: '01.01.16', level1: '城乡建设', level2: '城市建设和市政管理', level3: '自来水供应' } })).name).toBe('水电气暖');
    expect(pickSlaRule(defaultSlaRules, subject({ kind: 'consultation' })).name).toBe('咨询');
    expect(pickSlaRule(defaultSlaRules, subject({ category: { code: '01.09.01', level1: '城乡建设', level2: '国有土地上房屋征收与补偿', level3: '其他' } })).resolution).toEqual({ amount: 15, unit: 'working_days' });
    expect(pickSlaRule(defaultSlaRules, subject()).name).toBe('一般诉求');
    expect(pickSlaRule([], subject()).name).toBe('一般诉求');
  });

  it('match category codes by prefix at a dot boundary', () => {
    const rule = { ...defaultSlaRules.at(-1)!, name: '供水', categoryCodes: ['02.01'] };
    expect(pickSlaRule([rule], subject({ category: { code: '02.01.03', level1: 'a', level2: 'b', level3: 'c' } })).name).toBe('供水');
    expect(pickSlaRule([rule], subject({ category: { code: '02.011', level1: 'a', level2: 'b', level3: 'c' } })).name).toBe('一般诉求');
    expect(pickSlaRule([rule], subject({ category: null })).name).toBe('一般诉求');
  });
});

describe('intake routing rules', () => {
  const place = { gridPath: unit('grid-a1-1').path, propertyUnitId: 'property-a1' };
  const subject = { kind: 'complaint' as const, category: { code: '01.02.01', ownerUnitId: null }, place, cityUnitId: 'city' };
  const rules: IntakeRule[] = [
    { id: 'r-property', kinds: [], categoryCode: '01.02', areaUnitId: 'street-a', target: { place: 'property' } },
    { id: 'r-water', kinds: [], categoryCode: '02', areaUnitId: null, target: { unitId: 'dept-water' } },
  ];

  it('send a case to the first rule that matches its category, area and kind', () => {
    expect(routeNewCase(rules, subject, 'grid')).toEqual({ unitId: 'property-a1', reason: 'rule', ruleId: 'r-property' });
    expect(routeNewCase(rules, { ...subject, category: { code: '02.01.01', ownerUnitId: 'dept-water' } }, 'grid')).toMatchObject({ unitId: 'dept-water', ruleId: 'r-water' });
    // Outside the rule's area, or without a property company, the rule does not apply.
    const elsewhere = { ...subject, place: { gridPath: unit('grid-b1-1').path, propertyUnitId: null } };
    expect(routeNewCase(rules, elsewhere, 'grid')).toEqual({ unitId: 'grid-b1-1', reason: 'place', ruleId: null });
    expect(routeNewCase([{ ...rules[0]!, areaUnitId: null }], elsewhere, 'grid')).toMatchObject({ reason: 'place' });
    expect(routeNewCase([{ ...rules[0]!, kinds: ['consultation'] }], subject, 'grid')).toMatchObject({ reason: 'place' });
  });

  it('without a rule: department categories to the city, places to their grid or community, the rest to the city', () => {
    expect(routeNewCase([], { ...subject, category: { code: '02.01.01', ownerUnitId: 'dept-water' } }, 'grid')).toEqual({ unitId: 'city', reason: 'department_category', ruleId: null });
    expect(routeNewCase([], subject, 'grid')).toMatchObject({ unitId: 'grid-a1-1' });
    expect(routeNewCase([], subject, 'community')).toMatchObject({ unitId: 'community-a1' });
    expect(routeNewCase([], { ...subject, place: null }, 'community')).toEqual({ unitId: 'city', reason: 'no_place', ruleId: null });
  });
});
