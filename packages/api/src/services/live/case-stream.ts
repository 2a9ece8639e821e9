import { eq } from 'drizzle-orm';
import type { AppDependencies } from '../../context.js';
import { cases } from '../../db/schema/index.js';
import { withAttachmentLinks } from '../attachments/attachments.js';
import { residentView, statusView } from '../cases/views.js';
import { publicCaseViews } from '../similar/similar-cases.js';
import type { CaseEventNotice } from '../cases/events.js';
import { liveUpdatesOf, type LiveSubscriber, type LiveUpdates } from './live-updates.js';

/** Streams per process; past this a client is told to retry, and the load balancer spreads it. */
const maxStreamsPerProcess = 5_000;
/** Streams end after this long, so that clients reconnect and connections spread over processes. */
const streamLifetimeMs = 30 * 60 * 1000;
const defaultHeartbeatMs = 15_000;
/** What the browser waits before reconnecting after a dropped connection. */
const reconnectDelayMs = 2_000;

/**
 * What a stream shows: `resident` the whole case (for its proven reporter), `status` the public
 * status (anyone with the tracking code), `public` the follower's view (category, place, holder).
 */
export type StreamView = 'resident' | 'status' | 'public';

/**
 * A server-sent event stream of one case. It sends the case as it stands whenever it changes: at
 * once if it changed since `lastEventId` (or always, on a first connection), then on every event
 * PostgreSQL announces. Each heartbeat also compares the case's version with what was sent, so a
 * notice lost while the listening connection was re-established costs at most one heartbeat.
 * The caller has checked that the client may see the case in this view.
 *
 * Returns null when this process has no room for another stream.
 */
export async function openCaseStream(
  deps: AppDependencies,
  options: { caseId: string; view: StreamView; lastEventId: number | undefined; signal?: AbortSignal },
): Promise<ReadableStream<Uint8Array> | null> {
  const { db } = deps.database;
  let lastSent = options.lastEventId ?? 0;

  /** The case as an event, if it moved past what this client has. */
  const nextEvent = async (): Promise<string | null> => {
    const [row] = await db.select().from(cases).where(eq(cases.id, options.caseId));
    if (!row || row.version <= lastSent) return null;
    const data =
      options.view === 'resident' ? await withAttachmentLinks(deps, await residentView(db, row.id))
      : options.view === 'public' ? (await publicCaseViews(db, [row.id]))[0]
      : statusView(row);
    lastSent = row.version;
    return `id: ${row.version}\nevent: ${options.view === 'resident' ? 'case' : options.view}\ndata: ${JSON.stringify(data)}\n\n`;
  };

  return openNoticeStream(deps, {
    subscribe: (live, subscriber) => live.subscribe(options.caseId, subscriber),
    // The notice only says that the case moved: the stream reads it as it stands.
    next: () => nextEvent(),
    signal: options.signal,
  });
}

/**
 * The frame of every live-update stream: subscribe before the first read (so no change falls
 * between the two), then send what `next` makes of each notice, one at a time and in order;
 * `next(null)` runs at the start and with every keep-alive, to catch a notice lost while the
 * listening connection was re-established. Streams end after 30 minutes, when the process shuts
 * down, or when the client goes away.
 *
 * Returns null when this process has no room for another stream.
 */
export async function openNoticeStream(
  deps: AppDependencies,
  options: {
    subscribe: (live: LiveUpdates, subscriber: LiveSubscriber) => Promise<() => void>;
    next: (notice: CaseEventNotice | null) => Promise<string | null>;
    signal?: AbortSignal | undefined;
  },
): Promise<ReadableStream<Uint8Array> | null> {
  const live = liveUpdatesOf(deps);
  if (live.streams >= maxStreamsPerProcess) return null;

  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let closed = false;
  let pending: Promise<void> = Promise.resolve();
  const timers: NodeJS.Timeout[] = [];

  const send = (text: string) => {
    if (!closed) controller?.enqueue(encoder.encode(text));
  };

  let unsubscribe: () => void = () => {};
  const finish = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
    try {
      controller?.close();
    } catch {
      // already closed by the client going away
    }
  };
  // One refresh at a time, in order: two notices in quick succession must not send the case twice.
  const refresh = (notice: CaseEventNotice | null) => {
    pending = pending
      .then(async () => {
        if (closed) return;
        const event = await options.next(notice);
        if (event) send(event);
      })
      .catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'a live update stream failed; closing it');
        finish();
      });
  };

  unsubscribe = await options.subscribe(live, { onNotice: refresh, onClose: finish });
  options.signal?.addEventListener('abort', finish, { once: true });

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      send(`retry: ${reconnectDelayMs}\n\n`);
      refresh(null);
      const heartbeat = setInterval(() => {
        send(': keep-alive\n\n');
        refresh(null);
      }, deps.liveHeartbeatMs ?? defaultHeartbeatMs);
      timers.push(heartbeat, setTimeout(finish, streamLifetimeMs));
    },
    cancel() {
      finish();
    },
  });
}
