/**
 * Real API and worker processes (`huying serve --no-worker`, `huying worker`) on a database of
 * their own, for the scale-out and fault tests and the load benchmarks: what runs here is what an
 * operator runs, so a process can be killed with SIGKILL mid-request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';

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

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<FleetProcess> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, HUYING_LOG_LEVEL: 'warn', HUYING_RATE_LIMIT_READS: '0', HUYING_RATE_LIMIT_WRITES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
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
export const startApiProcess = (databaseUrl: string, env: Record<string, string> = {}) =>
  startProcess(['serve', '--no-worker', '--port', '0'], { DATABASE_URL: databaseUrl, ...env }, /listening on (http:\/\/\S+)/);

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
