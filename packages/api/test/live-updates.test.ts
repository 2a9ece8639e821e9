import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { AppDependencies } from '../src/context.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { createLiveUpdates, type LiveUpdates } from '../src/services/live/live-updates.js';
import { openTestDatabase, serveOnFreePort, startTestCity, testEngine, type TestCity } from '../src/testing/index.js';
import { EventReader } from './event-reader.js';

/**
 * Live updates through real sockets. Two apps stand for two API processes: each has its own
 * listener, and a change made through one must reach a stream held by the other.
 */

let database: DatabaseHandle;
let secondDatabase: DatabaseHandle;
let city: TestCity;
let deps: AppDependencies;
let processA: { url: string; close(): Promise<void> };
let processB: { url: string; close(): Promise<void> };
let liveB: LiveUpdates;

beforeAll(async () => {
  const started = await startTestCity();
  ({ database, city } = started);
  deps = { ...started.deps, liveHeartbeatMs: 100 };
  // On a server, the second process has its own connections; PGlite lives in one process only.
  secondDatabase = testEngine() === 'postgres' ? await openTestDatabase() : database;
  liveB = createLiveUpdates(secondDatabase);
  processA = await serveOnFreePort(createApp({ ...deps, live: createLiveUpdates(database) }));
  processB = await serveOnFreePort(createApp({ ...deps, database: secondDatabase, live: liveB }));
});
afterAll(async () => {
  await liveB.close();
  await processA.close();
  await processB.close();
  if (secondDatabase !== database) await secondDatabase.close();
  await database.close();
});

async function fileCase() {
  const response = await fetch(`${processA.url}/api/v1/cases`, {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({ kind: 'complaint', buildingId: city.building('dongsheng-1'), description: '楼下污水井冒水，味道很大。', contact: { phone: '13612345678' } }),
  });
  const body = await response.json();
  const list = await (await fetch(`${processA.url}/api/v1/staff/cases?scope=held&status=submitted`, { headers: city.staffHeaders('grid-a1-1') })).json();
  const id = list.data.find((item: { trackingCode: string }) => item.trackingCode === body.trackingCode).id as string;
  return { trackingCode: body.trackingCode as string, secret: body.secret as string, id };
}

const act = (id: string, action: string, body: unknown = {}) =>
  fetch(`${processA.url}/api/v1/staff/cases/${id}/${action}`, { method: 'POST', headers: city.staffHeaders('grid-a1-1'), body: JSON.stringify(body) });

const watch = async (base: string, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'text/event-stream', ...headers } });
  return new EventReader(response);
};

describe('live updates of a tracked case', () => {
  it('send the case at once, then again on each change made through another process', async () => {
    const { trackingCode, secret, id } = await fileCase();
    const stream = await watch(processB.url, `/api/v1/track/${trackingCode}/events`, { 'huying-case-secret': secret });
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const first = await stream.next();
    expect(first).toEqual({ retry: '2000' });
    const initial = await stream.nextEvent();
    expect(initial).toMatchObject({ id: '1', event: 'case' });
    expect(JSON.parse(initial!.data!)).toMatchObject({ trackingCode, status: 'submitted', description: '楼下污水井冒水，味道很大。' });

    await act(id, 'accept');
    const accepted = await stream.nextEvent();
    expect(accepted).toMatchObject({ id: '2', event: 'case' });
    expect(JSON.parse(accepted!.data!)).toMatchObject({ status: 'accepted', timeline: [{ type: 'submitted' }, { type: 'accepted' }] });

    await act(id, 'respond', { message: '已联系市政，明天上午处理。' });
    const responded = JSON.parse((await stream.nextEvent())!.data!);
    expect(responded.timeline.at(-1)).toMatchObject({ type: 'responded', message: '已联系市政，明天上午处理。' });
    await stream.close();
  });

  it('resume after Last-Event-ID with what was missed, or wait when nothing was', async () => {
    const { trackingCode, secret, id } = await fileCase();
    await act(id, 'accept');
    const resumed = await watch(processA.url, `/api/v1/track/${trackingCode}/events`, { 'huying-case-secret': secret, 'last-event-id': '1' });
    expect(await resumed.nextEvent()).toMatchObject({ id: '2', event: 'case' });
    await resumed.close();

    const upToDate = await watch(processA.url, `/api/v1/track/${trackingCode}/events?secret=${secret}&lastEventId=2`);
    // Only heartbeats until the case changes.
    expect(await upToDate.next()).toEqual({ retry: '2000' });
    expect(await upToDate.next()).toEqual({ comment: 'keep-alive' });
    await act(id, 'respond', { message: '正在处理。' });
    expect(await upToDate.nextEvent()).toMatchObject({ id: '3', event: 'case' });
    await upToDate.close();
  });

  it('show only the public status without the secret, and refuse a wrong one', async () => {
    const { trackingCode } = await fileCase();
    const stream = await watch(processA.url, `/api/v1/track/${trackingCode}/events`);
    const status = await stream.nextEvent();
    expect(status).toMatchObject({ id: '1', event: 'status' });
    const view = JSON.parse(status!.data!);
    expect(Object.keys(view).sort()).toEqual(['createdAt', 'kind', 'open', 'status', 'trackingCode', 'updatedAt']);
    await stream.close();

    const wrong = await fetch(`${processA.url}/api/v1/track/${trackingCode}/events`, { headers: { 'huying-case-secret': '00000000' } });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${processA.url}/api/v1/track/261103728840/events`)).status).toBe(400);
    expect((await fetch(`${processA.url}/api/v1/track/${trackingCode}/events`, { headers: { 'last-event-id': 'x' } })).status).toBe(400);
  });

  it('follow a followed case through its follow link', async () => {
    const { id } = await fileCase();
    const receipt = await (await fetch(`${processA.url}/api/v1/similar-cases/${id}/follow`, { method: 'POST', headers: city.cityHeaders, body: '{}' })).json();
    const stream = await watch(processB.url, `/api/v1/follows/${receipt.followToken}/events`);
    expect(JSON.parse((await stream.nextEvent())!.data!)).toMatchObject({ ref: id, status: 'submitted', followers: 1 });
    await act(id, 'accept');
    const next = await stream.nextEvent();
    expect(next).toMatchObject({ event: 'public', id: '2' });
    expect(JSON.parse(next!.data!)).toMatchObject({ status: 'accepted' });
    await stream.close();
  });

  it('end every stream when the process shuts its live updates down', async () => {
    const { trackingCode, secret } = await fileCase();
    const stream = await watch(processB.url, `/api/v1/track/${trackingCode}/events`, { 'huying-case-secret': secret });
    await stream.nextEvent();
    expect(liveB.streams).toBeGreaterThan(0);
    await liveB.close();
    for (let event = await stream.next(); event; event = await stream.next()) {
      // heartbeats until the end
    }
    expect(liveB.streams).toBe(0);
  });
});
