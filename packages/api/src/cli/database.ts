import type { Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';

/** Opens and migrates the configured database, runs `work`, and closes it whatever happens. */
export async function withDatabase<T>(config: Config, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    config.database.engine === 'postgres' ? { engine: 'postgres', url: config.database.url } : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}
