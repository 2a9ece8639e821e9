import { ProblemError } from './problems.js';

/** A `text/event-stream` response for a stream of server-sent events. */
export function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Proxies such as nginx would otherwise hold events back to fill a buffer.
      'x-accel-buffering': 'no',
    },
  });
}

export const tooManyStreams = () =>
  new ProblemError('service-unavailable', 'too many live connections on this server; retry shortly', { headers: { 'retry-after': '10' } });
