/**
 * Administration: staff accounts and their role grants, passwords, lockouts and sessions; other
 * members' API tokens; integrators' API keys; the permission table; the audit log. Each change is
 * audited. An administrator below the city manages its own subtree.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  cityWidePermissions,
  integratorPermissionNames,
  integratorPermissions,
  roleNames,
  rolePermissions,
  roleUnitKinds,
  staffPermissions,
  staffRoles,
  unitKinds,
} from '@huying/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { auditOrigin } from '../../http/client.js';
import { invalid, ProblemError } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import {
  accountInScope,
  createAccount,
  endAccountSessions,
  getAccount,
  listAccounts,
  resetPassword,
  setAccountDisabled,
  unlockAccount,
  updateAccount,
  type AdminContext,
} from '../../services/auth/accounts.js';
import { auditActions, listAudit, recordAudit } from '../../services/auth/audit.js';
import { issueIntegratorKey, listIntegratorKeys, revokeIntegratorKey } from '../../services/auth/integrator-keys.js';
import { findToken, issueToken, listTokens, revokeToken } from '../../services/staff.js';
import { IssuedTokenSchema, NewTokenSchema, tokenExpiry, TokenSchema } from '../auth/index.js';
import { csvEnum, IdParams, jsonBody, jsonResponse, limitSchema, problemResponses } from '../schemas.js';

const security: Record<string, string[]>[] = [{ staffToken: [] }, { staffSession: [] }];
const tags = ['Administration'];
const noStore = { 'cache-control': 'no-store' };

const AccountSchema = z
  .object({
    id: z.uuid(),
    cityId: z.string(),
    displayName: z.string(),
    login: z.string().nullable(),
    role: z.enum(staffRoles),
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds) }),
    permissions: z.array(z.string()),
    passwordSet: z.boolean(),
    mustChangePassword: z.boolean(),
    passwordChangedAt: z.iso.datetime().nullable(),
    lockedUntil: z.iso.datetime().nullable().openapi({ description: 'Sign-ins for the login are refused until then (too many failures).' }),
    disabledAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('StaffAccount');

const login = z.string().trim().min(3).max(64).openapi({ example: 'wang.min' });
const displayName = z.string().trim().min(1).max(100);

const NewAccountSchema = z
  .object({
    unitId: z.uuid(),
    role: z.enum(staffRoles),
    displayName,
    login,
    password: z.string().min(1).max(256).optional().openapi({ description: 'Without it a temporary password is made, returned once, and must be changed at the first sign-in.' }),
  })
  .strict()
  .openapi('NewStaffAccount');

const AccountChangeSchema = z
  .object({ unitId: z.uuid().optional(), role: z.enum(staffRoles).optional(), displayName: displayName.optional(), login: login.optional() })
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'change at least one of unitId, role, displayName, login')
  .openapi('StaffAccountChange');

const WithPasswordSchema = z
  .object({ account: AccountSchema, temporaryPassword: z.string().nullable().openapi({ description: 'Shown this once; hand it over in person.' }) })
  .openapi('StaffAccountWithPassword');

const PasswordResetSchema = z
  .object({ password: z.string().min(1).max(256).optional().openapi({ description: 'Without it a temporary password is made and returned once.' }) })
  .strict()
  .openapi('PasswordReset');

const IntegratorKeySchema = z
  .object({
    id: z.uuid(),
    cityId: z.string(),
    label: z.string(),
    prefix: z.string(),
    permissions: z.array(z.enum(integratorPermissionNames as [string, ...string[]])),
    unit: z.object({ id: z.uuid(), name: z.string() }).nullable().openapi({ description: 'The subtree the key is limited to; null for the whole city.' }),
    createdByAccountId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('IntegratorKey');

const NewIntegratorKeySchema = z
  .object({
    label: z.string().trim().min(1).max(100).openapi({ example: '12345 热线系统' }),
    permissions: z.array(z.enum(integratorPermissionNames as [string, ...string[]])).min(1).max(integratorPermissionNames.length),
    unitId: z.uuid().optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict()
  .openapi('NewIntegratorKey');

const AuditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    action: z.enum(auditActions),
    actor: z.object({ type: z.string(), accountId: z.uuid().nullable() }),
    unitId: z.uuid().nullable(),
    target: z.object({ type: z.string(), id: z.string() }).nullable(),
    login: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    address: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');

const adminContext = (c: Context<AppEnv>): AdminContext => ({ admin: c.get('staff'), now: c.get('deps').clock.now(), origin: auditOrigin(c) });
const db = (c: Context<AppEnv>) => c.get('deps').database.db;

const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/roles',
    tags,
    summary: 'The permission table: every role, where it may be granted, and what it may do',
    security,
    responses: {
      200: jsonResponse(
        'Roles and permissions',
        z.object({
          roles: z.array(z.object({ role: z.enum(staffRoles), name: z.object({ en: z.string(), 'zh-CN': z.string() }), unitKinds: z.array(z.enum(unitKinds)), permissions: z.array(z.string()) })),
          permissions: z.array(z.object({ permission: z.string(), description: z.string(), cityWide: z.boolean() })),
          integratorPermissions: z.array(z.object({ permission: z.string(), description: z.string() })),
        }),
      ),
      ...problemResponses(401, 403),
    },
  }),
  (c) =>
    c.json(
      {
        roles: staffRoles.map((role) => ({ role, name: { en: roleNames[role].en, 'zh-CN': roleNames[role]['zh-CN'] }, unitKinds: [...roleUnitKinds[role]], permissions: [...rolePermissions[role]] })),
        permissions: Object.entries(staffPermissions).map(([permission, description]) => ({ permission, description, cityWide: cityWidePermissions.has(permission as never) })),
        integratorPermissions: Object.entries(integratorPermissions).map(([permission, description]) => ({ permission, description })),
      },
      200,
    ),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/accounts',
    tags,
    summary: 'Staff accounts of your subtree',
    security,
    request: {
      query: z.object({
        unitId: z.uuid().optional(),
        role: z.enum(staffRoles).optional(),
        q: z.string().trim().min(1).max(50).optional().openapi({ description: 'Part of a name, login or unit name' }),
        disabled: z.enum(['true', 'false']).optional(),
        limit: limitSchema(200, 50),
        cursor: z.string().max(40).optional(),
      }),
    },
    responses: { 200: jsonResponse('Accounts', z.object({ data: z.array(AccountSchema), nextCursor: z.string().nullable() })), ...problemResponses(400, 401, 403) },
  }),
  async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await listAccounts(db(c), c.get('staff'), {
        limit: query.limit,
        ...(query.unitId ? { unitId: query.unitId } : {}),
        ...(query.role ? { role: query.role } : {}),
        ...(query.q ? { q: query.q } : {}),
        ...(query.disabled ? { disabled: query.disabled === 'true' } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
      200,
    );
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/accounts',
    tags,
    summary: 'Create a staff account with a login (a role granted at a unit of your subtree)',
    security,
    request: { body: jsonBody(NewAccountSchema) },
    responses: { 201: jsonResponse('Created', WithPasswordSchema), ...problemResponses(400, 401, 403, 409, 422) },
  }),
  async (c) => c.json(await createAccount(db(c), adminContext(c), c.req.valid('json')), 201, noStore),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/accounts/{id}',
    tags,
    summary: 'One account of your subtree',
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('The account', AccountSchema), ...problemResponses(400, 401, 403, 404) },
  }),
  async (c) => c.json(await getAccount(db(c), c.get('staff'), c.req.valid('param').id, c.get('deps').clock.now()), 200),
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/accounts/{id}',
    tags,
    summary: 'Grant another role or unit, rename, or change the login (audited with the values before)',
    security,
    request: { params: IdParams, body: jsonBody(AccountChangeSchema) },
    responses: { 200: jsonResponse('The account now', AccountSchema), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  async (c) => c.json(await updateAccount(db(c), adminContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
);

const accountAction = (path: string, summary: string, run: (c: Context<AppEnv>, id: string) => Promise<unknown>) =>
  router.openapi(
    createRoute({
      method: 'post',
      path: `/admin/accounts/{id}/${path}`,
      tags,
      summary,
      security,
      request: { params: IdParams },
      responses: { 200: jsonResponse('Done', AccountSchema), ...problemResponses(400, 401, 403, 404, 422) },
    }),
    async (c) => c.json((await run(c, c.req.valid('param').id)) as z.infer<typeof AccountSchema>, 200),
  );

accountAction('disable', 'Disable an account: its sessions end and its tokens stop working at once', (c, id) => setAccountDisabled(db(c), adminContext(c), id, true));
accountAction('enable', 'Enable a disabled account again', (c, id) => setAccountDisabled(db(c), adminContext(c), id, false));
accountAction('unlock', 'Lift a sign-in lockout (too many failed attempts)', (c, id) => unlockAccount(db(c), adminContext(c), id));

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/accounts/{id}/password',
    tags,
    summary: 'Reset a password: the account must choose its own at the next sign-in; its sessions end',
    security,
    request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: PasswordResetSchema } } } },
    responses: { 200: jsonResponse('Reset', WithPasswordSchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => c.json(await resetPassword(db(c), adminContext(c), c.req.valid('param').id, c.req.valid('json')?.password), 200, noStore),
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/accounts/{id}/sessions/revoke',
    tags,
    summary: "End every session of an account (a lost phone, a shared computer)",
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('Ended', z.object({ sessionsEnded: z.number().int() })), ...problemResponses(400, 401, 403, 404) },
  }),
  async (c) => c.json(await endAccountSessions(db(c), adminContext(c), c.req.valid('param').id), 200),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/accounts/{id}/tokens',
    tags,
    summary: "An account's API tokens",
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('Tokens', z.object({ data: z.array(TokenSchema) })), ...problemResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { account } = await accountInScope(db(c), c.get('staff'), c.req.valid('param').id);
    return c.json({ data: await listTokens(db(c), account.id) }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/accounts/{id}/tokens',
    tags,
    summary: 'Create an API token for an account (a service account for a script, say); shown once',
    security,
    request: { params: IdParams, body: jsonBody(NewTokenSchema) },
    responses: { 201: jsonResponse('The token', IssuedTokenSchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => {
    const context = adminContext(c);
    const { account } = await accountInScope(db(c), context.admin, c.req.valid('param').id);
    if (account.disabledAt) throw new ProblemError('invalid-command', 'the account is disabled; enable it first');
    const body = c.req.valid('json');
    const issued = await issueToken(db(c), { accountId: account.id, label: body.label, expiresAt: tokenExpiry(context.now, body.expiresInDays), createdByAccountId: context.admin.accountId, now: context.now });
    await recordAudit(
      db(c),
      { cityId: account.cityId, action: 'token.created', actor: { type: 'staff', accountId: context.admin.accountId }, unitId: account.unitId, target: { type: 'token', id: issued.id }, details: { accountId: account.id, label: body.label, expiresAt: issued.expiresAt }, at: context.now },
      context.origin,
    );
    return c.json(issued, 201, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/tokens/{id}/revoke',
    tags,
    summary: "Revoke a staff member's API token",
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('Revoked', TokenSchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => {
    const context = adminContext(c);
    const found = await findToken(db(c), context.admin.cityId, c.req.valid('param').id);
    if (!found || !found.unitPath.includes(context.admin.unit.id)) throw new ProblemError('not-found', 'the token was not found');
    const revoked = await revokeToken(db(c), found.token.id, context.now);
    await recordAudit(
      db(c),
      { cityId: context.admin.cityId, action: 'token.revoked', actor: { type: 'staff', accountId: context.admin.accountId }, unitId: found.unitId, target: { type: 'token', id: revoked.id }, details: { accountId: revoked.accountId }, at: context.now },
      context.origin,
    );
    return c.json(revoked, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/api-keys',
    tags,
    summary: "The city's integrator API keys",
    security,
    responses: { 200: jsonResponse('Keys', z.object({ data: z.array(IntegratorKeySchema) })), ...problemResponses(401, 403) },
  }),
  async (c) => c.json({ data: await listIntegratorKeys(db(c), c.get('staff').cityId) }, 200),
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/api-keys',
    tags,
    summary: 'Issue an integrator API key (secret, shown once; scoped to the city or a subtree and to permissions)',
    security,
    request: { body: jsonBody(NewIntegratorKeySchema) },
    responses: { 201: jsonResponse('The key', IntegratorKeySchema.extend({ key: z.string() }).openapi('IssuedIntegratorKey')), ...problemResponses(400, 401, 403, 422) },
  }),
  async (c) => {
    const context = adminContext(c);
    const body = c.req.valid('json');
    const issued = await issueIntegratorKey(db(c), {
      cityId: context.admin.cityId,
      label: body.label,
      permissions: body.permissions as never,
      unitId: body.unitId ?? null,
      expiresAt: tokenExpiry(context.now, body.expiresInDays),
      createdByAccountId: context.admin.accountId,
      now: context.now,
    });
    await recordAudit(
      db(c),
      { cityId: context.admin.cityId, action: 'api_key.created', actor: { type: 'staff', accountId: context.admin.accountId }, unitId: context.admin.unit.id, target: { type: 'api_key', id: issued.id }, details: { label: issued.label, permissions: issued.permissions, unitId: issued.unit?.id ?? null, expiresAt: issued.expiresAt }, at: context.now },
      context.origin,
    );
    return c.json(issued, 201, noStore);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/admin/api-keys/{id}/revoke',
    tags,
    summary: 'Revoke an integrator API key (refused at once on every API process)',
    security,
    request: { params: IdParams },
    responses: { 200: jsonResponse('Revoked', IntegratorKeySchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => {
    const context = adminContext(c);
    const revoked = await revokeIntegratorKey(db(c), context.admin.cityId, c.req.valid('param').id, context.now);
    await recordAudit(
      db(c),
      { cityId: context.admin.cityId, action: 'api_key.revoked', actor: { type: 'staff', accountId: context.admin.accountId }, unitId: context.admin.unit.id, target: { type: 'api_key', id: revoked.id }, details: { label: revoked.label }, at: context.now },
      context.origin,
    );
    return c.json(revoked, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/admin/audit',
    tags,
    summary: 'The audit log, newest first: sign-ins, permission changes, phone reveals (your subtree; the whole city from the command centre)',
    security,
    request: {
      query: z.object({
        action: csvEnum(auditActions),
        accountId: z.uuid().optional().openapi({ description: 'Events by or about this account' }),
        targetId: z.string().max(80).optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        limit: limitSchema(200, 50),
        cursor: z.string().max(200).optional(),
      }),
    },
    responses: { 200: jsonResponse('Audit events', z.object({ data: z.array(AuditEventSchema), nextCursor: z.string().nullable() })), ...problemResponses(400, 401, 403) },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && !(from < to)) throw invalid('query.from', '`from` must come before `to`');
    return c.json(
      await listAudit(db(c), c.get('staff'), {
        limit: query.limit,
        ...(query.action ? { action: query.action } : {}),
        ...(query.accountId ? { accountId: query.accountId } : {}),
        ...(query.targetId ? { targetId: query.targetId } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      }),
      200,
    );
  },
);

export const adminRoutes = router;
