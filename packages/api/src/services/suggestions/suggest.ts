/**
 * Routing suggestions: from a case's text, the categories of the city's taxonomy it probably
 * belongs to (the shipped model), and from those, with the city's own data, the units that should
 * handle it. The city's data is read at request time, so a new routing rule, a department taking
 * over a category or a month of resolved cases changes the next suggestion at once.
 */
import {
  pathKey,
  rankHandlingUnits,
  routeNewCase,
  type CaseKind,
  type TaxonomyPath,
  type UnitEvidence,
  type UnitReason,
  type UnitKind,
} from '@huying/core';
import { and, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { buildings, cases, categories, units } from '../../db/schema/index.js';
import { invalid } from '../../http/problems.js';
import { loadLoopPolicy } from '../loop/settings.js';
import { loadIntakeRules } from '../routing/intake.js';
import { cityRootUnit } from '../units.js';
import { routingClassifier } from './routing-model.js';

/** How far back the city's history of resolving units reaches. */
const historyDays = 365;
/** How many of the top categories the unit ranking draws on. */
const unitCategoryCount = 3;
/** Candidates asked of the model beyond those shown, so merged categories rank on their full score. */
const candidateMargin = 10;

export interface SuggestionRequest {
  cityId: string;
  title: string;
  description: string;
  kind: CaseKind;
  buildingId: string | null;
  /** A category already chosen (by the resident or staff): units follow it rather than the guesses. */
  categoryId: string | null;
  /**
   * What an unknown or retired `categoryId` means: a mistake in the request (refuse), or a case
   * filed under a category the city has since retired (ignore it and follow the guesses).
   */
  unknownCategory: 'refuse' | 'ignore';
  limit: number;
  now: Date;
}

export interface CategoryView {
  id: string;
  code: string;
  level1: string;
  level2: string;
  level3: string;
}

export interface UnitView {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface RoutingSuggestionView {
  modelVersion: string;
  /** How many of the text's terms the model reads; 0 means the suggestion rests on priors alone. */
  knownTerms: number;
  level1: { name: string; score: number }[];
  categories: { category: CategoryView; score: number; terms: string[] }[];
  /** The category the units were ranked for when one was already chosen, else null. */
  basedOnCategory: CategoryView | null;
  units: { unit: UnitView; score: number; reasons: UnitReason[] }[];
}

type CategoryRow = CategoryView & { ownerUnitId: string | null };

/**
 * The city's active categories, found by a model path: the same three names, else the same
 * level-1 and level-3 names when the city files that level-3 under one level-2 group of its own.
 */
async function cityCategories(db: Database, cityId: string) {
  const rows: CategoryRow[] = await db
    .select({
      id: categories.id,
      code: categories.code,
      level1: categories.level1,
      level2: categories.level2,
      level3: categories.level3,
      ownerUnitId: categories.ownerUnitId,
    })
    .from(categories)
    .where(and(eq(categories.cityId, cityId), eq(categories.active, true)));
  const byPath = new Map(rows.map((row) => [pathKey(row), row]));
  const byEnds = new Map<string, CategoryRow | null>();
  for (const row of rows) {
    const key = `${row.level1}/${row.level3}`;
    byEnds.set(key, byEnds.has(key) ? null : row);
  }
  return {
    byId: new Map(rows.map((row) => [row.id, row])),
    find: (path: TaxonomyPath): CategoryRow | undefined => byPath.get(pathKey(path)) ?? byEnds.get(`${path.level1}/${path.level3}`) ?? undefined,
  };
}

/** The building, with its grid's path (city → street → community → grid); a 400 naming the field when it is not the city's. */
async function loadPlace(db: Database, cityId: string, buildingId: string) {
  const [found] = await db
    .select({ id: buildings.id, propertyUnitId: buildings.propertyUnitId, gridPath: units.path })
    .from(buildings)
    .innerJoin(units, eq(units.id, buildings.gridUnitId))
    .where(and(eq(buildings.id, buildingId), eq(buildings.cityId, cityId)));
  if (!found) throw invalid('buildingId', `no building ${buildingId} in this city`);
  return found;
}

/**
 * Which units resolved the city's recent cases of these categories, and how many of those cases
 * were at buildings of the given community. One grouped query over `cases_category_handler_idx`.
 */
export async function resolvingUnits(db: Database, cityId: string, categoryIds: readonly string[], communityId: string | null, since: Date) {
  if (categoryIds.length === 0) return [];
  const nearby = communityId
    ? sql<number>`count(*) FILTER (WHERE "cases"."building_id" IN (SELECT b.id FROM buildings b JOIN units g ON g.id = b.grid_unit_id WHERE g.parent_id = ${communityId}))::int`
    : sql<number>`0`;
  return db
    .select({ categoryId: cases.categoryId, unitId: cases.lastHandlerUnitId, resolved: sql<number>`count(*)::int`, nearby })
    .from(cases)
    .where(and(eq(cases.cityId, cityId), inArray(cases.categoryId, [...categoryIds]), gte(cases.resolvedAt, since), isNotNull(cases.lastHandlerUnitId)))
    .groupBy(cases.categoryId, cases.lastHandlerUnitId);
}

export async function suggestRouting(db: Database, request: SuggestionRequest): Promise<RoutingSuggestionView> {
  const classifier = routingClassifier();
  // Everything that does not depend on the guesses is read at once.
  const [taxonomy, place, rules, { policy }, root] = await Promise.all([
    cityCategories(db, request.cityId),
    request.buildingId ? loadPlace(db, request.cityId, request.buildingId) : Promise.resolve(null),
    loadIntakeRules(db, request.cityId),
    loadLoopPolicy(db, request.cityId),
    cityRootUnit(db, request.cityId),
  ]);
  const known = request.categoryId ? taxonomy.byId.get(request.categoryId) : undefined;
  if (request.categoryId && !known && request.unknownCategory === 'refuse') {
    throw invalid('categoryId', `no active category ${request.categoryId} in this city`);
  }

  // Several model paths may land on one city category: their scores add up.
  const raw = classifier.suggest(
    { title: request.title, description: request.description },
    { allowed: (path) => taxonomy.find(path) !== undefined, limit: request.limit + candidateMargin },
  );
  const merged = new Map<string, { category: CategoryRow; score: number; terms: string[] }>();
  for (const candidate of raw.categories) {
    const category = taxonomy.find(candidate.path)!;
    const entry = merged.get(category.id);
    if (entry) entry.score += candidate.score;
    else merged.set(category.id, { category, score: candidate.score, terms: candidate.terms });
  }
  const suggested = [...merged.values()].sort((a, b) => b.score - a.score || a.category.code.localeCompare(b.category.code));

  // The units follow a chosen category with certainty, else the top guesses by their probability.
  const basis = known
    ? [{ category: known, probability: 1 }]
    : (() => {
        const top = suggested.slice(0, unitCategoryCount);
        const total = top.reduce((sum, candidate) => sum + candidate.score, 0);
        return top.map((candidate) => ({ category: candidate.category, probability: total > 0 ? candidate.score / total : 0 }));
      })();

  const since = new Date(request.now.getTime() - historyDays * 24 * 3600 * 1000);
  const communityId = place ? (place.gridPath.at(-2) ?? null) : null;
  const history = await resolvingUnits(db, request.cityId, basis.map(({ category }) => category.id), communityId, since);

  const evidence: UnitEvidence[] = basis.map(({ category, probability }) => ({
    categoryId: category.id,
    probability,
    ownerUnitId: category.ownerUnitId,
    intake: routeNewCase(
      rules,
      {
        kind: request.kind,
        category: { code: category.code, ownerUnitId: category.ownerUnitId },
        place: place ? { gridPath: place.gridPath, propertyUnitId: place.propertyUnitId } : null,
        cityUnitId: root.id,
      },
      policy.intakeLevel,
    ),
    history: history.flatMap((row) => (row.categoryId === category.id && row.unitId ? [{ unitId: row.unitId, resolved: row.resolved, nearby: row.nearby }] : [])),
  }));
  const ranked = rankHandlingUnits(evidence);
  const unitRows = ranked.length
    ? await db
        .select({ id: units.id, name: units.name, kind: units.kind })
        .from(units)
        .where(and(eq(units.cityId, request.cityId), inArray(units.id, ranked.map((unit) => unit.unitId))))
    : [];
  const unitById = new Map(unitRows.map((row) => [row.id, row]));

  const view = (category: CategoryRow): CategoryView => ({
    id: category.id,
    code: category.code,
    level1: category.level1,
    level2: category.level2,
    level3: category.level3,
  });
  return {
    modelVersion: raw.modelVersion,
    knownTerms: raw.knownTerms,
    level1: raw.level1.slice(0, 3).map((entry) => ({ name: entry.level1, score: round(entry.score) })),
    categories: suggested.slice(0, request.limit).map((candidate) => ({ category: view(candidate.category), score: round(candidate.score), terms: candidate.terms })),
    basedOnCategory: known ? view(known) : null,
    units: ranked.flatMap((unit) => {
      const row = unitById.get(unit.unitId);
      return row
        ? [{ unit: row, score: round(unit.score), reasons: unit.reasons.map((reason) => ('share' in reason ? { ...reason, share: round(reason.share) } : reason)) }]
        : [];
    }),
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
