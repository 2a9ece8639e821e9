import { decide, evolve, type Actor, type Attachment, type CaseCommand, type Citation, type JointMeeting, type RatingLevel } from '@huying/core';
import { eq } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cases, type caseEvents } from '../../db/schema/index.js';
import { ProblemError, type ProblemCode } from '../../http/problems.js';
import { loadUnits, type NamedUnitRef } from '../units.js';
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
  | { type: 'close'; reason?: string };

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

function toCoreCommand(input: CaseCommandInput, holder: NamedUnitRef, unit: (id: string) => NamedUnitRef): CaseCommand {
  switch (input.type) {
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
  deps: AppDependencies,
  options: {
    caseId: string;
    cityId: string;
    command: CaseCommandInput;
    actor: ActorInput;
    expectedVersion?: number | undefined;
    /** Runs inside the transaction after the row is locked, e.g. to check the resident's secret. */
    authorize?: (row: CaseRow) => void;
    tx?: Database;
  },
): Promise<CommandResult> {
  const run = async (tx: Database): Promise<CommandResult> => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, options.caseId)).for('update');
    if (!row || row.cityId !== options.cityId) throw new ProblemError('not-found', 'the case was not found');
    options.authorize?.(row);
    if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
      throw new ProblemError('version-conflict', `the case is at version ${row.version}, not ${options.expectedVersion}; reload it and try again`, {
        extensions: { currentVersion: row.version },
      });
    }
    const holderMap = await loadUnits(tx, row.cityId, [row.holderUnitId]);
    const holder = holderMap.get(row.holderUnitId)!;
    const referenced = await loadUnits(tx, row.cityId, referencedUnitIds(options.command, holder));
    referenced.set(holder.id, holder);
    const command = toCoreCommand(options.command, holder, (id) => referenced.get(id)!);
    const now = deps.clock.now();
    const actor: Actor = options.actor;
    const decision = decide(stateOf(row), command, { actor, holder, now: now.toISOString() });
    if (!decision.ok) {
      throw new ProblemError(refusalProblem[decision.refusal.code], decision.refusal.reason, {
        extensions: { caseStatus: row.status, command: command.type },
      });
    }
    const next = evolve(stateOf(row), decision.event);
    const seq = row.version + 1;
    const event = await appendCaseEvent(tx, {
      caseId: row.id,
      cityId: row.cityId,
      trackingCode: row.trackingCode,
      seq,
      event: decision.event,
      actor,
    });
    const type = decision.event.type;
    const [updated] = await tx
      .update(cases)
      .set({
        ...stateColumns(next),
        version: seq,
        updatedAt: now,
        ...(type === 'accepted' && !row.acceptedAt ? { acceptedAt: now } : {}),
        ...(type === 'responded' && !row.respondedAt ? { respondedAt: now } : {}),
        ...(type === 'resolved' ? { resolvedAt: now } : {}),
        ...(type === 'closed' ? { closedAt: now } : {}),
      })
      .where(eq(cases.id, row.id))
      .returning();
    return { row: updated!, event };
  };
  return options.tx ? run(options.tx) : deps.database.db.transaction(run);
}
