import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { buildings, cities, qrSigningKeys, signs, signScans } from '../../db/schema/index.js';
import { notFound, ProblemError } from '../../http/problems.js';
import { currentSigningKey, keySecret } from './keys.js';
import { decodeSignToken, encodeSignToken, macMatches } from './token.js';

export type SignRow = typeof signs.$inferSelect;
type BuildingRow = typeof buildings.$inferSelect;

export interface IssuedSign {
  sign: SignRow;
  token: string;
}

/** The address a sign's QR code opens. */
export const scanUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, '')}/s/${token}`;

const batches = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

async function cityKeySecrets(db: Database, cityId: string): Promise<Map<number, Buffer>> {
  const rows = await db.select().from(qrSigningKeys).where(eq(qrSigningKeys.cityId, cityId));
  return new Map(rows.map((row) => [row.kid, keySecret(row)]));
}

function tokenOf(sign: SignRow, secrets: Map<number, Buffer>): string {
  const secret = secrets.get(sign.kid);
  if (!secret) throw new Error(`sign ${sign.id} names key ${sign.kid}, which city ${sign.cityId} does not have`);
  return encodeSignToken(secret, { cityId: sign.cityId, serial: sign.serial, buildingId: sign.buildingId, version: sign.version, kid: sign.kid });
}

/**
 * The valid sign of each building, issuing version 1 (or the next version after a withdrawal) for
 * buildings that have none. Printing the current sign again changes nothing: its token is the same.
 */
export async function currentSigns(db: Database, cityId: string, buildingIds: readonly string[]): Promise<Map<string, IssuedSign>> {
  const key = await currentSigningKey(db, cityId);
  const found = new Map<string, SignRow>();
  for (const batch of batches([...new Set(buildingIds)], 1000)) {
    // A concurrent issue for the same building loses on the one-valid-sign index and is read back below.
    await db.execute(sql`
      INSERT INTO ${signs} (id, city_id, building_id, version, kid)
      SELECT gen_random_uuid(), b.city_id, b.id, COALESCE((SELECT max(s.version) FROM ${signs} s WHERE s.building_id = b.id), 0) + 1, ${key.kid}
      FROM ${buildings} b
      WHERE b.city_id = ${cityId} AND b.id IN ${batch}
        AND NOT EXISTS (SELECT 1 FROM ${signs} s WHERE s.building_id = b.id AND s.revoked_at IS NULL)
      ON CONFLICT DO NOTHING`);
    const rows = await db
      .select()
      .from(signs)
      .where(and(eq(signs.cityId, cityId), inArray(signs.buildingId, batch), isNull(signs.revokedAt)));
    for (const row of rows) found.set(row.buildingId, row);
  }
  const missing = buildingIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw notFound(`building ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''} in this city`);
  const secrets = await cityKeySecrets(db, cityId);
  return new Map([...found].map(([buildingId, sign]) => [buildingId, { sign, token: tokenOf(sign, secrets) }]));
}

export async function currentSign(db: Database, cityId: string, buildingId: string): Promise<IssuedSign> {
  return (await currentSigns(db, cityId, [buildingId])).get(buildingId)!;
}

/** Locks the building so that issuing and withdrawing its signs happen one at a time. */
async function lockBuilding(tx: Database, cityId: string, buildingId: string): Promise<BuildingRow> {
  const [building] = await tx.select().from(buildings).where(and(eq(buildings.id, buildingId), eq(buildings.cityId, cityId))).for('update');
  if (!building) throw notFound(`building ${buildingId} in this city`);
  return building;
}

/**
 * A reprint: withdraws the valid sign (if any) and issues the next version under the newest key.
 * The old sign's QR code is refused from now on.
 */
export async function reissueSign(db: Database, cityId: string, buildingId: string, options: { reason: string; now: Date }): Promise<IssuedSign> {
  return db.transaction(async (tx) => {
    await lockBuilding(tx, cityId, buildingId);
    const key = await currentSigningKey(tx, cityId);
    await tx
      .update(signs)
      .set({ revokedAt: options.now, revokedReason: options.reason })
      .where(and(eq(signs.buildingId, buildingId), isNull(signs.revokedAt)));
    const [last] = await tx.select({ version: signs.version }).from(signs).where(eq(signs.buildingId, buildingId)).orderBy(desc(signs.version)).limit(1);
    const [sign] = await tx
      .insert(signs)
      .values({ id: crypto.randomUUID(), cityId, buildingId, version: (last?.version ?? 0) + 1, kid: key.kid, issuedAt: options.now })
      .returning();
    return { sign: sign!, token: tokenOf(sign!, await cityKeySecrets(tx, cityId)) };
  });
}

/** Withdraws a building's valid sign without a replacement (the building is gone, the sign stolen). */
export async function revokeSign(db: Database, cityId: string, buildingId: string, options: { reason: string; now: Date }): Promise<SignRow> {
  return db.transaction(async (tx) => {
    await lockBuilding(tx, cityId, buildingId);
    const [revoked] = await tx
      .update(signs)
      .set({ revokedAt: options.now, revokedReason: options.reason })
      .where(and(eq(signs.buildingId, buildingId), isNull(signs.revokedAt)))
      .returning();
    if (!revoked) throw new ProblemError('illegal-transition', 'this building has no valid sign to withdraw');
    return revoked;
  });
}

export interface VerifiedSign {
  sign: SignRow;
  building: BuildingRow;
  city: typeof cities.$inferSelect;
}

const invalidToken = (detail = 'this QR code was not issued by the platform or has been altered') => new ProblemError('qr-token-invalid', detail);

/**
 * Checks a scanned token: well formed, naming a sign that exists, with a MAC that the named key of
 * the sign's city verifies, and still valid. Every failure is a refusal; nothing is guessed.
 */
export async function verifySignToken(db: Database, token: string): Promise<VerifiedSign> {
  const decoded = decodeSignToken(token);
  if (!decoded) throw invalidToken('this is not a sign code: check that the whole address was scanned');
  const [found] = await db
    .select({ sign: signs, building: buildings, city: cities, key: qrSigningKeys })
    .from(signs)
    .innerJoin(buildings, eq(buildings.id, signs.buildingId))
    .innerJoin(cities, eq(cities.id, signs.cityId))
    .innerJoin(qrSigningKeys, and(eq(qrSigningKeys.cityId, signs.cityId), eq(qrSigningKeys.kid, signs.kid)))
    .where(eq(signs.serial, decoded.serial));
  if (!found || found.sign.kid !== decoded.kid) throw invalidToken();
  const { sign, building, city, key } = found;
  const claims = { cityId: sign.cityId, serial: sign.serial, buildingId: sign.buildingId, version: sign.version, kid: sign.kid };
  if (!macMatches(keySecret(key), claims, decoded.mac)) throw invalidToken();
  if (sign.revokedAt) {
    throw new ProblemError('qr-token-revoked', 'this sign has been replaced or withdrawn; the building has a newer sign, or report by choosing the place', {
      extensions: { buildingId: building.id },
    });
  }
  if (key.retiredAt) throw new ProblemError('qr-token-revoked', 'this sign was signed with a key that has been retired; report by choosing the place');
  return { sign, building, city };
}

/**
 * The city of the sign a token names, or null when it names none. Only routing uses this, so a
 * request that names no city follows its sign; the token is verified properly afterwards.
 */
export async function signTokenCity(db: Database, token: string): Promise<string | null> {
  const decoded = decodeSignToken(token);
  if (!decoded) return null;
  const [found] = await db.select({ cityId: signs.cityId }).from(signs).where(eq(signs.serial, decoded.serial));
  return found?.cityId ?? null;
}

/** Counts one scan of a sign on the city's calendar day. Nothing about the person is kept. */
export async function recordScan(db: Database, verified: VerifiedSign, now: Date): Promise<void> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: verified.city.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  await db
    .insert(signScans)
    .values({ signId: verified.sign.id, day, cityId: verified.sign.cityId, buildingId: verified.building.id, count: 1 })
    .onConflictDoUpdate({ target: [signScans.signId, signScans.day], set: { count: sql`${signScans.count} + 1` } });
}

export interface SignSummary {
  id: string;
  serial: number;
  version: number;
  kid: number;
  status: 'valid' | 'revoked';
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  scans: { total: number; last30Days: number };
}

/** Every version of a building's sign, newest first, with its scan counts. */
export async function buildingSigns(db: Database, cityId: string, buildingId: string, now: Date): Promise<SignSummary[]> {
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  const rows = await db
    .select({
      sign: signs,
      total: sql<number>`COALESCE((SELECT sum(sc.count)::int FROM ${signScans} sc WHERE sc.sign_id = ${signs}.id), 0)`,
      recent: sql<number>`COALESCE((SELECT sum(sc.count)::int FROM ${signScans} sc WHERE sc.sign_id = ${signs}.id AND sc.day >= ${since}::date), 0)`,
    })
    .from(signs)
    .where(and(eq(signs.cityId, cityId), eq(signs.buildingId, buildingId)))
    .orderBy(desc(signs.version));
  return rows.map(({ sign, total, recent }) => ({
    id: sign.id,
    serial: sign.serial,
    version: sign.version,
    kid: sign.kid,
    status: sign.revokedAt ? 'revoked' : 'valid',
    issuedAt: sign.issuedAt.toISOString(),
    revokedAt: sign.revokedAt?.toISOString() ?? null,
    revokedReason: sign.revokedReason,
    scans: { total: Number(total), last30Days: Number(recent) },
  }));
}
