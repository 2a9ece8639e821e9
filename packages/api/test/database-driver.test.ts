import { createServer, type Socket } from 'node:net';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { freePort, testEngine } from '../src/testing/index.js';

/**
 * The PostgreSQL driver, as patched in patches/postgres@3.4.9.patch, when the server ends a
 * connection under it: the query in flight fails with a connection error the API turns into a 503,
 * and the pool still ends at once afterwards — an API process stopping after a database restart
 * must not wait for a query that can no longer finish, nor open a session once it has ended.
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

describe('the PostgreSQL driver ended while it waits to reconnect', () => {
  it('calls off the reconnection, so no session opens after the pool has ended', async () => {
    const port = await freePort();
    // Nothing listens yet: the first query fails to connect, and the connection backs off.
    const client = postgres({ host: '127.0.0.1', port, user: 'postgres', database: 'test', max: 1, backoff: () => 1, connect_timeout: 5 });
    const firstFailure = await client`SELECT 1`.then(() => null, (error: { code?: string }) => error);
    expect(firstFailure?.code).toBe('ECONNREFUSED');

    // The server is back (here a listener that only counts who connects) and a query waits out the backoff.
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const waiting = client`SELECT 2`.then(() => null, (error: { code?: string }) => error);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await client.end({ timeout: 0.1 });
      expect((await waiting)?.code).toBe('CONNECTION_DESTROYED');
      // Unpatched, the backoff's timer still fires after the pool ended and opens a connection.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(sockets).toHaveLength(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
