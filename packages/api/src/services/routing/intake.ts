/**
 * Where a new case lands, and the deadlines it starts with. The city's intake rules (category ×
 * area → unit) come first; then a department's category goes to the city's dispatch queue, a
 * known building to its grid or community (per the city's policy), anything else to the city.
 */
import { openCase, routeNewCase, type CaseKind, type IntakeDecision, type IntakeRule, type LoopPolicy, type Urgency } from '@huying/core';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { categories, routingRules, type buildings } from '../../db/schema/index.js';
import { caseTiming, loadLoopPolicy, LoopCache } from '../loop/settings.js';
import { cityRootUnit, loadUnit, type NamedUnitRef } from '../units.js';

export interface IntakeInput {
  cityId: string;
  kind: CaseKind;
  building: typeof buildings.$inferSelect | null;
  categoryId: string | null;
}

export const intakeRuleOfRow = (row: typeof routingRules.$inferSelect): IntakeRule => ({
  id: row.id,
  kinds: row.kinds,
  categoryCode: row.categoryCode,
  areaUnitId: row.areaUnitId,
  target: row.targetUnitId ? { unitId: row.targetUnitId } : { place: row.targetPlace ?? 'grid' },
});

export async function loadIntakeRules(db: Database, cityId: string): Promise<IntakeRule[]> {
  const rows = await db.select().from(routingRules).where(eq(routingRules.cityId, cityId)).orderBy(asc(routingRules.position), asc(routingRules.createdAt));
  return rows.map(intakeRuleOfRow);
}

/** The unit a new case lands at, and which rule (if any) sent it there. */
export async function routeIntake(db: Database, input: IntakeInput, known: { policy?: LoopPolicy } = {}): Promise<NamedUnitRef & { decision: IntakeDecision }> {
  const rules = await loadIntakeRules(db, input.cityId);
  const policy = known.policy ?? (await loadLoopPolicy(db, input.cityId)).policy;
  const root = await cityRootUnit(db, input.cityId);
  const [category] = input.categoryId
    ? await db.select({ code: categories.code, ownerUnitId: categories.ownerUnitId }).from(categories).where(eq(categories.id, input.categoryId))
    : [];
  const grid = input.building ? await loadUnit(db, input.cityId, input.building.gridUnitId) : null;
  const decision = routeNewCase(
    rules,
    {
      kind: input.kind,
      category: category ?? null,
      place: grid ? { gridPath: grid.path, propertyUnitId: input.building?.propertyUnitId ?? null } : null,
      cityUnitId: root.id,
    },
    policy.intakeLevel,
  );
  const unit = decision.unitId === root.id ? root : await loadUnit(db, input.cityId, decision.unitId);
  return { ...unit, decision };
}

/**
 * Routes a new case and opens it there, with the deadlines of its kind, urgency and category.
 * `intakeUnitId` skips the routing: a grid member's patrol report opens at their own grid.
 */
export async function openRoutedCase(db: Database, input: IntakeInput & { urgency: Urgency; now: Date; intakeUnitId?: string | undefined }) {
  const settings = await new LoopCache().settings(db, input.cityId);
  const intake = input.intakeUnitId ? await loadUnit(db, input.cityId, input.intakeUnitId) : await routeIntake(db, input, { policy: settings.policy });
  const { timing } = await caseTiming(db, settings, { kind: input.kind, urgency: input.urgency, categoryId: input.categoryId });
  return { intake, opened: openCase(input.kind, intake.id, input.now.toISOString(), timing) };
}
