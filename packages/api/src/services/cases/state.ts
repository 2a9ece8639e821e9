import type { CaseState } from '@huying/core';
import type { cases } from '../../db/schema/index.js';

export type CaseRow = typeof cases.$inferSelect;

/** The core's view of a stored case. */
export function stateOf(row: CaseRow): CaseState {
  return {
    kind: row.kind,
    status: row.status,
    holderUnitId: row.holderUnitId,
    arrival: row.arrival,
    dispatcherUnitId: row.dispatcherUnitId,
    returnedByUnitId: row.returnedByUnitId,
    lastHandlerUnitId: row.lastHandlerUnitId,
    round: row.round,
    hops: row.hops,
    joint: row.joint,
    rating: row.rating,
  };
}

/** The columns a state writes back. */
export function stateColumns(state: CaseState) {
  return {
    status: state.status,
    holderUnitId: state.holderUnitId,
    arrival: state.arrival,
    dispatcherUnitId: state.dispatcherUnitId,
    returnedByUnitId: state.returnedByUnitId,
    lastHandlerUnitId: state.lastHandlerUnitId,
    round: state.round,
    hops: state.hops,
    joint: state.joint,
    rating: state.rating,
  } satisfies Partial<CaseRow>;
}
