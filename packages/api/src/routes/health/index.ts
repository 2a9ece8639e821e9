import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { createRouter } from '../../http/router.js';
import { ProblemError } from '../../http/problems.js';
import { problemResponses } from '../schemas.js';

const HealthSchema = z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']).optional() }).openapi('Health');

export const healthRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['Operations'],
      summary: 'Liveness: the process answers',
      responses: { 200: { description: 'Alive', content: { 'application/json': { schema: HealthSchema } } } },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      tags: ['Operations'],
      summary: 'Readiness: the database answers',
      responses: {
        200: { description: 'Ready', content: { 'application/json': { schema: HealthSchema } } },
        ...problemResponses(503),
      },
    }),
    async (c) => {
      const { database } = c.get('deps');
      try {
        await database.db.execute(sql`SELECT 1`);
      } catch {
        throw new ProblemError('service-unavailable', 'the database does not answer', { headers: { 'retry-after': '5' } });
      }
      return c.json({ status: 'ok' as const, engine: database.engine }, 200);
    },
  );
