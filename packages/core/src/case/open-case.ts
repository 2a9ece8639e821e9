import { initialCaseState, type CaseKind, type CaseState } from './case.js';
import type { CaseEvent } from './state-machine.js';

/** A new case's first state and its creation event (`submitted`), held by the intake unit. */
export function openCase(kind: CaseKind, intakeUnitId: string, now: string): { state: CaseState; event: CaseEvent } {
  const state = initialCaseState(kind, intakeUnitId);
  return {
    state,
    event: {
      type: 'submitted',
      fromStatus: null,
      toStatus: state.status,
      fromUnitId: null,
      toUnitId: intakeUnitId,
      reason: null,
      round: state.round,
      at: now,
      payload: {},
    },
  };
}
