/**
 * Who may ask for routing suggestions, and the record of what dispatchers did with them.
 */
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { cases, categories, routingSuggestionDecisions, units, type SuggestionOutcome } from '../../db/schema/index.js';
import { forbidden, invalid, notFound } from '../../http/problems.js';
import { assertStaffCanSee } from '../cases/staff-queries.js';
import { runOnce } from '../idempotency.js';
import type { RoutingSuggestionView } from './suggest.js';

/** Units that route cases (send them down or across): the ones a free-text suggestion is for. */
const routingUnitKinds = new Set(['city', 'street', 'community']);

export function assertMayAskFreeText(staff: StaffPrincipal): void {
  if (!routingUnitKinds.has(staff.unit.kind)) {
    throw forbidden('routing suggestions for free text are for the units that route cases: the command centre, streets and communities');
  }
}

/** Who may see and decide on a case's suggestion: its holder, or a unit above the holder. */
const managers = new Set(['dispatcher', 'supervisor', 'admin']);

/**
 * The case's routing facts, once staff are known to see it (404 otherwise, as everywhere) and
 * to hold it or stand above its holder (403 otherwise: they know of the case but do not route it).
 */
export async function caseForSuggestion(db: Database, staff: StaffPrincipal, caseId: string) {
  await assertStaffCanSee(db, staff, caseId);
  const [found] = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      title: cases.title,
      description: cases.description,
      buildingId: cases.buildingId,
      categoryId: cases.categoryId,
      holderPath: units.path,
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.holderUnitId))
    .where(and(eq(cases.id, caseId), eq(cases.cityId, staff.cityId)));
  if (!found) throw notFound('the case');
  if (!found.holderPath.includes(staff.unit.id)) {
    throw forbidden('only the unit holding the case, or a unit above it, routes it and may see or decide on its routing suggestion');
  }
  return found;
}

export interface DecisionInput {
  categoryId: string | null;
  unitId: string | null;
  note: string | null;
}

const outcomeOf = (chosen: string | null, suggested: string | null): SuggestionOutcome =>
  chosen === null ? 'undecided' : chosen === suggested ? 'accepted' : 'overridden';

const rankOf = (chosen: string | null, shown: readonly string[]) => {
  if (chosen === null) return null;
  const position = shown.indexOf(chosen);
  return position < 0 ? null : position + 1;
};

/**
 * Records a decision against the suggestion as the server computes it now (the one the dispatcher
 * saw). With an idempotency key, a retry returns the first record instead of counting twice.
 */
export async function recordDecision(
  db: Database,
  staff: StaffPrincipal,
  caseId: string,
  suggestion: RoutingSuggestionView,
  input: DecisionInput & { idempotencyKey: string | null },
  now: Date,
) {
  if (input.categoryId === null && input.unitId === null) {
    throw invalid('body', 'choose a category, a unit or both: accept the suggestion by sending its ids, or override it with others');
  }
  if (input.categoryId) {
    const [category] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.id, input.categoryId), eq(categories.cityId, staff.cityId), eq(categories.active, true)));
    if (!category) throw invalid('categoryId', `no active category ${input.categoryId} in this city`);
  }
  if (input.unitId) {
    const [unit] = await db.select({ id: units.id }).from(units).where(and(eq(units.id, input.unitId), eq(units.cityId, staff.cityId)));
    if (!unit) throw invalid('unitId', `no unit ${input.unitId} in this city`);
  }
  const shownCategories = suggestion.categories.map((entry) => entry.category.id);
  const shownUnits = suggestion.units.map((entry) => entry.unit.id);
  const topCategory = suggestion.categories[0] ?? null;
  const topUnit = suggestion.units[0] ?? null;
  const insert = async (tx: Database) => {
    const [row] = await tx
      .insert(routingSuggestionDecisions)
      .values({
        id: crypto.randomUUID(),
        cityId: staff.cityId,
        caseId,
        modelVersion: suggestion.modelVersion,
        suggestedCategoryId: topCategory?.category.id ?? null,
        suggestedCategoryScore: topCategory?.score ?? null,
        suggestedUnitId: topUnit?.unit.id ?? null,
        suggestedUnitScore: topUnit?.score ?? null,
        chosenCategoryId: input.categoryId,
        chosenUnitId: input.unitId,
        categoryOutcome: outcomeOf(input.categoryId, topCategory?.category.id ?? null),
        unitOutcome: outcomeOf(input.unitId, topUnit?.unit.id ?? null),
        chosenCategoryRank: rankOf(input.categoryId, shownCategories),
        chosenUnitRank: rankOf(input.unitId, shownUnits),
        suggestion: {
          categories: suggestion.categories.map((entry) => ({ categoryId: entry.category.id, score: entry.score })),
          units: suggestion.units.map((entry) => ({ unitId: entry.unit.id, score: entry.score })),
        },
        note: input.note,
        decidedByAccountId: staff.accountId,
        decidedByUnitId: staff.unit.id,
        createdAt: now,
      })
      .returning();
    return { status: 201, body: decisionView(row!) };
  };
  const { idempotencyKey } = input;
  const request = { categoryId: input.categoryId, unitId: input.unitId, note: input.note };
  return db.transaction((tx) =>
    idempotencyKey
      ? runOnce(tx, { scope: `suggestions:decision:${caseId}:${staff.accountId}`, key: idempotencyKey, request }, () => insert(tx))
      : insert(tx).then((response) => ({ ...response, replayed: false })),
  );
}

export function decisionView(row: typeof routingSuggestionDecisions.$inferSelect) {
  return {
    id: row.id,
    caseId: row.caseId,
    modelVersion: row.modelVersion,
    suggested: { categoryId: row.suggestedCategoryId, unitId: row.suggestedUnitId },
    chosen: { categoryId: row.chosenCategoryId, unitId: row.chosenUnitId },
    categoryOutcome: row.categoryOutcome,
    unitOutcome: row.unitOutcome,
    chosenCategoryRank: row.chosenCategoryRank,
    chosenUnitRank: row.chosenUnitRank,
    note: row.note,
    decidedBy: { accountId: row.decidedByAccountId, unitId: row.decidedByUnitId },
    decidedAt: row.createdAt.toISOString(),
  };
}

export type DecisionView = ReturnType<typeof decisionView>;

export async function latestDecision(db: Database, caseId: string): Promise<DecisionView | null> {
  const [row] = await db
    .select()
    .from(routingSuggestionDecisions)
    .where(eq(routingSuggestionDecisions.caseId, caseId))
    .orderBy(desc(routingSuggestionDecisions.seq))
    .limit(1);
  return row ? decisionView(row) : null;
}

/** Who may read the city's acceptance figures: the command centre's dispatchers, supervisors and administrators. */
export function assertMayReadAcceptance(staff: StaffPrincipal): void {
  if (staff.unit.kind !== 'city' || !managers.has(staff.role)) {
    throw forbidden("acceptance of routing suggestions is for the command centre's dispatchers, supervisors and administrators");
  }
}

/** Acceptance per model version over a period: how often dispatchers took the first suggestion, or one of the first three. */
export async function acceptanceSummary(db: Database, cityId: string, from: Date, to: Date) {
  const decision = routingSuggestionDecisions;
  const count = (condition: ReturnType<typeof sql>) => sql<number>`count(*) FILTER (WHERE ${condition})::int`;
  const rows = await db
    .select({
      modelVersion: decision.modelVersion,
      decisions: sql<number>`count(*)::int`,
      categoryAccepted: count(sql`${decision.categoryOutcome} = 'accepted'`),
      categoryOverridden: count(sql`${decision.categoryOutcome} = 'overridden'`),
      categoryInTopThree: count(sql`${decision.chosenCategoryRank} <= 3`),
      unitAccepted: count(sql`${decision.unitOutcome} = 'accepted'`),
      unitOverridden: count(sql`${decision.unitOutcome} = 'overridden'`),
      unitInTopThree: count(sql`${decision.chosenUnitRank} <= 3`),
    })
    .from(decision)
    .where(and(eq(decision.cityId, cityId), gte(decision.createdAt, from), lt(decision.createdAt, to)))
    .groupBy(decision.modelVersion)
    .orderBy(decision.modelVersion);
  return rows.map((row) => {
    const categoryDecided = row.categoryAccepted + row.categoryOverridden;
    const unitDecided = row.unitAccepted + row.unitOverridden;
    const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
    return {
      modelVersion: row.modelVersion,
      decisions: row.decisions,
      category: {
        accepted: row.categoryAccepted,
        overridden: row.categoryOverridden,
        acceptanceRate: rate(row.categoryAccepted, categoryDecided),
        topThreeRate: rate(row.categoryInTopThree, categoryDecided),
      },
      unit: {
        accepted: row.unitAccepted,
        overridden: row.unitOverridden,
        acceptanceRate: rate(row.unitAccepted, unitDecided),
        topThreeRate: rate(row.unitInTopThree, unitDecided),
      },
    };
  });
}
