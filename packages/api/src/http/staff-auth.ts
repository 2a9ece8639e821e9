import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { authenticateToken } from '../services/staff.js';
import { ProblemError } from './problems.js';

/** Requires a staff bearer token and puts the staff member on the context. */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S{16,200})$/i.exec(header);
  if (!match?.[1]) {
    throw new ProblemError('unauthenticated', 'send a staff token as "Authorization: Bearer <token>"', {
      headers: { 'www-authenticate': 'Bearer realm="huying-staff"' },
    });
  }
  const staff = await authenticateToken(c.get('deps').database.db, match[1]);
  if (!staff) {
    throw new ProblemError('unauthenticated', 'the token is unknown, revoked or its account disabled', {
      headers: { 'www-authenticate': 'Bearer realm="huying-staff", error="invalid_token"' },
    });
  }
  c.set('staff', staff);
  await next();
});
