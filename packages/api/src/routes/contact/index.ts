import { createRoute, z } from '@hono/zod-openapi';
import { auditOrigin } from '../../http/client.js';
import { createRouter } from '../../http/router.js';
import { revealContact } from '../../services/cases/contact.js';
import { IdParams, jsonResponse, problemResponses } from '../schemas.js';

const RevealSchema = z
  .object({ reason: z.string().trim().min(1).max(200).optional().openapi({ description: 'Why, for the audit log (e.g. 回访核实处理结果).' }) })
  .strict()
  .openapi('ContactReveal');

export const contactRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/staff/cases/{id}/contact/reveal',
    tags: ['Case actions'],
    summary: "The resident's full phone number, for the unit holding the case (every reveal is audited)",
    description: 'Case views show the number masked (138****1234) with `contact.revealable` true for the holder. Other units: 403; units that cannot see the case: 404.',
    security: [{ staffToken: [] }, { staffSession: [] }] as Record<string, string[]>[],
    request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: RevealSchema } } } },
    responses: {
      200: jsonResponse('The contact', z.object({ name: z.string().nullable(), phone: z.string(), revealedAt: z.iso.datetime() }).openapi('RevealedContact')),
      ...problemResponses(400, 401, 403, 404, 422),
    },
  }),
  async (c) => {
    const { database, clock } = c.get('deps');
    const contact = await revealContact(database.db, {
      staff: c.get('staff'),
      caseId: c.req.valid('param').id,
      reason: c.req.valid('json')?.reason ?? null,
      now: clock.now(),
      origin: auditOrigin(c),
    });
    return c.json(contact, 200, { 'cache-control': 'no-store' });
  },
);
