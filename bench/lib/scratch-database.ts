/**
 * A database of a benchmark's own on the PostgreSQL server: created (replacing one of the same
 * name left by an interrupted run), migrated, handed to the work, and dropped afterwards unless
 * kept for a look.
 */
import { openDatabase, type DatabaseHandle } from '../../packages/api/src/db/client.js';
import { postgres, type Client } from './drivers.js';

export interface ScratchDatabase {
  name: string;
  url: string;
  /** The API's handle, with a pool of `maxConnections`. */
  database: DatabaseHandle;
  /** One plain connection for the benchmark's own SQL (bulk generation, counts, checks). */
  client: Client;
}

export async function withScratchDatabase<T>(
  options: { server: string; name: string; keep?: boolean; maxConnections?: number },
  work: (scratch: ScratchDatabase) => Promise<T>,
): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.name)) throw new Error(`a scratch database has a plain lower-case name, not ${options.name}`);
  const admin = postgres(options.server, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${options.name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${options.name}`);
    const url = new URL(options.server);
    url.pathname = `/${options.name}`;
    const database = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: options.maxConnections ?? 4 });
    const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await database.migrate();
      return await work({ name: options.name, url: url.toString(), database, client });
    } finally {
      await client.end({ timeout: 5 });
      await database.close();
      if (!options.keep) await admin.unsafe(`DROP DATABASE IF EXISTS ${options.name} WITH (FORCE)`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}
