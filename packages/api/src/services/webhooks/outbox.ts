/**
 * The webhook outbox: when a case event is appended, one delivery row per matching subscription
 * is written in the same transaction (see appendCaseEvent). A rolled-back change leaves no
 * delivery, and a committed one always has its deliveries: nothing is lost and nothing invented.
 */
import type { CaseEvent, CaseEventType } from '@huying/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { WebhookEventType } from '../../db/schema/index.js';

/** The core events integrators may subscribe to, by their name on the wire. */
const webhookEventOf: Partial<Record<CaseEventType, WebhookEventType>> = {
  submitted: 'case.created',
  dispatched: 'case.dispatched',
  escalated: 'case.escalated',
  returned: 'case.returned',
  resolved: 'case.resolved',
  rated: 'case.rated',
  reopened: 'case.reopened',
  deadline_warned: 'case.deadline_warning',
  supervised: 'case.supervised',
};

/** What an integrator needs of each event: public facts of the loop, never the resident's contact or comment. */
function detailsOf(event: CaseEvent): Record<string, unknown> {
  switch (event.type) {
    case 'dispatched':
      return { note: event.payload.note };
    case 'resolved':
      return { reply: event.payload.reply };
    case 'rated':
      return { level: event.payload.level };
    case 'deadline_warned':
      return { step: event.payload.step, unitId: event.payload.unitId, level: event.payload.level, dueAt: event.payload.dueAt };
    case 'supervised':
      return { noticeId: event.payload.noticeId, unitId: event.payload.unitId, step: event.payload.step, reason: event.payload.reason };
    default:
      return {};
  }
}

export interface OutboxEvent {
  caseId: string;
  cityId: string;
  trackingCode: string;
  seq: number;
  event: CaseEvent;
}

/** The `data` of a delivery's body, fixed when the event happens. */
export function webhookPayload(input: OutboxEvent) {
  const { event } = input;
  return {
    case: { id: input.caseId, trackingCode: input.trackingCode },
    event: {
      seq: input.seq,
      type: event.type,
      at: event.at,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      fromUnitId: event.fromUnitId,
      toUnitId: event.toUnitId,
      round: event.round,
      reason: event.reason,
      details: detailsOf(event),
    },
  };
}

/**
 * Writes the deliveries of one event: to every live subscription of the city that asked for its
 * type, whose scope (the city, or a unit's subtree) holds the unit the case leaves or reaches,
 * and whose API key is still valid. One statement, whatever the number of subscribers.
 */
export async function enqueueWebhookDeliveries(tx: Database, input: OutboxEvent): Promise<void> {
  const type = webhookEventOf[input.event.type];
  if (!type) return;
  const at = new Date(input.event.at).toISOString();
  const fromUnitId = input.event.fromUnitId ?? input.event.toUnitId;
  await tx.execute(sql`
    INSERT INTO webhook_deliveries (id, city_id, subscription_id, case_id, event_seq, event_type, payload, next_attempt_at, created_at)
    SELECT gen_random_uuid(), s.city_id, s.id, ${input.caseId}::uuid, ${input.seq}, ${type}, ${JSON.stringify(webhookPayload(input))}::jsonb, ${at}::timestamptz, ${at}::timestamptz
    FROM webhook_subscriptions s
    JOIN integrator_keys k ON k.id = s.integrator_key_id
    WHERE s.city_id = ${input.cityId}
      AND s.disabled_at IS NULL
      AND ${type} = ANY(s.event_types)
      AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > ${at}::timestamptz)
      AND (s.unit_id IS NULL OR EXISTS (
        SELECT 1 FROM units u WHERE u.id IN (${input.event.toUnitId}::uuid, ${fromUnitId}::uuid) AND u.path @> ARRAY[s.unit_id::text]
      ))
    ON CONFLICT DO NOTHING`);
}
