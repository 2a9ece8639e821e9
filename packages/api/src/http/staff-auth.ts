/**
 * Staff authentication and authorisation, in one place: who is calling (a bearer token from the
 * SDK, or the session cookie of the staff pages, with its CSRF checks on writes) and whether their
 * role, at their unit, holds the permission the route needs (http/route-permissions.ts, checked
 * against the core's permission table).
 */
import { checkPermission, type IntegratorPermission } from '@huying/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../context.js';
import { verifyIntegratorKey, type IntegratorPrincipal } from '../services/auth/integrator-keys.js';
import { csrfTokenMatches, defaultSessionSettings, findSession, sessionCookieName, sessionEndsAt } from '../services/auth/sessions.js';
import { authenticateToken, principalOf } from '../services/staff.js';
import { ProblemError } from './problems.js';
import { routeKey, routePermissions, type RouteAccess } from './route-permissions.js';

/** How the staff member proved who they are. */
export type StaffCredential =
  | { type: 'token'; tokenId: string }
  | { type: 'session'; sessionId: string; secret: string; endsAt: Date; mustChangePassword: boolean };

declare module 'hono' {
  interface ContextVariableMap {
    staffCredential: StaffCredential | undefined;
    /** Set by `requireIntegrator` for a request with a valid integrator API key. */
    integrator: IntegratorPrincipal | undefined;
  }
}

export const csrfHeader = 'x-csrf-token';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sessionSecretPattern = /^[A-Za-z0-9_-]{43}$/;

const unauthenticated = (detail: string, error?: string) =>
  new ProblemError('unauthenticated', detail, {
    headers: { 'www-authenticate': `Bearer realm="huying-staff"${error ? `, error="${error}"` : ''}` },
  });

type Endpoint = { method: string; path: string };

/** The route that will answer the request (the last one matched that is not middleware). */
function endpointOf(c: Context<AppEnv>): Endpoint | undefined {
  return matchedRoutes(c).findLast((route) => route.method !== 'ALL');
}

/**
 * What each route needs, looked up once per route object rather than on every request (the key is
 * built with a regular expression); `null` for a route outside the table.
 */
const accessByEndpoint = new WeakMap<Endpoint, RouteAccess | null>();
function accessOf(endpoint: Endpoint): RouteAccess | undefined {
  let access = accessByEndpoint.get(endpoint);
  if (access === undefined) {
    access = routePermissions.get(routeKey(endpoint.method, endpoint.path)) ?? null;
    accessByEndpoint.set(endpoint, access);
  }
  return access ?? undefined;
}

export const sessionSettingsOf = (c: Context<AppEnv>) => c.get('deps').sessions ?? defaultSessionSettings;

/** The origins a page of ours may have: the one the request reached, and the public URL's. */
function ownOrigins(c: Context<AppEnv>): string[] {
  return [new URL(c.req.url).origin, new URL(c.get('deps').publicUrl).origin];
}

/**
 * Refuses a browser request that another site caused: Fetch Metadata says where it came from, or
 * else the Origin header does. Requests from servers and scripts carry neither and pass; the CSRF
 * token is what they must show.
 */
export function assertSameOrigin(c: Context<AppEnv>): void {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    throw new ProblemError('csrf-failed', `a staff page of another site (${site}) cannot act with your sign-in`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && !ownOrigins(c).includes(origin)) {
    throw new ProblemError('csrf-failed', `a page on ${origin} cannot act with your sign-in`);
  }
}

/** Authenticates the caller if credentials came; with `required`, their absence is a 401. Returns whether a staff member is known. */
async function authenticate(c: Context<AppEnv>, required: boolean): Promise<boolean> {
  const { database, clock } = c.get('deps');
  const now = clock.now();
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S{16,200})$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('send a staff token as "Authorization: Bearer <token>"');
    const found = await authenticateToken(database.db, match[1], now);
    if (!found) throw unauthenticated('the token is unknown, expired, revoked or its account disabled', 'invalid_token');
    c.set('staff', found.staff);
    c.set('staffCredential', { type: 'token', tokenId: found.tokenId });
    return true;
  }
  const secret = getCookie(c, sessionCookieName);
  if (secret !== undefined) {
    const settings = sessionSettingsOf(c);
    const found = sessionSecretPattern.test(secret) ? await findSession(database.db, secret, now, settings) : null;
    if (!found) {
      deleteCookie(c, sessionCookieName, { path: '/' });
      if (!required) return false;
      throw unauthenticated('your sign-in has ended (signed out, unused for too long, or expired); sign in again');
    }
    if (unsafeMethods.has(c.req.method)) {
      assertSameOrigin(c);
      const token = c.req.header(csrfHeader);
      if (!token || !csrfTokenMatches(secret, token)) {
        throw new ProblemError('csrf-failed', `send the CSRF token from sign-in or GET /api/v1/staff/me in the ${csrfHeader} header with every change`);
      }
    }
    c.set('staff', principalOf(found.account, found.unit));
    c.set('staffCredential', {
      type: 'session',
      sessionId: found.session.id,
      secret,
      endsAt: sessionEndsAt(found.session, now, settings),
      mustChangePassword: found.account.mustChangePassword,
    });
    return true;
  }
  if (!required) return false;
  throw unauthenticated('sign in, or send a staff token as "Authorization: Bearer <token>"');
}

/** Checks the signed-in member's role against the route's permission: a 403 that names what is missing. */
function authorize(c: Context<AppEnv>, access: RouteAccess): void {
  const staff = c.get('staff');
  const check = checkPermission(staff.role, staff.unit.kind, access.permission);
  if (!check.allowed) {
    throw new ProblemError('forbidden', check.reason, { extensions: { missingPermission: access.permission, role: staff.role } });
  }
  const credential = c.get('staffCredential');
  if (credential?.type === 'session' && credential.mustChangePassword && access.permission !== 'profile.read') {
    throw new ProblemError('password-change-required', 'an administrator reset your password: choose your own with POST /api/v1/auth/password first');
  }
}

/**
 * The app-wide gate: every route in the permission table is authenticated and authorised here,
 * before its own middleware and validation run, so a refused caller learns nothing else.
 */
export const staffAccess = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const endpoint = endpointOf(c);
  const access = endpoint && accessOf(endpoint);
  if (access && (await authenticate(c, !access.optional))) authorize(c, access);
  await next();
});

/**
 * Requires a staff member. Routes in the permission table were authenticated by the gate already;
 * a route missing from it is refused rather than left open.
 */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('staff')) {
    await authenticate(c, true);
    const endpoint = endpointOf(c);
    const access = endpoint && accessOf(endpoint);
    if (!access) {
      const key = endpoint ? routeKey(endpoint.method, endpoint.path) : `${c.req.method} ${c.req.path}`;
      throw new ProblemError('forbidden', `no permission is defined for ${key}: add it to http/route-permissions.ts`);
    }
    authorize(c, access);
  }
  await next();
});

/** Where integrators send their key: a bearer token, the Huying-Api-Key header, or Open311's `api_key` parameter. */
export function integratorKeyOf(c: Context<AppEnv>): string | undefined {
  const bearer = /^Bearer\s+(hy_key_\S+)$/i.exec(c.req.header('authorization') ?? '');
  return bearer?.[1] ?? c.req.header('huying-api-key') ?? c.req.query('api_key');
}

/**
 * Requires an integrator API key holding `permission` (for Open311, webhooks and hotline intake);
 * puts the integrator on the context as `integrator`. 401 without a valid key, 403 without the
 * permission or for another city. Open311 routes that must answer in their own error format can
 * call `verifyIntegratorKey` directly.
 */
export function requireIntegrator(permission: IntegratorPermission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = integratorKeyOf(c);
    if (!key) throw new ProblemError('unauthenticated', 'send the integrator API key as "Authorization: Bearer hy_key_…", the Huying-Api-Key header or the api_key parameter');
    const { database, clock } = c.get('deps');
    const requestedCity = c.req.header('huying-city');
    const result = await verifyIntegratorKey(database.db, key, { permission, now: clock.now(), ...(requestedCity ? { cityId: requestedCity } : {}) });
    if (!result.ok) {
      throw result.reason === 'unknown'
        ? new ProblemError('unauthenticated', result.message)
        : new ProblemError('forbidden', result.message, { extensions: { missingPermission: permission } });
    }
    c.set('integrator', result.integrator);
    await next();
  });
}
