import { normalizeTrackingCode } from '@huying/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { proofLockedUntil, recordProofFailure } from '../services/proof-failures.js';
import { ProblemError } from './problems.js';

/** Resident actions whose body always carries a proof. */
const provingActions = new Set(['rating', 'reopen']);

/**
 * Throttles guesses at a case's proof on `/track/{code}/…`: after a few wrong secrets or phone
 * digits for one tracking code, proofs for it are refused with a 429 until the hour is over. The
 * public status (no proof) stays available. Counted in PostgreSQL, so every process agrees.
 */
export const proofThrottle = createMiddleware<AppEnv>(async (c, next) => {
  const [, code = '', action] = /^\/api\/v1\/track\/([^/]+)(?:\/([^/]+))?/.exec(new URL(c.req.url).pathname) ?? [];
  // A tracking code is digits, dashes and spaces: anything that does not even decode is not one.
  const trackingCode = normalizeTrackingCode(code.replace(/%20/g, ' '));
  const proofOffered =
    (action !== undefined && provingActions.has(action)) ||
    c.req.query('secret') !== undefined ||
    c.req.query('phoneLast4') !== undefined ||
    c.req.header('huying-case-secret') !== undefined ||
    c.req.header('huying-phone-last4') !== undefined;
  if (!trackingCode || !proofOffered || c.req.method === 'OPTIONS') return next();

  const { database, clock } = c.get('deps');
  const lockedUntil = await proofLockedUntil(database.db, trackingCode, clock.now());
  if (lockedUntil) {
    const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - clock.now().getTime()) / 1000));
    throw new ProblemError('rate-limited', `too many wrong secrets or phone digits for this case; try again in ${Math.ceil(seconds / 60)} minutes`, {
      headers: { 'retry-after': String(seconds) },
      extensions: { retryAfterSeconds: seconds },
    });
  }
  await next();
  if (c.error instanceof ProblemError && c.error.code === 'forbidden') await recordProofFailure(database.db, trackingCode, clock.now());
});
