import type { Actor, CaseEvent } from '@huying/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { insertBuiltOnce } from '../../db/prepared.js';
import { caseEvents } from '../../db/schema/index.js';
import { enqueueWebhookDeliveries } from '../webhooks/outbox.js';

/** The channel on which every new case event is announced, for live updates across processes. */
export const caseEventsChannel = 'huying_case_events';

export interface CaseEventNotice {
  cityId: string;
  caseId: string;
  trackingCode: string;
  seq: number;
  type: CaseEvent['type'];
  holderUnitId: string;
  status: CaseEvent['toStatus'];
}

export function actorColumns(actor: Actor) {
  return {
    actorType: actor.type,
    actorAccountId: actor.type === 'staff' ? actor.accountId : null,
    actorUnitId: actor.type === 'staff' ? actor.unit.id : null,
  };
}

const insertEvent = insertBuiltOnce(caseEvents);

/** The stored form of a core event. */
export function eventRow(input: { caseId: string; cityId: string; seq: number; event: CaseEvent; actor: Actor }): typeof caseEvents.$inferInsert {
  const { event } = input;
  return {
    caseId: input.caseId,
    cityId: input.cityId,
    seq: input.seq,
    type: event.type,
    ...actorColumns(input.actor),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    fromUnitId: event.fromUnitId,
    toUnitId: event.toUnitId,
    reason: event.reason,
    round: event.round,
    payload: event.payload as Record<string, unknown>,
    timers: event.timers ?? null,
    createdAt: new Date(event.at),
  };
}

/**
 * Appends one event, announces it and writes its webhook deliveries (the outbox). NOTIFY inside
 * the transaction is delivered only if it commits, so listeners never hear of a change that was
 * rolled back; the deliveries commit or vanish with the event.
 */
export async function appendCaseEvent(
  tx: Database,
  input: { caseId: string; cityId: string; trackingCode: string; seq: number; event: CaseEvent; actor: Actor },
): Promise<typeof caseEvents.$inferSelect> {
  const { event } = input;
  const notice: CaseEventNotice = {
    cityId: input.cityId,
    caseId: input.caseId,
    trackingCode: input.trackingCode,
    seq: input.seq,
    type: event.type,
    holderUnitId: event.toUnitId,
    status: event.toStatus,
  };
  // Sent together: the notice is delivered at commit anyway, after the insert it announces.
  const [[row]] = await Promise.all([
    insertEvent(tx, eventRow(input)),
    tx.execute(sql`SELECT pg_notify(${caseEventsChannel}, ${JSON.stringify(notice)})`),
    enqueueWebhookDeliveries(tx, input),
  ]);
  if (!row) throw new Error('the event insert returned no row');
  return row;
}
