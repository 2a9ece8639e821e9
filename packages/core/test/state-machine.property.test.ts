import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseKinds,
  caseStatuses,
  decide,
  defaultSlaRules,
  dueChecks,
  eventTypeOf,
  evolve,
  initialCaseState,
  nextCheckAt,
  openCase,
  ratingLevels,
  transitions,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DueCheck,
  type LoopTiming,
} from '../src/index.js';
import { shanghai, timing, unit, unitIds } from './fixtures.js';

/**
 * Random walks through the whole loop on a moving clock: staff, residents and the deadline sweep
 * act in any order. After every accepted command the case must still make sense, its counts and
 * deadlines must agree with its events, and the sweep must always be able to do what is due.
 */

const start = Date.parse(shanghai('2026-03-02T09:00'));

/** Who issues the next command, chosen relative to the case so that walks get deep into the loop. */
type ActorChoice = (state: CaseState) => Actor;
const staffOf = (id: string): Actor => ({ type: 'staff', accountId: `staff-${id}`, unit: unit(id) });
const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
const actorArb: fc.Arbitrary<ActorChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ActorChoice>((state) => staffOf(state.holderUnitId)) },
  {
    weight: 2,
    arbitrary: fc.nat().map<ActorChoice>((n) => (state) => staffOf(pick(state.joint?.parts ?? [], n)?.unitId ?? state.holderUnitId)),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map<ActorChoice>((n) => (state) => staffOf(pick(state.supervisions, n)?.unitId ?? state.holderUnitId)),
  },
  { weight: 1, arbitrary: fc.constant<ActorChoice>(() => staffOf('city')) },
  {
    weight: 1,
    arbitrary: fc.constant<ActorChoice>((state) => staffOf(state.pendingExtension?.unitPath.at(-2) ?? state.holderUnitId)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...unitIds).map<ActorChoice>((id) => () => staffOf(id)) },
  { weight: 2, arbitrary: fc.constant<ActorChoice>(() => ({ type: 'resident' })) },
  { weight: 1, arbitrary: fc.constant<ActorChoice>(() => ({ type: 'system' })) },
);

/** A command, possibly shaped by the case (its deadlines, notices) and the time. */
type CommandChoice = (state: CaseState, now: string) => CaseCommand;
const unitArb = fc.constantFrom(...unitIds).map(unit);
// Mostly real text, sometimes blank, so both the refusals and the deeper transitions get exercised.
const textArb = fc.oneof({ weight: 1, arbitrary: fc.constantFrom('', '  ') }, { weight: 5, arbitrary: fc.constantFrom('已处理', '需要协调') });
const fixed = (arb: fc.Arbitrary<CaseCommand>) => arb.map<CommandChoice>((command) => () => command);
const later = (now: string, hours: number) => new Date(Date.parse(now) + hours * 3_600_000).toISOString();

const commandArb: fc.Arbitrary<CommandChoice> = fc.oneof(
  fixed(fc.constant({ type: 'accept' })),
  fixed(textArb.map((message) => ({ type: 'respond', message }))),
  fixed(fc.tuple(textArb, fc.boolean()).map(([message, visibleToResident]) => ({ type: 'note', message, visibleToResident }))),
  fixed(unitArb.map((to) => ({ type: 'dispatch', to }))),
  fixed(fc.tuple(unitArb, textArb).map(([to, reason]) => ({ type: 'escalate', to, reason }))),
  fixed(textArb.map((reason) => ({ type: 'return', reason }))),
  fixed(fc.tuple(fc.boolean(), textArb).map(([upheld, note]) => ({ type: 'rule_return', upheld, note }))),
  fc
    .tuple(unitArb, fc.array(fc.tuple(unitArb, fc.option(fc.integer({ min: -5, max: 200 }), { nil: null })), { maxLength: 3 }), textArb)
    .map<CommandChoice>(([lead, parts, share]) => (_, now) => ({
      type: 'start_joint',
      lead,
      parts: parts.map(([part, hours]) => ({ unit: part, share, dueAt: hours === null ? null : later(now, hours) })),
    })),
  // Two departments can always be asked to work jointly, so joint handling is reached often.
  fixed(fc.constant({ type: 'start_joint', lead: unit('dept-housing'), parts: [{ unit: unit('dept-water'), share: '排查管网', dueAt: null }] })),
  fixed(textArb.map((report) => ({ type: 'report_part', report }))),
  fixed(textArb.map((reason) => ({ type: 'hold', reason }))),
  fixed(fc.constant({ type: 'resume' })),
  fixed(fc.tuple(textArb, fc.option(textArb, { nil: undefined })).map(([reply, overrideReason]) => ({ type: 'resolve', reply, overrideReason }))),
  fixed(fc.constantFrom(...ratingLevels).map((level) => ({ type: 'rate', level }))),
  fixed(textArb.map((reason) => ({ type: 'reopen', reason }))),
  fixed(fc.constant({ type: 'close' })),
  fc.tuple(fc.nat(), fc.constantFrom('nearing', 'overdue') as fc.Arbitrary<'nearing' | 'overdue'>).map<CommandChoice>(([n, level]) => (state) => {
    const deadline = pick(state.deadlines, n);
    return { type: 'warn', step: deadline?.step ?? 'accept', unitId: deadline?.unitId ?? state.holderUnitId, level };
  }),
  fc.tuple(fc.nat(), textArb, fc.boolean()).map<CommandChoice>(([n, reason, onCoUnit]) => (state) => ({
    type: 'supervise',
    noticeId: `notice-${n}`,
    unitId: onCoUnit ? (pick(state.joint?.parts ?? [], n)?.unitId ?? state.holderUnitId) : state.holderUnitId,
    step: pick(state.deadlines, n)?.step ?? null,
    reason,
  })),
  fc.tuple(fc.nat(), textArb).map<CommandChoice>(([n, answer]) => (state) => ({
    type: 'answer_supervision',
    noticeId: pick(state.supervisions, n)?.noticeId ?? 'none',
    answer,
  })),
  fc.tuple(fc.constantFrom('resolution', 'part') as fc.Arbitrary<'resolution' | 'part'>, fc.integer({ min: -24, max: 500 }), textArb).map<CommandChoice>(
    ([step, hours, reason]) =>
      (state, now) => {
        const due = state.deadlines.find((deadline) => deadline.step === step)?.dueAt ?? now;
        return { type: 'request_extension', step, until: later(due, hours), reason };
      },
  ),
  fc.tuple(fc.boolean(), textArb).map<CommandChoice>(([approved, note]) => () => ({ type: 'rule_extension', approved, note })),
);

/** A resident who answers the reply: rates it, and reopens after an unsatisfied rating. */
const residentFollowUp = fc.constantFrom(...ratingLevels).map<[ActorChoice, CommandChoice]>((level) => [
  () => ({ type: 'resident' }),
  (state) => (state.status === 'rated' ? { type: 'reopen', reason: '问题没有解决' } : { type: 'rate', level }),
]);

type Step = { act: [ActorChoice, CommandChoice] } | { wait: number } | { sweep: true };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(actorArb, commandArb).map((act) => ({ act })) },
  { weight: 1, arbitrary: residentFollowUp.map((act) => ({ act })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 * 24 * 60 }).map((wait) => ({ wait })) },
  { weight: 2, arbitrary: fc.constant({ sweep: true as const }) },
);

const parentOf = (state: CaseState) => unit(unit(state.holderUnitId).parentId ?? state.holderUnitId);

/** What the deadline sweep issues for a due check. */
function sweepCommand(check: DueCheck, state: CaseState, serial: number): CaseCommand {
  switch (check.type) {
    case 'warn':
      return { type: 'warn', step: check.step, unitId: check.unitId, level: check.level };
    case 'supervise':
      return { type: 'supervise', noticeId: `sweep-${serial}`, unitId: check.unitId, step: check.step, reason: '逾期督办' };
    case 'escalate':
      return { type: 'escalate', to: parentOf(state), reason: '超时自动上报' };
    case 'close':
      return { type: 'close' };
  }
}

function checkInvariants(state: CaseState, events: CaseEvent[], loop: LoopTiming) {
  expect(caseStatuses).toContain(state.status);
  expect(unitIds).toContain(state.holderUnitId);
  if (state.status === 'joint_handling') {
    expect(state.joint).not.toBeNull();
    expect(state.joint?.leadUnitId).toBe(state.holderUnitId);
  }
  if (state.status === 'returned') expect(state.returnedByUnitId).not.toBeNull();
  else expect(state.returnedByUnitId).toBeNull();
  if (state.status === 'rated') expect(state.rating).not.toBeNull();
  if (state.arrival === 'dispatch') expect(state.dispatcherUnitId).not.toBeNull();

  // Counts kept on the case agree with its events.
  const moves = events.slice(1);
  expect(state.round).toBe(1 + moves.filter((event) => event.type === 'reopened').length);
  expect(state.hops).toBe(moves.filter((event) => event.fromUnitId !== event.toUnitId).length);
  const ratings = events.flatMap((event) => (event.type === 'rated' ? [event.payload.level] : []));
  expect(state.firstRating).toBe(ratings[0] ?? null);
  expect(state.finalRating).toBe(ratings.at(-1) ?? null);
  const issued = events.flatMap((event) => (event.type === 'supervised' ? [event.payload.noticeId] : []));
  const answered = new Set(events.flatMap((event) => (event.type === 'supervision_answered' ? [event.payload.noticeId] : [])));
  expect(state.supervisions.map((notice) => notice.noticeId).sort()).toEqual(issued.filter((id) => !answered.has(id)).sort());

  // Deadlines agree with where the case stands.
  const open = !['resolved', 'rated', 'closed'].includes(state.status);
  const keys = state.deadlines.map((deadline) => `${deadline.step}:${deadline.unitId}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const deadline of state.deadlines) {
    if (deadline.step === 'part') {
      expect(state.status).toBe('joint_handling');
      expect(state.joint?.parts.find((part) => part.unitId === deadline.unitId)?.reportedAt).toBeNull();
    } else {
      expect(deadline.unitId, 'round deadlines follow the holder').toBe(state.holderUnitId);
    }
    // A part that inherits an already passed resolution deadline is overdue from its start.
    expect(deadline.warnAt <= deadline.dueAt, 'warned before due').toBe(true);
    expect(deadline.startedAt <= deadline.warnAt || deadline.warnAt === deadline.dueAt, 'warned after start').toBe(true);
    expect(deadline.paused !== null).toBe(state.status === 'awaiting_resident');
  }
  const has = (step: string) => state.deadlines.some((deadline) => deadline.step === step);
  expect(has('accept')).toBe(['submitted', 'returned'].includes(state.status) && loop.budgets.accept !== null);
  expect(has('resolution')).toBe(open && loop.budgets.resolution !== null);
  expect(state.pausedAt !== null).toBe(state.status === 'awaiting_resident');
  expect(state.closesAt !== null).toBe(state.status === 'resolved' || state.status === 'rated');
  if (state.pendingExtension) {
    const { step, unitId } = state.pendingExtension;
    expect(state.deadlines.some((deadline) => deadline.step === step && deadline.unitId === unitId)).toBe(true);
  }

  // The sweep wakes exactly when something is due.
  const next = nextCheckAt(state);
  if (next !== null) {
    expect(dueChecks(state, next).length).toBeGreaterThan(0);
    expect(dueChecks(state, new Date(Date.parse(next) - 1).toISOString())).toEqual([]);
  } else {
    expect(dueChecks(state, '2099-01-01T00:00:00.000Z')).toEqual([]);
  }
}

describe('random walks through the whole loop', () => {
  it('never reach an invalid state; every accepted command yields one matching event; the sweep always completes', () => {
    const seen = new Set<string>();
    const everyEventType = Object.keys(transitions).map((type) => eventTypeOf[type as keyof typeof eventTypeOf]).sort();
    const walk = () => fc.assert(
      fc.property(
        fc.constantFrom(...caseKinds),
        fc.constantFrom(...unitIds.filter((id) => id !== 'property-a1')),
        fc.constantFrom(...defaultSlaRules),
        fc.array(stepArb, { maxLength: 120, size: 'max' }),
        (kind, intake, rule, steps) => {
          const loop = timing(rule);
          let clock = start;
          const now = () => new Date(clock).toISOString();
          const opened = openCase(kind, intake, now(), loop);
          let state = opened.state;
          const events: CaseEvent[] = [opened.event];
          let serial = 0;
          const apply = (event: CaseEvent, command: CaseCommand) => {
            const before = state;
            seen.add(event.type);
            events.push(event);
            state = evolve(state, event);
            expect(event.fromStatus).toBe(before.status);
            expect(event.toStatus).toBe(state.status);
            expect(transitions[command.type].to).toContain(event.toStatus);
            checkInvariants(state, events, loop);
          };
          for (const step of steps) {
            if ('wait' in step) {
              clock += step.wait * 60_000;
              continue;
            }
            if ('sweep' in step) {
              for (let round = 0; round < 20; round++) {
                const [check] = dueChecks(state, now());
                if (!check) break;
                const command = sweepCommand(check, state, serial++);
                const decision = decide(state, command, { actor: { type: 'system' }, holder: unit(state.holderUnitId), now: now(), timing: loop });
                if (!decision.ok) throw new Error(`the sweep's ${command.type} was refused: ${decision.refusal.reason}`);
                apply(decision.event, command);
              }
              expect(dueChecks(state, now())).toEqual([]);
              continue;
            }
            const [actor, choose] = step.act;
            const command = choose(state, now());
            const decision = decide(state, command, { actor: actor(state), holder: unit(state.holderUnitId), now: now(), timing: loop });
            if (!decision.ok) {
              expect(decision.refusal.reason.length).toBeGreaterThan(0);
              continue;
            }
            apply(decision.event, command);
          }
          // Replaying the events from the start gives the same case.
          expect(events.reduce(evolve, initialCaseState(kind, intake))).toEqual(state);
        },
      ),
      { numRuns: 400 },
    );
    // The generator must reach every transition, or the invariants above prove little. The rarest
    // (an extension ruled on: asked for, then answered by the unit above the holder) is missed by
    // about one batch of 400 walks in fifteen, so walks go on in batches, up to five, until every
    // transition has been reached in one of them.
    for (let batch = 0; batch < 5 && seen.size < everyEventType.length; batch++) walk();
    expect([...seen].sort()).toEqual(everyEventType);
  }, 120_000);

  it('without timing the case keeps no deadlines, and replaying its events gives the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actorArb, commandArb), { maxLength: 60, size: 'max' }), (steps) => {
        const now = new Date(start).toISOString();
        const opened = openCase('complaint', 'community-a1', now);
        let state = opened.state;
        const events: CaseEvent[] = [opened.event];
        for (const [actor, choose] of steps) {
          const decision = decide(state, choose(state, now), { actor: actor(state), holder: unit(state.holderUnitId), now });
          if (decision.ok) {
            events.push(decision.event);
            state = evolve(state, decision.event);
          }
        }
        expect(state.deadlines).toEqual([]);
        expect(events.reduce(evolve, initialCaseState('complaint', 'community-a1'))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
