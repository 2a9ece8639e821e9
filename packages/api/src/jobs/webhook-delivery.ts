/**
 * Sends the webhook outbox. A worker claims due deliveries in one statement
 * (`FOR UPDATE SKIP LOCKED`, then a lease written on the rows), sends them outside any
 * transaction, and records each attempt. Another worker skips claimed rows while the lease runs,
 * so any number of processes deliver without sending one delivery twice; a worker that dies
 * mid-send leaves a lease that runs out, and the delivery is sent again (at least once).
 */
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.js';
import { webhookDeliveries, webhookDeliveryAttempts } from '../db/schema/index.js';
import { deliveryBody } from '../services/webhooks/deliveries.js';
import { signWebhook, webhookHeaders } from '../services/webhooks/signing.js';
import type { JobDependencies } from './deadline-sweep.js';

export interface WebhookDeliveryOptions {
  /** Names this worker in leases and the attempt log. */
  workerId?: string;
  /** Deliveries claimed at once (and sent in parallel). */
  batchSize?: number;
  /** How long a claim holds: longer than a send can take. */
  leaseMs?: number;
  /** A receiver that has not answered by then has failed this attempt. */
  timeoutMs?: number;
  /** Attempts before a delivery is given up as failed. */
  maxAttempts?: number;
  /** The wait after the first failure; it doubles after each further one, up to `maxDelayMs`. */
  firstRetryMs?: number;
  maxDelayMs?: number;
  /** Only these cities' deliveries. */
  cityIds?: string[];
}

export interface WebhookDeliveryReport {
  delivered: number;
  retrying: number;
  failed: number;
  cancelled: number;
}

export const defaultWebhookRetry = { maxAttempts: 12, firstRetryMs: 30_000, maxDelayMs: 6 * 60 * 60_000 } as const;

/** The wait before the next attempt after `failures` failed ones: 30 s, 1 min, 2 min, … at most 6 h. */
export function retryDelayMs(failures: number, options: Pick<WebhookDeliveryOptions, 'firstRetryMs' | 'maxDelayMs'> = {}): number {
  const first = options.firstRetryMs ?? defaultWebhookRetry.firstRetryMs;
  return Math.min(first * 2 ** Math.max(0, failures - 1), options.maxDelayMs ?? defaultWebhookRetry.maxDelayMs);
}

interface ClaimedDelivery {
  id: string;
  city_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  created_at: string | Date;
  attempts: number;
  url: string;
  signing_secret: string;
  disabled: boolean;
}

interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

const defaultWorkerId = () => `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;

async function send(delivery: ClaimedDelivery, timestamp: number, timeoutMs: number): Promise<AttemptOutcome> {
  const body = deliveryBody({ id: delivery.id, eventType: delivery.event_type as never, cityId: delivery.city_id, createdAt: new Date(delivery.created_at), payload: delivery.payload });
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      // A redirect is not followed: the receiver was registered at this address, not another.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Huying-Webhooks/1',
        [webhookHeaders.id]: delivery.id,
        [webhookHeaders.event]: delivery.event_type,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signWebhook(delivery.signing_secret, timestamp, body),
      },
      body,
    });
    const text = await response.text().catch(() => '');
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `the receiver answered ${response.status}`, responseExcerpt: text.slice(0, 500) || null, durationMs: elapsed() };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : `could not reach the receiver: ${(error as Error).cause ? String((error as { cause: unknown }).cause) : (error as Error).message}`;
    return { ok: false, statusCode: null, error: reason.slice(0, 500), responseExcerpt: null, durationMs: elapsed() };
  }
}

/** Claims up to `limit` due deliveries for this worker, with their receivers. */
async function claim(deps: JobDependencies, workerId: string, now: Date, limit: number, leaseMs: number, cityIds?: string[]): Promise<ClaimedDelivery[]> {
  const cities = cityIds ? sql`AND d.city_id IN (${sql.join(cityIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  return queryRows<ClaimedDelivery>(
    deps.database.db,
    sql`WITH due AS (
          SELECT d.id FROM webhook_deliveries d
          WHERE d.status = 'pending' AND d.next_attempt_at <= ${now.toISOString()}::timestamptz
            AND (d.lease_until IS NULL OR d.lease_until <= ${now.toISOString()}::timestamptz) ${cities}
          ORDER BY d.next_attempt_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE webhook_deliveries d
        SET lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz, leased_by = ${workerId}
        FROM due, webhook_subscriptions s
        WHERE d.id = due.id AND s.id = d.subscription_id
        RETURNING d.id, d.city_id, d.event_type, d.payload, d.created_at, d.attempts, s.url, s.signing_secret, s.disabled_at IS NOT NULL AS disabled`,
  );
}

/** Writes an attempt's outcome, if this worker still holds the lease. */
async function record(deps: JobDependencies, workerId: string, delivery: ClaimedDelivery, startedAt: Date, outcome: AttemptOutcome, options: WebhookDeliveryOptions): Promise<keyof WebhookDeliveryReport> {
  const now = deps.clock.now();
  const attempts = delivery.attempts + 1;
  const giveUp = attempts >= (options.maxAttempts ?? defaultWebhookRetry.maxAttempts);
  const status = outcome.ok ? 'delivered' : giveUp ? 'failed' : 'pending';
  await deps.database.db.transaction(async (tx) => {
    const updated = await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        leaseUntil: null,
        leasedBy: null,
        ...(outcome.ok ? { deliveredAt: now } : {}),
        ...(status === 'pending' ? { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, options)) } : {}),
      })
      .where(sql`${webhookDeliveries.id} = ${delivery.id} AND ${webhookDeliveries.leasedBy} = ${workerId}`)
      .returning({ id: webhookDeliveries.id });
    // The lease ran out and another worker took the delivery: its outcome is the one kept, ours only logged.
    await tx.insert(webhookDeliveryAttempts).values({
      id: crypto.randomUUID(),
      deliveryId: delivery.id,
      attempt: sql`(SELECT count(*) + 1 FROM webhook_delivery_attempts WHERE delivery_id = ${delivery.id})`,
      startedAt,
      durationMs: outcome.durationMs,
      statusCode: outcome.statusCode,
      error: updated.length === 0 ? `${outcome.error ?? 'delivered'} (after the lease had run out)` : outcome.error,
      responseExcerpt: outcome.responseExcerpt,
      worker: workerId,
    });
  });
  return status === 'pending' ? 'retrying' : status;
}

/** Sends every due delivery, batch by batch, until none is due. */
export async function deliverDueWebhooks(deps: JobDependencies, options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryReport> {
  const workerId = options.workerId ?? defaultWorkerId();
  const report: WebhookDeliveryReport = { delivered: 0, retrying: 0, failed: 0, cancelled: 0 };
  const batchSize = options.batchSize ?? 20;
  for (;;) {
    const now = deps.clock.now();
    const claimed = await claim(deps, workerId, now, batchSize, options.leaseMs ?? 60_000, options.cityIds);
    if (claimed.length === 0) return report;
    await Promise.all(
      claimed.map(async (delivery) => {
        if (delivery.disabled) {
          await deps.database.db.update(webhookDeliveries).set({ status: 'cancelled', leaseUntil: null, leasedBy: null }).where(sql`${webhookDeliveries.id} = ${delivery.id}`);
          report.cancelled++;
          return;
        }
        const outcome = await send(delivery, Math.floor(now.getTime() / 1000), options.timeoutMs ?? 10_000);
        report[await record(deps, workerId, delivery, now, outcome, options)]++;
      }),
    );
    if (claimed.length < batchSize) return report;
  }
}
