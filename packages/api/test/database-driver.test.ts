import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../src/testing/index.js';

/**
 * The PostgreSQL driver, as patched in patches/postgres@3.4.9.patch, when the server ends a
 * connection under it: the query in flight fails with a connection error the API turns into a 503,
 * and the pool still ends at once afterwards — an API process stopping after a database restart
 * must not wait for a query that can no longer finish.
 */
const onServer = testEngine() === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onServer)('the PostgreSQL driver when the server ends a connection', () => {
  it('fails the query in flight and then ends without a timeout', async () => {
    const client = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const [{ pid }] = (await client`SELECT pg_backend_pid() AS pid`) as unknown as [{ pid: number }];
      const sleeping = client`SELECT pg_sleep(30)`.then(
        () => null,
        (error: { code?: string }) => error,
      );
      // Wait until the sleep is running on that connection, then end the session from outside.
      for (let tries = 0; tries < 200; tries++) {
        const [row] = await admin<{ active: boolean }[]>`SELECT state = 'active' AS active FROM pg_stat_activity WHERE pid = ${pid}`;
        if (row?.active) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await admin`SELECT pg_terminate_backend(${pid})`;
      const failure = await sleeping;
      expect(failure).not.toBeNull();
      expect(['57P01', 'CONNECTION_CLOSED']).toContain(failure!.code);
      // Without a timeout: unpatched, end() waits for the lost query's ReadyForQuery for ever and
      // the test runs into vitest's own time-out.
      await client.end();
    } finally {
      await client.end({ timeout: 1 });
      await admin.end({ timeout: 5 });
    }
  });
});
