import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from './cities.js';
import { cityId, id } from './columns.js';
import { units } from './units.js';

/** The three-level request taxonomy (e.g. 城乡建设 / 物业管理 / 物业服务), per city. */
export const categories = pgTable(
  'categories',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    code: text('code').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    level3: text('level3').notNull(),
    /** The department that owns this kind of request, if any: such cases go to the city's dispatch queue. */
    ownerUnitId: uuid('owner_unit_id').references(() => units.id),
    active: boolean('active').notNull().default(true),
  },
  (table) => [
    uniqueIndex('categories_city_code_idx').on(table.cityId, table.code),
    index('categories_city_levels_idx').on(table.cityId, table.level1, table.level2),
  ],
);
