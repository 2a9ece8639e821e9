import { describe, expect, it } from 'vitest';
import {
  allowedCommands,
  caseStatuses,
  decide,
  evolve,
  openCase,
  transitions,
  type Actor,
  type CaseCommand,
  type CaseCommandType,
  type CaseState,
  type DecisionContext,
} from '../src/index.js';
import { unit } from './fixtures.js';

const now = '2026-03-02T09:00:00.000Z';
const staff = (unitId: string): Actor => ({ type: 'staff', accountId: `staff-${unitId}`, unit: unit(unitId) });
const ctx = (state: CaseState, actor: Actor): DecisionContext => ({ actor, holder: unit(state.holderUnitId), now });

/** Applies commands in order, failing the test at the first refusal. */
function run(state: CaseState, steps: [Actor, CaseCommand][]): CaseState {
  for (const [actor, command] of steps) {
    const decision = decide(state, command, ctx(state, actor));
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.refusal.reason}`);
    state = evolve(state, decision.event);
  }
  return state;
}

const fresh = (kind: CaseState['kind'] = 'complaint', at = 'grid-a1-1') => openCase(kind, at, now).state;

describe('the transition table', () => {
  it('names only known statuses', () => {
    for (const row of Object.values(transitions)) {
      for (const status of [...row.from, ...row.to]) expect(caseStatuses).toContain(status);
    }
  });

  it('refuses every command from a status outside its row, with a reason', () => {
    for (const status of caseStatuses) {
      for (const type of Object.keys(transitions) as CaseCommandType[]) {
        if (transitions[type].from.includes(status)) continue;
        const state: CaseState = { ...fresh(), status };
        const decision = decide(state, { type } as CaseCommand, ctx(state, staff('grid-a1-1')));
        expect(decision.ok, `${type} from ${status}`).toBe(false);
        if (!decision.ok) {
          expect(decision.refusal.code).toBe('illegal_transition');
          expect(decision.refusal.reason).toMatch(/cannot/);
        }
      }
    }
  });

  it('offers only the moves its guards allow', () => {
    const grid = staff('grid-a1-1');
    const complaint = run(fresh(), [
      [grid, { type: 'accept' }],
      [grid, { type: 'resolve', reply: '已修复' }],
    ]);
    expect(allowedCommands(complaint, ctx(complaint, grid))).toEqual([]);
    expect(allowedCommands(complaint, ctx(complaint, { type: 'resident' }))).toEqual(['rate']);
    const consultation = run(fresh('consultation'), [[grid, { type: 'resolve', reply: '已答复' }]]);
    expect(allowedCommands(consultation, ctx(consultation, grid))).toEqual(['close']);
    const atCity = fresh('complaint', 'city');
    expect(allowedCommands(atCity, ctx(atCity, staff('city')))).not.toContain('escalate');
    expect(allowedCommands(atCity, ctx(atCity, staff('city')))).not.toContain('return');
  });

  it('closed is terminal: no command applies', () => {
    const state: CaseState = { ...fresh(), status: 'closed' };
    expect(allowedCommands(state, ctx(state, staff('city')))).toEqual([]);
    expect(allowedCommands(state, ctx(state, { type: 'resident' }))).toEqual([]);
  });
});

describe('the main path', () => {
  it('submitted → accepted → in handling → resolved → rated → closed', () => {
    const grid = staff('grid-a1-1');
    const state = run(fresh(), [
      [grid, { type: 'accept' }],
      [grid, { type: 'respond', message: '已联系物业，今天下午上门查看' }],
      [grid, { type: 'resolve', reply: '已清理占道沙石，恢复通行' }],
      [{ type: 'resident' }, { type: 'rate', level: 'satisfied' }],
      [grid, { type: 'close' }],
    ]);
    expect(state.status).toBe('closed');
    expect(state.rating).toBe('satisfied');
    expect(state.lastHandlerUnitId).toBe('grid-a1-1');
    expect(state.hops).toBe(0);
  });

  it('only the holder accepts; others are refused as forbidden', () => {
    const state = fresh();
    for (const other of ['grid-b1-1', 'dept-water', 'community-b1']) {
      const decision = decide(state, { type: 'accept' }, ctx(state, staff(other)));
      expect(decision).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    }
    expect(decide(state, { type: 'accept' }, ctx(state, { type: 'resident' }))).toMatchObject({ ok: false });
  });

  it('a resident rates but cannot resolve', () => {
    const state = run(fresh(), [[staff('grid-a1-1'), { type: 'accept' }]]);
    const decision = decide(state, { type: 'resolve', reply: 'x' }, ctx(state, { type: 'resident' }));
    expect(decision).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
  });

  it('a consultation can be answered on the spot; a complaint cannot skip acceptance', () => {
    const consultation = fresh('consultation', 'city');
    const answered = run(consultation, [[staff('city'), { type: 'resolve', reply: '依据《山东省物业管理条例》第二十条…' }]]);
    expect(answered.status).toBe('resolved');
    const complaint = fresh('complaint', 'city');
    expect(decide(complaint, { type: 'resolve', reply: 'x' }, ctx(complaint, staff('city')))).toMatchObject({
      ok: false,
      refusal: { code: 'illegal_transition' },
    });
  });

  it('a resolved complaint waits for its rating: staff cannot close it early, the system can', () => {
    const grid = staff('grid-a1-1');
    const state = run(fresh(), [
      [grid, { type: 'accept' }],
      [grid, { type: 'resolve', reply: '已修复' }],
    ]);
    expect(decide(state, { type: 'close' }, ctx(state, grid)).ok).toBe(false);
    const auto = decide(state, { type: 'close', reason: 'rating period ended' }, ctx(state, { type: 'system' }));
    expect(auto).toMatchObject({ ok: true, event: { type: 'closed', payload: { automatic: true } } });
  });
});

describe('the loop', () => {
  it('escalates one level at a time, up to the city, and not beyond', () => {
    let state = fresh('complaint', 'community-a1');
    state = run(state, [[staff('community-a1'), { type: 'escalate', to: unit('street-a'), reason: '需街道协调' }]]);
    expect(state).toMatchObject({ holderUnitId: 'street-a', status: 'submitted', arrival: 'escalation', hops: 1 });
    const skip = decide(state, { type: 'escalate', to: unit('city'), reason: 'x' }, ctx(state, staff('community-a1')));
    expect(skip.ok).toBe(false);
    state = run(state, [[staff('street-a'), { type: 'escalate', to: unit('city'), reason: '涉及多部门' }]]);
    const top = decide(state, { type: 'escalate', to: unit('city'), reason: 'x' }, ctx(state, staff('city')));
    expect(top).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });
  });

  it('dispatches down the subtree or to any department, never sideways', () => {
    const state = fresh('complaint', 'street-a');
    const sideways = decide(state, { type: 'dispatch', to: unit('community-b1') }, ctx(state, staff('street-a')));
    expect(sideways).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    const down = decide(state, { type: 'dispatch', to: unit('community-a1') }, ctx(state, staff('street-a')));
    expect(down.ok).toBe(true);
    const toDepartment = decide(state, { type: 'dispatch', to: unit('dept-water') }, ctx(state, staff('street-a')));
    expect(toDepartment.ok).toBe(true);
  });

  it('the city dispatches straight down to a grid, over the holder', () => {
    const state = fresh('complaint', 'street-b');
    const next = run(state, [[staff('city'), { type: 'dispatch', to: unit('grid-b1-1') }]]);
    expect(next).toMatchObject({ holderUnitId: 'grid-b1-1', dispatcherUnitId: 'city', arrival: 'dispatch' });
  });

  it('a return goes to the dispatcher, who upholds it (and re-dispatches) or rejects it', () => {
    const city = staff('city');
    let state = run(fresh('complaint', 'city'), [[city, { type: 'dispatch', to: unit('dept-water') }]]);
    state = run(state, [[staff('dept-water'), { type: 'return', reason: '属供热问题，非供水职责' }]]);
    expect(state).toMatchObject({ status: 'returned', holderUnitId: 'city', returnedByUnitId: 'dept-water' });

    const rejected = run(state, [[city, { type: 'rule_return', upheld: false, note: '经核实属供水管网' }]]);
    expect(rejected).toMatchObject({ status: 'submitted', holderUnitId: 'dept-water', arrival: 'return_rejected' });
    const again = decide(rejected, { type: 'return', reason: 'again' }, ctx(rejected, staff('dept-water')));
    expect(again).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });

    const upheld = run(state, [
      [city, { type: 'rule_return', upheld: true }],
      [city, { type: 'dispatch', to: unit('dept-housing') }],
    ]);
    expect(upheld).toMatchObject({ status: 'submitted', holderUnitId: 'dept-housing', hops: 3 });
  });

  it('an escalated case cannot be returned', () => {
    const state = run(fresh('complaint', 'community-a1'), [
      [staff('community-a1'), { type: 'escalate', to: unit('street-a'), reason: '超出社区职责' }],
    ]);
    expect(decide(state, { type: 'return', reason: 'x' }, ctx(state, staff('street-a')))).toMatchObject({ ok: false });
  });

  it('joint handling resolves when every part is in, or with a recorded override', () => {
    const city = staff('city');
    let state = run(fresh('complaint', 'city'), [
      [city, { type: 'accept' }],
      [
        city,
        {
          type: 'start_joint',
          lead: unit('dept-housing'),
          parts: [{ unit: unit('dept-water'), share: '排查供水管网', dueAt: null }],
          meeting: { heldAt: now, attendees: ['住建局', '水务局'], decisions: '住建局牵头，水务局排查管网' },
        },
      ],
    ]);
    expect(state).toMatchObject({ status: 'joint_handling', holderUnitId: 'dept-housing' });
    const housing = staff('dept-housing');
    const early = decide(state, { type: 'resolve', reply: '已处理' }, ctx(state, housing));
    expect(early).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });
    expect(decide(state, { type: 'report_part', report: 'x' }, ctx(state, staff('dept-housing'))).ok).toBe(false);

    const reported = run(state, [[staff('dept-water'), { type: 'report_part', report: '管网无渗漏' }]]);
    expect(reported.joint?.parts[0]).toMatchObject({ reportedAt: now, report: '管网无渗漏' });
    expect(run(reported, [[housing, { type: 'resolve', reply: '已修复' }]]).status).toBe('resolved');
    expect(run(state, [[housing, { type: 'resolve', reply: '已修复', overrideReason: '水务局逾期，牵头单位先行办结' }]]).status).toBe(
      'resolved',
    );
  });

  it('an unsatisfied rating reopens the case at the last handling unit in a new round', () => {
    const grid = staff('grid-a1-1');
    let state = run(fresh(), [
      [grid, { type: 'accept' }],
      [grid, { type: 'resolve', reply: '已修复' }],
    ]);
    const satisfiedState = run(state, [[{ type: 'resident' }, { type: 'rate', level: 'satisfied' }]]);
    expect(decide(satisfiedState, { type: 'reopen', reason: 'x' }, ctx(satisfiedState, { type: 'resident' })).ok).toBe(false);

    state = run(state, [
      [{ type: 'resident' }, { type: 'rate', level: 'unsatisfied', comment: '灯还是不亮' }],
      [{ type: 'resident' }, { type: 'reopen', reason: '灯还是不亮' }],
    ]);
    expect(state).toMatchObject({ status: 'submitted', holderUnitId: 'grid-a1-1', round: 2, rating: null, arrival: 'reopen' });
  });
});
