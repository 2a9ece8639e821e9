import type { APIClient } from '../core/client.js';
import type { components, paths } from '../generated/api.js';

type Schemas = components['schemas'];

export type WebhookEvent = Schemas['WebhookEvent'];
export type WebhookSubscription = Schemas['WebhookSubscription'];
export type CreatedWebhookSubscription = Schemas['CreatedWebhookSubscription'];
export type NewWebhookSubscription = Schemas['CreateWebhookSubscription'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetail'];
export type WebhookDeliveryFilter = NonNullable<paths['/api/v1/webhooks/subscriptions/{id}/deliveries']['get']['parameters']['query']>;
export type WebhookDeliveryPage = paths['/api/v1/webhooks/subscriptions/{id}/deliveries']['get']['responses'][200]['content']['application/json'];

const subscription = (id: string, rest = '') => `/api/v1/webhooks/subscriptions/${encodeURIComponent(id)}${rest}`;
const delivery = (id: string, rest = '') => `/api/v1/webhooks/deliveries/${encodeURIComponent(id)}${rest}`;

/**
 * Webhook subscriptions of an integrator API key holding `webhooks.manage` (send the key with the
 * client's `headers: { 'huying-api-key': key }`). See docs/webhooks.md.
 */
export class Webhooks {
  constructor(private readonly client: APIClient) {}

  /** The returned `signingSecret` is shown only here: store it to verify deliveries. */
  subscribe(params: NewWebhookSubscription): Promise<CreatedWebhookSubscription> {
    return this.client.request('POST', '/api/v1/webhooks/subscriptions', { body: params });
  }

  async list(): Promise<WebhookSubscription[]> {
    return (await this.client.request<{ data: WebhookSubscription[] }>('GET', '/api/v1/webhooks/subscriptions')).data;
  }

  get(id: string): Promise<WebhookSubscription> {
    return this.client.request('GET', subscription(id));
  }

  /** Stops the subscription; deliveries still waiting are cancelled. */
  delete(id: string): Promise<WebhookSubscription> {
    return this.client.request('DELETE', subscription(id));
  }

  /** One page of deliveries, newest first; pass the page's `nextBefore` as `before` for the next. */
  deliveries(subscriptionId: string, filter: WebhookDeliveryFilter = {}): Promise<WebhookDeliveryPage> {
    return this.client.request('GET', subscription(subscriptionId, '/deliveries'), { query: filter });
  }

  /** A delivery with its attempt log and the exact body it sends. */
  delivery(id: string): Promise<WebhookDeliveryDetail> {
    return this.client.request('GET', delivery(id));
  }

  /** Sends a delivery again at once (same body, a fresh retry budget). */
  redeliver(id: string): Promise<WebhookDelivery> {
    return this.client.request('POST', delivery(id, '/redeliver'), { retrySafe: true });
  }
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Checks a delivery on the receiving side, in Node (18+) or a browser-like runtime: the
 * `Huying-Webhook-Signature` must be the HMAC-SHA256 of `<timestamp>.<raw body>` with the
 * subscription's secret, and the `Huying-Webhook-Timestamp` within `toleranceSeconds` (default
 * 300) of now, so a captured request cannot be replayed later. Pass the raw body, before any JSON
 * parsing. Also remember the `Huying-Webhook-Id` of handled deliveries: a retry sends the same id.
 */
export async function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string;
  signature: string;
  now?: Date;
  toleranceSeconds?: number;
}): Promise<boolean> {
  if (!/^\d{1,12}$/.test(input.timestamp)) return false;
  const now = (input.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - Number(input.timestamp)) > (input.toleranceSeconds ?? 300)) return false;
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(input.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = `v1=${hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${input.timestamp}.${input.body}`)))}`;
  // Compared in full whatever the first difference, so the time taken tells nothing.
  return input.signature.split(/\s*,\s*/).some((candidate) => {
    if (candidate.length !== expected.length) return false;
    let difference = 0;
    for (let index = 0; index < expected.length; index++) difference |= candidate.charCodeAt(index) ^ expected.charCodeAt(index);
    return difference === 0;
  });
}
