import { createRoute, z } from '@hono/zod-openapi';
import { eventStreamResponse, tooManyStreams } from '../../http/event-stream.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { openStaffStream } from '../../services/live/staff-stream.js';
import { problemResponses } from '../schemas.js';

/** Live updates for staff: every change to the cases the caller can see, as server-sent events. */
export const staffLiveRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/staff/events',
    tags: ['Staff'],
    summary: 'Live changes to the cases you can see (server-sent events)',
    description: [
      'A `text/event-stream` for inboxes and consoles. Every connection starts with a `ready` event; then each change to a case the caller may see (the same rule as `GET /staff/cases/{id}`) is a `case` event:',
      '`{ event: { type, seq, status }, case: StaffCaseSummary }`. Clients apply it to the rows they show and reload their list whenever the stream (re)opens, since nothing is replayed.',
      'A comment line keeps the connection open every 15 s; the server ends a stream after 30 min and the client reconnects.',
    ].join(' '),
    security: [{ staffToken: [] }],
    middleware: [requireStaff] as const,
    responses: {
      200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...problemResponses(401, 503),
    },
  }),
  async (c) => {
    const stream = await openStaffStream(c.get('deps'), c.get('staff'), c.req.raw.signal);
    if (!stream) throw tooManyStreams();
    return eventStreamResponse(stream);
  },
);
