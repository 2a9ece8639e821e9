import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Deliveries are signed like Stripe's and Svix's: HMAC-SHA256 with the subscription's secret over
 * `<timestamp>.<body>`, so a receiver can tell the body came from us and when it was signed (a
 * captured request replayed later fails the timestamp check). docs/webhooks.md has a receiver's side.
 */
export const webhookHeaders = {
  id: 'huying-webhook-id',
  timestamp: 'huying-webhook-timestamp',
  signature: 'huying-webhook-signature',
  event: 'huying-webhook-event',
} as const;

export const createSigningSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** `v1=<hex>`: the scheme's version first, so a later scheme can be sent beside it. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The receiver's check: a v1 signature that matches, on a timestamp within `toleranceSeconds` of
 * now. Used by our tests as a receiver would; the SDK has the same check for integrators.
 */
export function verifyWebhookSignature(input: { secret: string; body: string; timestamp: string; signature: string; now: Date; toleranceSeconds?: number }): boolean {
  const timestamp = Number(input.timestamp);
  if (!/^\d{1,12}$/.test(input.timestamp) || Math.abs(input.now.getTime() / 1000 - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(input.secret, timestamp, input.body));
  return input.signature.split(/\s*,\s*/).some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
