import { backoffMs, isRetryable } from './client.js';
import { readEventStream } from './sse.js';

/** One update from a live stream. */
export interface LiveEvent<T> {
  /** The server's event id: for a case, its event sequence number. */
  id: string | null;
  /** The event type, e.g. `case`, `status` or `public`. */
  type: string;
  data: T;
}

export interface LiveOptions {
  /** Resume after this event id, e.g. one kept from an earlier visit. */
  lastEventId?: string | null;
  /** Stops the stream (same as `close()`). */
  signal?: AbortSignal;
  /**
   * A connection that sends nothing for this long is taken for dead and replaced. The server
   * sends a keep-alive comment every 15 s. Default 45 s.
   */
  idleTimeoutMs?: number;
  /** Called when the connection drops and before each reconnect, e.g. to show "reconnecting". */
  onReconnecting?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Called each time a connection is (re)established. */
  onOpen?: () => void;
}

/** Opens one connection; `lastEventId` is what to resume after. */
export type OpenStream = (lastEventId: string | null, signal: AbortSignal) => Promise<Response>;

/** Turns an event's type and parsed JSON data into what the stream yields. */
export type ReadEvent<T> = (type: string, data: unknown) => T;

const sleep = (milliseconds: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * A server-sent event stream that stays connected: it reconnects after a drop (with the
 * server's `retry` delay, backing off while failures repeat) and resumes with `Last-Event-ID`,
 * so no change is missed. Iterate it with `for await`; leaving the loop or `close()` ends it.
 * A refusal that retrying cannot fix (a wrong secret, an unknown case: 4xx) ends the loop with
 * that typed error.
 */
export class LiveStream<T> implements AsyncIterable<LiveEvent<T>> {
  readonly #open: OpenStream;
  readonly #read: ReadEvent<T>;
  readonly #options: LiveOptions;
  readonly #controller = new AbortController();
  #lastEventId: string | null;

  constructor(open: OpenStream, options: LiveOptions = {}, read: ReadEvent<T> = (_type, data) => data as T) {
    this.#open = open;
    this.#read = read;
    this.#options = options;
    this.#lastEventId = options.lastEventId ?? null;
    if (options.signal?.aborted) this.#controller.abort();
    options.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  /** The id of the last event received: keep it to resume later. */
  get lastEventId(): string | null {
    return this.#lastEventId;
  }

  get closed(): boolean {
    return this.#controller.signal.aborted;
  }

  close(): void {
    this.#controller.abort();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<LiveEvent<T>> {
    const stopped = this.#controller.signal;
    let failures = 0;
    let retryMs = 1_000;
    try {
      while (!stopped.aborted) {
        // One controller per connection: the idle watchdog aborts this one, not the stream.
        const connection = new AbortController();
        const stop = () => connection.abort();
        stopped.addEventListener('abort', stop, { once: true });
        let idle: ReturnType<typeof setTimeout> | undefined;
        const touch = () => {
          clearTimeout(idle);
          idle = setTimeout(() => connection.abort(), this.#options.idleTimeoutMs ?? 45_000);
        };
        let lastError: unknown = null;
        try {
          touch();
          const response = await this.#open(this.#lastEventId, connection.signal);
          this.#options.onOpen?.();
          for await (const event of readEventStream(response.body!, {
            lastEventId: this.#lastEventId,
            onActivity: touch,
            onRetry: (milliseconds) => (retryMs = milliseconds),
          })) {
            this.#lastEventId = event.lastEventId;
            failures = 0;
            yield { id: event.lastEventId, type: event.type, data: this.#read(event.type, JSON.parse(event.data)) };
          }
        } catch (error) {
          if (stopped.aborted) return;
          if (!connection.signal.aborted && !isRetryable(error) && !(error instanceof TypeError)) throw error;
          lastError = error;
        } finally {
          clearTimeout(idle);
          stopped.removeEventListener('abort', stop);
          connection.abort();
        }
        if (stopped.aborted) return;
        // The server ended the stream (a restart, its 30-minute limit) or the network dropped it.
        const delayMs = failures === 0 ? retryMs : Math.max(retryMs, backoffMs(failures));
        failures++;
        this.#options.onReconnecting?.({ attempt: failures, delayMs, error: lastError });
        await sleep(delayMs, stopped);
      }
    } finally {
      this.close();
    }
  }
}
