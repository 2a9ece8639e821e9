import { createRoute, z } from '@hono/zod-openapi';
import { forbidden } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { createSiteKey, forgetSiteKey, listSiteKeys, revokeSiteKey } from '../../services/embedding/site-keys.js';
import { problemResponses } from '../schemas.js';

const SiteKeySchema = z
  .object({
    key: z.string(),
    cityId: z.string(),
    label: z.string(),
    allowedOrigins: z.array(z.string()),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('SiteKey');

const router = createRouter();
router.use('/staff/site-keys', requireStaff);
router.use('/staff/site-keys/*', requireStaff);

/** Site keys decide which websites may carry the city's widgets: a platform administrator's call. */
function requireAdmin(role: string): void {
  if (role !== 'admin') throw forbidden('only a platform administrator manages site keys');
}

export const siteKeysRoutes = router
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/site-keys',
      tags: ['Embedding'],
      summary: 'The city’s site keys',
      security: [{ staffToken: [] }],
      responses: {
        200: { description: 'Site keys', content: { 'application/json': { schema: z.object({ data: z.array(SiteKeySchema) }) } } },
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff.role);
      return c.json({ data: await listSiteKeys(c.get('deps').database.db, staff.cityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/site-keys',
      tags: ['Embedding'],
      summary: 'Issue a site key for a website',
      description: 'The key goes in the page (`site-key` attribute); requests from browsers on other origins are refused.',
      security: [{ staffToken: [] }],
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .object({
                  label: z.string().trim().min(1).max(100),
                  allowedOrigins: z.array(z.string().max(255)).min(1).max(20),
                })
                .strict()
                .openapi('CreateSiteKey', { example: { label: '金晖社区网站', allowedOrigins: ['https://jinhui.example.gov.cn'] } }),
            },
          },
        },
      },
      responses: {
        201: { description: 'Issued', content: { 'application/json': { schema: SiteKeySchema } } },
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff.role);
      const { label, allowedOrigins } = c.req.valid('json');
      const created = await createSiteKey(c.get('deps').database.db, { cityId: staff.cityId, label, allowedOrigins, createdByAccountId: staff.accountId });
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/site-keys/{key}/revoke',
      tags: ['Embedding'],
      summary: 'Revoke a site key',
      description: 'Pages using it stop working within 30 seconds on every API process.',
      security: [{ staffToken: [] }],
      request: { params: z.object({ key: z.string().max(80).openapi({ param: { name: 'key', in: 'path' } }) }) },
      responses: {
        200: { description: 'Revoked', content: { 'application/json': { schema: SiteKeySchema } } },
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff.role);
      const { key } = c.req.valid('param');
      const { database, clock } = c.get('deps');
      const revoked = await revokeSiteKey(database.db, clock, staff.cityId, key);
      forgetSiteKey(database.db, key);
      return c.json(revoked, 200);
    },
  );
