/**
 * The case state machine: one explicit table of which command may move a case from which status
 * to which, and who may issue it. `decide` checks a command against the table and the case's
 * state and yields exactly one event or a refusal with a reason; `evolve` applies an event. The
 * API runs both inside one database transaction, so the row and its event never disagree.
 */
import { addDuration } from '../calendar/index.js';
import { isWithin, type UnitRef } from '../units.js';
import { openStatuses, type CaseState, type CaseStatus, type JointPart, type RatingLevel } from './case.js';
import {
  timersAfter,
  type CaseTimers,
  type DeadlineStep,
  type ExtensionRequest,
  type LoopTiming,
  type OpenSupervision,
} from './deadlines.js';

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** A policy provision a reply relies on: the knowledge-base document, article and version cited. */
export interface Citation {
  documentId: string;
  title: string;
  /** e.g. 第二十条; null when the document has no numbered articles. */
  articleNumber: string | null;
  articleId: string | null;
  /** The version (date) of the document cited, so a later amendment does not change the citation. */
  version: string | null;
}

/** A joint meeting (联席会议) record: it fixes who does what in a joint handling. */
export interface JointMeeting {
  heldAt: string;
  attendees: string[];
  decisions: string;
}

export type CaseCommand =
  | { type: 'accept' }
  | { type: 'respond'; message: string }
  | { type: 'note'; message: string; visibleToResident: boolean }
  | { type: 'dispatch'; to: UnitRef; note?: string }
  | { type: 'escalate'; to: UnitRef; reason: string }
  | { type: 'return'; reason: string }
  | { type: 'rule_return'; upheld: boolean; note?: string }
  | {
      type: 'start_joint';
      lead: UnitRef;
      parts: { unit: UnitRef; share: string; dueAt: string | null }[];
      meeting?: JointMeeting;
    }
  | { type: 'report_part'; report: string }
  | { type: 'hold'; reason: string }
  | { type: 'resume'; note?: string }
  | { type: 'resolve'; reply: string; attachments?: Attachment[]; citations?: Citation[]; overrideReason?: string }
  | { type: 'rate'; level: RatingLevel; comment?: string }
  | { type: 'reopen'; reason: string; to?: UnitRef }
  | { type: 'close'; reason?: string }
  /** The sweep records that a deadline is near or past (预警). */
  | { type: 'warn'; step: DeadlineStep; unitId: string; level: 'nearing' | 'overdue' }
  /** A supervision notice (督办单) to the unit answering for the case or a part of it. */
  | { type: 'supervise'; noticeId: string; unitId: string; step: DeadlineStep | null; reason: string }
  | { type: 'answer_supervision'; noticeId: string; answer: string }
  /** Ask a unit above to move the resolution deadline, or a co-unit's part deadline. */
  | { type: 'request_extension'; step: 'resolution' | 'part'; until: string; reason: string }
  | { type: 'rule_extension'; approved: boolean; until?: string; note?: string };

export type CaseCommandType = CaseCommand['type'];

/** The event each command yields, named for what happened. `submitted` is the creation event. */
export const eventTypeOf = {
  accept: 'accepted',
  respond: 'responded',
  note: 'noted',
  dispatch: 'dispatched',
  escalate: 'escalated',
  return: 'returned',
  rule_return: 'return_ruled',
  start_joint: 'joint_started',
  report_part: 'part_reported',
  hold: 'held',
  resume: 'resumed',
  resolve: 'resolved',
  rate: 'rated',
  reopen: 'reopened',
  close: 'closed',
  warn: 'deadline_warned',
  supervise: 'supervised',
  answer_supervision: 'supervision_answered',
  request_extension: 'extension_requested',
  rule_extension: 'extension_ruled',
} as const satisfies Record<CaseCommandType, string>;

export type CaseEventType = 'submitted' | (typeof eventTypeOf)[CaseCommandType];

export type Actor =
  | { type: 'resident' }
  | { type: 'staff'; accountId: string; unit: UnitRef }
  | { type: 'system' };

/**
 * Who may issue a command, relative to the case:
 * - `holder`: staff of the unit holding the case;
 * - `above`: staff of a unit above the holder (a street over its communities, the city over all);
 * - `joint_member`: staff of a co-unit of the current joint handling;
 * - `resident`: the resident who filed it (the API checks the case secret);
 * - `system`: the platform's own jobs (deadline sweep, auto-close);
 * - `supervised`: staff of a unit with a supervision notice on the case not yet answered;
 * - `approver`: staff of a unit above the one whose extension request waits for a ruling.
 */
export type Party = 'holder' | 'above' | 'joint_member' | 'resident' | 'system' | 'supervised' | 'approver';

export interface Transition {
  from: readonly CaseStatus[];
  /** The statuses the command can lead to; the handler picks one. */
  to: readonly CaseStatus[];
  by: readonly Party[];
  /**
   * A condition on the case itself (not on the command's arguments) that must also hold. Shared
   * by `decide` and `allowedCommands`, so a button is never offered for a move that will be refused.
   */
  guard?: (state: CaseState, ctx: DecisionContext) => Refusal | null;
}

const illegal = (reason: string): Refusal => ({ code: 'illegal_transition', reason });
const closesWithoutRating = (state: CaseState) => state.kind === 'consultation' || state.kind === 'praise';

const workingStatuses = ['submitted', 'accepted', 'in_handling'] as const;
const activeStatuses = ['accepted', 'in_handling', 'joint_handling', 'awaiting_resident'] as const;
const extendableStatuses = ['submitted', 'accepted', 'in_handling', 'joint_handling', 'returned'] as const;

/** The table. Every legal move of a case is one row here; anything else is refused. */
export const transitions: Record<CaseCommandType, Transition> = {
  accept: { from: ['submitted'], to: ['accepted'], by: ['holder'] },
  respond: { from: ['accepted'], to: ['in_handling'], by: ['holder'] },
  note: { from: activeStatuses, to: activeStatuses, by: ['holder', 'joint_member'] },
  dispatch: { from: [...workingStatuses, 'returned'], to: ['submitted'], by: ['holder', 'above'] },
  escalate: {
    from: workingStatuses,
    to: ['submitted'],
    by: ['holder', 'system'],
    guard: (_, ctx) => (ctx.holder.parentId === null ? illegal('the city is the top level; there is nowhere to escalate') : null),
  },
  return: {
    from: ['submitted', 'accepted'],
    to: ['returned'],
    by: ['holder'],
    guard: (state) =>
      state.arrival !== 'dispatch' || state.dispatcherUnitId === null
        ? illegal('only a dispatched case can be returned, and only once; escalate it instead')
        : null,
  },
  rule_return: {
    from: ['returned'],
    to: ['accepted', 'submitted'],
    by: ['holder'],
    guard: (state) => (state.returnedByUnitId === null ? illegal('there is no return to rule on') : null),
  },
  start_joint: { from: ['accepted', 'in_handling'], to: ['joint_handling'], by: ['holder', 'above'] },
  report_part: {
    from: ['joint_handling'],
    to: ['joint_handling'],
    by: ['joint_member'],
    guard: (state, ctx) => {
      const part = state.joint?.parts.find((candidate) => ctx.actor.type === 'staff' && candidate.unitId === ctx.actor.unit.id);
      return part && part.reportedAt !== null ? illegal('this unit has already reported its part') : null;
    },
  },
  hold: { from: ['in_handling'], to: ['awaiting_resident'], by: ['holder'] },
  resume: { from: ['awaiting_resident'], to: ['in_handling'], by: ['holder', 'resident'] },
  resolve: {
    from: ['submitted', 'accepted', 'in_handling', 'joint_handling'],
    to: ['resolved'],
    by: ['holder'],
    guard: (state) =>
      state.status === 'submitted' && state.kind !== 'consultation'
        ? illegal('only a consultation can be answered before it is accepted')
        : null,
  },
  rate: { from: ['resolved'], to: ['rated'], by: ['resident'] },
  reopen: {
    from: ['rated'],
    to: ['submitted'],
    by: ['resident'],
    guard: (state) => (state.rating !== 'unsatisfied' ? illegal('only an unsatisfied rating reopens a case') : null),
  },
  close: {
    from: ['resolved', 'rated'],
    to: ['closed'],
    by: ['holder', 'system'],
    guard: (state, ctx) => {
      if (ctx.actor.type === 'system') return null;
      if (state.status === 'resolved' && !closesWithoutRating(state)) {
        return illegal('a resolved case waits for the resident\'s rating; it closes by itself when the rating period ends');
      }
      if (state.rating === 'unsatisfied') {
        return illegal('the resident was unsatisfied; the case stays open for reopening until the rating period ends');
      }
      return null;
    },
  },
  warn: { from: openStatuses, to: openStatuses, by: ['system'] },
  supervise: { from: openStatuses, to: openStatuses, by: ['system', 'above'] },
  // A notice must be answered whatever became of the case since: it asks why it was late.
  answer_supervision: { from: caseStatusesAll(), to: caseStatusesAll(), by: ['supervised'] },
  request_extension: {
    from: extendableStatuses,
    to: extendableStatuses,
    by: ['holder', 'joint_member'],
    guard: (state, ctx) => {
      if (state.pendingExtension) return illegal('an extension request is already waiting for a ruling');
      const unitId = ctx.actor.type === 'staff' ? ctx.actor.unit.id : null;
      const own = state.deadlines.some(
        (deadline) => deadline.unitId === unitId && (deadline.step === 'part' || (deadline.step === 'resolution' && unitId === state.holderUnitId)),
      );
      return own ? null : illegal('no resolution or part deadline of your unit is running');
    },
  },
  // Not while the clock is stopped: the ruling waits until handling resumes.
  rule_extension: {
    from: extendableStatuses,
    to: extendableStatuses,
    by: ['approver'],
    guard: (state) => (state.pendingExtension ? null : illegal('there is no extension request to rule on')),
  },
};

function caseStatusesAll(): CaseStatus[] {
  return ['submitted', 'accepted', 'in_handling', 'joint_handling', 'awaiting_resident', 'returned', 'resolved', 'rated', 'closed'];
}

interface EventBase {
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  fromUnitId: string | null;
  /** The holder after the event. */
  toUnitId: string;
  reason: string | null;
  /** The handling round the event belongs to. */
  round: number;
  /** When it happened, ISO 8601. */
  at: string;
  /** The deadlines and closing time after the event, when it changed them. */
  timers?: CaseTimers;
}

export type CaseEvent = EventBase &
  (
    | { type: 'submitted'; payload: Record<string, never> }
    | { type: 'accepted'; payload: Record<string, never> }
    | { type: 'responded'; payload: { message: string } }
    | { type: 'noted'; payload: { message: string; visibleToResident: boolean } }
    | { type: 'dispatched'; payload: { note: string | null; dispatcherUnitId: string } }
    | { type: 'escalated'; payload: Record<string, never> }
    | { type: 'returned'; payload: { returnedByUnitId: string } }
    | { type: 'return_ruled'; payload: { upheld: boolean; returnedByUnitId: string; note: string | null } }
    | { type: 'joint_started'; payload: { leadUnitId: string; parts: JointPart[]; meeting: JointMeeting | null } }
    | { type: 'part_reported'; payload: { unitId: string; report: string } }
    | { type: 'held'; payload: Record<string, never> }
    | { type: 'resumed'; payload: { note: string | null } }
    | { type: 'resolved'; payload: { reply: string; attachments: Attachment[]; citations: Citation[]; overrideReason: string | null } }
    | { type: 'rated'; payload: { level: RatingLevel; comment: string | null } }
    | { type: 'reopened'; payload: Record<string, never> }
    | { type: 'closed'; payload: { automatic: boolean } }
    | { type: 'deadline_warned'; payload: { step: DeadlineStep; unitId: string; level: 'nearing' | 'overdue'; dueAt: string } }
    | { type: 'supervised'; payload: OpenSupervision & { reason: string } }
    | { type: 'supervision_answered'; payload: { noticeId: string; unitId: string; answer: string } }
    | { type: 'extension_requested'; payload: ExtensionRequest }
    | {
        type: 'extension_ruled';
        payload: { approved: boolean; step: 'resolution' | 'part'; unitId: string; until: string; note: string | null; previousDueAt: string | null };
      }
  );

export interface DecisionContext {
  actor: Actor;
  /** The unit holding the case now. */
  holder: UnitRef;
  /** Timestamp the event will carry, ISO 8601. */
  now: string;
  /**
   * The calendar, time limits and policy that set deadlines. Without it the case keeps no
   * deadlines (the demo history replays this way); the API always gives it.
   */
  timing?: LoopTiming | undefined;
}

export type RefusalCode = 'illegal_transition' | 'forbidden' | 'invalid_command';

export interface Refusal {
  code: RefusalCode;
  reason: string;
}

export type Decision = { ok: true; event: CaseEvent } | { ok: false; refusal: Refusal };

const refuse = (code: RefusalCode, reason: string): Decision => ({ ok: false, refusal: { code, reason } });

/** The parties `actor` is with respect to this case. */
export function partiesOf(state: CaseState, ctx: DecisionContext): Party[] {
  const { actor, holder } = ctx;
  if (actor.type === 'resident') return ['resident'];
  if (actor.type === 'system') return ['system'];
  const parties: Party[] = [];
  if (actor.unit.id === state.holderUnitId) parties.push('holder');
  else if (isWithin(holder, actor.unit)) parties.push('above');
  if (state.joint?.parts.some((part) => part.unitId === actor.unit.id)) parties.push('joint_member');
  if (state.supervisions.some((notice) => notice.unitId === actor.unit.id)) parties.push('supervised');
  const request = state.pendingExtension;
  if (request && request.unitId !== actor.unit.id && request.unitPath.includes(actor.unit.id)) parties.push('approver');
  return parties;
}

/** The commands the actor may issue now, for showing only the actions that will work. */
export function allowedCommands(state: CaseState, ctx: DecisionContext): CaseCommandType[] {
  const parties = partiesOf(state, ctx);
  return (Object.keys(transitions) as CaseCommandType[]).filter((type) => {
    const row = transitions[type];
    return row.from.includes(state.status) && row.by.some((party) => parties.includes(party)) && !row.guard?.(state, ctx);
  });
}

/**
 * Decides whether `command` may be applied to a case in `state`, and what event it yields. The
 * event carries the case's timers after it when it changes them (see deadlines.ts).
 */
export function decide(state: CaseState, command: CaseCommand, ctx: DecisionContext): Decision {
  const decision = decideEvent(state, command, ctx);
  if (!decision.ok) return decision;
  const timers = timersAfter(state, decision.event, ctx);
  if (sameValue(timers, { deadlines: state.deadlines, closesAt: state.closesAt })) return decision;
  return { ok: true, event: { ...decision.event, timers } };
}

/** Structural equality of JSON-like values (key order ignored: jsonb reorders keys). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** An instant as the core stores it (`toISOString`), or null when it is not one. */
function instant(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function decideEvent(state: CaseState, command: CaseCommand, ctx: DecisionContext): Decision {
  const row = transitions[command.type];
  if (!row) return refuse('invalid_command', `unknown command`);
  if (!row.from.includes(state.status)) {
    return refuse(
      'illegal_transition',
      `cannot ${command.type.replace('_', ' ')} a case that is ${state.status.replace('_', ' ')}; ` +
        `allowed from: ${row.from.join(', ')}`,
    );
  }
  const parties = partiesOf(state, ctx);
  if (!row.by.some((party) => parties.includes(party))) {
    return refuse('forbidden', `only ${row.by.join(' or ')} may ${command.type.replace('_', ' ')} this case`);
  }
  if (ctx.holder.id !== state.holderUnitId) {
    return refuse('invalid_command', 'the holder given does not hold this case');
  }
  const blocked = row.guard?.(state, ctx);
  if (blocked) return { ok: false, refusal: blocked };
  const base = {
    fromStatus: state.status,
    fromUnitId: state.holderUnitId,
    toUnitId: state.holderUnitId,
    toStatus: state.status,
    reason: null,
    round: state.round,
    at: ctx.now,
  };
  const actorUnit = ctx.actor.type === 'staff' ? ctx.actor.unit : null;

  switch (command.type) {
    case 'accept':
      return ok({ ...base, type: 'accepted', toStatus: 'accepted', payload: {} });

    case 'respond': {
      const message = command.message.trim();
      if (!message) return refuse('invalid_command', 'a first response needs a message to the resident');
      return ok({ ...base, type: 'responded', toStatus: 'in_handling', payload: { message } });
    }

    case 'note': {
      const message = command.message.trim();
      if (!message) return refuse('invalid_command', 'a note needs text');
      return ok({ ...base, type: 'noted', payload: { message, visibleToResident: command.visibleToResident } });
    }

    case 'dispatch': {
      const target = command.to;
      if (target.id === state.holderUnitId) return refuse('invalid_command', 'the case is already held by that unit');
      if (target.kind === 'city') return refuse('invalid_command', 'a case goes up to the city by escalation, not dispatch');
      const reachable = target.kind === 'department' || (actorUnit !== null && isWithin(target, actorUnit));
      if (!reachable || actorUnit === null) {
        return refuse('forbidden', 'a unit can dispatch only down its own subtree or to a department');
      }
      return ok({
        ...base,
        type: 'dispatched',
        toStatus: 'submitted',
        toUnitId: target.id,
        payload: { note: command.note?.trim() || null, dispatcherUnitId: actorUnit.id },
      });
    }

    case 'escalate': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'an escalation needs a reason');
      if (command.to.id !== ctx.holder.parentId) return refuse('invalid_command', 'a case is escalated one level up, to the holder\'s parent unit');
      return ok({ ...base, type: 'escalated', toStatus: 'submitted', toUnitId: command.to.id, reason, payload: {} });
    }

    case 'return': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'a return needs a reason');
      return ok({
        ...base,
        type: 'returned',
        toStatus: 'returned',
        toUnitId: state.dispatcherUnitId!,
        reason,
        payload: { returnedByUnitId: state.holderUnitId },
      });
    }

    case 'rule_return': {
      const returnedByUnitId = state.returnedByUnitId!;
      const note = command.note?.trim() || null;
      if (!command.upheld && !note) return refuse('invalid_command', 'rejecting a return needs a note for the unit that returned it');
      return ok({
        ...base,
        type: 'return_ruled',
        toStatus: command.upheld ? 'accepted' : 'submitted',
        toUnitId: command.upheld ? state.holderUnitId : returnedByUnitId,
        reason: note,
        payload: { upheld: command.upheld, returnedByUnitId, note },
      });
    }

    case 'start_joint': {
      if (command.parts.length === 0) return refuse('invalid_command', 'joint handling needs at least one co-unit');
      const unitIds = [command.lead.id, ...command.parts.map((part) => part.unit.id)];
      if (new Set(unitIds).size !== unitIds.length) {
        return refuse('invalid_command', 'each unit takes part once, and the lead unit is not also a co-unit');
      }
      for (const unit of [command.lead, ...command.parts.map((part) => part.unit)]) {
        if (unit.kind === 'city') return refuse('invalid_command', 'the city command centre supervises joint handling; it is not a party');
        if (unit.kind !== 'department' && !(actorUnit !== null && isWithin(unit, actorUnit))) {
          return refuse('forbidden', 'joint handling draws on departments and units below the one that starts it');
        }
      }
      if (command.parts.some((part) => !part.share.trim())) return refuse('invalid_command', 'each co-unit needs a described share');
      const dueDates = command.parts.map((part) => (part.dueAt === null ? null : instant(part.dueAt)));
      if (command.parts.some((part, index) => part.dueAt !== null && dueDates[index] === null)) {
        return refuse('invalid_command', 'a part\'s deadline must be a date and time');
      }
      if (dueDates.some((dueAt) => dueAt !== null && dueAt <= ctx.now)) return refuse('invalid_command', 'a part\'s deadline must be in the future');
      const parts: JointPart[] = command.parts.map((part, index) => ({
        unitId: part.unit.id,
        share: part.share.trim(),
        dueAt: dueDates[index] ?? null,
        reportedAt: null,
        report: null,
      }));
      return ok({
        ...base,
        type: 'joint_started',
        toStatus: 'joint_handling',
        toUnitId: command.lead.id,
        payload: { leadUnitId: command.lead.id, parts, meeting: command.meeting ?? null },
      });
    }

    case 'report_part': {
      const report = command.report.trim();
      if (!report) return refuse('invalid_command', 'a part report needs text');
      const part = state.joint?.parts.find((candidate) => candidate.unitId === actorUnit?.id);
      if (!part || !actorUnit) return refuse('forbidden', 'only a co-unit of this joint handling reports a part');
      return ok({ ...base, type: 'part_reported', payload: { unitId: actorUnit.id, report } });
    }

    case 'hold': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'pausing for the resident needs a reason they can act on');
      return ok({ ...base, type: 'held', toStatus: 'awaiting_resident', reason, payload: {} });
    }

    case 'resume':
      return ok({ ...base, type: 'resumed', toStatus: 'in_handling', payload: { note: command.note?.trim() || null } });

    case 'resolve': {
      const reply = command.reply.trim();
      if (!reply) return refuse('invalid_command', 'a reply to the resident needs text');
      const overrideReason = command.overrideReason?.trim() || null;
      if (state.status === 'joint_handling') {
        const pending = state.joint?.parts.filter((part) => part.reportedAt === null) ?? [];
        if (pending.length > 0 && !overrideReason) {
          return refuse(
            'illegal_transition',
            `${pending.length} co-unit part(s) are not reported yet; resolve with an override reason to proceed`,
          );
        }
      }
      return ok({
        ...base,
        type: 'resolved',
        toStatus: 'resolved',
        payload: { reply, attachments: command.attachments ?? [], citations: command.citations ?? [], overrideReason },
      });
    }

    case 'rate':
      return ok({
        ...base,
        type: 'rated',
        toStatus: 'rated',
        payload: { level: command.level, comment: command.comment?.trim() || null },
      });

    case 'reopen': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'reopening needs the reason the reply did not satisfy');
      const target = command.to?.id ?? state.lastHandlerUnitId ?? state.holderUnitId;
      return ok({
        ...base,
        type: 'reopened',
        toStatus: 'submitted',
        toUnitId: target,
        reason,
        round: state.round + 1,
        payload: {},
      });
    }

    case 'close': {
      const automatic = ctx.actor.type === 'system';
      return ok({ ...base, type: 'closed', toStatus: 'closed', reason: command.reason?.trim() || null, payload: { automatic } });
    }

    case 'warn': {
      const deadline = runningDeadline(state, command.step, command.unitId);
      if (!deadline) return refuse('invalid_command', `no ${command.step.replace('_', ' ')} deadline is running for that unit`);
      if (deadline.paused) return refuse('illegal_transition', 'the clock is stopped while the case waits for the resident');
      if (deadline.overdueAt !== null) return refuse('illegal_transition', 'this deadline is already recorded as passed');
      if (command.level === 'overdue' && ctx.now < deadline.dueAt) return refuse('invalid_command', 'the deadline has not passed yet');
      if (command.level === 'nearing') {
        if (deadline.warnedAt !== null) return refuse('illegal_transition', 'this deadline has had its warning');
        if (ctx.now < deadline.warnAt) return refuse('invalid_command', 'it is too early to warn about this deadline');
      }
      return ok({
        ...base,
        type: 'deadline_warned',
        payload: { step: command.step, unitId: command.unitId, level: command.level, dueAt: deadline.dueAt },
      });
    }

    case 'supervise': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'a supervision notice needs a reason the unit can answer');
      if (state.supervisions.some((notice) => notice.noticeId === command.noticeId)) return refuse('invalid_command', 'that notice was issued already');
      const answerable = command.unitId === state.holderUnitId || state.joint?.parts.some((part) => part.unitId === command.unitId);
      if (!answerable) return refuse('invalid_command', 'a notice goes to the unit holding the case or to a co-unit of its joint handling');
      if (ctx.actor.type === 'system') {
        const deadline = command.step ? runningDeadline(state, command.step, command.unitId) : undefined;
        if (!deadline || deadline.overdueAt === null || deadline.noticeId !== null) {
          return refuse('illegal_transition', 'the platform supervises a passed deadline, once');
        }
      } else if (actorUnit?.id === command.unitId) {
        return refuse('forbidden', 'a unit does not supervise itself');
      }
      const answerDueAt = ctx.timing ? addDuration(ctx.timing.calendar, new Date(ctx.now), ctx.timing.supervisionAnswerWithin).toISOString() : null;
      return ok({
        ...base,
        type: 'supervised',
        reason,
        payload: { noticeId: command.noticeId, unitId: command.unitId, step: command.step, issuedAt: ctx.now, answerDueAt, reason },
      });
    }

    case 'answer_supervision': {
      const answer = command.answer.trim();
      if (!answer) return refuse('invalid_command', 'answer the notice: what was done, and by when the rest will be');
      const notice = state.supervisions.find((candidate) => candidate.noticeId === command.noticeId);
      if (!notice) return refuse('invalid_command', 'there is no open supervision notice with that id on this case');
      if (notice.unitId !== actorUnit?.id) return refuse('forbidden', 'only the unit the notice was sent to answers it');
      return ok({ ...base, type: 'supervision_answered', payload: { noticeId: notice.noticeId, unitId: notice.unitId, answer } });
    }

    case 'request_extension': {
      const reason = command.reason.trim();
      if (!reason) return refuse('invalid_command', 'an extension needs a reason (it is also told to the resident)');
      const until = instant(command.until);
      if (!until) return refuse('invalid_command', 'give the new deadline as a date and time');
      const requester = command.step === 'resolution' ? (actorUnit?.id === state.holderUnitId ? ctx.holder : null) : actorUnit;
      if (!requester) return refuse('forbidden', 'the unit holding the case asks for more time to resolve it');
      if (command.step === 'part' && !state.joint?.parts.some((part) => part.unitId === requester.id)) {
        return refuse('forbidden', 'only a co-unit asks for more time for its part');
      }
      const deadline = runningDeadline(state, command.step, requester.id);
      if (!deadline) return refuse('illegal_transition', `no ${command.step} deadline is running for your unit`);
      if (until <= ctx.now || until <= deadline.dueAt) return refuse('invalid_command', 'an extension moves the deadline later than it is now');
      if (requester.parentId === null) {
        return refuse('illegal_transition', 'the city command centre is the top level: no unit above it rules on extensions');
      }
      return ok({
        ...base,
        type: 'extension_requested',
        reason,
        payload: { step: command.step, unitId: requester.id, unitPath: [...requester.path], until, reason, requestedAt: ctx.now },
      });
    }

    case 'rule_extension': {
      const request = state.pendingExtension!;
      const note = command.note?.trim() || null;
      if (!command.approved && !note) return refuse('invalid_command', 'refusing an extension needs a note for the unit that asked');
      const until = command.until === undefined ? request.until : instant(command.until);
      if (!until) return refuse('invalid_command', 'give the new deadline as a date and time');
      const deadline = runningDeadline(state, request.step, request.unitId);
      if (command.approved && !deadline) return refuse('illegal_transition', 'the deadline to extend is no longer running');
      if (command.approved && (until <= ctx.now || (deadline && until <= deadline.dueAt))) {
        return refuse('invalid_command', 'an approved extension moves the deadline later than it is now');
      }
      return ok({
        ...base,
        type: 'extension_ruled',
        reason: note,
        payload: { approved: command.approved, step: request.step, unitId: request.unitId, until, note, previousDueAt: deadline?.dueAt ?? null },
      });
    }
  }
}

const runningDeadline = (state: CaseState, step: DeadlineStep, unitId: string) =>
  state.deadlines.find((deadline) => deadline.step === step && deadline.unitId === unitId);

function ok(event: CaseEvent): Decision {
  return { ok: true, event };
}

/** Applies an event to a state. Pure: the same state and event always give the same result. */
export function evolve(state: CaseState, event: CaseEvent): CaseState {
  const next = applyEvent(state, event);
  // An extension request lapses with the deadline it was for (met, or gone with the holder).
  const request = next.pendingExtension;
  if (request && !next.deadlines.some((deadline) => deadline.step === request.step && deadline.unitId === request.unitId)) {
    return { ...next, pendingExtension: null };
  }
  return next;
}

function applyEvent(state: CaseState, event: CaseEvent): CaseState {
  const next: CaseState = { ...state, status: event.toStatus, holderUnitId: event.toUnitId, round: event.round };
  // A hop is a move between units; the creation event places the case, it does not move it.
  const moved = event.fromUnitId !== null && event.toUnitId !== event.fromUnitId;
  if (moved) next.hops = state.hops + 1;
  if (event.timers) {
    next.deadlines = event.timers.deadlines;
    next.closesAt = event.timers.closesAt;
  }
  switch (event.type) {
    case 'dispatched':
      return { ...next, arrival: 'dispatch', dispatcherUnitId: event.payload.dispatcherUnitId, returnedByUnitId: null };
    case 'escalated':
      return { ...next, arrival: 'escalation', dispatcherUnitId: null, returnedByUnitId: null };
    case 'returned':
      return { ...next, returnedByUnitId: event.payload.returnedByUnitId };
    case 'return_ruled':
      return {
        ...next,
        arrival: event.payload.upheld ? 'return_upheld' : 'return_rejected',
        returnedByUnitId: null,
      };
    case 'joint_started':
      return { ...next, joint: { leadUnitId: event.payload.leadUnitId, parts: event.payload.parts } };
    case 'part_reported':
      return {
        ...next,
        joint: state.joint && {
          ...state.joint,
          parts: state.joint.parts.map((part) =>
            part.unitId === event.payload.unitId ? { ...part, reportedAt: event.at, report: event.payload.report } : part,
          ),
        },
      };
    case 'resolved':
      return { ...next, lastHandlerUnitId: state.holderUnitId };
    case 'rated':
      return { ...next, rating: event.payload.level, firstRating: state.firstRating ?? event.payload.level, finalRating: event.payload.level };
    case 'reopened':
      return { ...next, arrival: 'reopen', rating: null, joint: null, dispatcherUnitId: null, returnedByUnitId: null };
    case 'held':
      return { ...next, pausedAt: event.at };
    case 'resumed':
      return { ...next, pausedAt: null };
    case 'supervised': {
      const { noticeId, unitId, step, issuedAt, answerDueAt } = event.payload;
      return { ...next, supervisions: [...state.supervisions, { noticeId, unitId, step, issuedAt, answerDueAt }] };
    }
    case 'supervision_answered':
      return { ...next, supervisions: state.supervisions.filter((notice) => notice.noticeId !== event.payload.noticeId) };
    case 'extension_requested':
      return { ...next, pendingExtension: event.payload };
    case 'extension_ruled': {
      const { approved, step, unitId, until } = event.payload;
      const joint =
        approved && step === 'part' && state.joint
          ? { ...state.joint, parts: state.joint.parts.map((part) => (part.unitId === unitId ? { ...part, dueAt: until } : part)) }
          : state.joint;
      return { ...next, pendingExtension: null, joint };
    }
    default:
      return next;
  }
}
