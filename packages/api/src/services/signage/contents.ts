import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { buildings, cities } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { buildingConditions, buildingDetails, type BuildingRow } from '../buildings/queries.js';
import { currentSigns, scanUrl } from '../qr/signs.js';
import { missingCharacters } from './font.js';
import type { SignContent } from './layout.js';

/** Which buildings to print: one, a community's, a street's or the whole city's. */
export type SignScope = { kind: 'building'; buildingId: string } | { kind: 'community' | 'street'; unitId: string } | { kind: 'city' };

export interface SignBatch {
  contents: SignContent[];
  /** Characters in names or addresses the sign font cannot draw, with the building that has them. */
  warnings: string[];
}

export async function buildingsInScope(db: Database, cityId: string, scope: SignScope): Promise<BuildingRow[]> {
  const filter =
    scope.kind === 'building' ? {} : scope.kind === 'community' ? { communityUnitId: scope.unitId } : scope.kind === 'street' ? { streetUnitId: scope.unitId } : {};
  const conditions = buildingConditions(cityId, filter);
  if (scope.kind === 'building') conditions.push(eq(buildings.id, scope.buildingId));
  const rows = await db.select().from(buildings).where(and(...conditions)).orderBy(asc(buildings.gridUnitId), asc(buildings.name));
  if (scope.kind === 'building' && rows.length === 0) throw notFound(`building ${scope.buildingId}`);
  return rows;
}

/**
 * The printable content of the current sign of each building (issuing version 1 where a building
 * has none yet), in grid order so a print run comes out sorted for the people putting signs up.
 */
export async function signContents(db: Database, cityId: string, rows: readonly BuildingRow[], publicUrl: string): Promise<SignBatch> {
  const [city] = await db.select().from(cities).where(eq(cities.id, cityId));
  if (!city) throw notFound(`city "${cityId}"`);
  const [details, issued] = await Promise.all([buildingDetails(db, rows), currentSigns(db, cityId, rows.map((row) => row.id))]);
  const warnings: string[] = [];
  const contents = details.map((detail): SignContent => {
    const { sign, token } = issued.get(detail.id)!;
    const missing = missingCharacters(detail.name + detail.address);
    if (missing.length > 0) warnings.push(`${detail.name} (${detail.id}): the sign font has no ${missing.join('')}`);
    return {
      buildingName: detail.name,
      address: detail.address,
      gridLine: [detail.street?.name, detail.community?.name, detail.grid.name].filter(Boolean).join(' · '),
      url: scanUrl(publicUrl, token),
      hotline: city.hotline,
      cityName: city.name,
      serial: sign.serial,
      version: sign.version,
    };
  });
  return { contents, warnings };
}
