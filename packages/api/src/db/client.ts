import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
/**
 * One type for both engines, so queries are written once. Without the schema: drizzle's
 * relational `db.query` API is not used, and with a schema every transaction object would build
 * a query builder for each of the tables (about 2 % of a submission's CPU).
 */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** Delivers NOTIFY payloads on `channel`; returns a function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Applies the committed migrations (safe to call from several processes at once). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; maxConnections?: number }
  /** `dataDir` null keeps the database in memory (tests). */
  | { engine: 'pglite'; dataDir: string | null };

const migrationLockKey = 0x4859_4d47; // "HYMG"

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.engine === 'postgres') {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // Timestamps come back as Date objects; keep bigint ids as numbers.
      types: { bigint: postgres.BigInt },
    });
    const db = drizzlePostgres(preparingStatements(client)) as unknown as Database;
    return {
      db,
      engine: 'postgres',
      async listen(channel, onPayload) {
        const subscription = await client.listen(channel, onPayload);
        return () => subscription.unlisten();
      },
      async migrate() {
        // Several API processes may start together: they take turns under an advisory lock, on
        // one dedicated connection so the lock and the migration share a session.
        const single = postgres(options.url, { max: 1, onnotice: () => {} });
        try {
          await single`SELECT pg_advisory_lock(${migrationLockKey})`;
          await migratePostgres(drizzlePostgres(single), { migrationsFolder });
        } finally {
          await single`SELECT pg_advisory_unlock(${migrationLockKey})`.catch(() => {});
          await single.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  const db = drizzlePglite(client) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * drizzle has postgres.js prepare only the queries given a name (`.prepare(name)`) and sends every
 * other one unnamed, for which postgres.js first asks the server for the parameter types and only
 * then binds and runs it: two round trips a query, and the server parses and plans it each time.
 * This hands drizzle a client on which every query is prepared on its connection the first time
 * its text is seen (postgres.js keeps them per connection, by text), and so are the queries of
 * the transactions and savepoints it opens.
 */
function preparingStatements(sql: postgres.Sql): postgres.Sql {
  const within = (open: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    const body = args.pop() as (inner: postgres.Sql) => unknown;
    return open(...args, (inner: postgres.Sql) => body(preparingStatements(inner)));
  };
  return new Proxy(sql, {
    get(target, property) {
      switch (property) {
        case 'unsafe':
          return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => target.unsafe(query, params as never, { ...options, prepare: true });
        case 'begin':
          return within(target.begin.bind(target) as never);
        case 'savepoint':
          return within((target as unknown as postgres.TransactionSql).savepoint.bind(target) as never);
        default: {
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        }
      }
    },
  });
}

/** `db.execute` returns `{ rows }` on PGlite and an array on postgres.js: this reads both. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
