/** Editing the city's intake routing rules, and previewing where a case would land. */
import { unitLevels, type CaseKind, type PlaceTarget } from '@huying/core';
import { and, asc, eq, like, max, or } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { buildings, categories, routingRules, units } from '../../db/schema/index.js';
import { invalid, notFound } from '../../http/problems.js';
import { assertCanEditLoop } from '../loop/access.js';
import { routeIntake } from './intake.js';

export interface RoutingRuleInput {
  kinds: CaseKind[];
  categoryCode: string | null;
  areaUnitId: string | null;
  targetUnitId: string | null;
  targetPlace: PlaceTarget | null;
  note: string | null;
  position?: number | undefined;
}

const view = (row: typeof routingRules.$inferSelect) => ({
  id: row.id,
  position: row.position,
  kinds: row.kinds,
  categoryCode: row.categoryCode,
  areaUnitId: row.areaUnitId,
  targetUnitId: row.targetUnitId,
  targetPlace: row.targetPlace,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listRoutingRules(db: Database, cityId: string) {
  const rows = await db.select().from(routingRules).where(eq(routingRules.cityId, cityId)).orderBy(asc(routingRules.position), asc(routingRules.createdAt));
  return { data: rows.map(view) };
}

/** Checks what a rule names against the city: its category prefix, its area and its target. */
async function checkRule(db: Database, cityId: string, input: RoutingRuleInput): Promise<void> {
  if ((input.targetUnitId === null) === (input.targetPlace === null)) {
    throw invalid('json.targetUnitId', 'name either a target unit or a place target (grid, community, street or property), not both');
  }
  if (input.categoryCode !== null) {
    const [category] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.cityId, cityId), or(eq(categories.code, input.categoryCode), like(categories.code, `${input.categoryCode}.%`))))
      .limit(1);
    if (!category) throw invalid('json.categoryCode', `no category of this city has the code ${input.categoryCode} or starts with it`);
  }
  const unitOf = async (id: string, field: string) => {
    const [unit] = await db.select({ kind: units.kind }).from(units).where(and(eq(units.id, id), eq(units.cityId, cityId)));
    if (!unit) throw invalid(field, 'no such unit in this city');
    return unit;
  };
  if (input.areaUnitId !== null) {
    const area = await unitOf(input.areaUnitId, 'json.areaUnitId');
    if (!(unitLevels as readonly string[]).includes(area.kind)) throw invalid('json.areaUnitId', 'an area is a street, community or grid (buildings lie in those)');
  }
  if (input.targetUnitId !== null) await unitOf(input.targetUnitId, 'json.targetUnitId');
}

export async function createRoutingRule(db: Database, staff: StaffPrincipal, input: RoutingRuleInput, now: Date) {
  assertCanEditLoop(staff);
  await checkRule(db, staff.cityId, input);
  const [last] = await db.select({ position: max(routingRules.position) }).from(routingRules).where(eq(routingRules.cityId, staff.cityId));
  const { position, ...fields } = input;
  const [row] = await db
    .insert(routingRules)
    .values({ id: crypto.randomUUID(), cityId: staff.cityId, position: position ?? (last?.position ?? -1) + 1, ...fields, createdAt: now, updatedAt: now })
    .returning();
  return view(row!);
}

export async function replaceRoutingRule(db: Database, staff: StaffPrincipal, id: string, input: RoutingRuleInput, now: Date) {
  assertCanEditLoop(staff);
  await checkRule(db, staff.cityId, input);
  const { position, ...fields } = input;
  const [row] = await db
    .update(routingRules)
    .set({ ...fields, ...(position !== undefined ? { position } : {}), updatedAt: now })
    .where(and(eq(routingRules.id, id), eq(routingRules.cityId, staff.cityId)))
    .returning();
  if (!row) throw notFound('the routing rule');
  return view(row);
}

export async function deleteRoutingRule(db: Database, staff: StaffPrincipal, id: string) {
  assertCanEditLoop(staff);
  const deleted = await db
    .delete(routingRules)
    .where(and(eq(routingRules.id, id), eq(routingRules.cityId, staff.cityId)))
    .returning({ id: routingRules.id });
  if (deleted.length === 0) throw notFound('the routing rule');
}

/** Where a case of this kind, category and building would land now, and why. */
export async function previewIntake(db: Database, cityId: string, input: { kind: CaseKind; categoryId?: string | undefined; buildingId?: string | undefined }) {
  const [building] = input.buildingId
    ? await db.select().from(buildings).where(and(eq(buildings.id, input.buildingId), eq(buildings.cityId, cityId)))
    : [];
  if (input.buildingId && !building) throw invalid('buildingId', 'no such building in this city');
  if (input.categoryId) {
    const [category] = await db.select({ id: categories.id }).from(categories).where(and(eq(categories.id, input.categoryId), eq(categories.cityId, cityId)));
    if (!category) throw invalid('categoryId', 'no such category in this city');
  }
  const unit = await routeIntake(db, { cityId, kind: input.kind, building: building ?? null, categoryId: input.categoryId ?? null });
  return { unit: { id: unit.id, name: unit.name, kind: unit.kind }, reason: unit.decision.reason, ruleId: unit.decision.ruleId };
}
