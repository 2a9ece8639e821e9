import { and, asc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { hotlines, units, type HotlineLabel } from '../../db/schema/index.js';

/** A directory entry as an import gives it: the unit by name. */
export interface HotlineEntry {
  unitName: string;
  label: HotlineLabel;
  number: string;
  source: string;
}

/** The digits a caller dials: separators removed, so `0757-8123 4567` and `075781234567` are one number. */
export const dialledDigits = (number: string) => number.replace(/\D/g, '');

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/**
 * Adds the entries of units the city has (matched by name) and keeps what is there: an import
 * can run again. Returns what was added and the entries whose unit the city does not have.
 */
export async function importHotlines(db: Database, cityId: string, entries: readonly HotlineEntry[]) {
  const cityUnits = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.cityId, cityId));
  const unitByName = new Map(cityUnits.map((unit) => [unit.name, unit.id]));
  const rows = entries.flatMap((entry) => {
    const unitId = unitByName.get(entry.unitName);
    return unitId ? [{ id: crypto.randomUUID(), cityId, unitId, label: entry.label, number: entry.number, digits: dialledDigits(entry.number), source: entry.source }] : [];
  });
  let added = 0;
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 500) {
      const inserted = await tx.insert(hotlines).values(rows.slice(start, start + 500)).onConflictDoNothing().returning({ id: hotlines.id });
      added += inserted.length;
    }
  });
  return { added, unmatched: entries.filter((entry) => !unitByName.has(entry.unitName)) };
}

const hotlineColumns = {
  id: hotlines.id,
  label: hotlines.label,
  number: hotlines.number,
  source: hotlines.source,
  unit: { id: units.id, name: units.name, kind: units.kind },
};

/**
 * Searches the directory: by any part of a number (digits only), or by the unit's name; the
 * numbers of one unit come together, service line first.
 */
export async function searchHotlines(
  db: Database,
  cityId: string,
  query: { q?: string | undefined; unitId?: string | undefined; label?: HotlineLabel | undefined; limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(hotlines.cityId, cityId)];
  const q = query.q?.trim();
  if (q) {
    const digits = dialledDigits(q);
    const byName = ilike(units.name, `%${escapeLike(q)}%`);
    // A query that is mostly digits is a number; `12345` must not also match units named with digits.
    conditions.push(digits.length >= 3 && digits.length >= q.replace(/\s/g, '').length - 2 ? like(hotlines.digits, `%${digits}%`) : byName);
  }
  if (query.unitId) conditions.push(eq(hotlines.unitId, query.unitId));
  if (query.label) conditions.push(eq(hotlines.label, query.label));
  const where = and(...conditions);
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select(hotlineColumns)
      .from(hotlines)
      .innerJoin(units, eq(units.id, hotlines.unitId))
      .where(where)
      .orderBy(sql`${hotlines.label} <> 'service'`, asc(units.name), asc(hotlines.label), asc(hotlines.digits))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(hotlines).innerJoin(units, eq(units.id, hotlines.unitId)).where(where),
  ]);
  return { data: rows, total };
}

/** The directory entry a caller dialled, or none. */
export async function findDialledHotline(db: Database, cityId: string, number: string) {
  const digits = dialledDigits(number);
  if (!digits) return null;
  const [found] = await db
    .select(hotlineColumns)
    .from(hotlines)
    .innerJoin(units, eq(units.id, hotlines.unitId))
    .where(and(eq(hotlines.cityId, cityId), eq(hotlines.digits, digits)))
    .orderBy(sql`${hotlines.label} <> 'service'`, asc(hotlines.createdAt))
    .limit(1);
  return found ?? null;
}
