/**
 * What a new case of a city is routed and timed by — its loop settings, intake rules, command
 * centre, and the units and categories it names — kept in memory per process. Each use reads the
 * city's configuration version (raised by triggers on every change to those tables, see the
 * migration `city_config_versions_triggers`) and reloads when it moved, so an edit still applies
 * to the very next case in every process: a submission costs one small read instead of ten.
 */
import type { IntakeRule } from '@huying/core';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedPerDatabase } from '../../db/prepared.js';
import { categories, cityConfigVersions } from '../../db/schema/index.js';
import { loadLoopSettings, type LoopSettings } from '../loop/settings.js';
import { cityRootUnit, loadUnit, type NamedUnitRef } from '../units.js';
import { loadIntakeRules } from './intake.js';

export type CategoryFacts = Pick<typeof categories.$inferSelect, 'id' | 'cityId' | 'code' | 'level1' | 'level2' | 'level3' | 'ownerUnitId' | 'active'>;

export interface IntakeConfig {
  cityId: string;
  version: number;
  settings: LoopSettings;
  rules: IntakeRule[];
  /** The city's command centre; null when it has none configured (routing then refuses). */
  root: NamedUnitRef | null;
  /**
   * A unit of this city, as `loadUnit` gives it (and refuses it). `db` reads it when it is not
   * cached yet: inside a transaction pass the transaction (PGlite has one connection, which the
   * transaction holds); what it reads is committed configuration, cached beyond it.
   */
  unit(id: string, db: Database): Promise<NamedUnitRef>;
  /** A category by id, whatever its city or state (callers check both); null when none has the id. Read like `unit`. */
  category(id: string, db: Database): Promise<CategoryFacts | null>;
}

/** Per database (tests and benchmarks open several in one process), per city. */
const cached = new WeakMap<Database, Map<string, Promise<IntakeConfig>>>();
/** The version read is on every submission. */
const versionQuery = preparedPerDatabase((db) =>
  db
    .select({ version: cityConfigVersions.version })
    .from(cityConfigVersions)
    .where(eq(cityConfigVersions.cityId, sql.placeholder('cityId')))
    .prepare('city_config_version'),
);

async function configVersion(db: Database, cityId: string): Promise<number> {
  const [row] = await versionQuery(db).execute({ cityId });
  return Number(row?.version ?? 0);
}

/**
 * Caches what was found, never a miss (a made-up id takes no room) and never a load in flight: a
 * load on one request's transaction must not fail another request that waited for it.
 */
function memoized<T>(load: (id: string, db: Database) => Promise<T>) {
  const found = new Map<string, T>();
  return async (id: string, db: Database): Promise<T> => {
    const known = found.get(id);
    if (known !== undefined) return known;
    const value = await load(id, db);
    if (value !== null) found.set(id, value);
    return value;
  };
}

async function loadIntakeConfig(db: Database, cityId: string, version: number): Promise<IntakeConfig> {
  // Read after the version: what is loaded is at least that new, so a change is never missed.
  const [settings, rules, root] = await Promise.all([
    loadLoopSettings(db, cityId),
    loadIntakeRules(db, cityId),
    cityRootUnit(db, cityId).catch(() => null),
  ]);
  return {
    cityId,
    version,
    settings,
    rules,
    root,
    unit: memoized((id, db) => loadUnit(db, cityId, id)),
    category: memoized(
      async (id, db) =>
        (
          await db
            .select({
              id: categories.id,
              cityId: categories.cityId,
              code: categories.code,
              level1: categories.level1,
              level2: categories.level2,
              level3: categories.level3,
              ownerUnitId: categories.ownerUnitId,
              active: categories.active,
            })
            .from(categories)
            .where(eq(categories.id, id))
        )[0] ?? null,
    ),
  };
}

/**
 * The city's intake configuration as of now. `db` must be the database itself, not a transaction:
 * what is loaded outlives the request (and reads of committed configuration need no transaction).
 */
export async function intakeConfig(db: Database, cityId: string): Promise<IntakeConfig> {
  let byCity = cached.get(db);
  if (!byCity) cached.set(db, (byCity = new Map()));
  const version = await configVersion(db, cityId);
  const current = byCity.get(cityId);
  if (current && (await current.catch(() => null))?.version === version) return current;
  const loading = loadIntakeConfig(db, cityId, version);
  byCity.set(cityId, loading);
  // Kept only for a city that exists (it has a command centre); a failed load is not kept either.
  const forget = () => byCity.get(cityId) === loading && byCity.delete(cityId);
  loading.then((config) => config.root === null && forget(), forget);
  return loading;
}
