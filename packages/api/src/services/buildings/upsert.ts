import { sql } from 'drizzle-orm';

/**
 * What an upsert of buildings overwrites from the incoming row: everything about the place, and
 * never the register code unless the writer has one (a re-seed must not erase imported codes).
 */
export const buildingUpsertSet = {
  name: sql`excluded.name`,
  address: sql`excluded.address`,
  gridUnitId: sql`excluded.grid_unit_id`,
  propertyUnitId: sql`excluded.property_unit_id`,
  latitude: sql`excluded.latitude`,
  longitude: sql`excluded.longitude`,
};
