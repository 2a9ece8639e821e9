import {
  decide,
  evolve,
  type Actor,
  type Attachment,
  type CaseCommand,
  type CaseEvent,
  type Citation,
  type DeadlineStep,
  type JointMeeting,
  type RatingLevel,
} from '@huying/core';
import { eq, sql } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cases, deadlineWarnings, supervisionNotices, type caseEvents } from '../../db/schema/index.js';
import { ProblemError, type ProblemCode } from '../../http/problems.js';
import { verifyCitations } from '../kb/citations.js';
import { caseTiming, LoopCache } from '../loop/settings.js';
import { intakeConfig } from '../routing/intake-config.js';
import { cityRootUnit, type NamedUnitRef } from '../units.js';
import { appendCaseEvent } from './events.js';
import { stateColumns, stateOf, type CaseRow } from './state.js';

/** A command as clients send it: units by id. The service resolves them before the core decides. */
export type CaseCommandInput =
  | { type: 'accept' }
  | { type: 'respond'; message: string }
  | { type: 'note'; message: string; visibleToResident?: boolean }
  | { type: 'dispatch'; toUnitId: string; note?: string }
  | { type: 'escalate'; reason: string }
  | { type: 'return'; reason: string }
  | { type: 'rule_return'; upheld: boolean; note?: string }
  | {
      type: 'start_joint';
      leadUnitId: string;
      parts: { unitId: string; share: string; dueAt?: string | null }[];
      meeting?: JointMeeting;
    }
  | { type: 'report_part'; report: string }
  | { type: 'hold'; reason: string }
  | { type: 'resume'; note?: string }
  | { type: 'resolve'; reply: string; attachments?: Attachment[]; citations?: Citation[]; overrideReason?: string }
  | { type: 'rate'; level: RatingLevel; comment?: string }
  | { type: 'reopen'; reason: string }
  | { type: 'close'; reason?: string }
  | { type: 'warn'; step: DeadlineStep; unitId: string; level: 'nearing' | 'overdue' }
  /** Without a unit, the notice goes to the holder. */
  | { type: 'supervise'; reason: string; unitId?: string; step?: DeadlineStep | null }
  | { type: 'answer_supervision'; noticeId: string; answer: string }
  | { type: 'request_extension'; step: 'resolution' | 'part'; until: string; reason: string }
  | { type: 'rule_extension'; approved: boolean; until?: string; note?: string };

/** Who is acting: the core's actor, minus the unit tree details the service fills in. */
export type ActorInput = { type: 'resident' } | { type: 'system' } | { type: 'staff'; accountId: string; unit: NamedUnitRef };

const refusalProblem: Record<'illegal_transition' | 'forbidden' | 'invalid_command', ProblemCode> = {
  illegal_transition: 'illegal-transition',
  forbidden: 'forbidden',
  invalid_command: 'invalid-command',
};

function referencedUnitIds(input: CaseCommandInput, holder: NamedUnitRef): string[] {
  switch (input.type) {
    case 'dispatch':
      return [input.toUnitId];
    case 'escalate':
      return holder.parentId ? [holder.parentId] : [];
    case 'start_joint':
      return [input.leadUnitId, ...input.parts.map((part) => part.unitId)];
    default:
      return [];
  }
}

function toCoreCommand(input: CaseCommandInput, holder: NamedUnitRef, unit: (id: string) => NamedUnitRef, reopenTo: NamedUnitRef | null): CaseCommand {
  switch (input.type) {
    case 'reopen':
      return { type: 'reopen', reason: input.reason, ...(reopenTo ? { to: reopenTo } : {}) };
    case 'supervise':
      return { type: 'supervise', noticeId: crypto.randomUUID(), unitId: input.unitId ?? holder.id, step: input.step ?? null, reason: input.reason };
    case 'dispatch':
      return { type: 'dispatch', to: unit(input.toUnitId), ...(input.note ? { note: input.note } : {}) };
    case 'escalate':
      // The parent is the only legal target, so clients need not name it; the core still checks.
      return { type: 'escalate', to: holder.parentId ? unit(holder.parentId) : holder, reason: input.reason };
    case 'start_joint':
      return {
        type: 'start_joint',
        lead: unit(input.leadUnitId),
        parts: input.parts.map((part) => ({ unit: unit(part.unitId), share: part.share, dueAt: part.dueAt ?? null })),
        ...(input.meeting ? { meeting: input.meeting } : {}),
      };
    case 'note':
      return { type: 'note', message: input.message, visibleToResident: input.visibleToResident ?? false };
    default:
      return input;
  }
}

export interface CommandResult {
  row: CaseRow;
  event: typeof caseEvents.$inferSelect;
}

/**
 * Applies one command to one case: lock the row, let the core decide, append the event and write
 * the new state, all in one transaction. A refusal changes nothing and becomes a 403/409/422.
 */
export async function executeCaseCommand(
  deps: Pick<AppDependencies, 'database' | 'clock'>,
  options: {
    caseId: string;
    cityId: string;
    command: CaseCommandInput;
    actor: ActorInput;
    expectedVersion?: number | undefined;
    /** Runs inside the transaction after the row is locked, e.g. to check the resident's secret. */
    authorize?: (row: CaseRow) => void;
    tx?: Database;
    /** Settings and units already loaded in this run (the sweep); else they are read for this command. */
    cache?: LoopCache;
    /** The row as the caller locked and read it in `tx` (the sweep), so it is not read again. */
    locked?: CaseRow;
  },
): Promise<CommandResult> {
  // Without a caller's transaction the city's cached configuration can be read first (with PGlite's
  // single connection, not while a transaction holds it).
  const cache = options.cache ?? new LoopCache(options.tx ? undefined : await intakeConfig(deps.database.db, options.cityId));
  const run = async (tx: Database): Promise<CommandResult> => {
    const row = options.locked ?? (await tx.select().from(cases).where(eq(cases.id, options.caseId)).for('update'))[0];
    if (!row || row.id !== options.caseId || row.cityId !== options.cityId) throw new ProblemError('not-found', 'the case was not found');
    options.authorize?.(row);
    if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
      throw new ProblemError('version-conflict', `the case is at version ${row.version}, not ${options.expectedVersion}; reload it and try again`, {
        extensions: { currentVersion: row.version },
      });
    }
    const holderMap = await cache.units(tx, row.cityId, [row.holderUnitId]);
    const holder = holderMap.get(row.holderUnitId)!;
    // A reply cites only provisions the knowledge base has, recorded with the version it has.
    if (options.command.type === 'resolve' && options.command.citations?.length) {
      options = { ...options, command: { ...options.command, citations: await verifyCitations(tx, row.cityId, options.command.citations) } };
    }
    const referenced = await cache.units(tx, row.cityId, referencedUnitIds(options.command, holder));
    referenced.set(holder.id, holder);
    const settings = await cache.settings(tx, row.cityId);
    // The city decides whether an unsatisfied resident goes back to the unit that replied or to the dispatch centre.
    const reopenTo = options.command.type === 'reopen' && settings.policy.reopenTo === 'dispatch_centre' ? await cityRootUnit(tx, row.cityId) : null;
    const command = toCoreCommand(options.command, holder, (id) => referenced.get(id)!, reopenTo);
    const { timing } = await caseTiming(tx, settings, row);
    const now = deps.clock.now();
    const actor: Actor = options.actor;
    const decision = decide(stateOf(row), command, { actor, holder, now: now.toISOString(), timing });
    if (!decision.ok) {
      throw new ProblemError(refusalProblem[decision.refusal.code], decision.refusal.reason, {
        extensions: { caseStatus: row.status, command: command.type },
      });
    }
    const next = evolve(stateOf(row), decision.event);
    const seq = row.version + 1;
    const type = decision.event.type;
    // Three independent writes of one transaction, sent together: one round trip instead of three.
    const appended = appendCaseEvent(tx, {
      caseId: row.id,
      cityId: row.cityId,
      trackingCode: row.trackingCode,
      seq,
      event: decision.event,
      actor,
    });
    const written = tx
      .update(cases)
      .set({
        ...stateColumns(next),
        version: seq,
        updatedAt: now,
        ...(type === 'accepted' && !row.acceptedAt ? { acceptedAt: now } : {}),
        ...(type === 'responded' && !row.respondedAt ? { respondedAt: now } : {}),
        ...(type === 'resolved' ? { resolvedAt: now } : {}),
        ...(type === 'closed' ? { closedAt: now } : {}),
        ...(decision.event.type === 'joint_started'
          ? {
              coUnitIds: sql`ARRAY(SELECT DISTINCT unnest(${cases.coUnitIds} || ARRAY[${sql.join(
                decision.event.payload.parts.map((part) => sql`${part.unitId}`),
                sql`, `,
              )}]::uuid[]))`,
            }
          : {}),
      })
      .where(eq(cases.id, row.id))
      .returning();
    const [event, [updated]] = await Promise.all([appended, written, project(tx, row, decision.event, actor)]);
    return { row: updated!, event };
  };
  return options.tx ? run(options.tx) : deps.database.db.transaction(run);
}

/**
 * Keeps the warning and supervision tables in step with the events, in the same transaction:
 * they are indexes of the history for lists and assessment, never a second truth.
 */
async function project(tx: Database, row: CaseRow, event: CaseEvent, actor: Actor): Promise<void> {
  switch (event.type) {
    case 'deadline_warned':
      await tx
        .insert(deadlineWarnings)
        .values({
          cityId: row.cityId,
          caseId: row.id,
          round: event.round,
          step: event.payload.step,
          unitId: event.payload.unitId,
          level: event.payload.level,
          dueAt: new Date(event.payload.dueAt),
          createdAt: new Date(event.at),
        })
        .onConflictDoNothing();
      return;
    case 'supervised': {
      const { payload } = event;
      const dueAt = payload.step ? row.deadlines.find((deadline) => deadline.step === payload.step && deadline.unitId === payload.unitId)?.dueAt : undefined;
      await tx.insert(supervisionNotices).values({
        id: payload.noticeId,
        cityId: row.cityId,
        caseId: row.id,
        unitId: payload.unitId,
        round: event.round,
        step: payload.step,
        deadlineDueAt: dueAt ? new Date(dueAt) : null,
        reason: payload.reason,
        issuedByType: actor.type === 'staff' ? 'staff' : 'system',
        issuedByAccountId: actor.type === 'staff' ? actor.accountId : null,
        issuedByUnitId: actor.type === 'staff' ? actor.unit.id : null,
        issuedAt: new Date(payload.issuedAt),
        answerDueAt: payload.answerDueAt ? new Date(payload.answerDueAt) : null,
      });
      return;
    }
    case 'supervision_answered':
      await tx
        .update(supervisionNotices)
        .set({ answeredAt: new Date(event.at), answer: event.payload.answer, answeredByAccountId: actor.type === 'staff' ? actor.accountId : null })
        .where(eq(supervisionNotices.id, event.payload.noticeId));
      return;
    default:
      return;
  }
}
