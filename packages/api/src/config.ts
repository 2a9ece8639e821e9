import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultRateLimits, type RateLimitSettings } from './http/rate-limit.js';
import { defaultRequestDeadlineMs } from './http/request-deadline.js';

/** Everything the API reads from its environment, parsed and checked once at boot. */
const environmentSchema = z.object({
  HUYING_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HUYING_HOST: z.string().default('127.0.0.1'),
  /** A PostgreSQL server; without it the embedded database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database keeps its files. */
  HUYING_DATA_DIR: z.string().default(resolve(process.cwd(), '.huying', 'db')),
  /** The city served to requests that do not name one (a platform usually serves one city). */
  HUYING_DEFAULT_CITY: z.string().min(1).default('zhaoyuan'),
  /** The public base URL residents reach, used in tracking links and QR codes. */
  HUYING_PUBLIC_URL: z.string().url().optional(),
  HUYING_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUYING_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /** The folder with the built embed bundle (huying.js), when not the workspace's own build. */
  HUYING_EMBED_DIR: z.string().optional(),
  /** Requests a minute one client (site key and address) may make on the public endpoints; 0 turns the limit off. */
  HUYING_RATE_LIMIT_READS: z.coerce.number().int().min(0).default(defaultRateLimits.readsPerMinute),
  HUYING_RATE_LIMIT_WRITES: z.coerce.number().int().min(0).default(defaultRateLimits.writesPerMinute),
  /** Reverse proxies in front of the API whose X-Forwarded-For names the client (sign-in throttling and the audit log use it). */
  HUYING_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** A staff session unused this long ends; and this long after sign-in however active. */
  HUYING_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  HUYING_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** A request not answered in this time is refused with 503 and Retry-After (uploads excepted). */
  HUYING_REQUEST_DEADLINE_SECONDS: z.coerce.number().min(1).max(600).default(defaultRequestDeadlineMs / 1000),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  port: number;
  host: string;
  database: { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string };
  defaultCityId: string;
  publicUrl: string;
  logLevel: Environment['HUYING_LOG_LEVEL'];
  bodyLimitBytes: number;
  embedDir: string | undefined;
  rateLimit: RateLimitSettings;
  trustedProxies: number;
  sessions: { idleMs: number; maxMs: number };
  requestDeadlineMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  return {
    port: values.HUYING_PORT,
    host: values.HUYING_HOST,
    database: values.DATABASE_URL
      ? { engine: 'postgres', url: values.DATABASE_URL }
      : { engine: 'pglite', dataDir: values.HUYING_DATA_DIR },
    defaultCityId: values.HUYING_DEFAULT_CITY,
    publicUrl: values.HUYING_PUBLIC_URL ?? `http://${values.HUYING_HOST}:${values.HUYING_PORT}`,
    logLevel: values.HUYING_LOG_LEVEL,
    bodyLimitBytes: values.HUYING_BODY_LIMIT_BYTES,
    embedDir: values.HUYING_EMBED_DIR,
    rateLimit: { readsPerMinute: values.HUYING_RATE_LIMIT_READS, writesPerMinute: values.HUYING_RATE_LIMIT_WRITES },
    trustedProxies: values.HUYING_TRUSTED_PROXIES,
    sessions: { idleMs: values.HUYING_SESSION_IDLE_MINUTES * 60_000, maxMs: values.HUYING_SESSION_MAX_HOURS * 3_600_000 },
    requestDeadlineMs: values.HUYING_REQUEST_DEADLINE_SECONDS * 1000,
  };
}
