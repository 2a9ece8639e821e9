import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import type { Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { sweepDueCases } from '../jobs/deadline-sweep.js';
import { purgeExpiredIdempotencyKeys } from '../jobs/idempotency-purge.js';
import { startWorker, type RunningWorker } from '../jobs/worker.js';
import { createLogger } from '../server.js';

export const workerUsage = `  huying worker [--once] [--sweep-every S]
                                       run the background jobs (deadline sweep every S seconds,
                                       default 30; idempotency purge hourly); --once runs each once
  huying serve --no-worker             serve the API without running the jobs in the same process`;

/** Parses `--sweep-every S` (seconds) into milliseconds. */
export function sweepEveryMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) {
    throw Object.assign(new Error('--sweep-every takes a number of seconds between 1 and 86400'), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
  }
  return seconds * 1000;
}

/** The jobs beside a running API, on its database. */
export function startJobs(database: DatabaseHandle, config: Config, options: { sweepEveryMs?: number | undefined } = {}): RunningWorker {
  const logger = createLogger(config).child({ component: 'worker' });
  return startWorker({ database, clock: systemClock, logger }, options.sweepEveryMs ? { sweepEveryMs: options.sweepEveryMs } : {});
}

export async function runWorker(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { once: { type: 'boolean', default: false }, 'sweep-every': { type: 'string' } } });
  const every = sweepEveryMs(values['sweep-every']);
  const database = await openDatabase(
    config.database.engine === 'postgres' ? { engine: 'postgres', url: config.database.url } : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await database.migrate();
    if (values.once) {
      const deps = { database, clock: systemClock, logger: createLogger(config) };
      console.log(JSON.stringify({ sweep: await sweepDueCases(deps), purge: await purgeExpiredIdempotencyKeys(deps) }));
      return 0;
    }
    const worker = startJobs(database, config, { sweepEveryMs: every });
    console.log(`Huying worker running (${database.engine}); Ctrl+C stops it`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await worker.stop();
    return 0;
  } finally {
    await database.close();
  }
}
