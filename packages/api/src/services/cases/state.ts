import { deadlineColumns, type CaseState } from '@huying/core';
import type { cases } from '../../db/schema/index.js';

export type CaseRow = typeof cases.$inferSelect;

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

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
    firstRating: row.firstRating,
    finalRating: row.finalRating,
    deadlines: row.deadlines,
    pausedAt: isoOrNull(row.pausedAt),
    closesAt: isoOrNull(row.closesAt),
    supervisions: row.supervisions,
    pendingExtension: row.pendingExtension,
  };
}

/** The columns a state writes back, the deadline columns derived from its deadlines. */
export function stateColumns(state: CaseState) {
  const due = deadlineColumns(state);
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
    firstRating: state.firstRating,
    finalRating: state.finalRating,
    deadlines: state.deadlines,
    pausedAt: dateOrNull(state.pausedAt),
    closesAt: dateOrNull(state.closesAt),
    supervisions: state.supervisions,
    pendingExtension: state.pendingExtension,
    acceptDueAt: dateOrNull(due.acceptDueAt),
    firstResponseDueAt: dateOrNull(due.firstResponseDueAt),
    resolutionDueAt: dateOrNull(due.resolutionDueAt),
    dueAt: dateOrNull(due.dueAt),
    nextCheckAt: dateOrNull(due.nextCheckAt),
  } satisfies Partial<CaseRow>;
}
