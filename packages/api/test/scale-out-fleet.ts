/**
 * Real API and worker processes (`huying serve --no-worker`, `huying worker`) on a database of
 * their own, for the scale-out and fault tests and the load benchmarks: what runs here is what an
 * operator runs, so a process can be killed with SIGKILL mid-request; and a PostgreSQL server of a
 * test's own, which it may stop and start.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { freePort } from '../src/testing/server.js';

const execFileAsync = promisify(execFile);
const cli = fileURLToPath(new URL('../bin/huying.mjs', import.meta.url));

export interface FleetProcess {
  /** The API's base URL (API processes only). */
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** Everything it wrote to stderr, for failure messages. */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A fresh database on the server of `serverUrl`, migrated, dropped again by `drop`. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; handle: DatabaseHandle; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 4 });
  await handle.migrate();
  return {
    url: url.toString(),
    handle,
    async drop() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** How to run a process beyond its command: Node's own flags (a profiler, a GC trace), and a reader of all it prints. */
export interface ProcessOptions {
  nodeArgs?: string[];
  onStdout?: (text: string) => void;
}

function startProcess(args: string[], env: Record<string, string>, ready: RegExp, options: ProcessOptions = {}): Promise<FleetProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    env: { ...process.env, HUYING_LOG_LEVEL: 'warn', HUYING_RATE_LIMIT_READS: '0', HUYING_RATE_LIMIT_WRITES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  if (options.onStdout) child.stdout!.on('data', (chunk: Buffer) => options.onStdout!(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = ready.exec(stdout);
      if (!match) return;
      child.stdout!.off('data', onData);
      // Keep draining stdout so a chatty process never blocks on a full pipe.
      child.stdout!.resume();
      resolve({
        url: match[1] ?? '',
        child,
        exited,
        stderr: () => stderr,
        stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => reject(new Error(`huying ${args.join(' ')} exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/** `huying serve --no-worker` on a free port. */
export const startApiProcess = (databaseUrl: string, env: Record<string, string> = {}, options: ProcessOptions = {}) =>
  startProcess(['serve', '--no-worker', '--port', '0'], { DATABASE_URL: databaseUrl, ...env }, /listening on (http:\/\/\S+)/, options);

/** `huying worker`, sweeping every `sweepEverySeconds`. */
export const startWorkerProcess = (databaseUrl: string, sweepEverySeconds = 1, env: Record<string, string> = {}) =>
  startProcess(['worker', '--sweep-every', String(sweepEverySeconds)], { DATABASE_URL: databaseUrl, ...env }, /worker running/);

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The binaries of the PostgreSQL server installed on this machine (`initdb`, `pg_ctl`), if any. */
export function postgresBinaries(): string | null {
  try {
    const fromConfig = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(fromConfig, 'initdb'))) return fromConfig;
  } catch {
    // pg_config is not on the PATH everywhere (Debian keeps the server's binaries under /usr/lib).
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
  return found ?? null;
}

export interface PrivateCluster {
  /** A superuser URL of its `postgres` database. */
  url: string;
  start(): Promise<void>;
  /** A fast shutdown: the server ends every session and stops. */
  stop(): Promise<void>;
  /** Stops it if it runs and deletes its files. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of its own (initdb in a temporary directory, a free port), so that a test
 * can stop and start the database itself, which it must not do to a server others use. As root,
 * the server runs as the `postgres` user, as PostgreSQL requires.
 */
export async function startPrivateCluster(bin: string): Promise<PrivateCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'huying-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const owner = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, owner, owner);
  }
  const run = (program: string, args: string[]) =>
    execFileAsync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { cwd: dir });
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  const cluster: PrivateCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => void (await run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start'])),
    stop: async () => void (await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])),
    async remove() {
      await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
