import { createRoute, z } from '@hono/zod-openapi';
import { caseKinds, caseStatuses, unitKinds } from '@huying/core';
import { requestCityId } from '../../http/city.js';
import { eventStreamResponse, tooManyStreams } from '../../http/event-stream.js';
import { createRouter } from '../../http/router.js';
import { openCaseStream } from '../../services/live/case-stream.js';
import { findSimilarCases, followCase, followedCaseId, publicCaseViews } from '../../services/similar/similar-cases.js';
import { limitSchema, problemResponses } from '../schemas.js';

export const PublicCaseSchema = z
  .object({
    ref: z.uuid().openapi({ description: 'The case’s public reference (not its tracking code, which is the reporter’s).' }),
    kind: z.enum(caseKinds),
    status: z.enum(caseStatuses),
    open: z.boolean(),
    category: z.object({ id: z.uuid(), level1: z.string(), level2: z.string(), level3: z.string() }).nullable(),
    building: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    holder: z.object({ name: z.string(), kind: z.enum(unitKinds) }),
    followers: z.number().int().openapi({ description: 'Residents who said "me too".' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('PublicCase');

const SimilarCaseSchema = PublicCaseSchema.extend({ nearness: z.enum(['building', 'community']) }).openapi('SimilarCase');

const FollowReceiptSchema = z
  .object({
    followToken: z.string().openapi({ description: 'Shown once: it opens the follower’s view of the case.' }),
    followUrl: z.string(),
    case: PublicCaseSchema,
  })
  .openapi('FollowReceipt');

const TokenParams = z.object({ token: z.string().max(64).openapi({ param: { name: 'token', in: 'path' } }) });

export const similarRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/similar-cases',
      tags: ['Following'],
      summary: 'Open cases that may be the problem being reported',
      description:
        'Open cases of the same category at the same building or in its community (same building first), or of any category whose text is close to `q`. Only non-personal fields: no text, no contact, no tracking code. Offer them before filing, so a resident can follow one instead.',
      request: {
        query: z.object({
          buildingId: z.uuid(),
          categoryId: z.uuid().optional(),
          q: z.string().trim().max(500).optional().openapi({ description: 'The description typed so far: it ranks and widens the match and is never stored.' }),
          limit: limitSchema(10, 5),
          city: z.string().max(63).optional(),
        }),
      },
      responses: {
        200: { description: 'Suggestions, best first', content: { 'application/json': { schema: z.object({ data: z.array(SimilarCaseSchema) }) } } },
        ...problemResponses(400, 403, 404),
      },
    }),
    async (c) => {
      const { buildingId, categoryId, q, limit } = c.req.valid('query');
      const data = await findSimilarCases(c.get('deps'), { cityId: await requestCityId(c), buildingId, categoryId, text: q || undefined, limit });
      c.header('cache-control', 'no-store');
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/similar-cases/{ref}/follow',
      tags: ['Following'],
      summary: 'Follow an open case ("me too") instead of filing a duplicate',
      description:
        'Counts the resident as affected and returns a follow link of their own (status and live updates, nothing personal). A phone, if given, lets the handling unit call back; one follow per phone (following again renews the link). Send an Idempotency-Key so a retry counts once.',
      request: {
        params: z.object({ ref: z.uuid().openapi({ param: { name: 'ref', in: 'path' } }) }),
        headers: z.object({ 'idempotency-key': z.string().regex(/^[\x21-\x7e]{1,255}$/, 'use 1–255 visible ASCII characters, e.g. a UUID').optional() }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({ contact: z.object({ phone: z.string().trim().max(32).nullish() }).strict().nullish() }).strict().openapi('FollowCase'),
            },
          },
        },
      },
      responses: {
        201: { description: 'Following', content: { 'application/json': { schema: FollowReceiptSchema } } },
        ...problemResponses(400, 404, 409, 422),
      },
    }),
    async (c) => {
      const { ref } = c.req.valid('param');
      const body = c.req.valid('json');
      const receipt = await followCase(c.get('deps'), {
        ref,
        cityId: await requestCityId(c),
        phone: body.contact?.phone,
        idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null,
      });
      return c.json(receipt, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/follows/{token}',
      tags: ['Following'],
      summary: 'The case a follow link opens',
      request: { params: TokenParams },
      responses: {
        200: { description: 'The case as the public may see it', content: { 'application/json': { schema: z.object({ case: PublicCaseSchema }) } } },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const { db } = c.get('deps').database;
      const caseId = await followedCaseId(db, c.req.valid('param').token);
      const [view] = await publicCaseViews(db, [caseId]);
      c.header('cache-control', 'no-store');
      return c.json({ case: view! }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/follows/{token}/events',
      tags: ['Following'],
      summary: 'Live updates of a followed case (server-sent events)',
      description: 'Like `/track/{code}/events`: a `public` event with the public view whenever the case changes; `Last-Event-ID` resumes.',
      request: {
        params: TokenParams,
        headers: z.object({ 'last-event-id': z.string().regex(/^\d{1,9}$/, 'Last-Event-ID is the id of the last event received').optional() }),
      },
      responses: {
        200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...problemResponses(400, 404, 503),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const caseId = await followedCaseId(deps.database.db, c.req.valid('param').token);
      const last = c.req.valid('header')['last-event-id'];
      const stream = await openCaseStream(deps, { caseId, view: 'public', lastEventId: last === undefined ? undefined : Number(last), signal: c.req.raw.signal });
      if (!stream) throw tooManyStreams();
      return eventStreamResponse(stream);
    },
  );

