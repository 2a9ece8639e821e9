import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database of a test run on the PostgreSQL server, from the global setup. */
    huyingDatabaseUrl: string;
  }
}

/**
 * The database a test runs against: PGlite in memory by default, or the PostgreSQL server whose
 * URL the test run's global setup prepared (`HUYING_TEST_ENGINE=postgres`). Tests isolate
 * themselves by creating their own city, so they share one database safely.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.HUYING_TEST_ENGINE === 'postgres') {
    const url = inject('huyingDatabaseUrl');
    if (!url) throw new Error('the postgres test project needs the global setup in @huying/api/testing/global-setup');
    // The global setup has migrated this database already.
    return openDatabase({ engine: 'postgres', url, maxConnections: 4 });
  }
  const handle = await openDatabase({ engine: 'pglite', dataDir: null });
  await handle.migrate();
  return handle;
}

export const testEngine = () => (process.env.HUYING_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');
