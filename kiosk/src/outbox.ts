import { APIError, isRetryable, type ResidentClient, type SubmitCaseParams, type SubmittedCase } from '@huying/sdk';
import { refusalOf } from './device.js';

/**
 * Reports waiting to reach the platform, kept in IndexedDB so they survive a reload, a crash or a
 * reboot of the kiosk. Each is stored with its idempotency key *before* the first attempt, and
 * every attempt sends that same key: if an attempt reached the platform but its answer was lost,
 * the next one gets the case already filed instead of a second one. (The platform keeps keys for
 * a day; a kiosk offline for longer still sends once, since a record leaves the outbox only when
 * the platform has answered.)
 */
export interface QueuedReport {
  /** The idempotency key, also the record's key. */
  id: string;
  /** Short number shown on the "will be sent" receipt, for staff at the counter. */
  reference: string;
  request: SubmitCaseParams;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** `held`: the platform refused the kiosk itself (withdrawn) or the queued report; kept for staff, retried slowly. */
  state: 'waiting' | 'held';
}

/** What was sent: no text or phone, only which reference became which case, for the staff corner. */
export interface SentReport {
  id: string;
  reference: string;
  trackingCode: string;
  queuedAt: number;
  sentAt: number;
}

export type SendOutcome =
  | { kind: 'sent'; filed: SubmittedCase }
  | { kind: 'queued'; report: QueuedReport }
  | { kind: 'refused'; message: string; fields: { field: string; message: string }[] };

export interface OutboxStatus {
  waiting: number;
  held: number;
  oldestQueuedAt: number | null;
  nextAttemptAt: number | null;
  lastError: string | null;
  lastSentAt: number | null;
  sent: SentReport[];
}

const databaseName = 'huying-kiosk';
const firstRetryMs = 5_000;
const maxRetryMs = 5 * 60_000;
/** How long the staff corner lists sent references. */
const sentKeptMs = 7 * 24 * 3600_000;

/** Exponential backoff with jitter, so kiosks of a hall coming back online do not call together. */
export const retryDelayMs = (attempts: number, random = Math.random) => Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, attempts - 1)) * (0.8 + random() * 0.4);

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(databaseName, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore('outbox', { keyPath: 'id' });
    opening.result.createObjectStore('sent', { keyPath: 'id' });
  };
  return request(opening);
}

async function inStore<T>(store: 'outbox' | 'sent', mode: IDBTransactionMode, run: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(store, mode);
    const result = await request(run(transaction.objectStore(store)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    return result;
  } finally {
    database.close();
  }
}

const newReference = (now: number) => {
  const time = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `K${pad(time.getMonth() + 1)}${pad(time.getDate())}-${pad(time.getHours())}${pad(time.getMinutes())}-${Math.floor(Math.random() * 900 + 100)}`;
};

/**
 * The outbox. `submit` is how a visitor's report goes out: stored, then tried once at once; the
 * visitor sees the receipt or "will be sent". Queued reports are tried again with backoff, when
 * the browser says it is back online, and at every start. Only one tab sends at a time.
 */
export class Outbox extends EventTarget {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly client: () => ResidentClient,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  start(): void {
    // Back online: everything waiting goes now, whatever its backoff said.
    window.addEventListener('online', () => void this.flush(true));
    void this.flush(true);
  }

  async submit(request: SubmitCaseParams): Promise<SendOutcome> {
    const now = this.now();
    const report: QueuedReport = { id: crypto.randomUUID(), reference: newReference(now), request, queuedAt: now, attempts: 0, nextAttemptAt: now, lastError: null, state: 'waiting' };
    await inStore('outbox', 'readwrite', (store) => store.put(report));
    this.changed();
    return this.exclusive(() => this.attempt(report));
  }

  /** Tries every report whose time has come (`all`: every report). */
  flush(all = false): Promise<void> {
    this.flushing ??= this.exclusive(async () => {
      const due = (await this.queued()).filter((report) => all || report.nextAttemptAt <= this.now()).sort((a, b) => a.queuedAt - b.queuedAt);
      for (const report of due) {
        const outcome = await this.attempt(report);
        // Still unreachable: the rest would fail the same way; wait for the next try.
        if (outcome.kind === 'queued' && !navigator.onLine) break;
      }
    }).finally(() => {
      this.flushing = null;
      void this.schedule();
    });
    return this.flushing;
  }

  async queued(): Promise<QueuedReport[]> {
    return inStore('outbox', 'readonly', (store) => store.getAll() as IDBRequest<QueuedReport[]>);
  }

  async status(): Promise<OutboxStatus> {
    const queued = await this.queued();
    const cutoff = this.now() - sentKeptMs;
    const sent = (await inStore('sent', 'readonly', (store) => store.getAll() as IDBRequest<SentReport[]>)).filter((item) => item.sentAt >= cutoff).sort((a, b) => b.sentAt - a.sentAt);
    const oldest = queued.reduce<QueuedReport | null>((first, report) => (!first || report.queuedAt < first.queuedAt ? report : first), null);
    const latestError = [...queued].sort((a, b) => b.nextAttemptAt - a.nextAttemptAt)[0]?.lastError ?? null;
    return {
      waiting: queued.filter((report) => report.state === 'waiting').length,
      held: queued.filter((report) => report.state === 'held').length,
      oldestQueuedAt: oldest?.queuedAt ?? null,
      nextAttemptAt: queued.length ? Math.min(...queued.map((report) => report.nextAttemptAt)) : null,
      lastError: latestError,
      lastSentAt: sent[0]?.sentAt ?? null,
      sent,
    };
  }

  private async exclusive<T>(run: () => Promise<T>): Promise<T> {
    // Two tabs of the kiosk (a crash leaves one behind) must not send the same report together.
    if ('locks' in navigator) return navigator.locks.request('huying-kiosk-outbox', run);
    return run();
  }

  private async attempt(report: QueuedReport): Promise<SendOutcome> {
    try {
      const filed = await this.client().cases.create(report.request, { idempotencyKey: report.id });
      await inStore('sent', 'readwrite', (store) => store.put({ id: report.id, reference: report.reference, trackingCode: filed.trackingCode, queuedAt: report.queuedAt, sentAt: this.now() } satisfies SentReport));
      await inStore('outbox', 'readwrite', (store) => store.delete(report.id));
      this.changed();
      return { kind: 'sent', filed };
    } catch (error) {
      const refusal = refusalOf(error);
      const invalid = !refusal && !isRetryable(error) && error instanceof APIError;
      if (invalid && report.attempts === 0) {
        // The platform read the report and refused it while the visitor is still here: they are
        // told why and can correct it, so the queue keeps nothing.
        await inStore('outbox', 'readwrite', (store) => store.delete(report.id));
        this.changed();
        return { kind: 'refused', message: error.message, fields: error.fieldErrors };
      }
      const attempts = report.attempts + 1;
      const next: QueuedReport = {
        ...report,
        attempts,
        // Refused from the queue, the visitor long gone: kept for staff with the platform's reason.
        state: refusal || invalid ? 'held' : 'waiting',
        lastError: error instanceof Error ? error.message.slice(0, 300) : String(error),
        // A withdrawn kiosk is retried rarely: only a new registration would let the report through.
        nextAttemptAt: this.now() + (refusal || invalid ? maxRetryMs : retryDelayMs(attempts)),
      };
      await inStore('outbox', 'readwrite', (store) => store.put(next));
      this.changed();
      void this.schedule();
      return { kind: 'queued', report: next };
    }
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    const queued = await this.queued();
    if (queued.length === 0) return;
    const wait = Math.max(1_000, Math.min(...queued.map((report) => report.nextAttemptAt)) - this.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
