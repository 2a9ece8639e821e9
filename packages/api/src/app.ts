import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDependencies, AppEnv } from './context.js';
import { jsonBodyLimit } from './http/body-limit.js';
import { apiCors } from './http/cors.js';
import { onError, onNotFound } from './http/error-handler.js';
import { problemCatalogue, ProblemError, problemType } from './http/problems.js';
import { defaultRequestDeadlineMs, requestDeadline } from './http/request-deadline.js';
import { proofThrottle } from './http/proof-throttle.js';
import { publicRateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { siteKeyHeader } from './http/site-key.js';
import { routeKey, routePermissions } from './http/route-permissions.js';
import { staffAccess } from './http/staff-auth.js';
import { adminRoutes } from './routes/admin/index.js';
import { assessmentRoutes } from './routes/assessment/index.js';
import { attachmentsRoutes } from './routes/attachments/index.js';
import { authRoutes } from './routes/auth/index.js';
import { contactRoutes } from './routes/contact/index.js';
import { buildingsRoutes } from './routes/buildings/index.js';
import { casesRoutes } from './routes/cases/index.js';
import { directoryRoutes } from './routes/directory/index.js';
import { docsRoutes } from './routes/docs/index.js';
import { embedRoutes } from './routes/embed/index.js';
import { healthRoutes } from './routes/health/index.js';
import { liveRoutes } from './routes/live/index.js';
import { open311Routes } from './routes/open311/index.js';
import { scanPageRoutes } from './routes/pages/scan/index.js';
import { trackPageRoutes } from './routes/pages/track.js';
import { publicRoutes } from './routes/public/index.js';
import { qrRoutes } from './routes/qr/index.js';
import { similarRoutes } from './routes/similar/index.js';
import { siteKeysRoutes } from './routes/site-keys/index.js';
import { staffRoutes } from './routes/staff/index.js';
import { staffLiveRoutes } from './routes/staff-live/index.js';
import { suggestionsRoutes } from './routes/suggestions/index.js';
import { kbRoutes } from './routes/kb/index.js';
import { webhooksRoutes } from './routes/webhooks/index.js';
import { hotlineRoutes } from './routes/hotline/index.js';
import { rosterRoutes } from './routes/roster/index.js';
import { deviceKeyHeader, kiosksRoutes, residentOrKioskAccess } from './routes/kiosks/index.js';

export const apiVersion = '0.1.0';

/**
 * The endpoints resident widgets call from other sites: a browser request to them needs a site
 * key that allows the page's origin (see http/site-key.ts).
 */
const residentPaths = [
  '/api/v1/cases',
  '/api/v1/track/*',
  '/api/v1/city',
  '/api/v1/categories',
  '/api/v1/units',
  '/api/v1/buildings',
  '/api/v1/buildings/*',
  '/api/v1/attachments',
  '/api/v1/similar-cases',
  '/api/v1/similar-cases/*',
  '/api/v1/follows/*',
  '/api/v1/qr/*',
  '/api/v1/kb/search',
  '/api/v1/kb/facets',
  '/api/v1/kb/documents/*',
  '/api/v1/kb/articles/*',
  '/api/v1/hotlines',
  '/api/v1/public/stats',
];

/** A photo upload: it has its own, larger body limit (routes/attachments) and may rightly take long on a slow network. */
const isFileUpload = (c: Context<AppEnv>) => c.req.method === 'POST' && c.req.path === '/api/v1/attachments';

const documentInfo = (publicUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Huying (有呼必应) API',
    version: apiVersion,
    description:
      'Citizen-request response platform: residents submit and track cases; units accept, dispatch, escalate, return, handle jointly and reply; residents rate. Errors are RFC 9457 problem details.',
    license: { name: 'MIT' },
  },
  servers: [{ url: publicUrl }],
});

/**
 * Builds the HTTP app from its dependencies. Nothing here reads the environment or opens a
 * connection: tests pass a real database and a fake clock, the CLI passes the configured ones.
 */
export function createApp(deps: AppDependencies) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '*',
    requestId({
      headerName: 'x-request-id',
      // Accept a caller's id only if it is short and plain, so it is safe to log and echo.
      generator: () => crypto.randomUUID(),
    }),
  );
  app.use('*', requestLog);
  app.use('*', requestDeadline(deps.requestDeadlineMs ?? defaultRequestDeadlineMs, { exempt: isFileUpload }));
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    '/api/*',
    apiCors({
      allowHeaders: ['content-type', 'authorization', 'idempotency-key', 'huying-city', 'x-request-id', siteKeyHeader, 'last-event-id', 'huying-case-secret', 'huying-phone-last4', deviceKeyHeader],
      exposeHeaders: ['x-request-id', 'idempotent-replayed', 'location', 'retry-after'],
      maxAge: 600,
    }),
  );
  app.use('/api/*', jsonBodyLimit(deps.bodyLimitBytes, { exempt: isFileUpload }));
  for (const path of residentPaths) app.use(path, residentOrKioskAccess);
  if (deps.rateLimit) {
    const rateLimit = publicRateLimit(deps.rateLimit, deps.clock);
    for (const path of residentPaths) app.use(path, rateLimit);
  }
  app.use('/api/v1/track/*', proofThrottle);
  app.use('/api/*', staffAccess);

  app.route('/', healthRoutes);
  app.route('/api/v1', casesRoutes);
  app.route('/api/v1', directoryRoutes);
  app.route('/api/v1', authRoutes);
  app.route('/api/v1', staffRoutes);
  app.route('/api/v1', contactRoutes);
  app.route('/api/v1', adminRoutes);
  app.route('/api/v1', staffLiveRoutes);
  app.route('/api/v1', suggestionsRoutes);
  app.route('/api/v1', buildingsRoutes);
  app.route('/api/v1', qrRoutes);
  app.route('/', scanPageRoutes);
  app.route('/api/v1', attachmentsRoutes);
  app.route('/api/v1', liveRoutes);
  app.route('/api/v1', similarRoutes);
  app.route('/api/v1', siteKeysRoutes);
  app.route('/api/v1', kbRoutes);
  app.route('/api/v1', rosterRoutes);
  app.route('/api/v1', kiosksRoutes);
  app.route('/api/v1', webhooksRoutes);
  app.route('/api/v1', hotlineRoutes);
  app.route('/api/v1', assessmentRoutes);
  app.route('/api/v1', publicRoutes);
  app.route('/', embedRoutes);
  app.route('/', trackPageRoutes);
  app.route('/open311', open311Routes);
  app.route('/', docsRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'staffToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A staff API token (hy_staff_…), scoped to one unit.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', {
    type: 'apiKey',
    in: 'cookie',
    name: 'huying_session',
    description: 'The staff pages\' session, from POST /api/v1/auth/login. Writes also need the x-csrf-token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'integratorKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An integrator API key (hy_key_…), scoped to a city and a set of permissions; also as the Huying-Api-Key header or Open311\'s api_key parameter.',
  });
  documentStaffAccess(app);
  app.doc31('/openapi.json', documentInfo(deps.publicUrl));

  app.get('/problems', (c) =>
    c.json(Object.entries(problemCatalogue).map(([code, entry]) => ({ type: problemType(code), code, ...entry }))),
  );
  app.get('/problems/:code', (c) => {
    const code = c.req.param('code');
    const entry = problemCatalogue[code as keyof typeof problemCatalogue];
    if (!entry) throw new ProblemError('not-found', `no problem type "${code}"`);
    return c.json({ type: problemType(code), code, ...entry });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * Ties the OpenAPI document to the permission table: every staff route may be called with a token
 * or the session cookie and says which permission it needs. A staff route missing from the table
 * (or an entry naming no route) stops the app here, at start, rather than leaving a route open.
 */
function documentStaffAccess(app: OpenAPIHono<AppEnv>): void {
  const documented = new Set<string>();
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const route = definition.route as typeof definition.route & { 'x-huying-permission'?: string };
    const key = routeKey(route.method, route.path);
    documented.add(key);
    const access = routePermissions.get(key);
    const staffOnly = route.security?.some((scheme) => 'staffToken' in scheme) ?? false;
    if (staffOnly && !access) throw new Error(`${key} authenticates staff but has no permission in http/route-permissions.ts`);
    // Route definitions belong to the route modules, shared by every app built in the process.
    if (!access || route['x-huying-permission']) continue;
    if (staffOnly && !route.security!.some((scheme) => 'staffSession' in scheme)) route.security = [...route.security!, { staffSession: [] }];
    route['x-huying-permission'] = access.permission;
    const note = `Needs the permission \`${access.permission}\`${access.optional ? ' when called as staff' : ''}.`;
    route.description = route.description ? `${route.description}\n\n${note}` : note;
  }
  const stale = [...routePermissions.keys()].filter((key) => !documented.has(key));
  if (stale.length > 0) throw new Error(`http/route-permissions.ts names routes that do not exist: ${stale.join(', ')}`);
}

/**
 * The OpenAPI document, built without a database: routes only describe themselves here, they
 * never run. The SDK's types are generated from it.
 */
export function openApiDocument(publicUrl = 'http://127.0.0.1:8080') {
  const app = createApp({ database: undefined as never, clock: undefined as never, logger: undefined as never, defaultCityId: 'zhaoyuan', publicUrl, bodyLimitBytes: 1 });
  return app.getOpenAPI31Document(documentInfo(publicUrl));
}
