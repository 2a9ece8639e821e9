/**
 * Time limits (时限) of the loop, as part of the case state. Every event carries the timers it
 * leaves behind (`event.timers`), computed here when the command is decided, so the case row, its
 * events and a replay of them always agree, and nothing needs the calendar to replay a history.
 *
 * - **accept (签收)**: restarts at every arrival at a unit (intake, dispatch, escalation, a return
 *   waiting for the dispatcher's ruling, a rejected return, a reopening); met when the holder
 *   accepts, rules on the return or passes the case on.
 * - **first response (首次响应)**: per handling round, from its start; met by the first message to
 *   the resident (a response, a note the resident sees, or the reply).
 * - **resolution (办结)**: per handling round, from its start; met by the reply. The clock stops only
 *   while the case waits for the resident (`awaiting_resident`, a recorded hold); an approved
 *   extension moves it.
 * - **part**: a co-unit's share of a joint handling, due when the joint meeting said (or with the
 *   resolution); met when the co-unit reports its part.
 *
 * Round deadlines follow the holder; a warning, a supervision notice or an escalation concerns the
 * unit answerable at the moment it is raised, and each is raised once per deadline.
 */
import {
  addDuration,
  advance,
  basisOf,
  elapsedMinutes,
  type Duration,
  type TimeBasis,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { UnitKind, UnitRef } from '../units.js';
import type { CaseStatus, CaseState } from './case.js';
import type { CaseEvent } from './state-machine.js';

export const deadlineSteps = ['accept', 'first_response', 'resolution', 'part'] as const;
export type DeadlineStep = (typeof deadlineSteps)[number];

/** The steps a time-limit policy sets; a part's limit is set when the joint handling starts. */
export const policySteps = ['accept', 'first_response', 'resolution'] as const;
export type PolicyStep = (typeof policySteps)[number];

export const stepLabels: Record<DeadlineStep, { 'zh-CN': string; en: string }> = {
  accept: { 'zh-CN': '签收', en: 'acceptance' },
  first_response: { 'zh-CN': '首次响应', en: 'first response' },
  resolution: { 'zh-CN': '办结', en: 'resolution' },
  part: { 'zh-CN': '联办分工', en: 'joint-handling part' },
};

export interface Deadline {
  step: DeadlineStep;
  /** The unit that answers for it: the holder, or the co-unit of a part. */
  unitId: string;
  startedAt: string;
  dueAt: string;
  /** When the nearing warning (预警) is due: the city's percentage of the time gone. */
  warnAt: string;
  /** How the time left is measured when the clock stops: working time or clock time. */
  basis: TimeBasis;
  /** While the case waits for the resident: the minutes (of `basis`) that were left. */
  paused: { warnIn: number; dueIn: number } | null;
  /** When the nearing warning was recorded. */
  warnedAt: string | null;
  /** When the deadline was recorded as passed. */
  overdueAt: string | null;
  /** The supervision notice raised because it passed. */
  noticeId: string | null;
  /** When the city's policy escalates the case for it, if it does. */
  escalateAt: string | null;
  /** Approved extensions so far. */
  extensions: number;
}

/** A supervision notice (督办单) waiting for its answer. */
export interface OpenSupervision {
  noticeId: string;
  unitId: string;
  step: DeadlineStep | null;
  issuedAt: string;
  answerDueAt: string | null;
}

/** A request to move a deadline, waiting for a unit above the requester to rule on it. */
export interface ExtensionRequest {
  step: 'resolution' | 'part';
  unitId: string;
  /** The requesting unit's path, so the core can tell who is above it. */
  unitPath: string[];
  until: string;
  reason: string;
  requestedAt: string;
}

export interface StepBudgets {
  accept: Duration | null;
  firstResponse: Duration | null;
  resolution: Duration | null;
}

/** The city's auto-escalation (自动上报) policy for overdue deadlines. */
export interface AutoEscalationPolicy {
  enabled: boolean;
  /** Which overdue steps escalate the case one level up. */
  steps: PolicyStep[];
  /** How long after the deadline passed; null escalates at once. */
  after: Duration | null;
  /** Holders whose overdue cases escalate (a department's case is supervised, not moved, by default). */
  fromKinds: UnitKind[];
}

/** What the core needs to set deadlines: the calendar, the case's time limits and the city's policy. */
export interface LoopTiming {
  calendar: WorkingCalendar;
  budgets: StepBudgets;
  /** A nearing warning when this share of the time is gone, e.g. 80. */
  warnAtPercent: number;
  supervisionAnswerWithin: Duration;
  /** How long a resolved case waits for a rating, and an unsatisfied one for a reopening, before it closes. */
  closeAfter: Duration;
  autoEscalation: AutoEscalationPolicy;
}

/** The timers an event leaves behind. */
export interface CaseTimers {
  deadlines: Deadline[];
  closesAt: string | null;
}

const escalatableStatuses: readonly CaseStatus[] = ['submitted', 'accepted', 'in_handling'];

const iso = (date: Date) => date.toISOString();

function elapsed(timing: LoopTiming | undefined, basis: TimeBasis, from: string, to: string): number {
  if (!timing) return Math.max(0, (Date.parse(to) - Date.parse(from)) / 60_000);
  return elapsedMinutes(timing.calendar, basis, new Date(from), new Date(to));
}

function later(timing: LoopTiming | undefined, basis: TimeBasis, from: string, minutes: number): string {
  if (!timing) return iso(new Date(Date.parse(from) + Math.max(0, minutes) * 60_000));
  return iso(advance(timing.calendar, basis, new Date(from), minutes));
}

/** A deadline from `startedAt` to `dueAt`, warning when the city's share of its time is gone. */
export function newDeadline(
  timing: LoopTiming,
  step: DeadlineStep,
  unitId: string,
  startedAt: string,
  dueAt: string,
  basis: TimeBasis,
): Deadline {
  const span = elapsed(timing, basis, startedAt, dueAt);
  const warnAt = later(timing, basis, startedAt, (span * timing.warnAtPercent) / 100);
  return {
    step,
    unitId,
    startedAt,
    dueAt,
    warnAt: warnAt < dueAt ? warnAt : dueAt,
    basis,
    paused: null,
    warnedAt: null,
    overdueAt: null,
    noticeId: null,
    escalateAt: null,
    extensions: 0,
  };
}

function startStep(timing: LoopTiming | undefined, step: PolicyStep, unitId: string, at: string): Deadline | null {
  const budget = timing && { accept: timing.budgets.accept, first_response: timing.budgets.firstResponse, resolution: timing.budgets.resolution }[step];
  if (!timing || !budget) return null;
  return newDeadline(timing, step, unitId, at, iso(addDuration(timing.calendar, new Date(at), budget)), basisOf(budget.unit));
}

/** The deadlines of a new handling round: accept, first response and resolution, for `unitId`. */
function roundDeadlines(timing: LoopTiming | undefined, unitId: string, at: string): Deadline[] {
  return policySteps.map((step) => startStep(timing, step, unitId, at)).filter((deadline): deadline is Deadline => deadline !== null);
}

/** Whether the city's policy escalates a case overdue on `step` while `holder` holds it. */
function escalates(timing: LoopTiming | undefined, step: DeadlineStep, holder: UnitRef, status: CaseStatus): boolean {
  const policy = timing?.autoEscalation;
  return (
    !!policy?.enabled &&
    step !== 'part' &&
    policy.steps.includes(step) &&
    policy.fromKinds.includes(holder.kind) &&
    holder.parentId !== null &&
    escalatableStatuses.includes(status)
  );
}

/**
 * The timers after `event`, from the state before it. Called by `decide`, which stores the result
 * on the event; `evolve` only copies it.
 */
export function timersAfter(
  state: CaseState,
  event: CaseEvent,
  context: { timing?: LoopTiming | undefined; holder?: UnitRef },
): CaseTimers {
  const { timing } = context;
  const at = event.at;
  let deadlines = state.deadlines.map((deadline) => ({ ...deadline }));
  let closesAt = state.closesAt;
  const end = (step: DeadlineStep, unitId?: string) => {
    deadlines = deadlines.filter((deadline) => !(deadline.step === step && (unitId === undefined || deadline.unitId === unitId)));
  };
  const startAccept = (unitId: string) => {
    const accept = startStep(timing, 'accept', unitId, at);
    if (accept) deadlines.push(accept);
  };
  // Round deadlines follow the case to its new holder; what was raised for the old one stays recorded.
  const follow = (unitId: string) => {
    for (const deadline of deadlines) {
      if (deadline.step !== 'part') {
        deadline.unitId = unitId;
        deadline.escalateAt = null;
      }
    }
  };
  const find = (step: DeadlineStep, unitId: string) => deadlines.find((deadline) => deadline.step === step && deadline.unitId === unitId);

  switch (event.type) {
    case 'submitted':
      deadlines = roundDeadlines(timing, event.toUnitId, at);
      closesAt = null;
      break;
    case 'accepted':
      end('accept');
      break;
    case 'responded':
      end('accept');
      end('first_response');
      break;
    case 'noted':
      if (event.payload.visibleToResident) end('first_response');
      break;
    case 'dispatched':
    case 'escalated':
    case 'returned':
      end('accept');
      follow(event.toUnitId);
      // A returned case waits for the dispatcher's ruling: that is its next acceptance.
      startAccept(event.toUnitId);
      break;
    case 'return_ruled':
      end('accept');
      follow(event.toUnitId);
      if (!event.payload.upheld) startAccept(event.toUnitId);
      break;
    case 'joint_started': {
      end('accept');
      follow(event.toUnitId);
      const resolution = deadlines.find((deadline) => deadline.step === 'resolution');
      const basis: TimeBasis = timing?.budgets.resolution ? basisOf(timing.budgets.resolution.unit) : 'clock';
      for (const part of event.payload.parts) {
        const dueAt = part.dueAt ?? resolution?.dueAt ?? null;
        if (timing && dueAt) deadlines.push(newDeadline(timing, 'part', part.unitId, at, dueAt, basis));
      }
      break;
    }
    case 'part_reported':
      end('part', event.payload.unitId);
      break;
    case 'held':
      for (const deadline of deadlines) {
        deadline.paused = {
          warnIn: elapsed(timing, deadline.basis, at, deadline.warnAt),
          dueIn: elapsed(timing, deadline.basis, at, deadline.dueAt),
        };
      }
      break;
    case 'resumed':
      for (const deadline of deadlines) {
        if (!deadline.paused) continue;
        // Time already past stays past: a hold does not excuse a deadline it came after.
        if (deadline.paused.dueIn > 0) deadline.dueAt = later(timing, deadline.basis, at, deadline.paused.dueIn);
        if (deadline.paused.warnIn > 0) deadline.warnAt = later(timing, deadline.basis, at, deadline.paused.warnIn);
        if (deadline.escalateAt !== null && deadline.escalateAt < at) deadline.escalateAt = at;
        deadline.paused = null;
      }
      break;
    case 'resolved':
      deadlines = [];
      closesAt = timing ? iso(addDuration(timing.calendar, new Date(at), timing.closeAfter)) : null;
      break;
    case 'rated':
      // A satisfied resident is done; an unsatisfied one has the rating period to reopen the case.
      closesAt = event.payload.level !== 'unsatisfied' ? at : timing ? iso(addDuration(timing.calendar, new Date(at), timing.closeAfter)) : null;
      break;
    case 'reopened':
      deadlines = roundDeadlines(timing, event.toUnitId, at);
      closesAt = null;
      break;
    case 'closed':
      deadlines = [];
      closesAt = null;
      break;
    case 'deadline_warned': {
      const deadline = find(event.payload.step, event.payload.unitId);
      if (!deadline) break;
      deadline.warnedAt ??= at;
      if (event.payload.level === 'overdue') {
        deadline.overdueAt = at;
        if (context.holder && escalates(timing, deadline.step, context.holder, state.status)) {
          deadline.escalateAt = timing!.autoEscalation.after ? iso(addDuration(timing!.calendar, new Date(at), timing!.autoEscalation.after)) : at;
        }
      }
      break;
    }
    case 'supervised': {
      const { step, unitId, noticeId } = event.payload;
      const deadline = step ? find(step, unitId) : undefined;
      if (deadline && deadline.overdueAt !== null && deadline.noticeId === null) deadline.noticeId = noticeId;
      break;
    }
    case 'extension_ruled': {
      const { approved, step, unitId, until } = event.payload;
      const deadline = find(step, unitId);
      if (!approved || !deadline || !timing) break;
      const extended = newDeadline(timing, deadline.step, deadline.unitId, at, until, deadline.basis);
      Object.assign(deadline, {
        dueAt: extended.dueAt,
        warnAt: extended.warnAt,
        warnedAt: null,
        overdueAt: null,
        noticeId: null,
        escalateAt: null,
        extensions: deadline.extensions + 1,
      });
      break;
    }
    default:
      break;
  }
  deadlines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : deadlineSteps.indexOf(a.step) - deadlineSteps.indexOf(b.step)));
  return { deadlines, closesAt };
}

/** Something the deadline sweep must do for a case. */
export type DueCheck =
  | { type: 'warn'; at: string; step: DeadlineStep; unitId: string; level: 'nearing' | 'overdue' }
  | { type: 'supervise'; at: string; step: DeadlineStep; unitId: string; dueAt: string }
  | { type: 'escalate'; at: string; step: DeadlineStep; unitId: string }
  | { type: 'close'; at: string };

const canEscalateNow = (state: CaseState) => escalatableStatuses.includes(state.status);
const closable = (state: CaseState) => state.status === 'resolved' || state.status === 'rated';

/**
 * The checks due at `now`, most pressing first. `nextCheckAt` is the earliest time this list is
 * not empty: the two are written from the same rules, so the sweep never misses a check and
 * never wakes for nothing.
 */
export function dueChecks(state: CaseState, now: string): DueCheck[] {
  const checks: DueCheck[] = [];
  if (state.status === 'closed') return checks;
  for (const deadline of state.status === 'awaiting_resident' ? [] : state.deadlines) {
    if (deadline.paused) continue;
    const { step, unitId } = deadline;
    if (deadline.overdueAt === null) {
      if (deadline.dueAt <= now) checks.push({ type: 'warn', at: deadline.dueAt, step, unitId, level: 'overdue' });
      else if (deadline.warnedAt === null && deadline.warnAt <= now) checks.push({ type: 'warn', at: deadline.warnAt, step, unitId, level: 'nearing' });
    } else if (deadline.noticeId === null) {
      if (deadline.overdueAt <= now) checks.push({ type: 'supervise', at: deadline.overdueAt, step, unitId, dueAt: deadline.dueAt });
    } else if (deadline.escalateAt !== null && deadline.escalateAt <= now && canEscalateNow(state)) {
      checks.push({ type: 'escalate', at: deadline.escalateAt, step, unitId });
    }
  }
  if (state.closesAt !== null && state.closesAt <= now && closable(state)) checks.push({ type: 'close', at: state.closesAt });
  return checks.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** When the sweep must next look at the case, or null when nothing is pending. */
export function nextCheckAt(state: CaseState): string | null {
  if (state.status === 'closed') return null;
  const times: string[] = [];
  for (const deadline of state.status === 'awaiting_resident' ? [] : state.deadlines) {
    if (deadline.paused) continue;
    if (deadline.overdueAt === null) times.push(deadline.warnedAt === null ? deadline.warnAt : deadline.dueAt);
    else if (deadline.noticeId === null) times.push(deadline.overdueAt);
    else if (deadline.escalateAt !== null && canEscalateNow(state)) times.push(deadline.escalateAt);
  }
  if (state.closesAt !== null && closable(state)) times.push(state.closesAt);
  return times.length === 0 ? null : times.reduce((earliest, time) => (time < earliest ? time : earliest));
}

/** How a deadline stands at `now`, for lists and badges. */
export function deadlineState(deadline: Deadline, now: string): 'paused' | 'overdue' | 'nearing' | 'running' {
  if (deadline.paused) return 'paused';
  if (deadline.dueAt <= now) return 'overdue';
  if (deadline.warnAt <= now) return 'nearing';
  return 'running';
}

/** The deadline columns of a case: the open step deadlines and the earliest of all. */
export function deadlineColumns(state: CaseState) {
  const dueOf = (step: DeadlineStep) => state.deadlines.find((deadline) => deadline.step === step)?.dueAt ?? null;
  const running = state.deadlines.filter((deadline) => !deadline.paused);
  return {
    acceptDueAt: dueOf('accept'),
    firstResponseDueAt: dueOf('first_response'),
    resolutionDueAt: dueOf('resolution'),
    dueAt: running.length === 0 ? null : running.reduce((earliest, deadline) => (deadline.dueAt < earliest ? deadline.dueAt : earliest), running[0]!.dueAt),
    nextCheckAt: nextCheckAt(state),
  };
}
