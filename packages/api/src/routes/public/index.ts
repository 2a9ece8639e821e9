import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { requestCityId } from '../../http/city.js';
import { notFound } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { units } from '../../db/schema/index.js';
import { publicStats } from '../../services/assessment/analytics.js';
import { jsonResponse, problemResponses } from '../schemas.js';
import { PublicStatsSchema } from '../assessment/schemas.js';

/**
 * Figures anyone may see: what a service hall's attract screen and a community site show. The
 * resident rules apply (a site key from a browser, or a kiosk's device key); counts only.
 */
export const publicRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/public/stats',
    tags: ['Public figures'],
    summary: "This month's public figures: cases resolved, satisfaction, mean time to the first response",
    description:
      'For the city, or with `unitId` for a unit and the units below it (a kiosk without `unitId` shows its own hall\'s community or street). Counted in the city\'s time zone; no personal data.',
    request: {
      query: z.object({
        unitId: z.uuid().optional(),
        city: z.string().max(63).optional(),
      }),
    },
    responses: { 200: jsonResponse('The figures', PublicStatsSchema), ...problemResponses(400, 403, 404) },
  }),
  async (c) => {
    const deps = c.get('deps');
    const db = deps.database.db;
    const cityId = await requestCityId(c);
    const unitId = c.req.valid('query').unitId ?? c.get('kiosk')?.unitId ?? null;
    if (unitId) {
      const [unit] = await db.select({ id: units.id }).from(units).where(and(eq(units.cityId, cityId), eq(units.id, unitId)));
      if (!unit) throw notFound(`unit ${unitId} in this city`);
    }
    c.header('cache-control', 'private, max-age=60');
    return c.json(await publicStats(db, { cityId, unitId, now: deps.clock.now() }), 200);
  },
);
