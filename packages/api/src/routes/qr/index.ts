import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { buildingDetails } from '../../services/buildings/queries.js';
import { scanUrl, verifySignToken } from '../../services/qr/signs.js';
import { problemResponses } from '../schemas.js';
import { BuildingDetailSchema, publicDetail } from '../buildings/schemas.js';

export const SignTokenParams = z.object({
  token: z.string().max(64).openapi({ param: { name: 'token', in: 'path' }, example: 'AQGp3hxkX0sQ9vV4Zw' }),
});

const ScannedSignSchema = z
  .object({
    token: z.string(),
    url: z.string(),
    city: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), hotline: z.string() }),
    building: BuildingDetailSchema,
    sign: z.object({ serial: z.number().int(), version: z.number().int(), issuedAt: z.iso.datetime() }),
  })
  .openapi('ScannedSign');

export const qrRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/qr/{token}',
    tags: ['Signs'],
    summary: 'What a sign\'s QR token names: its building and the sign\'s version',
    description:
      'Verifies the token server-side. A forged or altered token is a 400 `qr-token-invalid`; a sign that was reprinted or withdrawn, or whose key was retired, is a 410 `qr-token-revoked`. Reading a token here does not count as a scan (the `/s/{token}` page does).',
    request: { params: SignTokenParams },
    responses: {
      200: { description: 'The sign and its building', content: { 'application/json': { schema: ScannedSignSchema } } },
      ...problemResponses(400, 410),
    },
  }),
  async (c) => {
    const { token } = c.req.valid('param');
    const deps = c.get('deps');
    const verified = await verifySignToken(deps.database.db, token);
    const [detail] = await buildingDetails(deps.database.db, [verified.building]);
    c.header('cache-control', 'no-store');
    return c.json(
      {
        token,
        url: scanUrl(deps.publicUrl, token),
        city: { id: verified.city.id, name: verified.city.name, nameEn: verified.city.nameEn, hotline: verified.city.hotline },
        building: publicDetail(detail!),
        sign: { serial: verified.sign.serial, version: verified.sign.version, issuedAt: verified.sign.issuedAt.toISOString() },
      },
      200,
    );
  },
);
