import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './app.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { createLiveUpdates } from './services/live/live-updates.js';

export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'huying-api' } });
}

/** Opens the database, applies migrations and serves the API until `close` is called. */
export async function startServer(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url }
      : { engine: 'pglite', dataDir: config.database.dataDir },
  );
  await database.migrate();
  const live = createLiveUpdates(database, logger);
  const app = createApp({
    database,
    clock: options.clock ?? systemClock,
    logger,
    defaultCityId: config.defaultCityId,
    publicUrl: config.publicUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    live,
    rateLimit: config.rateLimit,
    trustedProxies: config.trustedProxies,
    sessions: config.sessions,
    requestDeadlineMs: config.requestDeadlineMs,
    ...(config.embedDir ? { embedDir: config.embedDir } : {}),
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, engine: database.engine }, 'listening');
  return {
    url,
    database,
    async close() {
      // Live-update streams never end on their own; ending them lets the server close.
      await live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

const droppedConnectionCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
  // The server's own word that it is ending the session: terminated by an administrator
  // (pg_terminate_backend, a fast shutdown), after another backend crashed, or while starting.
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * A connection the database server drops can surface as a rejection no request awaits: the
 * driver settles a queued write after its socket closed, and the server's 57P01 reached the
 * process the same way when its connections were terminated under load (faults.test.ts, in about
 * one run in four; likely a new connection's array-type query, which postgres.js starts without
 * awaiting it). That must not end a long-running process: the requests in flight are answered
 * with 503 and the pool reconnects by itself. Any other stray rejection is a bug and still ends
 * the process.
 */
export function surviveDroppedConnections(logger: Pick<Logger, 'warn' | 'fatal'>): void {
  process.on('unhandledRejection', (reason) => {
    const code = (reason as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && droppedConnectionCodes.has(code)) {
      logger.warn({ code }, 'a database connection was lost; the pool reconnects');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
}
