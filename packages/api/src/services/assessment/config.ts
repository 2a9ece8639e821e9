/**
 * The city's scoring configuration (weights per rate, the satisfaction coefficient's bands),
 * kept as numbered versions, each in force from a month on; the built-in defaults are version 0.
 * A version may start in the current month or later, never in a month already over, so a
 * closed month is always scored by the rules it ran under.
 */
import { addMonths, checkScoringConfig, configInForce, defaultScoringConfig, monthOf, type ScoringConfig, type ScoringConfigVersion } from '@huying/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { assessmentConfigs, cities } from '../../db/schema/index.js';
import { invalid, notFound, ProblemError } from '../../http/problems.js';

export interface ConfigVersionView extends ScoringConfigVersion {
  note: string | null;
  createdAt: string | null;
  createdByAccountId: string | null;
}

const viewOf = (row: typeof assessmentConfigs.$inferSelect): ConfigVersionView => ({
  version: row.version,
  effectiveFrom: row.effectiveFrom,
  config: row.config,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  createdByAccountId: row.createdByAccountId,
});

export const defaultVersion: ConfigVersionView = {
  version: 0,
  effectiveFrom: '2000-01',
  config: defaultScoringConfig,
  note: 'built-in defaults',
  createdAt: null,
  createdByAccountId: null,
};

export async function cityTimeZone(db: Database, cityId: string): Promise<string> {
  const [city] = await db.select({ timeZone: cities.timeZone }).from(cities).where(eq(cities.id, cityId));
  if (!city) throw notFound(`city ${cityId}`);
  return city.timeZone;
}

export async function listConfigVersions(db: Database, cityId: string): Promise<ConfigVersionView[]> {
  const rows = await db.select().from(assessmentConfigs).where(eq(assessmentConfigs.cityId, cityId)).orderBy(desc(assessmentConfigs.version));
  return [...rows.map(viewOf), defaultVersion];
}

/** The version that scores `month`. */
export async function configForMonth(db: Database, cityId: string, month: string): Promise<ConfigVersionView> {
  const versions = await listConfigVersions(db, cityId);
  const chosen = configInForce(versions, month);
  return versions.find((version) => version.version === chosen.version) ?? defaultVersion;
}

/** Adds a version; the next number, in force from `effectiveFrom` (this month or later). */
export async function putConfig(
  db: Database,
  staff: StaffPrincipal,
  input: { effectiveFrom?: string | undefined; config: ScoringConfig; note?: string | undefined },
  now: Date,
): Promise<ConfigVersionView> {
  const errors = checkScoringConfig(input.config);
  if (errors.length > 0) {
    throw new ProblemError('validation-failed', errors.length === 1 ? `${errors[0]!.field}: ${errors[0]!.message}` : `${errors.length} fields are not valid`, {
      errors: errors.map((error) => ({ field: `json.config.${error.field}`, message: error.message })),
    });
  }
  const current = monthOf(now, await cityTimeZone(db, staff.cityId));
  const effectiveFrom = input.effectiveFrom ?? current;
  if (effectiveFrom < current) {
    throw invalid('json.effectiveFrom', `a closed month keeps the rules it was run under: start the new configuration in ${current} or later (e.g. ${addMonths(current, 1)})`);
  }
  return db.transaction(async (tx) => {
    // Two editors at once still get consecutive numbers.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`assessment-config:${staff.cityId}`}))`);
    const [latest] = await tx
      .select({ version: assessmentConfigs.version })
      .from(assessmentConfigs)
      .where(eq(assessmentConfigs.cityId, staff.cityId))
      .orderBy(desc(assessmentConfigs.version))
      .limit(1);
    const [row] = await tx
      .insert(assessmentConfigs)
      .values({
        cityId: staff.cityId,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom,
        config: input.config,
        note: input.note?.trim() || null,
        createdAt: now,
        createdByAccountId: staff.accountId,
      })
      .returning();
    return viewOf(row!);
  });
}

export async function getConfigVersion(db: Database, cityId: string, version: number): Promise<ConfigVersionView> {
  if (version === 0) return defaultVersion;
  const [row] = await db.select().from(assessmentConfigs).where(and(eq(assessmentConfigs.cityId, cityId), eq(assessmentConfigs.version, version)));
  if (!row) throw notFound(`assessment configuration version ${version}`);
  return viewOf(row);
}
