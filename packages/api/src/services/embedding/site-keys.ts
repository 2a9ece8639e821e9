import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { siteKeys } from '../../db/schema/index.js';
import { invalid, notFound } from '../../http/problems.js';
import { getCity } from '../directory.js';

export type SiteKeyRow = typeof siteKeys.$inferSelect;

export interface SiteKeySummary {
  key: string;
  cityId: string;
  label: string;
  allowedOrigins: string[];
  createdAt: string;
  revokedAt: string | null;
}

const keyPrefix = 'hy_site_';
export const siteKeyPattern = /^hy_site_[A-Za-z0-9_-]{8,64}$/;

/**
 * An allowed-origin entry in its canonical form: scheme, lower-case host and a port only when it
 * is not the scheme's default, exactly as browsers send `Origin`. `https://*.example.com` allows
 * every subdomain of example.com (but not example.com itself). Returns null for anything else.
 */
export function normalizeOriginPattern(input: string): string | null {
  const text = input.trim();
  const wildcard = /^(https?):\/\/\*\.(.+)$/i.exec(text);
  const candidate = wildcard ? `${wildcard[1]}://wildcard.${wildcard[2]}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && !url.hostname.startsWith('[')) return null;
  // The original must not have carried a path the URL parser quietly dropped (e.g. "https://a.b/x").
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(candidate)) return null;
  return wildcard ? url.origin.replace('//wildcard.', '//*.') : url.origin;
}

/** Whether a browser's `Origin` is one of the key's allowed origins. */
export function originAllowed(allowed: readonly string[], origin: string): boolean {
  const normalized = normalizeOriginPattern(origin);
  if (!normalized || normalized.includes('*')) return false;
  return allowed.some((pattern) => {
    if (!pattern.includes('*')) return pattern === normalized;
    const [scheme, rest] = pattern.split('://*.') as [string, string];
    const [originScheme, originHost] = normalized.split('://') as [string, string];
    return originScheme === scheme && originHost.endsWith(`.${rest}`);
  });
}

function summary(row: SiteKeyRow): SiteKeySummary {
  return {
    key: row.key,
    cityId: row.cityId,
    label: row.label,
    allowedOrigins: row.allowedOrigins,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function parseAllowedOrigins(origins: readonly string[]): string[] {
  if (origins.length === 0) throw invalid('allowedOrigins', 'list at least one origin, e.g. https://wy.example.com');
  const normalized = origins.map((origin, index) => {
    const value = normalizeOriginPattern(origin);
    if (!value) {
      throw invalid(`allowedOrigins.${index}`, `"${origin}" is not an origin: give scheme and host only, e.g. https://wy.example.com or https://*.example.com`);
    }
    return value;
  });
  return [...new Set(normalized)];
}

/** Creates a site key for a city. `key` is for fixed demo keys; real ones are random. */
export async function createSiteKey(
  db: Database,
  input: { cityId: string; label: string; allowedOrigins: readonly string[]; key?: string; createdByAccountId?: string | null },
): Promise<SiteKeySummary> {
  await getCity(db, input.cityId);
  const label = input.label.trim();
  if (!label) throw invalid('label', 'name the site the key is for, e.g. "金晖社区网站"');
  const key = input.key ?? `${keyPrefix}${randomBytes(15).toString('base64url')}`;
  if (!siteKeyPattern.test(key)) throw invalid('key', 'a site key is hy_site_ followed by 8–64 letters, digits, _ or -');
  const [row] = await db
    .insert(siteKeys)
    .values({ key, cityId: input.cityId, label, allowedOrigins: parseAllowedOrigins(input.allowedOrigins), createdByAccountId: input.createdByAccountId ?? null })
    .returning();
  return summary(row!);
}

/**
 * Creates the key, or brings an existing one with the same key up to date (the demo seed runs
 * on every start and must not fail the second time).
 */
export async function upsertSiteKey(db: Database, input: { cityId: string; key: string; label: string; allowedOrigins: readonly string[] }) {
  const allowedOrigins = parseAllowedOrigins(input.allowedOrigins);
  const [row] = await db
    .insert(siteKeys)
    .values({ key: input.key, cityId: input.cityId, label: input.label, allowedOrigins })
    .onConflictDoUpdate({ target: siteKeys.key, set: { label: input.label, allowedOrigins, revokedAt: null } })
    .returning();
  return summary(row!);
}

export async function listSiteKeys(db: Database, cityId: string): Promise<SiteKeySummary[]> {
  const rows = await db.select().from(siteKeys).where(eq(siteKeys.cityId, cityId)).orderBy(asc(siteKeys.createdAt), asc(siteKeys.key));
  return rows.map(summary);
}

export async function revokeSiteKey(db: Database, clock: Clock, cityId: string, key: string): Promise<SiteKeySummary> {
  const [row] = await db
    .update(siteKeys)
    .set({ revokedAt: clock.now() })
    .where(and(eq(siteKeys.key, key), eq(siteKeys.cityId, cityId), isNull(siteKeys.revokedAt)))
    .returning();
  if (row) return summary(row);
  const [existing] = await db.select().from(siteKeys).where(and(eq(siteKeys.key, key), eq(siteKeys.cityId, cityId)));
  if (!existing) throw notFound(`site key ${key}`);
  return summary(existing);
}

/** Looked up on every embedded request, so kept for a short while; a revocation takes effect within this time. */
const cacheMilliseconds = 30_000;
const caches = new WeakMap<Database, Map<string, { row: SiteKeyRow | null; until: number }>>();

export async function findActiveSiteKey(db: Database, key: string): Promise<SiteKeyRow | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.row;
  const [row] = await db.select().from(siteKeys).where(eq(siteKeys.key, key));
  const active = row && !row.revokedAt ? row : null;
  // Bounded: unknown keys sent by a misbehaving client must not grow the map without end.
  if (cache.size > 1000) cache.clear();
  cache.set(key, { row: active, until: Date.now() + cacheMilliseconds });
  return active;
}

/** Forgets cached lookups, so a change made by this process applies at once. */
export function forgetSiteKey(db: Database, key: string): void {
  caches.get(db)?.delete(key);
}
