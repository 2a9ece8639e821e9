import type { UnitKind, UnitRef } from '@huying/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { units } from '../db/schema/index.js';
import { ProblemError } from '../http/problems.js';

export type UnitRow = typeof units.$inferSelect;
export type NamedUnitRef = UnitRef & { name: string; nameEn: string | null; cityId: string };

export function toUnitRef(row: Pick<UnitRow, 'id' | 'kind' | 'parentId' | 'path' | 'name' | 'nameEn' | 'cityId'>): NamedUnitRef {
  return {
    id: row.id,
    kind: row.kind,
    parentId: row.parentId,
    path: row.path,
    name: row.name,
    nameEn: row.nameEn,
    cityId: row.cityId,
  };
}

/** Loads units of one city by id; an id from another city or none at all is a clear 422. */
export async function loadUnits(db: Database, cityId: string, ids: readonly string[]): Promise<Map<string, NamedUnitRef>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(units).where(and(eq(units.cityId, cityId), inArray(units.id, wanted)));
  const found = new Map(rows.map((row) => [row.id, toUnitRef(row)]));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new ProblemError('invalid-command', `no unit ${missing.join(', ')} in this city`, {
      errors: missing.map((id) => ({ field: 'unitId', message: `unit ${id} does not exist in this city` })),
    });
  }
  return found;
}

export async function loadUnit(db: Database, cityId: string, id: string): Promise<NamedUnitRef> {
  const found = (await loadUnits(db, cityId, [id])).get(id);
  if (!found) throw new ProblemError('invalid-command', `no unit ${id} in this city`);
  return found;
}

/** The city command centre: the root of a city's unit tree. */
export async function cityRootUnit(db: Database, cityId: string): Promise<NamedUnitRef> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.cityId, cityId), eq(units.kind, 'city' satisfies UnitKind)))
    .limit(1);
  if (!row) throw new ProblemError('service-unavailable', `city ${cityId} has no command centre configured`);
  return toUnitRef(row);
}
