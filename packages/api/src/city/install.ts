import { checkUnitPlacement, childPath, type UnitKind, type UnitRef } from '@huying/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { buildings, categories, cities, units, type UnitPhone } from '../db/schema/index.js';
import { buildingUpsertSet } from '../services/buildings/upsert.js';
import { stableId } from './ids.js';

/** A city described by keys rather than ids: what the demo seed and test fixtures install. */
export interface CitySpec {
  city: { id: string; name: string; nameEn: string; province: string; timeZone: string; hotline: string };
  /** Parents come before their children. */
  units: { key: string; kind: UnitKind; name: string; nameEn?: string | null; parentKey: string | null; phones?: UnitPhone[] }[];
  buildings: {
    key: string;
    name: string;
    address: string;
    gridKey: string;
    propertyKey: string | null;
    latitude?: number | null;
    longitude?: number | null;
  }[];
  categories: { code: string; level1: string; level2: string; level3: string; ownerKey?: string | null }[];
}

export interface InstalledCity {
  cityId: string;
  unitIds: Map<string, string>;
  buildingIds: Map<string, string>;
  categoryIds: Map<string, string>;
}

export class CitySpecError extends Error {}

const batches = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Installs (or re-installs, idempotently) a city's units, buildings and categories. Ids derive
 * from the keys, so a second run updates names and phones in place and adds what is new.
 */
export async function installCity(db: Database, spec: CitySpec): Promise<InstalledCity> {
  const cityId = spec.city.id;
  const unitIds = new Map<string, string>();
  const refs = new Map<string, UnitRef>();
  const unitRows = spec.units.map((unit) => {
    const id = stableId(cityId, 'unit', unit.key);
    const parent = unit.parentKey === null ? null : refs.get(unit.parentKey);
    if (unit.parentKey !== null && !parent) throw new CitySpecError(`unit ${unit.key}: parent ${unit.parentKey} is not listed before it`);
    const problem = checkUnitPlacement(unit.kind, parent ?? null);
    if (problem) throw new CitySpecError(`unit ${unit.key}: ${problem}`);
    const ref: UnitRef = { id, kind: unit.kind, parentId: parent?.id ?? null, path: childPath(parent ?? null, id) };
    refs.set(unit.key, ref);
    unitIds.set(unit.key, id);
    return {
      id,
      cityId,
      kind: unit.kind,
      name: unit.name,
      nameEn: unit.nameEn ?? null,
      parentId: ref.parentId,
      path: [...ref.path],
      phones: unit.phones ?? [],
    };
  });
  const unitId = (key: string, what: string) => {
    const id = unitIds.get(key);
    if (!id) throw new CitySpecError(`${what}: no unit ${key}`);
    return id;
  };
  const buildingIds = new Map<string, string>();
  const buildingRows = spec.buildings.map((building) => {
    const id = stableId(cityId, 'building', building.key);
    buildingIds.set(building.key, id);
    return {
      id,
      cityId,
      gridUnitId: unitId(building.gridKey, `building ${building.key}`),
      propertyUnitId: building.propertyKey ? unitId(building.propertyKey, `building ${building.key}`) : null,
      name: building.name,
      address: building.address,
      latitude: building.latitude ?? null,
      longitude: building.longitude ?? null,
    };
  });
  const categoryIds = new Map<string, string>();
  const categoryRows = spec.categories.map((category) => {
    const id = stableId(cityId, 'category', category.code);
    categoryIds.set(category.code, id);
    return {
      id,
      cityId,
      code: category.code,
      level1: category.level1,
      level2: category.level2,
      level3: category.level3,
      ownerUnitId: category.ownerKey ? unitId(category.ownerKey, `category ${category.code}`) : null,
    };
  });

  await db.transaction(async (tx) => {
    await tx
      .insert(cities)
      .values(spec.city)
      .onConflictDoUpdate({
        target: cities.id,
        set: { name: spec.city.name, nameEn: spec.city.nameEn, province: spec.city.province, timeZone: spec.city.timeZone, hotline: spec.city.hotline },
      });
    for (const batch of batches(unitRows, 500)) {
      await tx
        .insert(units)
        .values(batch)
        .onConflictDoUpdate({ target: units.id, set: { name: sql`excluded.name`, nameEn: sql`excluded.name_en`, phones: sql`excluded.phones` } });
    }
    for (const batch of batches(buildingRows, 500)) {
      await tx
        .insert(buildings)
        .values(batch)
        .onConflictDoUpdate({
          target: buildings.id,
          set: buildingUpsertSet,
        });
    }
    for (const batch of batches(categoryRows, 500)) {
      await tx
        .insert(categories)
        .values(batch)
        .onConflictDoUpdate({ target: categories.id, set: { ownerUnitId: sql`excluded.owner_unit_id` } });
    }
  });
  return { cityId, unitIds, buildingIds, categoryIds };
}
