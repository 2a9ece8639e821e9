import { createRoute, z } from '@hono/zod-openapi';
import { unitKinds } from '@huying/core';
import { requestCityId } from '../../http/city.js';
import { createRouter } from '../../http/router.js';
import { getCity, listCategories, listUnits } from '../../services/directory.js';
import { csvEnum, limitSchema, problemResponses } from '../schemas.js';

const CityQuery = z.object({
  city: z.string().max(63).optional().openapi({ description: 'The city id; defaults to the platform\'s city. The Huying-City header works too.' }),
});

const CitySchema = z
  .object({ id: z.string(), name: z.string(), nameEn: z.string(), province: z.string(), timeZone: z.string(), hotline: z.string() })
  .openapi('City');

const CategorySchema = z
  .object({ id: z.uuid(), code: z.string(), level1: z.string(), level2: z.string(), level3: z.string(), ownerUnitId: z.uuid().nullable() })
  .openapi('Category');

const UnitSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(unitKinds),
    name: z.string(),
    nameEn: z.string().nullable(),
    parentId: z.uuid().nullable(),
    phones: z.array(z.object({ label: z.string(), number: z.string() })),
  })
  .openapi('Unit');

const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export const directoryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/city',
      tags: ['Directory'],
      summary: 'The city: name, time zone, public hotline',
      request: { query: CityQuery },
      responses: { 200: { description: 'The city', content: { 'application/json': { schema: CitySchema } } }, ...problemResponses(400, 404) },
    }),
    async (c) => {
      const city = await getCity(c.get('deps').database.db, await requestCityId(c));
      return c.json({ id: city.id, name: city.name, nameEn: city.nameEn, province: city.province, timeZone: city.timeZone, hotline: city.hotline }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/categories',
      tags: ['Directory'],
      summary: 'The request taxonomy (three levels)',
      request: { query: CityQuery.extend({ q: z.string().trim().max(50).optional() }) },
      responses: {
        200: { description: 'Categories', content: { 'application/json': { schema: z.object({ data: z.array(CategorySchema) }) } } },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const { q } = c.req.valid('query');
      c.header('cache-control', 'public, max-age=300');
      return c.json({ data: await listCategories(c.get('deps').database.db, await requestCityId(c), q || undefined) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags: ['Directory'],
      summary: 'Units: the command centre, streets, communities, grids, departments and property companies',
      request: {
        query: CityQuery.extend({
          kind: csvEnum(unitKinds),
          parentId: z.uuid().optional(),
          q: z.string().trim().max(50).optional(),
          limit: limitSchema(500, 100),
          cursor: z.uuid().optional(),
        }),
      },
      responses: {
        200: { description: 'A page of units', content: { 'application/json': { schema: page(UnitSchema) } } },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const { kind, parentId, q, limit, cursor } = c.req.valid('query');
      const result = await listUnits(c.get('deps').database.db, await requestCityId(c), {
        ...(kind ? { kind } : {}),
        ...(parentId ? { parentId } : {}),
        ...(q ? { query: q } : {}),
        ...(cursor ? { after: cursor } : {}),
        limit,
      });
      return c.json(result, 200);
    },
  );
