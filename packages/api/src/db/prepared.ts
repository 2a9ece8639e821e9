import type { Database } from './client.js';

/**
 * A query built once per database and then only executed: drizzle's query building costs more
 * than a small indexed read itself, on paths that run on every request. Tests and benchmarks open
 * several databases in one process, hence one per database.
 */
export function preparedPerDatabase<Query>(build: (db: Database) => Query): (db: Database) => Query {
  const built = new WeakMap<Database, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}
