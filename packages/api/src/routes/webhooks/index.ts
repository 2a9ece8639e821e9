import { createRoute, z } from '@hono/zod-openapi';
import { webhookEventTypes } from '../../db/schema/index.js';
import { createRouter } from '../../http/router.js';
import { requireIntegrator } from '../../http/staff-auth.js';
import { getDelivery, listDeliveries, redeliver } from '../../services/webhooks/deliveries.js';
import { createSubscription, disableSubscription, findOwnSubscription, listSubscriptions, subscriptionView } from '../../services/webhooks/subscriptions.js';
import { IdParams, jsonBody, jsonResponse, limitSchema, problemResponses } from '../schemas.js';

const WebhookEventSchema = z.enum(webhookEventTypes).openapi('WebhookEvent');
const DeliveryStatusSchema = z.enum(['pending', 'delivered', 'failed', 'cancelled']).openapi('WebhookDeliveryStatus');

const SubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(WebhookEventSchema),
    unitId: z.uuid().nullable().openapi({ description: 'Only cases in this unit’s subtree; null for the whole city.' }),
    createdAt: z.iso.datetime(),
    disabledAt: z.iso.datetime().nullable(),
  })
  .openapi('WebhookSubscription');

const CreatedSubscriptionSchema = SubscriptionSchema.extend({
  signingSecret: z.string().openapi({ description: 'Verifies the signature of every delivery. Shown once: keep it.' }),
}).openapi('CreatedWebhookSubscription');

const DeliverySchema = z
  .object({
    id: z.uuid(),
    subscriptionId: z.uuid(),
    event: WebhookEventSchema,
    caseId: z.uuid(),
    eventSeq: z.number().int(),
    status: DeliveryStatusSchema,
    attempts: z.number().int().openapi({ description: 'Attempts since it was created or last redelivered.' }),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('WebhookDelivery');

const DeliveryDetailSchema = DeliverySchema.extend({
  body: z.string().openapi({ description: 'The exact body every attempt sends.' }),
  attemptLog: z.array(
    z.object({
      attempt: z.number().int(),
      startedAt: z.iso.datetime(),
      durationMs: z.number().int(),
      statusCode: z.number().int().nullable(),
      error: z.string().nullable(),
      responseExcerpt: z.string().nullable(),
    }),
  ),
}).openapi('WebhookDeliveryDetail');

const CreateSubscriptionSchema = z
  .object({
    url: z.string().max(2000),
    events: z.array(WebhookEventSchema).min(1).max(webhookEventTypes.length),
    unitId: z.uuid().optional().openapi({ description: 'Watch only this unit and the units below it (a key limited to a unit may only name its own subtree; it defaults to it).' }),
    description: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .openapi('CreateWebhookSubscription', { example: { url: 'https://property.example.com/huying/webhooks', events: ['case.dispatched', 'case.resolved'] } });

const security = [{ integratorKey: [] }];
const tags = ['Webhooks'];
const manage = requireIntegrator('webhooks.manage');

const router = createRouter();
router.use('/webhooks/*', manage);

export const webhooksRoutes = router
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/subscriptions',
      tags,
      summary: 'Subscribe to case events',
      description: 'Deliveries are signed with the returned `signingSecret`; see docs/webhooks.md.',
      security,
      request: { body: jsonBody(CreateSubscriptionSchema) },
      responses: { 201: jsonResponse('Subscribed', CreatedSubscriptionSchema), ...problemResponses(400, 401, 403, 422) },
    }),
    async (c) => {
      const { database, clock } = c.get('deps');
      const created = await createSubscription(database.db, c.get('integrator')!, c.req.valid('json'), clock.now());
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/subscriptions',
      tags,
      summary: 'This API key’s subscriptions',
      security,
      responses: { 200: jsonResponse('Subscriptions', z.object({ data: z.array(SubscriptionSchema) })), ...problemResponses(401, 403) },
    }),
    async (c) => c.json({ data: await listSubscriptions(c.get('deps').database.db, c.get('integrator')!) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/subscriptions/{id}',
      tags,
      summary: 'One subscription',
      security,
      request: { params: IdParams },
      responses: { 200: jsonResponse('The subscription', SubscriptionSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(subscriptionView(await findOwnSubscription(c.get('deps').database.db, c.get('integrator')!, c.req.valid('param').id)), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/webhooks/subscriptions/{id}',
      tags,
      summary: 'Delete a subscription',
      description: 'No further deliveries are made; the waiting ones are cancelled. Its deliveries stay readable.',
      security,
      request: { params: IdParams },
      responses: { 200: jsonResponse('Deleted', SubscriptionSchema), ...problemResponses(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { database, clock } = c.get('deps');
      return c.json(await disableSubscription(database.db, c.get('integrator')!, c.req.valid('param').id, clock.now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/subscriptions/{id}/deliveries',
      tags,
      summary: 'A subscription’s deliveries, newest first',
      security,
      request: {
        params: IdParams,
        query: z.object({
          status: DeliveryStatusSchema.optional(),
          limit: limitSchema(100, 20),
          before: z.uuid().optional().openapi({ description: 'The `nextBefore` of the previous page.' }),
        }),
      },
      responses: {
        200: jsonResponse('Deliveries', z.object({ data: z.array(DeliverySchema), nextBefore: z.uuid().nullable() })),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(await listDeliveries(c.get('deps').database.db, c.get('integrator')!, c.req.valid('param').id, query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/deliveries/{id}',
      tags,
      summary: 'One delivery with its attempt log',
      security,
      request: { params: IdParams },
      responses: { 200: jsonResponse('The delivery', DeliveryDetailSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getDelivery(c.get('deps').database.db, c.get('integrator')!, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/deliveries/{id}/redeliver',
      tags,
      summary: 'Send a delivery again',
      description: 'Queues the delivery to be sent at once, with the same body and a fresh retry budget.',
      security,
      request: { params: IdParams },
      responses: { 202: jsonResponse('Queued', DeliverySchema), ...problemResponses(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { database, clock } = c.get('deps');
      return c.json(await redeliver(database.db, c.get('integrator')!, c.req.valid('param').id, clock.now()), 202);
    },
  );
