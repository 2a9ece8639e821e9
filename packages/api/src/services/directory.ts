import type { UnitKind } from '@huying/core';
import { and, asc, eq, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { categories, cities, units } from '../db/schema/index.js';
import { notFound } from '../http/problems.js';

export async function getCity(db: Database, cityId: string) {
  const [city] = await db.select().from(cities).where(eq(cities.id, cityId));
  if (!city) throw notFound(`city "${cityId}"`);
  return city;
}

/** Escapes LIKE wildcards so a resident's "50%" searches for those characters. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export async function listCategories(db: Database, cityId: string, query?: string) {
  const conditions: SQL[] = [eq(categories.cityId, cityId), eq(categories.active, true)];
  if (query) {
    const pattern = likePattern(query);
    conditions.push(or(ilike(categories.level1, pattern), ilike(categories.level2, pattern), ilike(categories.level3, pattern))!);
  }
  return db
    .select({ id: categories.id, code: categories.code, level1: categories.level1, level2: categories.level2, level3: categories.level3, ownerUnitId: categories.ownerUnitId })
    .from(categories)
    .where(and(...conditions))
    .orderBy(asc(categories.code));
}

export interface UnitListFilter {
  kind?: UnitKind[];
  parentId?: string;
  query?: string;
  limit: number;
  after?: string;
}

export async function listUnits(db: Database, cityId: string, filter: UnitListFilter) {
  const conditions: SQL[] = [eq(units.cityId, cityId)];
  if (filter.kind?.length) conditions.push(inArray(units.kind, filter.kind));
  if (filter.parentId) conditions.push(eq(units.parentId, filter.parentId));
  if (filter.query) conditions.push(ilike(units.name, likePattern(filter.query)));
  if (filter.after) conditions.push(gt(units.id, filter.after));
  const rows = await db
    .select({ id: units.id, kind: units.kind, name: units.name, nameEn: units.nameEn, parentId: units.parentId, phones: units.phones })
    .from(units)
    .where(and(...conditions))
    .orderBy(asc(units.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { data: page, nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}
