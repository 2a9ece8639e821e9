import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseKinds,
  caseStatuses,
  decide,
  eventTypeOf,
  evolve,
  openCase,
  ratingLevels,
  transitions,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
} from '../src/index.js';
import { unit, unitIds } from './fixtures.js';

const now = '2026-03-02T09:00:00.000Z';

/**
 * Who issues the next command, chosen relative to the case so that random walks get deep into the
 * loop: mostly the holder, sometimes a co-unit, a unit above, any unit, the resident or the system.
 */
type ActorChoice = (state: CaseState) => Actor;
const staffOf = (id: string): Actor => ({ type: 'staff', accountId: `staff-${id}`, unit: unit(id) });
const actorArb: fc.Arbitrary<ActorChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ActorChoice>((state) => staffOf(state.holderUnitId)) },
  {
    weight: 2,
    arbitrary: fc.nat().map<ActorChoice>((n) => (state) => {
      const parts = state.joint?.parts ?? [];
      return staffOf(parts.length ? parts[n % parts.length]!.unitId : state.holderUnitId);
    }),
  },
  { weight: 1, arbitrary: fc.constant<ActorChoice>(() => staffOf('city')) },
  { weight: 1, arbitrary: fc.constantFrom(...unitIds).map<ActorChoice>((id) => () => staffOf(id)) },
  { weight: 2, arbitrary: fc.constant<ActorChoice>(() => ({ type: 'resident' })) },
  { weight: 1, arbitrary: fc.constant<ActorChoice>(() => ({ type: 'system' })) },
);
const unitArb = fc.constantFrom(...unitIds).map(unit);
// Mostly real text, sometimes blank, so both the refusals and the deeper transitions get exercised.
const textArb = fc.oneof({ weight: 1, arbitrary: fc.constantFrom('', '  ') }, { weight: 5, arbitrary: fc.constantFrom('已处理', '需要协调') });

const commandArb: fc.Arbitrary<CaseCommand> = fc.oneof(
  fc.constant<CaseCommand>({ type: 'accept' }),
  textArb.map<CaseCommand>((message) => ({ type: 'respond', message })),
  textArb.map<CaseCommand>((message) => ({ type: 'note', message, visibleToResident: true })),
  unitArb.map<CaseCommand>((to) => ({ type: 'dispatch', to })),
  fc.tuple(unitArb, textArb).map<CaseCommand>(([to, reason]) => ({ type: 'escalate', to, reason })),
  textArb.map<CaseCommand>((reason) => ({ type: 'return', reason })),
  fc.tuple(fc.boolean(), textArb).map<CaseCommand>(([upheld, note]) => ({ type: 'rule_return', upheld, note })),
  fc
    .tuple(unitArb, fc.array(unitArb, { maxLength: 3 }), textArb)
    .map<CaseCommand>(([lead, parts, share]) => ({
      type: 'start_joint',
      lead,
      parts: parts.map((part) => ({ unit: part, share, dueAt: null })),
    })),
  textArb.map<CaseCommand>((report) => ({ type: 'report_part', report })),
  textArb.map<CaseCommand>((reason) => ({ type: 'hold', reason })),
  fc.constant<CaseCommand>({ type: 'resume' }),
  fc.tuple(textArb, fc.option(textArb, { nil: undefined })).map<CaseCommand>(([reply, overrideReason]) => ({
    type: 'resolve',
    reply,
    overrideReason,
  })),
  fc.constantFrom(...ratingLevels).map<CaseCommand>((level) => ({ type: 'rate', level })),
  textArb.map<CaseCommand>((reason) => ({ type: 'reopen', reason })),
  fc.constant<CaseCommand>({ type: 'close' }),
);

function checkInvariants(state: CaseState, events: CaseEvent[]) {
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
  // Counts kept on the row agree with the events.
  expect(state.round).toBe(1 + events.filter((event) => event.type === 'reopened').length);
  expect(state.hops).toBe(events.filter((event) => event.fromUnitId !== event.toUnitId).length);
}

describe('random command sequences', () => {
  it('never reach an invalid state, and every accepted command yields exactly one matching event', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...caseKinds),
        fc.constantFrom(...unitIds.filter((id) => id !== 'property-a1')),
        fc.array(fc.tuple(actorArb, commandArb), { maxLength: 100, size: 'max' }),
        (kind, intake, steps) => {
          let state = openCase(kind, intake, now).state;
          const events: CaseEvent[] = [];
          let accepted = 0;
          for (const [actor, command] of steps) {
            const before = state;
            const decision = decide(state, command, { actor: actor(state), holder: unit(state.holderUnitId), now });
            if (!decision.ok) {
              expect(decision.refusal.reason.length).toBeGreaterThan(0);
              continue;
            }
            accepted++;
            const event = decision.event;
            seen.add(event.type);
            events.push(event);
            state = evolve(state, event);
            expect(event.fromStatus).toBe(before.status);
            expect(event.toStatus).toBe(state.status);
            expect(transitions[command.type].to).toContain(event.toStatus);
            checkInvariants(state, events);
          }
          expect(events).toHaveLength(accepted);
        },
      ),
      { numRuns: 1000 },
    );
    // The generator must reach every transition, or the invariants above prove little.
    expect([...seen].sort()).toEqual(Object.keys(transitions).map((type) => eventTypeOf[type as keyof typeof eventTypeOf]).sort());
  });

  it('is deterministic: replaying the events gives the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actorArb, commandArb), { maxLength: 60, size: 'max' }), (steps) => {
        const opened = openCase('complaint', 'community-a1', now);
        let state = opened.state;
        const events: CaseEvent[] = [];
        for (const [actor, command] of steps) {
          const decision = decide(state, command, { actor: actor(state), holder: unit(state.holderUnitId), now });
          if (decision.ok) {
            events.push(decision.event);
            state = evolve(state, decision.event);
          }
        }
        const replayed = events.reduce(evolve, opened.state);
        expect(replayed).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
