import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export interface CorsOptions {
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/**
 * CORS for the API, answering with the page's own origin, so that caches keep answers per site
 * (Vary: Origin). Nothing rides on cookies, so this opens no more than '*'; refusing origins is the
 * site key's job, and its refusals stay readable by the page that has to explain them.
 *
 * Preflights go to Hono's middleware. For every other request the headers are set before the
 * handler runs, not on a placeholder response: Hono's own middleware touches `c.res` first, and
 * then every answer is copied into a second Response, which costs the hot read paths a fifth of
 * their time. An answer a handler built by hand, without the context, gets them afterwards.
 */
export function apiCors(options: CorsOptions): MiddlewareHandler {
  const preflight = cors({ origin: (origin) => origin || '*', ...options });
  const exposed = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const allowOrigin = c.req.header('origin') || '*';
    c.header('access-control-allow-origin', allowOrigin);
    c.header('access-control-expose-headers', exposed);
    await next();
    const headers = c.res.headers;
    if (!headers.has('access-control-allow-origin')) {
      headers.set('access-control-allow-origin', allowOrigin);
      headers.set('access-control-expose-headers', exposed);
    }
    headers.append('vary', 'Origin');
  };
}
