/**
 * Signing in and one's own account: sign-in and sign-out for the staff pages (a session cookie and
 * its CSRF token), the profile with its permissions, changing one's password, and one's own API
 * tokens for the SDK.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { permissionsOf, staffRoles, unitKinds } from '@huying/core';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, StaffPrincipal } from '../../context.js';
import { staffAccounts } from '../../db/schema/index.js';
import { requestCityId } from '../../http/city.js';
import { auditOrigin, servedOverHttps } from '../../http/client.js';
import { ProblemError } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { assertSameOrigin, sessionSettingsOf, type StaffCredential } from '../../http/staff-auth.js';
import { recordAudit } from '../../services/auth/audit.js';
import { changeOwnPassword } from '../../services/auth/accounts.js';
import { verifyPassword } from '../../services/auth/passwords.js';
import { csrfTokenFor, csrfTokenMatches, openSession, revokeSessionBySecret, sessionCookieName } from '../../services/auth/sessions.js';
import { signIn } from '../../services/auth/sign-in.js';
import { findToken, issueToken, listTokens, revokeToken } from '../../services/staff.js';
import { IdParams, jsonBody, jsonResponse, problemResponses } from '../schemas.js';

const security: Record<string, string[]>[] = [{ staffToken: [] }, { staffSession: [] }];
const tags = ['Sign-in'];
const noStore = { 'cache-control': 'no-store' };

export const StaffProfileSchema = z
  .object({
    accountId: z.uuid(),
    cityId: z.string(),
    displayName: z.string(),
    login: z.string().nullable(),
    role: z.enum(staffRoles),
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds) }),
    permissions: z.array(z.string()).openapi({ description: 'What the role, at this unit, may do: the staff pages show only what these allow.' }),
    mustChangePassword: z.boolean().openapi({ description: 'An administrator reset the password: everything but this profile, sign-out and POST /auth/password is refused until it is changed.' }),
    auth: z.enum(['session', 'token']).openapi({ description: 'How this request signed in.' }),
    sessionEndsAt: z.iso.datetime().nullable().openapi({ description: 'For a session: when it ends if unused (idle limit or its absolute end).' }),
  })
  .openapi('StaffProfile');

const SignInSchema = z
  .object({
    city: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a city id is lower-case letters, digits and dashes').optional().openapi({ description: "The city's id; default: the Huying-City header, else the platform's city." }),
    login: z.string().trim().min(1, 'give your login').max(64),
    password: z.string().min(1, 'give your password').max(256),
  })
  .strict()
  .openapi('SignIn', { example: { login: 'dispatcher', password: 'huying-demo-2026' } });

const SignedInSchema = z
  .object({ staff: StaffProfileSchema, csrfToken: z.string().openapi({ description: 'Send as `x-csrf-token` with every write made with the session cookie.' }) })
  .openapi('SignedIn');

const PasswordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .strict()
  .openapi('PasswordChange');

export const TokenSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    label: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the token, to tell tokens apart.' }),
    createdAt: z.iso.datetime(),
    createdByAccountId: z.uuid().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('StaffToken');

export const IssuedTokenSchema = TokenSchema.extend({ token: z.string().openapi({ description: 'The token itself, shown this once: `Authorization: Bearer <token>`.' }) }).openapi('IssuedStaffToken');

export const NewTokenSchema = z
  .object({
    label: z.string().trim().min(1).max(100).openapi({ example: '派单脚本' }),
    expiresInDays: z.number().int().min(1).max(3650).optional().openapi({ description: 'Without it the token lasts until revoked.' }),
  })
  .strict()
  .openapi('NewStaffToken');

/** The profile of the signed-in member, as sign-in and `GET /staff/me` return it. */
export function staffProfile(staff: StaffPrincipal, credential: StaffCredential | undefined, extra: { login: string | null; mustChangePassword: boolean }) {
  return {
    accountId: staff.accountId,
    cityId: staff.cityId,
    displayName: staff.displayName,
    login: extra.login,
    role: staff.role,
    unit: { id: staff.unit.id, name: staff.unit.name, kind: staff.unit.kind },
    permissions: permissionsOf(staff.role, staff.unit.kind),
    mustChangePassword: extra.mustChangePassword,
    auth: credential?.type ?? 'token',
    sessionEndsAt: credential?.type === 'session' ? credential.endsAt.toISOString() : null,
  } as const;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, for the browser session only. */
function setSessionCookie(c: Context<AppEnv>, secret: string): void {
  setCookie(c, sessionCookieName, secret, { httpOnly: true, sameSite: 'Lax', secure: servedOverHttps(c), path: '/' });
}

const tokenExpiry = (now: Date, days: number | undefined) => (days === undefined ? null : new Date(now.getTime() + days * 24 * 3600 * 1000));

const router = createRouter();

router.openapi(
  createRoute({
    method: 'post',
    path: '/auth/login',
    tags,
    summary: 'Sign in with login and password: sets the session cookie, returns the profile and the CSRF token',
    description:
      'The cookie `huying_session` is HttpOnly, SameSite=Lax, Secure over https. Writes made with it need the returned `csrfToken` in `x-csrf-token`. After 5 failed attempts for a login within 15 minutes (or 30 from one address) sign-ins are refused with 429 and `Retry-After` for 15 minutes.',
    request: { body: jsonBody(SignInSchema) },
    responses: { 200: jsonResponse('Signed in', SignedInSchema), ...problemResponses(400, 401, 403, 404, 429) },
  }),
  async (c) => {
    // Signing a victim into the attacker's account (login CSRF) is refused like any cross-site write.
    assertSameOrigin(c);
    const body = c.req.valid('json');
    const cityId = body.city ?? (await requestCityId(c));
    const { database, clock } = c.get('deps');
    const previous = getCookie(c, sessionCookieName);
    const signedIn = await signIn(database.db, {
      cityId,
      login: body.login,
      password: body.password,
      now: clock.now(),
      settings: sessionSettingsOf(c),
      origin: auditOrigin(c),
      previousSecret: previous ?? null,
    });
    setSessionCookie(c, signedIn.session.secret);
    const credential: StaffCredential = { type: 'session', sessionId: signedIn.session.id, secret: signedIn.session.secret, endsAt: new Date(Math.min(signedIn.session.expiresAt.getTime(), clock.now().getTime() + sessionSettingsOf(c).idleMs)), mustChangePassword: signedIn.mustChangePassword };
    return c.json(
      { staff: staffProfile(signedIn.staff, credential, { login: body.login.trim().toLowerCase(), mustChangePassword: signedIn.mustChangePassword }), csrfToken: csrfTokenFor(signedIn.session.secret) },
      200,
      noStore,
    );
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/auth/logout',
    tags,
    summary: 'Sign out: ends the session on every API process and clears the cookie',
    description: 'Needs the `x-csrf-token` of the session. Without a session it only clears the cookie.',
    responses: { 204: { description: 'Signed out' }, ...problemResponses(403) },
  }),
  async (c) => {
    const secret = getCookie(c, sessionCookieName);
    if (secret) {
      const { database, clock } = c.get('deps');
      // The gate does not cover sign-out (it works without a live session), so check the request here.
      assertSameOrigin(c);
      const token = c.req.header('x-csrf-token');
      if (!token || !csrfTokenMatches(secret, token)) throw new ProblemError('csrf-failed', 'send the CSRF token of the session in the x-csrf-token header to sign out');
      const ended = await revokeSessionBySecret(database.db, secret, clock.now(), 'logout');
      if (ended) {
        const [staffRow] = await database.db.select().from(staffAccounts).where(eq(staffAccounts.id, ended.accountId));
        if (staffRow) {
          await recordAudit(
            database.db,
            { cityId: staffRow.cityId, action: 'logout', actor: { type: 'staff', accountId: staffRow.id }, unitId: staffRow.unitId, target: { type: 'session', id: ended.id }, at: clock.now() },
            auditOrigin(c),
          );
        }
      }
    }
    deleteCookie(c, sessionCookieName, { path: '/', secure: servedOverHttps(c) });
    return c.body(null, 204, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/me',
    tags,
    summary: 'Who is signed in: account, role, unit and permissions (with the CSRF token for a session)',
    security,
    responses: {
      200: jsonResponse('The signed-in staff member', StaffProfileSchema.extend({ csrfToken: z.string().optional() }).openapi('StaffMe')),
      ...problemResponses(401),
    },
  }),
  async (c) => {
    const staff = c.get('staff');
    const credential = c.get('staffCredential');
    const [account] = await c.get('deps').database.db.select().from(staffAccounts).where(eq(staffAccounts.id, staff.accountId));
    const profile = staffProfile(staff, credential, { login: account?.login ?? null, mustChangePassword: account?.mustChangePassword ?? false });
    return c.json(credential?.type === 'session' ? { ...profile, csrfToken: csrfTokenFor(credential.secret) } : profile, 200, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/auth/password',
    tags,
    summary: 'Change your password (with the current one); your other sessions end',
    description:
      'At least 10 characters mixing two of letters, digits and others; not a common password, not containing the login. With a session, it continues under a new id: the response sets a new cookie and returns the new CSRF token.',
    security,
    request: { body: jsonBody(PasswordChangeSchema) },
    responses: { 200: jsonResponse('Changed', z.object({ csrfToken: z.string().nullable() })), ...problemResponses(400, 401, 403, 422) },
  }),
  async (c) => {
    const staff = c.get('staff');
    const credential = c.get('staffCredential');
    const { database, clock } = c.get('deps');
    const body = c.req.valid('json');
    const now = clock.now();
    await changeOwnPassword(
      database.db,
      { staff, currentPassword: body.currentPassword, newPassword: body.newPassword, now, origin: auditOrigin(c), keepSessionId: null },
      verifyPassword,
    );
    if (credential?.type !== 'session') return c.json({ csrfToken: null }, 200, noStore);
    // Every session ended above, this one too: the member goes on under a fresh session id.
    const session = await openSession(database.db, { cityId: staff.cityId, accountId: staff.accountId, now, settings: sessionSettingsOf(c), address: auditOrigin(c).address, userAgent: c.req.header('user-agent') ?? null });
    setSessionCookie(c, session.secret);
    return c.json({ csrfToken: csrfTokenFor(session.secret) }, 200, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/auth/tokens',
    tags,
    summary: 'Your API tokens for the SDK (live ones first; revoked ones stay listed)',
    security,
    responses: { 200: jsonResponse('Your tokens', z.object({ data: z.array(TokenSchema) })), ...problemResponses(401, 403) },
  }),
  async (c) => c.json({ data: await listTokens(c.get('deps').database.db, c.get('staff').accountId) }, 200),
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/auth/tokens',
    tags,
    summary: 'Create an API token for yourself (shown once)',
    security,
    request: { body: jsonBody(NewTokenSchema) },
    responses: { 201: jsonResponse('The token', IssuedTokenSchema), ...problemResponses(400, 401, 403, 422) },
  }),
  async (c) => {
    const staff = c.get('staff');
    const { database, clock } = c.get('deps');
    const body = c.req.valid('json');
    const now = clock.now();
    const issued = await issueToken(database.db, { accountId: staff.accountId, label: body.label, expiresAt: tokenExpiry(now, body.expiresInDays), createdByAccountId: staff.accountId, now });
    await recordAudit(
      database.db,
      { cityId: staff.cityId, action: 'token.created', actor: { type: 'staff', accountId: staff.accountId }, unitId: staff.unit.id, target: { type: 'token', id: issued.id }, details: { accountId: staff.accountId, label: body.label, expiresAt: issued.expiresAt }, at: now },
      auditOrigin(c),
    );
    return c.json(issued, 201, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/auth/tokens/{id}/revoke',
    tags,
    summary: 'Revoke one of your API tokens',
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('Revoked', TokenSchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => {
    const staff = c.get('staff');
    const { database, clock } = c.get('deps');
    const found = await findToken(database.db, staff.cityId, c.req.valid('param').id);
    if (!found || found.token.accountId !== staff.accountId) throw new ProblemError('not-found', 'the token was not found among yours');
    const revoked = await revokeToken(database.db, found.token.id, clock.now());
    await recordAudit(
      database.db,
      { cityId: staff.cityId, action: 'token.revoked', actor: { type: 'staff', accountId: staff.accountId }, unitId: staff.unit.id, target: { type: 'token', id: revoked.id }, details: { accountId: staff.accountId }, at: clock.now() },
      auditOrigin(c),
    );
    return c.json(revoked, 200);
  },
);

export const authRoutes = router;
export { tokenExpiry };
