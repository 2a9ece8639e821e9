import { checkSlaRule, defaultSlaRules, pickSlaRule, type CaseKind, type SlaRule, type Urgency } from '@huying/core';
import { asc, eq } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { categories, slaPolicies } from '../../db/schema/index.js';
import { invalid } from '../../http/problems.js';
import { assertCanEditLoop } from './access.js';
import { slaRuleOfRow } from './settings.js';
import { refuseProblems } from './validation.js';

/** The city's time-limit rules in order, or the defaults (with null ids) when it has none. */
export async function listSlaRules(db: Database, cityId: string) {
  const rows = await db.select().from(slaPolicies).where(eq(slaPolicies.cityId, cityId)).orderBy(asc(slaPolicies.position));
  if (rows.length === 0) return { isDefault: true, data: defaultSlaRules.map((rule, position) => ({ id: null, position, ...rule })) };
  return { isDefault: false, data: rows.map((row) => ({ id: row.id, position: row.position, ...slaRuleOfRow(row) })) };
}

/** Replaces the city's whole ordered list: the order is the policy, so it is edited as one. */
export async function putSlaRules(db: Database, staff: StaffPrincipal, rules: SlaRule[], now: Date) {
  assertCanEditLoop(staff);
  if (rules.length === 0) throw invalid('json', 'give at least one rule, or DELETE the list to go back to the defaults');
  rules.forEach((rule, index) => refuseProblems(checkSlaRule(rule), `json.${index}`));
  await db.transaction(async (tx) => {
    await tx.delete(slaPolicies).where(eq(slaPolicies.cityId, staff.cityId));
    await tx.insert(slaPolicies).values(
      rules.map((rule, position) => ({ id: crypto.randomUUID(), cityId: staff.cityId, position, ...rule, createdAt: now, updatedAt: now })),
    );
  });
  return listSlaRules(db, staff.cityId);
}

export async function resetSlaRules(db: Database, staff: StaffPrincipal) {
  assertCanEditLoop(staff);
  await db.delete(slaPolicies).where(eq(slaPolicies.cityId, staff.cityId));
  return listSlaRules(db, staff.cityId);
}

/** Which rule a case of this kind, urgency and category gets. */
export async function matchSlaRule(db: Database, cityId: string, subject: { kind: CaseKind; urgency: Urgency; categoryId?: string | undefined }) {
  const [category] = subject.categoryId
    ? await db.select().from(categories).where(eq(categories.id, subject.categoryId))
    : [];
  if (subject.categoryId && (!category || category.cityId !== cityId)) throw invalid('categoryId', 'no such category in this city');
  const { data } = await listSlaRules(db, cityId);
  const rule = pickSlaRule(data, { kind: subject.kind, urgency: subject.urgency, category: category ?? null });
  return data.find((candidate) => candidate === rule) ?? { id: null, position: data.length, ...rule };
}
