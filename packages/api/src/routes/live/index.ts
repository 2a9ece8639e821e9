import { createRoute, z } from '@hono/zod-openapi';
import { eventStreamResponse, tooManyStreams } from '../../http/event-stream.js';
import { forbidden } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { findByTrackingCode, proves } from '../../services/cases/tracking.js';
import { openCaseStream } from '../../services/live/case-stream.js';
import { problemResponses } from '../schemas.js';

const secret = z.string().regex(/^\d{8}$/, 'the secret has 8 digits');
const phoneLast4 = z.string().regex(/^\d{4}$/, 'give the last 4 digits of the contact phone');

export const liveRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/track/{code}/events',
    tags: ['Tracking'],
    summary: 'Live updates of a case (server-sent events)',
    description: [
      'A `text/event-stream` that sends the case again whenever it changes, without polling.',
      'With the secret or phone digits (the `Huying-Case-Secret` / `Huying-Phone-Last4` headers, or the query) each event is `case` with the whole resident view; without them it is `status` with the public status.',
      'Each event’s `id` is the case’s event sequence number: reconnect with `Last-Event-ID` and the stream sends the case only if it changed meanwhile.',
      'A comment line keeps the connection open every 15 s; the server ends a stream after 30 min and the client reconnects.',
    ].join(' '),
    request: {
      params: z.object({ code: z.string().max(40).openapi({ param: { name: 'code', in: 'path' }, example: '2611-0372-8841' }) }),
      query: z.object({
        secret: secret.optional(),
        phoneLast4: phoneLast4.optional(),
        lastEventId: z.coerce.number().int().min(0).optional().openapi({ description: 'For clients that cannot send the Last-Event-ID header.' }),
      }),
      headers: z.object({
        'last-event-id': z.string().regex(/^\d{1,9}$/, 'Last-Event-ID is the id of the last event received').optional(),
        'huying-case-secret': secret.optional(),
        'huying-phone-last4': phoneLast4.optional(),
      }),
    },
    responses: {
      200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...problemResponses(400, 403, 404, 429, 503),
    },
  }),
  async (c) => {
    const deps = c.get('deps');
    const query = c.req.valid('query');
    const headers = c.req.valid('header');
    const proof = { secret: headers['huying-case-secret'] ?? query.secret, phoneLast4: headers['huying-phone-last4'] ?? query.phoneLast4 };
    const row = await findByTrackingCode(deps.database.db, c.req.valid('param').code);
    const verified = proof.secret !== undefined || proof.phoneLast4 !== undefined;
    if (verified && !proves(row, proof)) throw forbidden('the secret or phone digits do not match this case');
    const last = headers['last-event-id'];
    const stream = await openCaseStream(deps, {
      caseId: row.id,
      view: verified ? 'resident' : 'status',
      lastEventId: last !== undefined ? Number(last) : query.lastEventId,
      signal: c.req.raw.signal,
    });
    if (!stream) throw tooManyStreams();
    return eventStreamResponse(stream);
  },
);
