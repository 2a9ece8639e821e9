import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { units, webhookDeliveries, webhookSubscriptions, type WebhookEventType } from '../../db/schema/index.js';
import { invalid, ProblemError } from '../../http/problems.js';
import type { IntegratorPrincipal } from '../auth/integrator-keys.js';
import { createSigningSecret } from './signing.js';

/** More than this per key is a mistake more often than a need. */
const maxSubscriptionsPerKey = 20;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where we agree to send: HTTPS anywhere, plain HTTP only to this machine (a receiver under
 * development). No user:password in the address: it would end up in logs.
 */
export function checkWebhookUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('url', 'not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackHosts.has(url.hostname))) {
    throw invalid('url', 'use https:// (plain http:// only to localhost while developing a receiver)');
  }
  if (url.username || url.password) throw invalid('url', 'put no user name or password in the URL; check our signature instead');
  if (url.hash) throw invalid('url', 'a URL fragment is never sent; leave it out');
  return url.toString();
}

type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

export const subscriptionView = (row: SubscriptionRow) => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.eventTypes,
  unitId: row.unitId,
  createdAt: row.createdAt.toISOString(),
  disabledAt: row.disabledAt?.toISOString() ?? null,
});

/** The unit a subscription may watch: any of the city for a city-wide key, else the key's subtree. */
async function scopeUnit(db: Database, integrator: IntegratorPrincipal, unitId: string | undefined): Promise<string | null> {
  const wanted = unitId ?? integrator.unit?.id ?? null;
  if (!wanted) return null;
  const [unit] = await db.select({ id: units.id, path: units.path }).from(units).where(and(eq(units.id, wanted), eq(units.cityId, integrator.cityId)));
  if (!unit) throw invalid('unitId', 'no such unit in this city');
  if (integrator.unit && !unit.path.includes(integrator.unit.id)) {
    throw new ProblemError('forbidden', `the API key is limited to ${integrator.unit.name} and the units below it`);
  }
  return unit.id;
}

export async function createSubscription(
  db: Database,
  integrator: IntegratorPrincipal,
  input: { url: string; events: WebhookEventType[]; unitId?: string | undefined; description?: string | undefined },
  now: Date,
) {
  const url = checkWebhookUrl(input.url);
  const unitId = await scopeUnit(db, integrator, input.unitId);
  return db.transaction(async (tx) => {
    // Counted under a lock on the key's row, so two requests at once cannot both pass the limit.
    await tx.execute(sql`SELECT 1 FROM integrator_keys WHERE id = ${integrator.keyId} FOR UPDATE`);
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.integratorKeyId, integrator.keyId), sql`${webhookSubscriptions.disabledAt} IS NULL`));
    if (count >= maxSubscriptionsPerKey) throw new ProblemError('invalid-command', `an API key may have at most ${maxSubscriptionsPerKey} live subscriptions; delete one first`);
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({
        id: crypto.randomUUID(),
        cityId: integrator.cityId,
        integratorKeyId: integrator.keyId,
        url,
        description: input.description ?? null,
        eventTypes: [...new Set(input.events)],
        unitId,
        signingSecret: createSigningSecret(),
        createdAt: now,
      })
      .returning();
    // The secret is shown here once; lists and reads never show it again.
    return { ...subscriptionView(row!), signingSecret: row!.signingSecret };
  });
}

export async function listSubscriptions(db: Database, integrator: IntegratorPrincipal) {
  const rows = await db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.integratorKeyId, integrator.keyId))
    .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id));
  return rows.map(subscriptionView);
}

/** A subscription of the calling key; another key's is "not found", as if it did not exist. */
export async function findOwnSubscription(db: Database, integrator: IntegratorPrincipal, id: string): Promise<SubscriptionRow> {
  const [row] = await db
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.integratorKeyId, integrator.keyId)));
  if (!row) throw new ProblemError('not-found', 'no such webhook subscription for this API key');
  return row;
}

/** Stops a subscription: no new deliveries, and the waiting ones are cancelled with it. */
export async function disableSubscription(db: Database, integrator: IntegratorPrincipal, id: string, now: Date) {
  const existing = await findOwnSubscription(db, integrator, id);
  if (existing.disabledAt) throw new ProblemError('invalid-command', 'the subscription is deleted already');
  return db.transaction(async (tx) => {
    const [row] = await tx.update(webhookSubscriptions).set({ disabledAt: now }).where(eq(webhookSubscriptions.id, id)).returning();
    await tx
      .update(webhookDeliveries)
      .set({ status: 'cancelled', leaseUntil: null, leasedBy: null })
      .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.status, 'pending')));
    return subscriptionView(row!);
  });
}
