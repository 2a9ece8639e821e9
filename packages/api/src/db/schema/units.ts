import { sql } from 'drizzle-orm';
import { doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { UnitKind } from '@huying/core';
import { cities } from './cities.js';
import { cityId, createdAt, id } from './columns.js';

export interface UnitPhone {
  label: string;
  number: string;
}

/** Units (单位): the organisation tree. `path` holds the ids from the city down to the unit itself. */
export const units = pgTable(
  'units',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    kind: text('kind').$type<UnitKind>().notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    parentId: uuid('parent_id'),
    path: text('path').array().notNull(),
    phones: jsonb('phones').$type<UnitPhone[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
  },
  (table) => [
    index('units_city_kind_idx').on(table.cityId, table.kind),
    index('units_parent_idx').on(table.parentId),
    // Subtree queries ask `path @> ARRAY[unit]`: a GIN index answers them.
    index('units_path_idx').using('gin', table.path),
    uniqueIndex('units_city_parent_name_idx').on(table.cityId, table.parentId, table.name),
  ],
);

/** Buildings (楼栋): places with a QR sign, each in one grid, some with a property company. */
export const buildings = pgTable(
  'buildings',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    gridUnitId: uuid('grid_unit_id')
      .notNull()
      .references(() => units.id),
    propertyUnitId: uuid('property_unit_id').references(() => units.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The building's code in the city's own register, if it has one: the key a re-import matches on. */
    code: text('code'),
    createdAt: createdAt(),
  },
  (table) => [
    index('buildings_city_idx').on(table.cityId, table.name),
    uniqueIndex('buildings_city_code_idx').on(table.cityId, table.code),
    // Residents tell buildings apart by name: two in one grid may not share one (and a re-import without codes matches on it).
    uniqueIndex('buildings_grid_name_idx').on(table.gridUnitId, table.name),
    index('buildings_grid_idx').on(table.gridUnitId),
    index('buildings_property_idx').on(table.propertyUnitId),
  ],
);
