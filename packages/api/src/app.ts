import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDependencies, AppEnv } from './context.js';
import { onError, onNotFound } from './http/error-handler.js';
import { problemCatalogue, ProblemError, problemType } from './http/problems.js';
import { requestLog } from './http/request-log.js';
import { buildingsRoutes } from './routes/buildings/index.js';
import { casesRoutes } from './routes/cases/index.js';
import { directoryRoutes } from './routes/directory/index.js';
import { healthRoutes } from './routes/health/index.js';
import { scanPageRoutes } from './routes/pages/scan/index.js';
import { qrRoutes } from './routes/qr/index.js';
import { staffRoutes } from './routes/staff/index.js';

export const apiVersion = '0.1.0';

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
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowHeaders: ['content-type', 'authorization', 'idempotency-key', 'huying-city', 'x-request-id'],
      exposeHeaders: ['x-request-id', 'idempotent-replayed', 'location', 'retry-after'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: () => {
        throw new ProblemError('payload-too-large', `the request body is over ${deps.bodyLimitBytes} bytes; upload files separately`);
      },
    }),
  );

  app.route('/', healthRoutes);
  app.route('/api/v1', casesRoutes);
  app.route('/api/v1', directoryRoutes);
  app.route('/api/v1', staffRoutes);
  app.route('/api/v1', buildingsRoutes);
  app.route('/api/v1', qrRoutes);
  app.route('/', scanPageRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'staffToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A staff API token (hy_staff_…), scoped to one unit.',
  });
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
 * The OpenAPI document, built without a database: routes only describe themselves here, they
 * never run. The SDK's types are generated from it.
 */
export function openApiDocument(publicUrl = 'http://127.0.0.1:8080') {
  const app = createApp({ database: undefined as never, clock: undefined as never, logger: undefined as never, defaultCityId: 'zhaoyuan', publicUrl, bodyLimitBytes: 1 });
  return app.getOpenAPI31Document(documentInfo(publicUrl));
}
