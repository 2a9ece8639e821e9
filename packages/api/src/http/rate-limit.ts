import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Clock } from '../clock.js';
import type { AppEnv } from '../context.js';
import { clientAddress } from './client.js';
import { ProblemError } from './problems.js';

/** How many requests one client may make per minute on the public endpoints; 0 turns a limit off. */
export interface RateLimitSettings {
  /** GET, HEAD: tracking lookups, knowledge-base search, directory reads. */
  readsPerMinute: number;
  /** POST, PUT, PATCH, DELETE: new cases, uploads, ratings. */
  writesPerMinute: number;
}

/**
 * Generous for a person and a widget (a resident submits a few cases a day; a page of search
 * results is one request), tight for a script. A community hall or a company behind one NAT
 * address shares the budget, so reads leave room for a busy office.
 */
export const defaultRateLimits: RateLimitSettings = { readsPerMinute: 600, writesPerMinute: 30 };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before idle ones (refilled to the brim, so forgetting them changes nothing) are dropped. */
const bucketsBeforeSweep = 50_000;

/**
 * A token bucket per client: it holds a minute's allowance, refills continuously, and a request
 * takes one token. Kept in this process's memory, so a check costs no database round trip; with
 * N API processes behind a load balancer a client can reach N times the allowance unless the
 * balancer keeps a client on one process (docs/deployment.md).
 */
export function createTokenBuckets(perMinute: number, clock: Clock) {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;

  const level = (bucket: Bucket, now: number) => Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);

  const forgetIdle = (now: number) => {
    for (const [key, bucket] of buckets) if (level(bucket, now) >= perMinute) buckets.delete(key);
  };

  return {
    /** Takes a token for `key`; returns 0 when granted, else the seconds until a token is back. */
    take(key: string): number {
      const now = clock.now().getTime();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= bucketsBeforeSweep) forgetIdle(now);
        buckets.set(key, (bucket = { tokens: perMinute, updatedAt: now }));
      }
      bucket.tokens = level(bucket, now);
      bucket.updatedAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
    },
    get size() {
      return buckets.size;
    },
  };
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who a request is counted against: the site key (or kiosk) it came through and the client's address. */
function clientKey(c: Context<AppEnv>): string {
  const via = c.get('kiosk')?.id ?? c.get('site')?.key ?? '-';
  return `${via}|${clientAddress(c) ?? 'unknown'}`;
}

/**
 * Limits the public (resident) endpoints per site key and client address, reads and writes
 * separately, and refuses the excess with 429 `rate-limited` and Retry-After. Mounted after the
 * site-key check, so the key a request is counted under is one that exists.
 */
export function publicRateLimit(settings: RateLimitSettings, clock: Clock) {
  const reads = settings.readsPerMinute > 0 ? createTokenBuckets(settings.readsPerMinute, clock) : null;
  const writes = settings.writesPerMinute > 0 ? createTokenBuckets(settings.writesPerMinute, clock) : null;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const isWrite = writeMethods.has(c.req.method);
    const buckets = isWrite ? writes : reads;
    const waitSeconds = buckets?.take(clientKey(c)) ?? 0;
    if (waitSeconds > 0) {
      const allowance = isWrite ? settings.writesPerMinute : settings.readsPerMinute;
      throw new ProblemError('rate-limited', `more than ${allowance} ${isWrite ? 'submissions and changes' : 'reads'} a minute from this address; try again in ${waitSeconds} s`, {
        headers: { 'retry-after': String(waitSeconds) },
        extensions: { retryAfterSeconds: waitSeconds },
      });
    }
    await next();
  });
}
