import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { findActiveSiteKey, originAllowed, siteKeyPattern } from '../services/embedding/site-keys.js';
import { ProblemError } from './problems.js';

/** The embedding site a resident request came through, once its key is checked. */
export interface EmbeddingSite {
  key: string;
  cityId: string;
  label: string;
}

export const siteKeyHeader = 'huying-site-key';

/** Origins that are the platform itself: its own pages (tracking, scan) need no site key. */
function isFirstParty(origin: string, requestUrl: string, publicUrl: string): boolean {
  const own = [new URL(requestUrl).origin];
  try {
    own.push(new URL(publicUrl).origin);
  } catch {
    // a publicUrl that is not a URL was refused at boot; nothing to add
  }
  return own.includes(origin);
}

/**
 * Guards the resident endpoints that widgets call from other sites. A browser tells us the page's
 * origin and no page can forge it, so a request carrying `Origin` from anywhere but the platform
 * itself must name a site key (`Huying-Site-Key` header or `siteKey` query parameter) that lists
 * that origin. Requests without `Origin` (servers, curl, the SDK in Node) keep working; a key they
 * send still selects the key's city. Staff clients are authenticated by their bearer token instead.
 *
 * This is an embedding control, as in Chatwoot's or Zendesk's allowed domains, not
 * authentication: a non-browser client can send any Origin it likes.
 */
export const residentSiteAccess = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'OPTIONS' || c.req.header('authorization')) return next();
  const deps = c.get('deps');
  const key = c.req.header(siteKeyHeader) ?? c.req.query('siteKey');
  const origin = c.req.header('origin');

  let site: EmbeddingSite | undefined;
  if (key !== undefined) {
    const row = siteKeyPattern.test(key) ? await findActiveSiteKey(deps.database.db, key) : null;
    if (!row) {
      throw new ProblemError('site-key-invalid', `the site key "${key.slice(0, 80)}" is unknown or has been revoked; ask the platform's administrator for a valid key`);
    }
    site = { key: row.key, cityId: row.cityId, label: row.label };
    if (origin !== undefined && !isFirstParty(origin, c.req.url, deps.publicUrl) && !originAllowed(row.allowedOrigins, origin)) {
      throw new ProblemError(
        'origin-not-allowed',
        `the site key for "${row.label}" may not be used from ${origin}; the platform's administrator can add this origin to the key`,
        { extensions: { origin } },
      );
    }
  } else if (origin !== undefined && !isFirstParty(origin, c.req.url, deps.publicUrl)) {
    throw new ProblemError(
      'site-key-required',
      `requests from web pages on other sites (${origin}) must send the site key issued for that site, in the Huying-Site-Key header or the site-key attribute of the element`,
      { extensions: { origin } },
    );
  }
  c.set('site', site);
  await next();
});
