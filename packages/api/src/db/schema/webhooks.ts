import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { integratorKeys } from './auth.js';
import { cities } from './cities.js';
import { cityId, createdAt, id, timestampTz } from './columns.js';
import { units } from './units.js';

/** The case events an integrator can subscribe to, as named on the wire. */
export const webhookEventTypes = [
  'case.created',
  'case.dispatched',
  'case.escalated',
  'case.returned',
  'case.resolved',
  'case.rated',
  'case.reopened',
  'case.deadline_warning',
  'case.supervised',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

/**
 * An integrator's subscription: where to send which case events of its scope (the whole city, or
 * the subtree of one unit). It belongs to the API key that made it; revoking the key stops it.
 * The signing secret is kept as given to the integrator, because every delivery is signed with it.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    integratorKeyId: uuid('integrator_key_id')
      .notNull()
      .references(() => integratorKeys.id),
    url: text('url').notNull(),
    description: text('description'),
    eventTypes: text('event_types').array().$type<WebhookEventType[]>().notNull(),
    /** Only events of cases held by (or leaving) this unit or a unit below it; null for the whole city. */
    unitId: uuid('unit_id').references(() => units.id),
    signingSecret: text('signing_secret').notNull(),
    createdAt: createdAt(),
    disabledAt: timestampTz('disabled_at'),
  },
  (table) => [index('webhook_subscriptions_city_idx').on(table.cityId).where(sql`${table.disabledAt} IS NULL`), index('webhook_subscriptions_key_idx').on(table.integratorKeyId)],
);

/**
 * The outbox: one row per event and subscription, written in the transaction that appends the
 * event, so a delivery exists exactly when its event does. Workers claim due rows with
 * `FOR UPDATE SKIP LOCKED` and hold a lease while they send, so two workers never send one
 * delivery at once; `payload` is fixed at write time, so every attempt and replay sends the same body.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    caseId: uuid('case_id').notNull(),
    eventSeq: integer('event_seq').notNull(),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestampTz('next_attempt_at').notNull(),
    leaseUntil: timestampTz('lease_until'),
    leasedBy: text('leased_by'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestampTz('delivered_at'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('webhook_deliveries_event_idx').on(table.subscriptionId, table.caseId, table.eventSeq),
    // What the workers ask: the due pending rows, oldest first.
    index('webhook_deliveries_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('webhook_deliveries_subscription_idx').on(table.subscriptionId, table.createdAt),
  ],
);

/** Every attempt to send a delivery: when, how long the receiver took, and what it answered. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    id: id(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    attempt: integer('attempt').notNull(),
    startedAt: timestampTz('started_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    /** The first characters of the receiver's answer, to debug a refusal. */
    responseExcerpt: text('response_excerpt'),
    worker: text('worker').notNull(),
  },
  (table) => [index('webhook_delivery_attempts_delivery_idx').on(table.deliveryId, table.attempt)],
);
