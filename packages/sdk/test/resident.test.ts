import { readFileSync } from 'node:fs';
import type { App, DatabaseHandle } from '@huying/api';
import { serveOnFreePort, startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  HuyingClient,
  PermissionDeniedError,
  readEventStream,
  type CaseUpdate,
  type Fetch,
  type LiveEvent,
  type ServerSentEvent,
} from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const appFetch: Fetch = async (input, init) => app.request(input, init);
const client = (options: { fetch?: Fetch; staffToken?: string } = {}) => new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, ...options });
const staff = () => client({ staffToken: city.tokens.get('grid-b1-1')! });
const photo = new Uint8Array(readFileSync(new URL('../../api/test/fixtures/photo-16x12.jpg', import.meta.url)));

const report = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint' as const,
  buildingId: city.building('liangjingyuan-3'),
  categoryId: city.category('01.02.01'),
  description: '单元门禁坏了，谁都能进楼，晚上不安全。',
  contact: { phone: '13712348888' },
  ...extra,
});

async function caseId(trackingCode: string): Promise<string> {
  for await (const item of staff().staff.cases.list({ scope: 'held' })) if (item.trackingCode === trackingCode) return item.id;
  throw new Error(`case ${trackingCode} not found`);
}

function streamOf(text: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of text) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function readAll(chunks: string[]) {
  const events: ServerSentEvent[] = [];
  const retries: number[] = [];
  for await (const event of readEventStream(streamOf(chunks), { onRetry: (ms) => retries.push(ms) })) events.push(event);
  return { events, retries };
}

describe('reading server-sent events', () => {
  it('follows the standard: any line ending, comments, multi-line data, ids that carry over, retry', async () => {
    const { events, retries } = await readAll([
      '\uFEFF: hello\r\nretry: 2500\r\n\r\n',
      'event: case\nid: 7\ndata: {"a":\ndata: 1}\n\n',
      'data:no space\r',
      '\r\ndata: kept id\n\n',
      'id: bad\0id\ndata: x\n\n',
      'data: unterminated',
    ]);
    expect(retries).toEqual([2500]);
    expect(events).toEqual([
      { type: 'case', data: '{"a":\n1}', lastEventId: '7' },
      { type: 'message', data: 'no space', lastEventId: '7' },
      { type: 'message', data: 'kept id', lastEventId: '7' },
      { type: 'message', data: 'x', lastEventId: '7' },
    ]);
  });

  it('does not split a CRLF that arrives across two chunks into two lines', async () => {
    const { events } = await readAll(['data: one\r', '\n', '\r', '\ndata: two\r\n\r\n']);
    expect(events.map((event) => event.data)).toEqual(['one', 'two']);
  });
});

describe('a resident’s case from start to rating', () => {
  it('uploads a photo, files the case with it, and reads the photo back through its signed link', async () => {
    const huying = client();
    const uploaded = await huying.attachments.upload(photo, { name: '门禁.jpg', type: 'image/jpeg' });
    expect(uploaded).toMatchObject({ contentType: 'image/jpeg', width: 16, height: 12, url: null });
    const blobUpload = await huying.attachments.upload(new Blob([photo], { type: 'image/jpeg' }), { name: 'second.jpg' });
    expect(blobUpload.name).toBe('second.jpg');

    const filed = await huying.cases.create(report({ attachmentIds: [uploaded.id, blobUpload.id] }));
    expect(filed.case.attachments.map((attachment) => attachment.name)).toEqual(['门禁.jpg', 'second.jpg']);
    const viaLink = await huying.attachments.content(filed.case.attachments[0]!);
    expect(viaLink.type).toBe('image/jpeg');
    const viaSecret = await huying.attachments.content({ id: uploaded.id }, { secret: filed.secret });
    expect(viaSecret.size).toBe(viaLink.size);
    await expect(huying.attachments.content({ id: uploaded.id }, { secret: '00000000' })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('follows the case live, rates the reply unsatisfied and reopens it', async () => {
    const huying = client();
    const filed = await huying.cases.create(report());
    const id = await caseId(filed.trackingCode);
    const updates: LiveEvent<CaseUpdate>[] = [];
    const live = huying.tracking.live(filed.trackingCode, { secret: filed.secret });
    const seen = (async () => {
      for await (const update of live) {
        updates.push(update);
        if (update.data.case.status === 'resolved') break;
      }
    })();
    await until(() => updates.length === 1);
    await staff().staff.cases.accept(id);
    await staff().staff.cases.resolve(id, { reply: '门禁已修好。' });
    await seen;
    expect(live.closed).toBe(true);
    expect(updates.map((update) => [update.id, update.type, update.data.case.status])).toEqual([
      ['1', 'case', 'submitted'],
      ['2', 'case', 'accepted'],
      ['3', 'case', 'resolved'],
    ]);

    const rated = await huying.ratings.rate(filed.trackingCode, { secret: filed.secret }, { level: 'unsatisfied', comment: '晚上还是坏的' });
    expect(rated).toMatchObject({ status: 'rated', rating: 'unsatisfied' });
    const reopened = await huying.ratings.reopen(filed.trackingCode, { phoneLast4: '8888' }, '门禁晚上仍然失灵');
    expect(reopened).toMatchObject({ status: 'submitted', round: 2 });
  });

  it('shows only the status live without proof, and ends with the typed error for a wrong secret', async () => {
    const huying = client();
    const filed = await huying.cases.create(report());
    for await (const update of huying.tracking.live(filed.trackingCode)) {
      expect(update).toMatchObject({ type: 'status', data: { type: 'status', case: { status: 'submitted' } } });
      expect(update.data.case).not.toHaveProperty('description');
      break;
    }
    const wrong = huying.tracking.live(filed.trackingCode, { secret: '11111111' });
    await expect((async () => {
      for await (const update of wrong) expect(update).toBeUndefined();
    })()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('live updates that survive a dropped connection', () => {
  let server: Awaited<ReturnType<typeof serveOnFreePort>>;
  beforeAll(async () => {
    server = await serveOnFreePort(app);
  });
  afterAll(() => server.close());

  it('reconnect after the network fails, resuming with Last-Event-ID so nothing is missed or repeated', async () => {
    const filed = await client().cases.create(report());
    const id = await caseId(filed.trackingCode);
    const connections: (string | null)[] = [];
    let failNext = false;
    // The platform fetch over a real socket, with a connection that dies after its first event.
    const unreliable: Fetch = async (input, init) => {
      const headers = new Headers(init.headers);
      if (!input.includes('/events')) return fetch(input, init);
      connections.push(headers.get('last-event-id'));
      if (failNext) {
        failNext = false;
        throw new TypeError('fetch failed: ECONNRESET');
      }
      const response = await fetch(input, init);
      if (connections.length > 1) return response;
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          // Once the first event is through, the line goes dead.
          if (/^id: 1$/m.test(received)) {
            failNext = true;
            await reader.cancel();
            return controller.error(new TypeError('terminated'));
          }
          const { value, done } = await reader.read();
          if (done) return controller.close();
          controller.enqueue(value);
          received += decoder.decode(value, { stream: true });
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const huying = new HuyingClient({ baseUrl: server.url, city: city.cityId, fetch: unreliable });
    const reconnects: number[] = [];
    const statuses: string[] = [];
    const live = huying.tracking.live(filed.trackingCode, { secret: filed.secret }, { onReconnecting: ({ delayMs }) => reconnects.push(delayMs) });
    const reading = (async () => {
      for await (const update of live) {
        statuses.push(`${update.id}:${update.data.case.status}`);
        if (statuses.length === 1) await staff().staff.cases.accept(id);
        if (update.data.case.status === 'accepted') break;
      }
    })();
    await reading;
    expect(statuses).toEqual(['1:submitted', '2:accepted']);
    // First connection, a refused reconnect, then a resume after event 1.
    expect(connections).toEqual([null, '1', '1']);
    expect(reconnects).toHaveLength(2);
    expect(live.lastEventId).toBe('2');
  });
});

describe('the city’s directory and following', () => {
  it('lists categories once per client and finds them by a word', async () => {
    let calls = 0;
    const counting: Fetch = (input, init) => {
      if (input.includes('/categories')) calls++;
      return appFetch(input, init);
    };
    const huying = client({ fetch: counting });
    const [all, again] = await Promise.all([huying.categories.list(), huying.categories.list()]);
    expect(again).toBe(all);
    expect(calls).toBe(1);
    expect((await huying.categories.search('供水')).map((category) => category.code)).toEqual(['02.01.01']);
  });

  it('walks buildings page by page, and refuses a forged QR token with its code', async () => {
    const names: string[] = [];
    for await (const building of client().buildings.list({ limit: 1 })) names.push(building.name);
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining(['丽景苑3号楼', '东晟小区1号楼']));
    const detail = await client().buildings.get(city.building('dongsheng-1'));
    expect(detail).toMatchObject({ name: '东晟小区1号楼', community: { name: '东晟社区' } });
    const forged = await client().buildings.fromQrToken('AAAAAAAAAAAAAAAAAAAAAAAA').catch((error: unknown) => error);
    expect(forged).toBeInstanceOf(BadRequestError);
    expect(forged).toMatchObject({ code: 'qr-token-invalid' });
  });

  it('suggests an open case instead of a duplicate, follows it, and watches it', async () => {
    const huying = client();
    await huying.cases.create(report({ description: '电梯按钮失灵，按了没反应。' }));
    const [suggestion] = await huying.following.similar({ buildingId: city.building('liangjingyuan-3'), categoryId: city.category('01.02.01'), q: '电梯按钮坏了' });
    expect(suggestion).toMatchObject({ nearness: 'building', open: true });
    const receipt = await huying.following.follow(suggestion!.ref, { phone: '13500001234' });
    expect(receipt.case.followers).toBe(suggestion!.followers + 1);
    expect(await huying.following.get(receipt.followToken)).toMatchObject({ ref: suggestion!.ref });
    for await (const update of huying.following.live(receipt.followToken)) {
      expect(update).toMatchObject({ type: 'public', data: { ref: suggestion!.ref } });
      break;
    }
  });

  it('sends the site key, which selects the key’s city', async () => {
    const { createSiteKey } = await import('../../api/src/services/embedding/site-keys.js');
    const key = await createSiteKey(database.db, { cityId: city.cityId, label: '测试站点', allowedOrigins: ['https://site.example'] });
    const headers: Record<string, string>[] = [];
    const recording: Fetch = (input, init) => {
      headers.push(Object.fromEntries(new Headers(init.headers)));
      return appFetch(input, init);
    };
    const huying = new HuyingClient({ baseUrl: 'http://api.test', siteKey: key.key, fetch: recording });
    expect((await huying.directory.city()).id).toBe(city.cityId);
    expect(headers[0]).toMatchObject({ 'huying-site-key': key.key });
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
