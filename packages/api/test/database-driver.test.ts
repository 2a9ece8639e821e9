import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { freePort, testEngine } from '../src/testing/index.js';
import { promotedByYoungCollections } from './gc-trace.js';

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

/**
 * A transaction's first statements go out behind its BEGIN, not a round trip after it. Observed
 * through a relay between the driver and the server that counts the driver's writes.
 */
describe.skipIf(!onServer)('the PostgreSQL driver starting a transaction', () => {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test');

  async function relayed<T>(run: (client: postgres.Sql, writes: () => string[]) => Promise<T>): Promise<T> {
    const writes: string[] = [];
    const relay = createServer((inbound) => {
      const outbound = connect(Number(server.port || 5432), server.hostname);
      inbound.on('data', (chunk: Buffer) => {
        // The frontend's messages carry their SQL as plain text: enough to tell the writes apart.
        writes.push(chunk.toString('latin1').replace(/[^\x20-\x7e]+/g, ' '));
        outbound.write(chunk);
      });
      outbound.pipe(inbound);
      inbound.on('error', () => outbound.destroy());
      outbound.on('error', () => inbound.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const port = (relay.address() as AddressInfo).port;
    const client = postgres({
      host: '127.0.0.1',
      port,
      user: decodeURIComponent(server.username) || 'postgres',
      database: server.pathname.slice(1),
      max: 2,
      onnotice: () => {},
    });
    try {
      return await run(client, () => writes);
    } finally {
      await client.end({ timeout: 5 });
      relay.close();
    }
  }

  const table = `driver_pipeline_${process.pid}`;

  it('sends BEGIN and the first statement in one write, and still commits and rolls back whole', async () => {
    await relayed(async (client, writes) => {
      await client.unsafe(`CREATE TABLE ${table} (n int PRIMARY KEY)`);
      try {
        const before = writes().length;
        await client.begin(async (tx) => {
          await tx.unsafe(`INSERT INTO ${table} VALUES (1)`);
        });
        const transaction = writes().slice(before);
        // Unpatched: BEGIN, the insert and COMMIT in three writes, each a round trip after the last.
        expect(transaction).toHaveLength(2);
        expect(transaction[0]).toMatch(/begin.*INSERT INTO/s);
        expect(transaction[1]).toMatch(/commit/);

        const failed = await client
          .begin(async (tx) => {
            await tx.unsafe(`INSERT INTO ${table} VALUES (2)`);
            await tx.unsafe(`INSERT INTO ${table} VALUES (1)`);
          })
          .then(() => null, (error: { code?: string }) => error);
        expect(failed?.code).toBe('23505');
        expect(await client.unsafe(`SELECT n FROM ${table} ORDER BY n`)).toEqual([{ n: 1 }]);
      } finally {
        await client.unsafe(`DROP TABLE ${table}`);
      }
    });
  });

  it('keeps each connection to its own transaction when more run at once than the pool has connections', async () => {
    await relayed(async (client) => {
      await client.unsafe(`CREATE TABLE ${table} (n int PRIMARY KEY, backend int NOT NULL, tx xid8 NOT NULL)`);
      try {
        const rows = await Promise.all(
          Array.from({ length: 40 }, (_, n) =>
            client.begin(async (tx) => {
              // Each statement must run on the transaction's connection, inside its transaction.
              const [first] = await tx.unsafe(`INSERT INTO ${table} VALUES (${n}, pg_backend_pid(), pg_current_xact_id()) RETURNING backend, tx::text`);
              const [second] = await tx.unsafe(`SELECT pg_backend_pid() AS backend, pg_current_xact_id()::text AS tx`);
              if (n % 5 === 0) throw new Error('rolled back on purpose');
              return { first, second };
            }).then((result) => result, () => null),
          ),
        );
        for (const row of rows.filter(Boolean)) expect(row!.second).toEqual(row!.first);
        const committed = await client.unsafe<{ n: number }[]>(`SELECT n FROM ${table} ORDER BY n`);
        expect(committed.map((row) => row.n)).toEqual(Array.from({ length: 40 }, (_, n) => n).filter((n) => n % 5 !== 0));
        // A BEGIN with options is still awaited, and its options hold.
        const readOnly = await client.begin('read only', (tx) => tx.unsafe(`INSERT INTO ${table} VALUES (100, 0, '0')`)).then(() => null, (error: { code?: string }) => error);
        expect(readOnly?.code).toBe('25006');
      } finally {
        await client.unsafe(`DROP TABLE IF EXISTS ${table}`);
      }
    });
  });
});

describe.skipIf(!onServer)('the PostgreSQL driver after a transaction', () => {
  it("lets go of the transaction's result once it is returned", async () => {
    // A forced collection, as --expose-gc would give, made available to this test alone.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const client = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      let result: { rows: readonly unknown[] } | undefined = await client.begin(async (tx) => ({ rows: await tx`SELECT generate_series(1, 100) AS n` }));
      const returned = new WeakRef(result);
      result = undefined;
      // The same connection goes on working, but starts no other transaction that could take the
      // place of the last one's close handler.
      await client`SELECT 1`;
      await new Promise((resolve) => setImmediate(resolve));
      collect();
      // Unpatched, the connection's close handler still settles a race whose value is the result.
      expect(returned.deref()).toBeUndefined();
    } finally {
      await client.end({ timeout: 5 });
    }
  });
});

/**
 * What the young-generation collector keeps of settled queries and transactions. V8 (Node 20) keeps
 * an object reachable for its young collections, until the next full one, once a store in code it
 * has not optimized gave the object a closure over itself: unpatched, every query did (its resolve
 * and reject) and every transaction (its savepoint and prepare), so each one, with its parameters
 * and rows, was promoted to the old generation and filled it for the next full collection. The
 * child process runs with the optimizing compiler off, so what it measures does not depend on when
 * V8 gets round to optimizing the driver, and counts the bytes promoted per query from V8's GC
 * trace. Unpatched it promoted about 900 bytes a query and 1,600 a transaction.
 */
describe.skipIf(!onServer)('the PostgreSQL driver and the young generation', () => {
  const promotedPerUse = async (use: 'query' | 'transaction', count: number) => {
    const driverEntry = pathToFileURL(createRequire(import.meta.url).resolve('postgres')).href;
    const dir = mkdtempSync(join(tmpdir(), 'huying-driver-gc-'));
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `const { default: postgres } = await import(${JSON.stringify(driverEntry)});
const sql = postgres(${JSON.stringify(process.env.TEST_DATABASE_URL)}, { max: 1, onnotice: () => {} });
const use = ${JSON.stringify(use)} === 'query'
  ? () => sql\`SELECT 1 AS x, \${new Date().toISOString()}::text AS at\`
  : () => sql.begin(async (tx) => ({ row: (await tx\`SELECT 1 AS x, \${new Date().toISOString()}::text AS at\`)[0] }));
for (let i = 0; i < 200; i++) await use();
gc();
console.log('measuring');
for (let i = 0; i < ${count}; i++) await use();
await sql.end();
`,
    );
    try {
      const output = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, ['--expose-gc', '--no-opt', '--trace-gc-nvp', script], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        ),
      );
      return promotedByYoungCollections(output.slice(output.indexOf('measuring'))) / count;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('promotes next to nothing of a settled query', async () => {
    expect(await promotedPerUse('query', 4000)).toBeLessThan(300);
  });

  it('promotes little of a settled transaction', async () => {
    expect(await promotedPerUse('transaction', 3000)).toBeLessThan(600);
  });
});

/**
 * The driver's queue (of connections, of waiting queries), patched: a busy pool takes a connection
 * from the front of its `busy` queue and puts it back at the end for every query it hands out, so
 * under steady load the queue is never empty. Unpatched, each of those left a slot behind that was
 * only given back when the queue emptied, and every move of a connection searched all of them
 * (about 3 % of a tracking lookup's API time at full load). Now the search starts at the live
 * entries and the spent slots are dropped once they are most of the array.
 */
describe('the PostgreSQL driver queue', () => {
  const loadQueue = async () => {
    const driverEntry = createRequire(import.meta.url).resolve('postgres');
    return (await import(pathToFileURL(join(dirname(driverEntry), 'queue.js')).href)).default as <T>(initial?: T[]) => {
      readonly length: number;
      push(item: T): T;
      shift(): T;
      remove(item: T): T | null;
    };
  };

  it('keeps its order, length and removals through a long run of taking and putting back', async () => {
    const Queue = await loadQueue();
    const busy = Queue<{ id: number }>();
    const connections = Array.from({ length: 10 }, (_, id) => busy.push({ id }));
    const served: number[] = [];
    for (let turn = 0; turn < 100_000; turn++) {
      const connection = busy.shift();
      served.push(connection.id);
      // A connection being moved back into the queue it was taken from: not there any more.
      expect(busy.remove(connection)).toBeNull();
      busy.push(connection);
      if (turn % 9_973 === 0) {
        // One goes idle (out of the queue) and comes back.
        const leaving = connections[turn % 10]!;
        expect(busy.remove(leaving)).toBe(leaving);
        expect(busy.length).toBe(9);
        busy.push(leaving);
      }
    }
    expect(busy.length).toBe(10);
    expect(new Set(Array.from({ length: 10 }, () => busy.shift().id)).size).toBe(10);
    expect(busy.length).toBe(0);
    // Round robin between the departures: each connection served in turn.
    expect(served.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
