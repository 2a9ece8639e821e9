import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { deliverDueWebhooks, type WebhookDeliveryOptions } from '../src/jobs/webhook-delivery.js';
import { issueIntegratorKey } from '../src/services/auth/integrator-keys.js';
import { signWebhook, verifyWebhookSignature } from '../src/services/webhooks/signing.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';

/** A real HTTP receiver on a loopback port: records what arrives, answers what each path is told to. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const answers = new Map<string, number>();

let database: DatabaseHandle;
let city: TestCity;
let app: App;
const clock = new FakeClock('2026-03-02T09:00:00+08:00');
const keys: Record<'city' | 'streetB' | 'streetA' | 'open311' | 'otherCity', string> = {} as never;

const jobDeps = () => ({ database, clock, logger: pino({ level: 'silent' }) });
const deliver = (options: WebhookDeliveryOptions = {}) => deliverDueWebhooks(jobDeps(), { cityIds: [city.cityId], ...options });
const withKey = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });
const subscribe = (key: string, body: Record<string, unknown>) =>
  app.request('/api/v1/webhooks/subscriptions', { method: 'POST', headers: withKey(key), body: JSON.stringify(body) });
const count = async (table: 'webhook_subscriptions' | 'webhook_deliveries') =>
  (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE city_id = ${city.cityId}`))[0]!.n;

async function fileCase(): Promise<string> {
  const response = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({ kind: 'complaint', buildingId: city.building('liangjingyuan-3'), description: '丽景苑3号楼楼道灯不亮已经一周了，晚上上下楼很危险。' }),
  });
  expect(response.status).toBe(201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  return (await queryRows<{ id: string }>(database.db, sql`SELECT id FROM cases WHERE tracking_code = ${trackingCode}`))[0]!.id;
}

async function subscribed(key: string, path: string, events: string[], extra: Record<string, unknown> = {}) {
  const response = await subscribe(key, { url: `${receiverUrl}${path}`, events, ...extra });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; signingSecret: string };
}

async function deliveriesOf(subscriptionId: string) {
  return queryRows<{ id: string; status: string; attempts: number; next_attempt_at: string; event_type: string }>(
    database.db,
    sql`SELECT id, status, attempts, next_attempt_at::text, event_type FROM webhook_deliveries WHERE subscription_id = ${subscriptionId} ORDER BY created_at, event_seq`,
  );
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body });
      response.writeHead(answers.get(path) ?? 204).end(answers.get(path) === 500 ? 'database down' : undefined);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  ({ database, city, app } = await startTestCity({ clock }));
  const issue = async (permissions: ('webhooks.manage' | 'open311.read')[], unitId: string | null = null) =>
    (await issueIntegratorKey(database.db, { cityId: city.cityId, label: `接入方 ${permissions.join(',')} ${unitId ?? ''}`, permissions, unitId, expiresAt: null, createdByAccountId: crypto.randomUUID(), now: clock.now() })).key;
  keys.city = await issue(['webhooks.manage']);
  keys.streetB = await issue(['webhooks.manage'], city.unit('street-b'));
  keys.streetA = await issue(['webhooks.manage'], city.unit('street-a'));
  keys.open311 = await issue(['open311.read']);
  keys.otherCity = keys.city;
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await database.close();
});
beforeEach(async () => {
  // Each test starts with nothing waiting from the ones before.
  await database.db.execute(sql`UPDATE webhook_deliveries SET status = 'cancelled' WHERE city_id = ${city.cityId} AND status = 'pending'`);
  received.length = 0;
});

describe('subscribing', () => {
  it('refuses without a key, without the permission, for another city, and outside the key’s subtree; nothing is stored', async () => {
    const body = { url: `${receiverUrl}/hook`, events: ['case.created'] };
    const before = await count('webhook_subscriptions');
    const noKey = await app.request('/api/v1/webhooks/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('content-type')).toContain('application/problem+json');
    expect((await subscribe('hy_key_' + 'x'.repeat(43), body)).status).toBe(401);
    const lacking = await subscribe(keys.open311, body);
    expect(lacking.status).toBe(403);
    expect(await lacking.json()).toMatchObject({ code: 'forbidden', missingPermission: 'webhooks.manage' });
    const otherCity = await app.request('/api/v1/webhooks/subscriptions', { method: 'POST', headers: { ...withKey(keys.city), 'huying-city': 'zhaoyuan' }, body: JSON.stringify(body) });
    expect(otherCity.status).toBe(403);
    const outside = await subscribe(keys.streetB, { ...body, unitId: city.unit('community-a1') });
    expect(outside.status).toBe(403);
    expect(await count('webhook_subscriptions')).toBe(before);
  });

  it('refuses bad input with field errors: plain http to another host, credentials, unknown events, unknown units, extra fields', async () => {
    const before = await count('webhook_subscriptions');
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'http://receiver.example.com/hook', events: ['case.created'] }, 'url'],
      [{ url: 'https://user:pw@receiver.example.com/hook', events: ['case.created'] }, 'url'],
      [{ url: 'not a url', events: ['case.created'] }, 'url'],
      [{ url: 'https://receiver.example.com/hook', events: ['case.accepted'] }, 'events.0'],
      [{ url: 'https://receiver.example.com/hook', events: [] }, 'events'],
      [{ url: 'https://receiver.example.com/hook', events: ['case.created'], unitId: crypto.randomUUID() }, 'unitId'],
      [{ url: 'https://receiver.example.com/hook', events: ['case.created'], secret: 'mine' }, 'json'],
    ];
    for (const [body, field] of cases) {
      const response = await subscribe(keys.city, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { code: string; errors: { field: string }[] };
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors.some((error) => error.field === field || error.field === `json.${field}`), JSON.stringify(problem.errors)).toBe(true);
    }
    expect(await count('webhook_subscriptions')).toBe(before);
  });

  it('shows the signing secret once, and another key’s subscription as not found', async () => {
    const created = await subscribed(keys.city, '/hook', ['case.created']);
    expect(created.signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = await (await app.request('/api/v1/webhooks/subscriptions', { headers: withKey(keys.city) })).text();
    expect(listed).toContain(created.id);
    expect(listed).not.toContain(created.signingSecret);
    expect((await app.request(`/api/v1/webhooks/subscriptions/${created.id}`, { headers: withKey(keys.streetB) })).status).toBe(404);
    expect((await app.request(`/api/v1/webhooks/subscriptions/${created.id}`, { method: 'DELETE', headers: withKey(keys.streetB) })).status).toBe(404);
    expect((await app.request(`/api/v1/webhooks/subscriptions/${created.id}`, { method: 'DELETE', headers: withKey(keys.city) })).status).toBe(200);
    expect((await app.request(`/api/v1/webhooks/subscriptions/${created.id}`, { method: 'DELETE', headers: withKey(keys.city) })).status).toBe(422);
  });
});

describe('delivering', () => {
  it('writes deliveries with the event, for the subscriptions whose scope and events match, and sends them signed', async () => {
    const cityWide = await subscribed(keys.city, '/city', ['case.created', 'case.escalated']);
    const streetB = await subscribed(keys.streetB, '/street-b', ['case.created']);
    const streetA = await subscribed(keys.streetA, '/street-a', ['case.created', 'case.escalated']);
    const caseId = await fileCase();
    const escalate = await app.request(`/api/v1/staff/cases/${caseId}/escalate`, { method: 'POST', headers: city.staffHeaders('grid-b1-1'), body: JSON.stringify({ reason: '需要社区协调物业维修' }) });
    expect(escalate.status).toBe(200);
    // A refused command appends no event, so it writes no delivery.
    const refused = await app.request(`/api/v1/staff/cases/${caseId}/rate`, { method: 'POST', headers: city.staffHeaders('community-b1'), body: '{}' });
    expect(refused.status).toBeGreaterThanOrEqual(400);

    expect((await deliveriesOf(cityWide.id)).map((row) => row.event_type)).toEqual(['case.created', 'case.escalated']);
    expect((await deliveriesOf(streetB.id)).map((row) => row.event_type)).toEqual(['case.created']);
    expect(await deliveriesOf(streetA.id)).toEqual([]);

    expect(await deliver()).toEqual({ delivered: 3, retrying: 0, failed: 0, cancelled: 0 });
    const toCity = received.filter((request) => request.path === '/city');
    expect(toCity).toHaveLength(2);
    for (const request of received) {
      const secret = request.path === '/city' ? cityWide.signingSecret : streetB.signingSecret;
      const timestamp = String(request.headers['huying-webhook-timestamp']);
      expect(timestamp).toBe(String(clock.now().getTime() / 1000));
      expect(verifyWebhookSignature({ secret, body: request.body, timestamp, signature: String(request.headers['huying-webhook-signature']), now: clock.now() })).toBe(true);
    }
    const body = JSON.parse(toCity[1]!.body);
    expect(body).toMatchObject({ type: 'case.escalated', cityId: city.cityId, data: { case: { id: caseId }, event: { type: 'escalated', seq: 2, toUnitId: city.unit('community-b1'), reason: '需要社区协调物业维修' } } });
    expect(toCity[1]!.headers['huying-webhook-id']).toBe(body.id);

    const detail = await (await app.request(`/api/v1/webhooks/deliveries/${body.id}`, { headers: withKey(keys.city) })).json();
    expect(detail).toMatchObject({ status: 'delivered', attempts: 1, body: toCity[1]!.body, attemptLog: [{ attempt: 1, statusCode: 204, error: null }] });
    expect(detail.attemptLog[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0, cancelled: 0 });
    for (const id of [cityWide.id, streetB.id, streetA.id]) await app.request(`/api/v1/webhooks/subscriptions/${id}`, { method: 'DELETE', headers: withKey(id === streetB.id ? keys.streetB : id === streetA.id ? keys.streetA : keys.city) });
  });

  it('two workers at once send every delivery exactly once', async () => {
    const subscription = await subscribed(keys.city, '/both', ['case.created']);
    for (let index = 0; index < 6; index++) await fileCase();
    const reports = await Promise.all([deliver({ workerId: 'worker-1', batchSize: 2 }), deliver({ workerId: 'worker-2', batchSize: 2 })]);
    expect(reports[0]!.delivered + reports[1]!.delivered).toBe(6);
    const ids = received.filter((request) => request.path === '/both').map((request) => request.headers['huying-webhook-id']);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    const workers = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.subscription_id = ${subscription.id}`);
    expect(workers[0]!.n).toBe(6);
    await app.request(`/api/v1/webhooks/subscriptions/${subscription.id}`, { method: 'DELETE', headers: withKey(keys.city) });
  });

  it('retries a failing receiver with growing delays, gives up, and redelivers on request', async () => {
    const subscription = await subscribed(keys.city, '/failing', ['case.created']);
    answers.set('/failing', 500);
    await fileCase();
    const [delivery] = await deliveriesOf(subscription.id);
    const options = { maxAttempts: 4 };
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await deliver(options)).toMatchObject({ retrying: 1 });
      const [row] = await deliveriesOf(subscription.id);
      const delay = new Date(row!.next_attempt_at).getTime() - clock.now().getTime();
      delays.push(delay);
      clock.advance(delay - 1000);
      expect(await deliver(options), 'not due a second early').toMatchObject({ retrying: 0 });
      clock.advance(1000);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000]);
    expect(await deliver(options)).toMatchObject({ failed: 1 });
    const detail = await (await app.request(`/api/v1/webhooks/deliveries/${delivery!.id}`, { headers: withKey(keys.city) })).json();
    expect(detail).toMatchObject({ status: 'failed', attempts: 4, lastStatusCode: 500 });
    expect(detail.attemptLog.map((entry: { attempt: number; responseExcerpt: string }) => [entry.attempt, entry.responseExcerpt])).toEqual([1, 2, 3, 4].map((n) => [n, 'database down']));
    // Every attempt sent the same body.
    expect(new Set(received.filter((request) => request.path === '/failing').map((request) => request.body)).size).toBe(1);

    // Redelivery: only the owner, only when not already waiting.
    expect((await app.request(`/api/v1/webhooks/deliveries/${delivery!.id}/redeliver`, { method: 'POST', headers: withKey(keys.streetB) })).status).toBe(404);
    answers.set('/failing', 200);
    const queued = await app.request(`/api/v1/webhooks/deliveries/${delivery!.id}/redeliver`, { method: 'POST', headers: withKey(keys.city) });
    expect(queued.status).toBe(202);
    expect(await queued.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await app.request(`/api/v1/webhooks/deliveries/${delivery!.id}/redeliver`, { method: 'POST', headers: withKey(keys.city) })).status).toBe(422);
    expect(await deliver(options)).toMatchObject({ delivered: 1 });
    const listed = await (await app.request(`/api/v1/webhooks/subscriptions/${subscription.id}/deliveries?status=delivered`, { headers: withKey(keys.city) })).json();
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0]).toMatchObject({ id: delivery!.id, attempts: 1 });
    expect((await app.request(`/api/v1/webhooks/subscriptions/${subscription.id}/deliveries?status=lost`, { headers: withKey(keys.city) })).status).toBe(400);

    // Deleting the subscription cancels what waits and makes nothing new.
    await app.request(`/api/v1/webhooks/subscriptions/${subscription.id}`, { method: 'DELETE', headers: withKey(keys.city) });
    const deliveriesBefore = await count('webhook_deliveries');
    await fileCase();
    expect(await deliveriesOf(subscription.id)).toHaveLength(1);
    expect(await count('webhook_deliveries')).toBe(deliveriesBefore);
    expect((await app.request(`/api/v1/webhooks/deliveries/${delivery!.id}/redeliver`, { method: 'POST', headers: withKey(keys.city) })).status).toBe(422);
  });
});

describe('signatures', () => {
  it('verify only the body, timestamp and secret they were made with, within five minutes', () => {
    const secret = 'whsec_test-secret';
    const body = '{"id":"1","type":"case.created"}';
    const now = new Date('2026-03-02T01:00:00Z');
    const timestamp = Math.floor(now.getTime() / 1000);
    const signature = signWebhook(secret, timestamp, body);
    const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature, now, ...overrides });
    expect(check({})).toBe(true);
    expect(check({ signature: `v0=abc, ${signature}` }), 'one of several schemes').toBe(true);
    expect(check({ body: body.replace('created', 'resolved') })).toBe(false);
    expect(check({ secret: 'whsec_other' })).toBe(false);
    expect(check({ timestamp: String(timestamp + 1) })).toBe(false);
    expect(check({ now: new Date(now.getTime() + 301_000) }), 'a replay after five minutes').toBe(false);
    expect(check({ timestamp: 'soon' })).toBe(false);
  });
});
