import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { buildings } from '../../db/schema/index.js';
import { invalid } from '../../http/problems.js';

export interface PlaceInput {
  buildingId?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** The building a report names, checked to be in the city: a case is never filed at the wrong place. */
export async function resolvePlace(db: Database, cityId: string, input: PlaceInput) {
  if (!input.buildingId && !input.address?.trim() && input.latitude == null) {
    throw invalid('place', 'say where: choose a building, type an address, or share a location');
  }
  if (!input.buildingId) return { building: null };
  const [building] = await db.select().from(buildings).where(and(eq(buildings.id, input.buildingId), eq(buildings.cityId, cityId)));
  if (!building) throw invalid('buildingId', 'no such building in this city');
  return { building };
}
