import type { Database } from '../../db/client.js';
import type { buildings } from '../../db/schema/index.js';
import { cityRootUnit, loadUnit, type NamedUnitRef } from '../units.js';

export interface IntakeInput {
  cityId: string;
  building: typeof buildings.$inferSelect | null;
  categoryId: string | null;
}

/**
 * Where a new case lands: the grid of its building, or the city command centre's queue when the
 * place is not a known building.
 */
export async function routeIntake(db: Database, input: IntakeInput): Promise<NamedUnitRef> {
  if (input.building) return loadUnit(db, input.cityId, input.building.gridUnitId);
  return cityRootUnit(db, input.cityId);
}
