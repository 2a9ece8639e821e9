import { getTableColumns, is, Param, Placeholder, sql, type Column } from 'drizzle-orm';
import type { PgColumn, PgTable, PreparedQueryConfig, SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
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

/** Where a built statement's parameter comes from: a row's value, encoded by its column, or a constant. */
type ParameterSlot = { key: string; column: Column } | { constant: unknown };

interface BuiltInsert {
  sql: string;
  slots: ParameterSlot[];
}

/**
 * `INSERT … RETURNING *` of one row into `table`, built once per set of columns and then run in
 * whichever database or transaction is given. drizzle's own `.prepare()` ties a query to the
 * client it was made on, so writes inside a transaction were built anew every time: about 0.3 ms
 * of CPU for the 45-column case insert, which a submission could not spare. A column whose value
 * is `undefined` takes its default, as in `db.insert(table).values(row)`; a null stays null.
 */
export function insertBuiltOnce<TTable extends PgTable>(
  table: TTable,
  options: { onConflictDoNothing?: { target: PgColumn } } = {},
): (db: Database, row: TTable['$inferInsert']) => Promise<TTable['$inferSelect'][]> {
  const built = new Map<string, BuiltInsert>();
  const returning: SelectedFieldsOrdered = Object.entries(getTableColumns(table)).map(([key, column]) => ({ path: [key], field: column }));

  const build = (db: Database, keys: string[]): BuiltInsert => {
    const insert = db.insert(table).values(Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as TTable['$inferInsert']);
    const query = (options.onConflictDoNothing ? insert.onConflictDoNothing(options.onConflictDoNothing) : insert).returning().toSQL();
    const slots = query.params.map((param): ParameterSlot => {
      if (is(param, Param) && is(param.value, Placeholder)) return { key: param.value.name!, column: param.encoder as Column };
      return { constant: param };
    });
    return { sql: query.sql, slots };
  };

  return async (db, row) => {
    const values = row as Record<string, unknown>;
    const keys = Object.keys(values).filter((key) => values[key] !== undefined);
    const signature = keys.join();
    let statement = built.get(signature);
    if (!statement) built.set(signature, (statement = build(db, keys)));
    const params = statement.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const value = values[slot.key];
      return value === null ? null : slot.column.mapToDriverValue(value);
    });
    const prepared = db._.session.prepareQuery<PreparedQueryConfig & { execute: TTable['$inferSelect'][] }>(
      { sql: statement.sql, params },
      returning,
      undefined,
      true,
    );
    return prepared.execute();
  };
}
