import { isWithin, openStatuses, type CaseKind, type CaseStatus, type UnitKind } from '@huying/core';
import { and, asc, count, desc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { buildings, cases, categories, units } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { likePattern } from '../directory.js';

export type BuildingRow = typeof buildings.$inferSelect;

export interface BuildingListFilter {
  query?: string;
  gridUnitId?: string;
  communityUnitId?: string;
  streetUnitId?: string;
  propertyUnitId?: string;
  code?: string;
  limit: number;
  after?: string;
}

const buildingColumns = {
  id: buildings.id,
  code: buildings.code,
  name: buildings.name,
  address: buildings.address,
  gridUnitId: buildings.gridUnitId,
  propertyUnitId: buildings.propertyUnitId,
  latitude: buildings.latitude,
  longitude: buildings.longitude,
};

/** Buildings whose grid lies under a unit (a community or street): the grid's path names it. */
const gridUnder = (unitId: string) =>
  sql`${buildings.gridUnitId} IN (SELECT ${units.id} FROM ${units} WHERE ${units.path} @> ARRAY[${unitId}]::text[] AND ${units.kind} = 'grid')`;

export function buildingConditions(cityId: string, filter: Omit<BuildingListFilter, 'limit' | 'after'>): SQL[] {
  const conditions: SQL[] = [eq(buildings.cityId, cityId)];
  if (filter.query) {
    const pattern = likePattern(filter.query);
    conditions.push(or(ilike(buildings.name, pattern), ilike(buildings.address, pattern), eq(buildings.code, filter.query))!);
  }
  if (filter.gridUnitId) conditions.push(eq(buildings.gridUnitId, filter.gridUnitId));
  if (filter.communityUnitId) conditions.push(gridUnder(filter.communityUnitId));
  if (filter.streetUnitId) conditions.push(gridUnder(filter.streetUnitId));
  if (filter.propertyUnitId) conditions.push(eq(buildings.propertyUnitId, filter.propertyUnitId));
  if (filter.code) conditions.push(eq(buildings.code, filter.code));
  return conditions;
}

export async function listBuildings(db: Database, cityId: string, filter: BuildingListFilter) {
  const conditions = buildingConditions(cityId, filter);
  if (filter.after) conditions.push(gt(buildings.id, filter.after));
  const rows = await db
    .select(buildingColumns)
    .from(buildings)
    .where(and(...conditions))
    .orderBy(asc(buildings.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { data: page, nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}

export interface UnitSummary {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface BuildingDetail {
  id: string;
  code: string | null;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  grid: UnitSummary;
  community: UnitSummary | null;
  street: UnitSummary | null;
  property: UnitSummary | null;
  /** The grid's path from the city down: who answers for the building. */
  gridPath: string[];
}

export async function loadBuilding(db: Database, cityId: string, buildingId: string): Promise<BuildingRow> {
  const [row] = await db.select().from(buildings).where(and(eq(buildings.id, buildingId), eq(buildings.cityId, cityId)));
  if (!row) throw notFound(`building ${buildingId}`);
  return row;
}

/** Buildings with the names of their grid, community, street and property company. */
export async function buildingDetails(db: Database, rows: readonly BuildingRow[]): Promise<BuildingDetail[]> {
  if (rows.length === 0) return [];
  const gridIds = [...new Set(rows.map((row) => row.gridUnitId))];
  const grids = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, gridIds));
  const pathOf = new Map(grids.map((grid) => [grid.id, grid.path]));
  const wanted = new Set<string>([...grids.flatMap((grid) => grid.path), ...rows.flatMap((row) => (row.propertyUnitId ? [row.propertyUnitId] : []))]);
  const named = await db.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(inArray(units.id, [...wanted]));
  const byId = new Map(named.map((unit) => [unit.id, unit]));
  return rows.map((row) => {
    const path = pathOf.get(row.gridUnitId) ?? [row.gridUnitId];
    const ofKind = (kind: UnitKind) => path.map((id) => byId.get(id)).find((unit) => unit?.kind === kind) ?? null;
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      address: row.address,
      latitude: row.latitude,
      longitude: row.longitude,
      grid: byId.get(row.gridUnitId) ?? { id: row.gridUnitId, name: '', kind: 'grid' },
      community: ofKind('community'),
      street: ofKind('street'),
      property: row.propertyUnitId ? (byId.get(row.propertyUnitId) ?? null) : null,
      gridPath: [...path],
    };
  });
}

export async function buildingDetail(db: Database, cityId: string, buildingId: string): Promise<BuildingDetail> {
  const [detail] = await buildingDetails(db, [await loadBuilding(db, cityId, buildingId)]);
  return detail!;
}

/**
 * Staff may manage a building's sign when the building lies in their unit's subtree, or their
 * unit is its property company. Anyone else gets a 404, so building ids reveal nothing more.
 */
export function staffMayManage(staff: StaffPrincipal, detail: BuildingDetail): boolean {
  const grid = { id: detail.grid.id, kind: 'grid' as const, parentId: null, path: detail.gridPath };
  return isWithin(grid, staff.unit.id) || detail.property?.id === staff.unit.id;
}

export async function buildingForStaff(db: Database, staff: StaffPrincipal, buildingId: string): Promise<BuildingDetail> {
  const detail = await buildingDetail(db, staff.cityId, buildingId);
  if (!staffMayManage(staff, detail)) throw notFound(`building ${buildingId}`);
  return detail;
}

/** Kinds of case that are a problem at the place, worth showing to the neighbours. */
const problemKinds: CaseKind[] = ['complaint', 'help'];

export interface PublicCaseSummary {
  kind: CaseKind;
  status: CaseStatus;
  category: { level1: string; level2: string; level3: string } | null;
  holder: UnitSummary;
  createdAt: string;
  updatedAt: string;
}

/**
 * A building's open problems as the public may see them: what kind, which category, who is on
 * it, since when. No titles, descriptions, names, phones or tracking codes: those are the
 * resident's.
 */
export async function openCasesAt(db: Database, cityId: string, buildingId: string, limit: number): Promise<{ total: number; data: PublicCaseSummary[] }> {
  const where = and(eq(cases.cityId, cityId), eq(cases.buildingId, buildingId), inArray(cases.status, [...openStatuses]), inArray(cases.kind, problemKinds));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        kind: cases.kind,
        status: cases.status,
        createdAt: cases.createdAt,
        updatedAt: cases.updatedAt,
        category: { level1: categories.level1, level2: categories.level2, level3: categories.level3 },
        holder: { id: units.id, name: units.name, kind: units.kind },
      })
      .from(cases)
      .innerJoin(units, eq(units.id, cases.holderUnitId))
      .leftJoin(categories, eq(categories.id, cases.categoryId))
      .where(where)
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(limit),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return {
    total: total?.total ?? 0,
    data: rows.map((row) => ({
      kind: row.kind,
      status: row.status,
      category: row.category?.level1 ? row.category : null,
      holder: row.holder,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
