import { normalizePhone, type CaseKind, type Citation, type Urgency } from '@huying/core';
import { eq } from 'drizzle-orm';
import type { AppDependencies, StaffPrincipal } from '../../context.js';
import { cases, hotlineCalls } from '../../db/schema/index.js';
import { invalid, ProblemError } from '../../http/problems.js';
import { executeCaseCommand } from '../cases/commands.js';
import { submitCase } from '../cases/submit.js';
import { callerHistory, callerIdentity } from './callers.js';
import { findDialledHotline } from './directory.js';

export interface HotlineCallInput {
  dialledNumber: string;
  callerNumber: string;
  kind: CaseKind;
  description: string;
  title?: string | undefined;
  urgency?: Urgency | undefined;
  categoryId?: string | undefined;
  buildingId?: string | undefined;
  address?: string | undefined;
  /** The caller's name, and whether they want a call back (their number then goes on the case, for its handlers). */
  caller?: { name?: string | undefined; callBack?: boolean | undefined } | undefined;
  /** A consultation answered during the call (接诉即办): the reply, with the knowledge-base provisions it cites. */
  answer?: { reply: string; citations?: Citation[] | undefined } | undefined;
}

export function normalizedCaller(number: string): string {
  const phone = normalizePhone(number);
  if (!phone) throw invalid('callerNumber', 'not a valid mainland China mobile or landline number');
  return phone;
}

/**
 * Logs a call as a case of channel `hotline`, routed like any resident's case, and records the
 * call (the number dialled, the caller masked and hashed) in the same transaction. A consultation
 * the operator answered on the call is resolved at once, by the operator, when it lands at their
 * unit. Any refusal leaves nothing behind.
 */
export async function logHotlineCall(deps: AppDependencies, operator: StaffPrincipal, input: HotlineCallInput) {
  const { db } = deps.database;
  const phone = normalizedCaller(input.callerNumber);
  if (input.answer && input.kind !== 'consultation') throw invalid('answer', 'only a consultation can be answered on the call; other kinds go to the unit that handles them');
  const hotline = await findDialledHotline(db, operator.cityId, input.dialledNumber);
  if (!hotline) throw invalid('dialledNumber', 'not a number of this city’s hotline directory (GET /api/v1/hotlines)');
  const caller = await callerIdentity(db, operator.cityId, phone);

  return db.transaction(async (tx) => {
    const now = deps.clock.now();
    const history = await callerHistory(tx, operator.cityId, caller.hash);
    // The case is filed in a savepoint of this transaction: the call and the case commit together.
    const filed = await submitCase(
      { ...deps, database: { ...deps.database, db: tx } },
      {
        cityId: operator.cityId,
        idempotencyKey: null,
        input: {
          kind: input.kind,
          channel: 'hotline',
          urgency: input.urgency,
          categoryId: input.categoryId ?? null,
          buildingId: input.buildingId ?? null,
          address: input.address ?? null,
          title: input.title ?? null,
          description: input.description,
          contact: { name: input.caller?.name ?? null, phone: input.caller?.callBack ? phone : null },
        },
      },
    );
    const [created] = await tx.select({ id: cases.id, holderUnitId: cases.holderUnitId }).from(cases).where(eq(cases.trackingCode, filed.body.trackingCode));
    if (!created) throw new Error('the filed case was not found in its own transaction');
    if (input.answer) {
      if (created.holderUnitId !== operator.unit.id) {
        throw new ProblemError('invalid-command', `the city’s intake rules send this consultation to another unit, not to ${operator.unit.name}: log the call without an answer and that unit replies`);
      }
      await executeCaseCommand(deps, {
        tx,
        caseId: created.id,
        cityId: operator.cityId,
        actor: { type: 'staff', accountId: operator.accountId, unit: operator.unit },
        command: { type: 'resolve', reply: input.answer.reply, ...(input.answer.citations ? { citations: input.answer.citations } : {}) },
      });
    }
    const [call] = await tx
      .insert(hotlineCalls)
      .values({
        id: crypto.randomUUID(),
        cityId: operator.cityId,
        hotlineId: hotline.id,
        callerHash: caller.hash,
        callerMasked: caller.masked,
        caseId: created.id,
        operatorAccountId: operator.accountId,
        answeredOnCall: Boolean(input.answer),
        createdAt: now,
      })
      .returning();
    const [state] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, created.id));
    return {
      call: {
        id: call!.id,
        dialled: { id: hotline.id, number: hotline.number, label: hotline.label, unit: hotline.unit },
        callerMasked: caller.masked,
        answeredOnCall: call!.answeredOnCall,
        createdAt: call!.createdAt.toISOString(),
      },
      case: { id: created.id, trackingCode: filed.body.trackingCode, secret: filed.body.secret, trackingUrl: filed.body.trackingUrl, status: state!.status },
      caller: { masked: caller.masked, previousCalls: history.previousCalls, lastCallAt: history.lastCallAt, recentCases: history.recentCases },
    };
  });
}

/** The caller's history for the operator, before anything is logged. */
export async function lookUpCaller(deps: AppDependencies, operator: StaffPrincipal, callerNumber: string) {
  const caller = await callerIdentity(deps.database.db, operator.cityId, normalizedCaller(callerNumber));
  return { masked: caller.masked, ...(await callerHistory(deps.database.db, operator.cityId, caller.hash)) };
}
