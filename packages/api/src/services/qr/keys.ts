import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { qrSigningKeys, signs } from '../../db/schema/index.js';
import { notFound, ProblemError } from '../../http/problems.js';

export type SigningKeyRow = typeof qrSigningKeys.$inferSelect;

/** A key id fits in the token's first byte. */
const maxKid = 255;

export const keySecret = (row: Pick<SigningKeyRow, 'secret'>) => Buffer.from(row.secret, 'base64url');

async function newestActiveKey(db: Database, cityId: string): Promise<SigningKeyRow | undefined> {
  const [newest] = await db
    .select()
    .from(qrSigningKeys)
    .where(and(eq(qrSigningKeys.cityId, cityId), isNull(qrSigningKeys.retiredAt)))
    .orderBy(desc(qrSigningKeys.kid))
    .limit(1);
  return newest;
}

/** The key new signs are signed with: the newest one not retired. A city's first key is made on first use. */
export async function currentSigningKey(db: Database, cityId: string): Promise<SigningKeyRow> {
  const newest = await newestActiveKey(db, cityId);
  if (newest) return newest;
  const [anyKey] = await db.select({ kid: qrSigningKeys.kid }).from(qrSigningKeys).where(eq(qrSigningKeys.cityId, cityId)).limit(1);
  if (anyKey) throw new ProblemError('invalid-command', `every QR signing key of city ${cityId} is retired; rotate to make a new one`);
  // Two processes may both find none: the primary key lets one insert win and both read it.
  await db.insert(qrSigningKeys).values({ cityId, kid: 1, secret: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  return (await newestActiveKey(db, cityId))!;
}

/** Adds a new key: signs issued from now on use it, existing signs keep verifying under theirs. */
export async function rotateSigningKey(db: Database, cityId: string): Promise<SigningKeyRow> {
  return db.transaction(async (tx) => {
    // Serialise rotations of one city so two never pick the same id.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`qr-keys:${cityId}`}))`);
    const [last] = await tx.select({ kid: qrSigningKeys.kid }).from(qrSigningKeys).where(eq(qrSigningKeys.cityId, cityId)).orderBy(desc(qrSigningKeys.kid)).limit(1);
    const kid = (last?.kid ?? 0) + 1;
    if (kid > maxKid) throw new ProblemError('invalid-command', `city ${cityId} has used all ${maxKid} key ids`);
    const [row] = await tx.insert(qrSigningKeys).values({ cityId, kid, secret: randomBytes(32).toString('base64url') }).returning();
    return row!;
  });
}

export interface SigningKeySummary {
  kid: number;
  createdAt: Date;
  retiredAt: Date | null;
  /** Signs still valid that this key verifies: retiring the key withdraws them. */
  validSigns: number;
}

export async function listSigningKeys(db: Database, cityId: string): Promise<SigningKeySummary[]> {
  return db
    .select({
      kid: qrSigningKeys.kid,
      createdAt: qrSigningKeys.createdAt,
      retiredAt: qrSigningKeys.retiredAt,
      validSigns: sql<number>`(SELECT count(*)::int FROM ${signs} s WHERE s.city_id = ${qrSigningKeys}.city_id AND s.kid = ${qrSigningKeys}.kid AND s.revoked_at IS NULL)`,
    })
    .from(qrSigningKeys)
    .where(eq(qrSigningKeys.cityId, cityId))
    .orderBy(asc(qrSigningKeys.kid));
}

/**
 * Retires a key: tokens signed with it stop verifying. Refused for the last active key (new signs
 * need one) and, unless forced, while printed signs still depend on it — reprint those first.
 */
export async function retireSigningKey(db: Database, cityId: string, kid: number, options: { force?: boolean; now: Date }): Promise<SigningKeySummary> {
  const keys = await listSigningKeys(db, cityId);
  const key = keys.find((candidate) => candidate.kid === kid);
  if (!key) throw notFound(`QR signing key ${kid} of city ${cityId}`);
  if (key.retiredAt) return key;
  if (!keys.some((candidate) => candidate.kid !== kid && !candidate.retiredAt)) {
    throw new ProblemError('invalid-command', `key ${kid} is the only active key; rotate first so new signs have a key`);
  }
  if (key.validSigns > 0 && !options.force) {
    throw new ProblemError(
      'invalid-command',
      `${key.validSigns} valid signs are signed with key ${kid}; reissue them with the new key first, or force to withdraw them`,
    );
  }
  await db.update(qrSigningKeys).set({ retiredAt: options.now }).where(and(eq(qrSigningKeys.cityId, cityId), eq(qrSigningKeys.kid, kid)));
  return { ...key, retiredAt: options.now };
}
