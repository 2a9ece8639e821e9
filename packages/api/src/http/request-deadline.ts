import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { ProblemError } from './problems.js';

/** How long a request may wait for its answer, unless the app is given another deadline. */
export const defaultRequestDeadlineMs = 30_000;

/**
 * Every request is answered within `ms`: one that is still waiting then (in practice, for a
 * database that lost its connection without telling the driver) gets a 503 problem with
 * Retry-After, so the client retries — with its idempotency key, for a submission — instead of
 * waiting for ever, and the server can close its connections on shutdown. The work itself is
 * not cancelled: a transaction still running commits or rolls back on its own, and a retried
 * submission then finds its first answer. Requests `exempt` says may take long (uploads) are left
 * alone; event streams need no exemption, since their handler answers at once and streams after.
 */
export function requestDeadline(ms: number, options: { exempt?: (c: Context<AppEnv>) => boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (options.exempt?.(c)) return next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        c.get('deps').logger.error({ requestId: c.get('requestId'), path: c.req.path, ms }, 'request passed its deadline');
        reject(new ProblemError('service-unavailable', `no answer within ${ms / 1000} s; please retry shortly`, { headers: { 'retry-after': '5' } }));
      }, ms);
    });
    try {
      await Promise.race([next(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}
