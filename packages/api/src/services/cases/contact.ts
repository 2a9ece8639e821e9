import { eq } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { forbidden, ProblemError } from '../../http/problems.js';
import { recordAudit, type AuditOrigin } from '../auth/audit.js';
import { assertStaffCanSee } from './staff-queries.js';

/**
 * The resident's full phone number, for the unit holding the case, which calls back. Every view
 * shows it masked; this is the only way to the digits, and every use is in the audit log.
 */
export async function revealContact(db: Database, input: { staff: StaffPrincipal; caseId: string; reason: string | null; now: Date; origin: AuditOrigin }) {
  const { staff, caseId } = input;
  await assertStaffCanSee(db, staff, caseId);
  const [row] = await db
    .select({ holderUnitId: cases.holderUnitId, name: cases.contactName, phone: cases.contactPhone, trackingCode: cases.trackingCode })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new ProblemError('not-found', 'the case was not found');
  if (row.holderUnitId !== staff.unit.id) throw forbidden("only the unit holding the case sees the resident's full number; others see it masked");
  if (!row.phone) throw new ProblemError('invalid-command', 'the resident left no phone number');
  await recordAudit(
    db,
    {
      cityId: staff.cityId,
      action: 'contact.revealed',
      actor: { type: 'staff', accountId: staff.accountId },
      unitId: staff.unit.id,
      target: { type: 'case', id: caseId },
      details: { trackingCode: row.trackingCode, reason: input.reason },
      at: input.now,
    },
    input.origin,
  );
  return { name: row.name, phone: row.phone, revealedAt: input.now.toISOString() };
}
