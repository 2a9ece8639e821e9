import { parseArgs } from 'node:util';
import { assessmentUsage, runAssessment } from './assessment.js';
import { buildingsUsage, runBuildings } from './buildings.js';
import { kbUsage, runKb } from './kb.js';
import { kiosksUsage, runKiosks } from './kiosks.js';
import { runQrKeys, runSigns, signsUsage } from './signs.js';
import { runSiteKeys, siteKeysUsage } from './site-keys.js';
import { runWorker, startJobs, sweepEveryMs, workerUsage } from './worker.js';
import { ConfigError, loadConfig } from '../config.js';
import { ProblemError } from '../http/problems.js';
import { openDatabase } from '../db/client.js';
import { createLogger, startServer, surviveDroppedConnections } from '../server.js';

const usage = `huying — the Huying (有呼必应) platform

Usage:
  huying serve [--port N] [--host H]   serve the API (applies migrations first) and run the
                                       background jobs in the same process
  huying migrate                       apply database migrations
  huying seed [--full] [--full-kb]     install the demo city from ../shared/data (idempotent);
                                       --full builds all 9,600 buildings; --full-kb imports
                                       the whole knowledge base, not the demo subset
${buildingsUsage}
${kbUsage}
${signsUsage}
${siteKeysUsage}
${kiosksUsage}
${assessmentUsage}
${workerUsage}
  huying help                          show this

The database is the embedded PGlite in HUYING_DATA_DIR (default ./.huying/db) unless
DATABASE_URL names a PostgreSQL server.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async serve(args) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string' }, host: { type: 'string' }, 'no-worker': { type: 'boolean', default: false }, 'sweep-every': { type: 'string' } },
    });
    const config = loadConfig({
      ...process.env,
      ...(values.port ? { HUYING_PORT: values.port } : {}),
      ...(values.host ? { HUYING_HOST: values.host } : {}),
    });
    const every = sweepEveryMs(values['sweep-every']);
    const server = await startServer(config);
    surviveDroppedConnections(createLogger(config));
    // Deadlines must work in the single-process embedded setup too; a fleet can run `huying worker` instead.
    const worker = values['no-worker'] ? null : startJobs(server.database, config, { sweepEveryMs: every });
    console.log(`Huying API listening on ${server.url} (${server.database.engine})${worker ? ', with the background jobs' : ''}`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await worker?.stop();
    await server.close();
    return 0;
  },

  async migrate() {
    const config = loadConfig();
    const database = await openDatabase(
      config.database.engine === 'postgres' ? { engine: 'postgres', url: config.database.url } : { engine: 'pglite', dataDir: config.database.dataDir },
    );
    try {
      await database.migrate();
      console.log(`migrations applied (${database.engine})`);
    } finally {
      await database.close();
    }
    return 0;
  },

  async seed(args) {
    const { values } = parseArgs({
      args,
      options: { full: { type: 'boolean', default: false }, 'full-kb': { type: 'boolean', default: false }, 'data-dir': { type: 'string' } },
    });
    const { runSeed } = await import('./seed.js');
    const config = loadConfig();
    return runSeed(config, createLogger(config), { full: values.full ?? false, fullKnowledgeBase: values['full-kb'] ?? false, sourceDir: values['data-dir'] });
  },

  buildings: (args) => runBuildings(loadConfig(), args),
  kb: (args) => runKb(loadConfig(), args),
  signs: (args) => runSigns(loadConfig(), args),
  'qr-keys': (args) => runQrKeys(loadConfig(), args),
  'site-keys': (args) => runSiteKeys(loadConfig(), args),
  kiosks: (args) => runKiosks(loadConfig(), args),
  assessment: (args) => runAssessment(loadConfig(), args),
  worker: (args) => {
    const config = loadConfig();
    surviveDroppedConnections(createLogger(config));
    return runWorker(config, args);
  },

  async help() {
    console.log(usage);
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = commands[name === '--help' || name === '-h' ? 'help' : name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error((error as Error).message);
      return 2;
    }
    // A refusal from a service (an unknown city, a sign already withdrawn) is a message, not a crash.
    if (error instanceof ProblemError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
