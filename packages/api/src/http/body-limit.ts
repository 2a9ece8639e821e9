import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context.js';
import { ProblemError } from './problems.js';

/**
 * Refuses a request body over `maxSize` bytes with a 413 problem, before any handler reads it.
 * GET and HEAD carry none, and requests `exempt` says are checked by their own route (uploads).
 *
 * A body with a declared length is judged by that header alone: Node's HTTP parser hands the
 * request no more bytes than it declares, and asking for the body itself would make the server
 * adapter build a whole web Request and stream the body through it, a tenth of a submission's
 * CPU, where the handler's `json()` otherwise reads it directly. Only a chunked body, whose size
 * is known once read, goes through Hono's counting reader.
 */
export function jsonBodyLimit(maxSize: number, options: { exempt?: (c: Context<AppEnv>) => boolean } = {}): MiddlewareHandler<AppEnv> {
  const tooLarge = (): never => {
    throw new ProblemError('payload-too-large', `the request body is over ${maxSize} bytes; upload files separately`);
  };
  const countingLimit = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || options.exempt?.(c)) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(declared) > maxSize ? tooLarge() : next();
    }
    return countingLimit(c, next);
  };
}
