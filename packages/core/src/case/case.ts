import type { Deadline, ExtensionRequest, OpenSupervision } from './deadlines.js';

/**
 * The vocabulary of a Case (诉求 / 工单): what a resident asked, through which channel, about which
 * place, and where it stands in the loop.
 */

export const caseKinds = ['complaint', 'help', 'consultation', 'suggestion', 'praise'] as const;
/** complaint 投诉/反映, help 求助, consultation 咨询, suggestion 建议, praise 表扬 */
export type CaseKind = (typeof caseKinds)[number];

export const channels = ['qr', 'kiosk', 'web', 'hotline', 'patrol', 'open311', 'counter'] as const;
/** How the case reached the platform (渠道). */
export type Channel = (typeof channels)[number];

export const urgencies = ['normal', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

export const caseStatuses = [
  'submitted', // waiting for the holding unit to accept (签收) it: after intake, dispatch, escalation or reopening
  'accepted', // the holding unit has taken it on
  'in_handling', // the holding unit has responded and is working on it
  'joint_handling', // a lead unit and co-units handle it together (联办)
  'awaiting_resident', // handling paused, recorded, until the resident supplies what is missing
  'returned', // the receiving unit sent it back (退单); the dispatcher must rule on the return
  'resolved', // a reply (答复) went to the resident, who may now rate it
  'rated', // the resident rated the reply
  'closed', // finished
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in which a unit is still working on the case. */
export const openStatuses: readonly CaseStatus[] = [
  'submitted',
  'accepted',
  'in_handling',
  'joint_handling',
  'awaiting_resident',
  'returned',
];

export const ratingLevels = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
/** 满意 / 基本满意 / 不满意 */
export type RatingLevel = (typeof ratingLevels)[number];

/** How the current holder came to hold the case. */
export const arrivals = ['intake', 'dispatch', 'escalation', 'return_upheld', 'return_rejected', 'reopen'] as const;
export type Arrival = (typeof arrivals)[number];

/** Where the problem is: a known building, a free-text address, or both; coordinates are optional. */
export interface Place {
  buildingId?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** One unit's share of a joint handling (联办). */
export interface JointPart {
  unitId: string;
  share: string;
  dueAt: string | null;
  reportedAt: string | null;
  report: string | null;
}

export interface JointHandling {
  leadUnitId: string;
  parts: JointPart[];
}

/**
 * The part of a case the state machine reads and writes. Everything else about a case (text,
 * place, contact) is data that no transition changes.
 */
export interface CaseState {
  kind: CaseKind;
  status: CaseStatus;
  /** Exactly one unit holds a case at any time; it answers for the next step. */
  holderUnitId: string;
  /** How the holder got it, which decides whether it may return it. */
  arrival: Arrival;
  /** The unit that dispatched the case to its holder, who rules on a return. */
  dispatcherUnitId: string | null;
  /** The unit that returned the case, while a return waits for a ruling. */
  returnedByUnitId: string | null;
  /** The unit whose reply resolved the current round, where an unsatisfied rating sends it back. */
  lastHandlerUnitId: string | null;
  /** Handling round: 1 at intake, +1 at every reopening. */
  round: number;
  /** Moves between units (dispatches, escalations, returns, reopenings). */
  hops: number;
  joint: JointHandling | null;
  /** The rating of the current round, if any. */
  rating: RatingLevel | null;
  /** The resident's first rating of the case (first-time satisfaction, 首次满意率). */
  firstRating: RatingLevel | null;
  /** The latest rating, kept through reopenings (final satisfaction, 最终满意率). */
  finalRating: RatingLevel | null;
  /** The time limits running now: per step, for the holder or a co-unit. */
  deadlines: Deadline[];
  /** When the clock stopped to wait for the resident (only in `awaiting_resident`). */
  pausedAt: string | null;
  /** When the platform closes a resolved or rated case that nobody closes first. */
  closesAt: string | null;
  /** Supervision notices (督办单) issued on this case and not answered yet. */
  supervisions: OpenSupervision[];
  /** An extension of a time limit waiting for approval. */
  pendingExtension: ExtensionRequest | null;
}

export function initialCaseState(kind: CaseKind, intakeUnitId: string): CaseState {
  return {
    kind,
    status: 'submitted',
    holderUnitId: intakeUnitId,
    arrival: 'intake',
    dispatcherUnitId: null,
    returnedByUnitId: null,
    lastHandlerUnitId: null,
    round: 1,
    hops: 0,
    joint: null,
    rating: null,
    firstRating: null,
    finalRating: null,
    deadlines: [],
    pausedAt: null,
    closesAt: null,
    supervisions: [],
    pendingExtension: null,
  };
}
