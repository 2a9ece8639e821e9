import { timingSafeEqual } from 'node:crypto';
import { lastFourDigits, normalizeTrackingCode } from '@huying/core';
import { eq, sql } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { preparedPerDatabase } from '../../db/prepared.js';
import { cases } from '../../db/schema/index.js';
import { forbidden, invalid, notFound } from '../../http/problems.js';
import { executeCaseCommand, type CaseCommandInput } from './commands.js';
import type { CaseRow } from './state.js';
import { hashSecret } from './submit.js';
import { residentView, statusView, type CaseStatusView, type ResidentCaseView } from './views.js';

/** What proves the resident filed the case: the secret from the receipt, or the phone's last four digits. */
export interface ResidentProof {
  secret?: string | undefined;
  phoneLast4?: string | undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function proves(row: Pick<CaseRow, 'id' | 'secretHash' | 'contactPhone'>, proof: ResidentProof): boolean {
  if (proof.secret && sameText(hashSecret(row.id, proof.secret), row.secretHash)) return true;
  if (proof.phoneLast4 && row.contactPhone && sameText(lastFourDigits(row.contactPhone), proof.phoneLast4)) return true;
  return false;
}

function trackingCodeOf(input: string): string {
  const code = normalizeTrackingCode(input);
  if (!code) throw invalid('trackingCode', 'a tracking code has 12 digits (e.g. 2611-0372-8841); please check it');
  return code;
}

export async function findByTrackingCode(db: Database, input: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.trackingCode, trackingCodeOf(input)));
  if (!row) throw notFound('a case with this tracking code');
  return row;
}

/** A public lookup reads only what the status and the proof need, from a query built once. */
const trackedCaseQuery = preparedPerDatabase((db) =>
  db
    .select({
      id: cases.id,
      secretHash: cases.secretHash,
      contactPhone: cases.contactPhone,
      trackingCode: cases.trackingCode,
      kind: cases.kind,
      status: cases.status,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .where(eq(cases.trackingCode, sql.placeholder('code')))
    .prepare('tracked_case'),
);

/** Status for anyone with the code; the full case for the resident who proves it is theirs. */
export async function trackCase(
  db: Database,
  trackingCode: string,
  proof: ResidentProof,
): Promise<{ verified: false; case: CaseStatusView } | { verified: true; case: ResidentCaseView }> {
  const [row] = await trackedCaseQuery(db).execute({ code: trackingCodeOf(trackingCode) });
  if (!row) throw notFound('a case with this tracking code');
  if (!proof.secret && !proof.phoneLast4) return { verified: false, case: statusView(row) };
  if (!proves(row, proof)) throw forbidden('the secret or phone digits do not match this case');
  return { verified: true, case: await residentView(db, row.id) };
}

/** A resident's own command (rate, reopen, supply information), checked against their proof under the row lock. */
export async function residentCommand(
  deps: AppDependencies,
  trackingCode: string,
  proof: ResidentProof,
  command: CaseCommandInput,
): Promise<ResidentCaseView> {
  const { db } = deps.database;
  const row = await findByTrackingCode(db, trackingCode);
  return db.transaction(async (tx) => {
    await executeCaseCommand(deps, {
      caseId: row.id,
      cityId: row.cityId,
      command,
      actor: { type: 'resident' },
      tx,
      authorize: (locked) => {
        if (!proves(locked, proof)) throw forbidden('the secret or phone digits do not match this case');
      },
    });
    return residentView(tx, row.id);
  });
}
