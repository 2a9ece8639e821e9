import { createHash, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Channel } from '@huying/core';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { buildings, kiosks, units, type KioskNotice } from '../../db/schema/index.js';
import { invalid, notFound, ProblemError } from '../../http/problems.js';
import { getCity } from '../directory.js';

export type KioskRow = typeof kiosks.$inferSelect;

const keyPrefix = 'hy_kiosk_';
export const deviceKeyPattern = /^hy_kiosk_[A-Za-z0-9_-]{8,64}$/;
export const pinPattern = /^\d{4,8}$/;
export const maxNotices = 10;

export const hashDeviceKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The admin PIN as the device checks it offline: PBKDF2-SHA256, which WebCrypto computes in the
 * browser. A PIN has few digits, so the hash mainly keeps it out of plain sight in storage; the
 * device also locks the corner after repeated wrong tries.
 */
export interface PinHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  hash: string;
}

const pinIterations = 100_000;

export function hashPin(pin: string, salt = randomBytes(16).toString('base64')): string {
  const hash = pbkdf2Sync(pin, Buffer.from(salt, 'base64'), pinIterations, 32, 'sha256').toString('base64');
  return `pbkdf2-sha256$${pinIterations}$${salt}$${hash}`;
}

export function parsePinHash(stored: string): PinHash {
  const [, iterations, salt, hash] = stored.split('$');
  return { algorithm: 'PBKDF2-SHA256', iterations: Number(iterations), salt: salt ?? '', hash: hash ?? '' };
}

export function pinMatches(stored: string, pin: string): boolean {
  const { iterations, salt, hash } = parsePinHash(stored);
  const computed = pbkdf2Sync(pin, Buffer.from(salt, 'base64'), iterations, 32, 'sha256');
  const expected = Buffer.from(hash, 'base64');
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

export interface KioskSummary {
  id: string;
  cityId: string;
  label: string;
  hallName: string;
  hallNameEn: string | null;
  unit: { id: string; name: string; kind: string };
  building: { id: string; name: string } | null;
  address: string;
  keyPrefix: string;
  notices: KioskNotice[];
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

async function summaries(db: Database, rows: KioskRow[]): Promise<KioskSummary[]> {
  if (rows.length === 0) return [];
  const unitRows = await db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(inArray(units.id, [...new Set(rows.map((row) => row.unitId))]));
  const unitById = new Map(unitRows.map((row) => [row.id, row]));
  const buildingIds = rows.map((row) => row.buildingId).filter((id): id is string => id !== null);
  const buildingRows = buildingIds.length ? await db.select({ id: buildings.id, name: buildings.name }).from(buildings).where(inArray(buildings.id, [...new Set(buildingIds)])) : [];
  const buildingById = new Map(buildingRows.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    cityId: row.cityId,
    label: row.label,
    hallName: row.hallName,
    hallNameEn: row.hallNameEn,
    unit: unitById.get(row.unitId) ?? { id: row.unitId, name: '', kind: 'community' },
    building: row.buildingId ? (buildingById.get(row.buildingId) ?? null) : null,
    address: row.address,
    keyPrefix: row.keyPrefix,
    notices: row.notices,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

const summary = async (db: Database, row: KioskRow) => (await summaries(db, [row]))[0]!;

export function parseNotices(notices: readonly { zh?: string | null; en?: string | null }[]): KioskNotice[] {
  if (notices.length > maxNotices) throw invalid('notices', `show at most ${maxNotices} notices`);
  return notices.map((notice, index) => {
    const zh = notice.zh?.trim() ?? '';
    const en = notice.en?.trim() ?? '';
    if (!zh && !en) throw invalid(`notices.${index}`, 'a notice needs its text in Chinese or English');
    // A notice missing one language shows the other rather than nothing.
    return { zh: zh || en, en: en || zh };
  });
}

export interface KioskInput {
  cityId: string;
  label: string;
  hallName: string;
  hallNameEn?: string | null | undefined;
  unitId: string;
  buildingId?: string | null | undefined;
  address?: string | null | undefined;
  pin: string;
  notices?: readonly { zh?: string | null; en?: string | null }[] | undefined;
  createdByAccountId?: string | null | undefined;
}

/**
 * The hall's place, checked: the unit is a community or street of the city, the building (if
 * any) lies under it, and there is an address residents' cases can carry.
 */
async function hallPlace(db: Database, input: KioskInput): Promise<{ unitId: string; buildingId: string | null; address: string }> {
  const [unit] = await db.select().from(units).where(and(eq(units.id, input.unitId), eq(units.cityId, input.cityId)));
  if (!unit) throw invalid('unitId', 'no such unit in this city');
  if (unit.kind !== 'community' && unit.kind !== 'street') {
    throw invalid('unitId', `a kiosk stands in the service hall of a community or street, not of a ${unit.kind}`);
  }
  let address = input.address?.trim() ?? '';
  if (input.buildingId) {
    const [found] = await db
      .select({ building: buildings, gridPath: units.path })
      .from(buildings)
      .innerJoin(units, eq(units.id, buildings.gridUnitId))
      .where(and(eq(buildings.id, input.buildingId), eq(buildings.cityId, input.cityId)));
    if (!found) throw invalid('buildingId', 'no such building in this city');
    if (!found.gridPath.includes(unit.id)) throw invalid('buildingId', `the building is not in ${unit.name}`);
    address ||= found.building.address;
  }
  if (address.length < 2) throw invalid('address', 'give the hall’s address, or the building it is in');
  if (address.length > 300) throw invalid('address', 'the address is at most 300 characters');
  return { unitId: unit.id, buildingId: input.buildingId ?? null, address };
}

/** Registers a kiosk; the device key is returned this once (only its hash is kept). `key` is for fixed demo keys. */
export async function createKiosk(db: Database, input: KioskInput & { key?: string }): Promise<{ kiosk: KioskSummary; deviceKey: string }> {
  await getCity(db, input.cityId);
  const label = input.label.trim();
  const hallName = input.hallName.trim();
  if (!label) throw invalid('label', 'name the kiosk, e.g. "金晖社区党群服务中心 1号机"');
  if (!hallName) throw invalid('hallName', 'give the name of the hall residents see on the screen');
  if (!pinPattern.test(input.pin)) throw invalid('pin', 'the admin PIN is 4 to 8 digits');
  const deviceKey = input.key ?? `${keyPrefix}${randomBytes(24).toString('base64url')}`;
  if (!deviceKeyPattern.test(deviceKey)) throw invalid('key', 'a device key is hy_kiosk_ followed by 8–64 letters, digits, _ or -');
  const place = await hallPlace(db, input);
  const [row] = await db
    .insert(kiosks)
    .values({
      id: crypto.randomUUID(),
      cityId: input.cityId,
      label,
      hallName,
      hallNameEn: input.hallNameEn?.trim() || null,
      ...place,
      keyPrefix: deviceKey.slice(0, keyPrefix.length + 4),
      keyHash: hashDeviceKey(deviceKey),
      pinHash: hashPin(input.pin),
      notices: parseNotices(input.notices ?? []),
      createdByAccountId: input.createdByAccountId ?? null,
    })
    .returning();
  return { kiosk: await summary(db, row!), deviceKey };
}

/**
 * The demo seed's kiosk, with a fixed key: created on the first run, brought up to date (and
 * back into service) on every later one.
 */
export async function upsertKiosk(db: Database, input: KioskInput & { key: string }): Promise<KioskSummary> {
  const [existing] = await db.select().from(kiosks).where(eq(kiosks.keyHash, hashDeviceKey(input.key)));
  if (!existing) return (await createKiosk(db, input)).kiosk;
  if (existing.cityId !== input.cityId) throw invalid('key', 'this device key belongs to a kiosk of another city');
  const place = await hallPlace(db, input);
  const [row] = await db
    .update(kiosks)
    .set({ label: input.label, hallName: input.hallName, hallNameEn: input.hallNameEn ?? null, ...place, notices: parseNotices(input.notices ?? []), revokedAt: null })
    .where(eq(kiosks.id, existing.id))
    .returning();
  forgetDeviceKey(db, input.key);
  return summary(db, row!);
}

export async function listKiosks(db: Database, cityId: string): Promise<KioskSummary[]> {
  const rows = await db.select().from(kiosks).where(eq(kiosks.cityId, cityId)).orderBy(asc(kiosks.createdAt), asc(kiosks.label));
  return summaries(db, rows);
}

export async function getKiosk(db: Database, cityId: string, id: string): Promise<KioskRow> {
  const [row] = await db.select().from(kiosks).where(and(eq(kiosks.id, id), eq(kiosks.cityId, cityId)));
  if (!row) throw notFound(`kiosk ${id}`);
  return row;
}

export async function revokeKiosk(db: Database, clock: Clock, cityId: string, id: string): Promise<KioskSummary> {
  const [row] = await db
    .update(kiosks)
    .set({ revokedAt: clock.now() })
    .where(and(eq(kiosks.id, id), eq(kiosks.cityId, cityId), isNull(kiosks.revokedAt)))
    .returning();
  const revoked = row ?? (await getKiosk(db, cityId, id));
  caches.get(db)?.clear();
  return summary(db, revoked);
}

export async function setKioskNotices(db: Database, cityId: string, id: string, notices: readonly { zh?: string | null; en?: string | null }[]): Promise<KioskSummary> {
  const parsed = parseNotices(notices);
  const [row] = await db.update(kiosks).set({ notices: parsed }).where(and(eq(kiosks.id, id), eq(kiosks.cityId, cityId))).returning();
  if (!row) throw notFound(`kiosk ${id}`);
  caches.get(db)?.clear();
  return summary(db, row);
}

export async function setKioskPin(db: Database, cityId: string, id: string, pin: string): Promise<KioskSummary> {
  if (!pinPattern.test(pin)) throw invalid('pin', 'the admin PIN is 4 to 8 digits');
  const [row] = await db.update(kiosks).set({ pinHash: hashPin(pin) }).where(and(eq(kiosks.id, id), eq(kiosks.cityId, cityId))).returning();
  if (!row) throw notFound(`kiosk ${id}`);
  caches.get(db)?.clear();
  return summary(db, row);
}

/**
 * Looked up on every request a kiosk makes, so kept for a short while; a revocation made by this
 * process applies at once, one made by another within this time.
 */
const cacheMilliseconds = 30_000;
const caches = new WeakMap<Database, Map<string, { row: KioskRow | null; until: number }>>();

/** The kiosk a device key belongs to (revoked or not), or null for an unknown key. */
export async function findKioskByKey(db: Database, key: string): Promise<KioskRow | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.row;
  const [row] = deviceKeyPattern.test(key) ? await db.select().from(kiosks).where(eq(kiosks.keyHash, hashDeviceKey(key))) : [];
  // Bounded: a client sending made-up keys must not grow the map without end.
  if (cache.size > 1000) cache.clear();
  cache.set(key, { row: row ?? null, until: Date.now() + cacheMilliseconds });
  return row ?? null;
}

export function forgetDeviceKey(db: Database, key: string): void {
  caches.get(db)?.delete(key);
}

/** The kiosk behind a request's device key, refused with a message the kiosk can show. */
export async function authenticateKiosk(db: Database, key: string): Promise<KioskRow> {
  const row = await findKioskByKey(db, key);
  if (!row) {
    throw new ProblemError('kiosk-key-invalid', 'this kiosk’s device key is not registered with the platform; ask the platform’s administrator to register the kiosk');
  }
  if (row.revokedAt) {
    throw new ProblemError('kiosk-revoked', `this kiosk (${row.label}) was withdrawn from service on ${row.revokedAt.toISOString().slice(0, 10)}; ask the platform’s administrator for a new device key`, {
      extensions: { revokedAt: row.revokedAt.toISOString() },
    });
  }
  return row;
}

/** What the kiosk itself loads at start: its hall, place and notices, and the PIN hash for its staff corner. */
export async function kioskDeviceView(db: Database, clock: Clock, row: KioskRow) {
  const city = await getCity(db, row.cityId);
  const [kiosk] = await summaries(db, [row]);
  // Staff can see which kiosks have stopped calling in.
  await db.update(kiosks).set({ lastSeenAt: clock.now() }).where(eq(kiosks.id, row.id));
  return {
    id: row.id,
    label: row.label,
    hallName: row.hallName,
    hallNameEn: row.hallNameEn,
    city: { id: city.id, name: city.name, nameEn: city.nameEn, hotline: city.hotline },
    unit: kiosk!.unit,
    place: { building: kiosk!.building, address: row.address },
    notices: row.notices,
    adminPin: parsePinHash(row.pinHash),
  };
}

/** Place fields a kiosk's report may not carry: the hall decides where the case is. */
const placeFields = ['buildingId', 'qrToken', 'address', 'latitude', 'longitude'] as const;

/**
 * A report filed through a kiosk: channel `kiosk` and the hall's place, from the kiosk's row and
 * never from the body. A body that names a place of its own is refused rather than overridden,
 * so a tampered kiosk cannot file elsewhere unnoticed.
 */
export function kioskReport<Input extends { channel: Channel; buildingId?: string | null; qrToken?: string | null; address?: string | null; latitude?: number | null; longitude?: number | null }>(
  kiosk: KioskRow | undefined,
  input: Input,
): Input {
  if (!kiosk) return input;
  const named = placeFields.filter((field) => input[field] !== undefined && input[field] !== null);
  if (named.length > 0) {
    throw new ProblemError('validation-failed', `a kiosk files reports at its hall: leave out ${named.join(', ')}`, {
      errors: named.map((field) => ({ field: `json.${field}`, message: 'set by the kiosk’s registration' })),
    });
  }
  return { ...input, channel: 'kiosk' satisfies Channel, buildingId: kiosk.buildingId, address: kiosk.address };
}
