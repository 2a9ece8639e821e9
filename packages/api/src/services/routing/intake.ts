/**
 * Where a new case lands, and the deadlines it starts with. The city's intake rules (category ×
 * area → unit) come first; then a department's category goes to the city's dispatch queue, a
 * known building to its grid or community (per the city's policy), anything else to the city.
 */
import { loopTiming, openCase, pickSlaRule, routeNewCase, type CaseKind, type IntakeDecision, type IntakeRule, type Urgency } from '@huying/core';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { routingRules, type buildings } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problems.js';
import type { NamedUnitRef } from '../units.js';
import { intakeConfig, type IntakeConfig } from './intake-config.js';

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
export async function routeIntake(db: Database, input: IntakeInput): Promise<NamedUnitRef & { decision: IntakeDecision }> {
  return routeWith(await intakeConfig(db, input.cityId), db, input);
}

async function routeWith(config: IntakeConfig, db: Database, input: IntakeInput): Promise<NamedUnitRef & { decision: IntakeDecision }> {
  const { root } = config;
  if (!root) throw new ProblemError('service-unavailable', `city ${input.cityId} has no command centre configured`);
  const [category, grid] = await Promise.all([
    input.categoryId ? config.category(input.categoryId, db) : null,
    input.building ? config.unit(input.building.gridUnitId, db) : null,
  ]);
  const decision = routeNewCase(
    config.rules,
    {
      kind: input.kind,
      category: category ? { code: category.code, ownerUnitId: category.ownerUnitId } : null,
      place: grid ? { gridPath: grid.path, propertyUnitId: input.building?.propertyUnitId ?? null } : null,
      cityUnitId: root.id,
    },
    config.settings.policy.intakeLevel,
  );
  const unit = decision.unitId === root.id ? root : await config.unit(decision.unitId, db);
  return { ...unit, decision };
}

/**
 * Routes a new case and opens it there, with the deadlines of its kind, urgency and category.
 * `intakeUnitId` skips the routing: a grid member's patrol report opens at their own grid. `tx`
 * reads what the configuration has not cached yet.
 */
export async function openRoutedCase(
  config: IntakeConfig,
  tx: Database,
  input: IntakeInput & { urgency: Urgency; now: Date; intakeUnitId?: string | undefined },
) {
  const [intake, category] = await Promise.all([
    input.intakeUnitId ? config.unit(input.intakeUnitId, tx) : routeWith(config, tx, input),
    input.categoryId ? config.category(input.categoryId, tx) : null,
  ]);
  // As caseTiming does, from the cached category: the first of the city's rules that matches.
  const rule = pickSlaRule(config.settings.slaRules, { kind: input.kind, urgency: input.urgency, category });
  const timing = loopTiming(config.settings.policy, config.settings.calendar, rule);
  return { intake, opened: openCase(input.kind, intake.id, input.now.toISOString(), timing) };
}
