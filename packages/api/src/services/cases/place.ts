import type { Channel } from '@huying/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedPerDatabase } from '../../db/prepared.js';
import { buildings } from '../../db/schema/index.js';
import { invalid, ProblemError } from '../../http/problems.js';
import { verifySignToken, type SignRow } from '../qr/signs.js';

export interface PlaceInput {
  buildingId?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** The token of the sign the resident scanned: it names the building, and only it can. */
  qrToken?: string | null;
  channel?: Channel;
}

export interface ResolvedPlace {
  building: typeof buildings.$inferSelect | null;
  /** Set when the place came from a scanned sign: the case's channel is then `qr`, whatever the body said. */
  channel: Channel | null;
  sign: SignRow | null;
}

/** Read on every submission that names a building. */
const buildingInCity = preparedPerDatabase((db) =>
  db
    .select()
    .from(buildings)
    .where(and(eq(buildings.id, sql.placeholder('buildingId')), eq(buildings.cityId, sql.placeholder('cityId'))))
    .prepare('building_in_city'),
);

/**
 * The building a report names, checked to be in the city: a case is never filed at the wrong place.
 * A sign token is verified here, server-side; a body naming a different building than the sign is
 * refused rather than guessed at.
 */
export async function resolvePlace(db: Database, cityId: string, input: PlaceInput): Promise<ResolvedPlace> {
  if (input.qrToken) {
    const { sign, building } = await verifySignToken(db, input.qrToken);
    if (sign.cityId !== cityId) throw new ProblemError('qr-token-invalid', 'this sign belongs to another city');
    if (input.buildingId && input.buildingId !== building.id) {
      throw invalid('buildingId', 'does not match the building of the scanned sign; send the sign token alone');
    }
    return { building, channel: 'qr', sign };
  }
  if (input.channel === 'qr') throw invalid('qrToken', 'a report from a QR sign carries the token of the scanned sign');
  if (!input.buildingId && !input.address?.trim() && input.latitude == null) {
    throw invalid('place', 'say where: choose a building, type an address, or share a location');
  }
  if (!input.buildingId) return { building: null, channel: null, sign: null };
  const [building] = await buildingInCity(db).execute({ buildingId: input.buildingId, cityId });
  if (!building) throw invalid('buildingId', 'no such building in this city');
  return { building, channel: null, sign: null };
}
