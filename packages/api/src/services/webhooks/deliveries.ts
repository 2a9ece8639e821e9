import { and, asc, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { webhookDeliveries, webhookDeliveryAttempts, webhookSubscriptions, type WebhookDeliveryStatus } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problems.js';
import type { IntegratorPrincipal } from '../auth/integrator-keys.js';
import { findOwnSubscription } from './subscriptions.js';

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** The body a delivery sends: the same bytes on every attempt and replay. */
export const deliveryBody = (row: Pick<DeliveryRow, 'id' | 'eventType' | 'cityId' | 'createdAt' | 'payload'>) =>
  JSON.stringify({ id: row.id, type: row.eventType, cityId: row.cityId, createdAt: row.createdAt.toISOString(), data: row.payload });

export const deliveryView = (row: DeliveryRow) => ({
  id: row.id,
  subscriptionId: row.subscriptionId,
  event: row.eventType,
  caseId: row.caseId,
  eventSeq: row.eventSeq,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function listDeliveries(
  db: Database,
  integrator: IntegratorPrincipal,
  subscriptionId: string,
  filter: { status?: WebhookDeliveryStatus | undefined; limit: number; before?: string | undefined },
) {
  await findOwnSubscription(db, integrator, subscriptionId);
  const conditions: SQL[] = [eq(webhookDeliveries.subscriptionId, subscriptionId)];
  if (filter.status) conditions.push(eq(webhookDeliveries.status, filter.status));
  if (filter.before) {
    const [cursor] = await db.select({ createdAt: webhookDeliveries.createdAt }).from(webhookDeliveries).where(and(eq(webhookDeliveries.id, filter.before), eq(webhookDeliveries.subscriptionId, subscriptionId)));
    if (!cursor) throw new ProblemError('validation-failed', 'before: no such delivery of this subscription', { errors: [{ field: 'before', message: 'no such delivery of this subscription' }] });
    conditions.push(or(lt(webhookDeliveries.createdAt, cursor.createdAt), and(eq(webhookDeliveries.createdAt, cursor.createdAt), lt(webhookDeliveries.id, filter.before)))!);
  }
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return { data: page.map(deliveryView), nextBefore: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null };
}

async function findOwnDelivery(db: Database, integrator: IntegratorPrincipal, id: string) {
  const [found] = await db
    .select({ delivery: webhookDeliveries, disabledAt: webhookSubscriptions.disabledAt })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(and(eq(webhookDeliveries.id, id), eq(webhookSubscriptions.integratorKeyId, integrator.keyId)));
  if (!found) throw new ProblemError('not-found', 'no such webhook delivery for this API key');
  return found;
}

/** One delivery with its attempt log and the exact body it sends. */
export async function getDelivery(db: Database, integrator: IntegratorPrincipal, id: string) {
  const { delivery } = await findOwnDelivery(db, integrator, id);
  const attempts = await db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.deliveryId, id)).orderBy(asc(webhookDeliveryAttempts.attempt));
  return {
    ...deliveryView(delivery),
    body: deliveryBody(delivery),
    attemptLog: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      startedAt: attempt.startedAt.toISOString(),
      durationMs: attempt.durationMs,
      statusCode: attempt.statusCode,
      error: attempt.error,
      responseExcerpt: attempt.responseExcerpt,
    })),
  };
}

/**
 * Sends a delivery again, now, with a fresh retry budget: after a receiver's outage, or to replay
 * an event into a rebuilt system. The body is the one of the first attempt.
 */
export async function redeliver(db: Database, integrator: IntegratorPrincipal, id: string, now: Date) {
  const { delivery, disabledAt } = await findOwnDelivery(db, integrator, id);
  if (disabledAt) throw new ProblemError('invalid-command', 'the subscription is deleted; its deliveries cannot be sent again');
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: null, leasedBy: null })
    // Not while a worker is sending it: its result would be overwritten.
    .where(and(eq(webhookDeliveries.id, delivery.id), or(eq(webhookDeliveries.status, 'delivered'), eq(webhookDeliveries.status, 'failed'), eq(webhookDeliveries.status, 'cancelled'))))
    .returning();
  if (!row) throw new ProblemError('invalid-command', 'the delivery is already waiting to be sent');
  return deliveryView(row);
}
