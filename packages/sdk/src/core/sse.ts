/** One event of a `text/event-stream`, as the HTML standard's parser dispatches it. */
export interface ServerSentEvent {
  /** The `event:` field; `message` when the server gave none. */
  type: string;
  data: string;
  /** The last `id:` seen on the stream so far (it carries over to later events), or null. */
  lastEventId: string | null;
}

/**
 * Reads server-sent events from a fetch response body. Written here rather than using
 * `EventSource` because that cannot send headers (the site key, a resident's secret) and does
 * not exist in Node. Follows the standard: UTF-8, any line ending, `:` comments, a space after
 * the colon dropped, multi-line `data:` joined, blank line dispatches, ids with NUL ignored.
 *
 * `onActivity` is called for every chunk received, comments included, so a caller can tell a
 * quiet connection from a dead one; `onRetry` when the server sets the reconnection delay.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  options: { lastEventId?: string | null; onActivity?: () => void; onRetry?: (milliseconds: number) => void } = {},
): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let first = true;
  let lastEventId = options.lastEventId ?? null;
  let type = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      options.onActivity?.();
      buffer += decoder.decode(value, { stream: true });
      if (first && buffer.length > 0) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        first = false;
      }
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        // A lone \r at the end may be the first half of \r\n: wait for more.
        if (!match || (match[0] === '\r' && match.index === buffer.length - 1)) break;
        const line = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        if (line === '') {
          if (data.length > 0) yield { type: type || 'message', data: data.join('\n'), lastEventId };
          type = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let fieldValue = colon < 0 ? '' : line.slice(colon + 1);
        if (fieldValue.startsWith(' ')) fieldValue = fieldValue.slice(1);
        if (field === 'data') data.push(fieldValue);
        else if (field === 'event') type = fieldValue;
        else if (field === 'id' && !fieldValue.includes('\0')) lastEventId = fieldValue;
        else if (field === 'retry' && /^\d+$/.test(fieldValue)) options.onRetry?.(Number(fieldValue));
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
