import { initialCaseState, type CaseKind, type CaseState } from './case.js';
import { timersAfter, type LoopTiming } from './deadlines.js';
import { evolve, type CaseEvent } from './state-machine.js';

/**
 * A new case's first state and its creation event (`submitted`), held by the intake unit. With
 * `timing`, the round's deadlines start now. Replaying a stored history starts from
 * `initialCaseState` and applies this event first, like every other.
 */
export function openCase(kind: CaseKind, intakeUnitId: string, now: string, timing?: LoopTiming): { state: CaseState; event: CaseEvent } {
  const initial = initialCaseState(kind, intakeUnitId);
  const event: CaseEvent = {
    type: 'submitted',
    fromStatus: null,
    toStatus: initial.status,
    fromUnitId: null,
    toUnitId: intakeUnitId,
    reason: null,
    round: initial.round,
    at: now,
    payload: {},
  };
  if (timing) event.timers = timersAfter(initial, event, { timing });
  return { state: evolve(initial, event), event };
}
