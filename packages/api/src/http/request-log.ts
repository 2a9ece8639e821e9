import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';

/** One structured line per request, carrying the request id that also goes back in the response. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  // Answers the context built carry the id already; one a handler built by hand gets it here.
  if (!c.res.headers.has('x-request-id')) c.res.headers.set('x-request-id', c.get('requestId'));
  const { logger } = c.get('deps');
  const entry = {
    requestId: c.get('requestId'),
    method: c.req.method,
    // The path only: query strings can carry a resident's secret.
    path: c.req.path,
    status: c.res.status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
  if (c.res.status >= 500) logger.error(entry, 'request failed');
  else logger.info(entry, 'request');
});
