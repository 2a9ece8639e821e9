import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { eq, sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { cases } from '../src/db/schema/index.js';
import { issueIntegratorKey, revokeIntegratorKey } from '../src/services/auth/integrator-keys.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

const schemaFile = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/open311/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const name of ['request.json', 'service.json']) ajv.addSchema(schemaFile(name), name);
const validators = {
  requests: ajv.compile(schemaFile('requests.json')),
  services: ajv.compile(schemaFile('services.json')),
  serviceDefinition: ajv.compile(schemaFile('service-definition.json')),
};

/** Checks a JSON answer against the official Open311 schema, showing ajv's errors when it fails. */
function expectValid(validator: keyof typeof validators, body: unknown) {
  const validate = validators[validator];
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

const xml = new XMLParser({ ignoreDeclaration: true, parseTagValue: false, isArray: (name) => ['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format'].includes(name) });

const clock = new FakeClock('2026-03-02T09:00:00+08:00');
let database: DatabaseHandle;
let city: TestCity;
let app: App;
let submitKey: string;
let readKey: string;
let bothKey: string;

async function key(permissions: ('open311.submit' | 'open311.read')[], options: { cityId?: string; unitId?: string } = {}) {
  const issued = await issueIntegratorKey(database.db, {
    cityId: options.cityId ?? city.cityId,
    label: `test ${permissions.join('+')}`,
    permissions,
    unitId: options.unitId ?? null,
    expiresAt: null,
    createdByAccountId: crypto.randomUUID(),
    now: clock.now(),
  });
  return issued;
}

const caseCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.cityId, city.cityId)))[0]!.n;

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

function post(fields: Record<string, string>, format: 'json' | 'xml' = 'json', headers: Record<string, string> = {}) {
  return app.request(`/open311/v2/requests.${format}`, { method: 'POST', headers: { ...formHeaders, ...headers }, body: form({ jurisdiction_id: city.cityId, ...fields }) });
}

const validRequest = () => ({
  api_key: submitKey,
  service_code: '01.02.01',
  address_id: city.building('dongsheng-1'),
  description: '小区门口人行道堆放沙石水泥，妨碍通行',
  first_name: '明',
  last_name: '王',
  phone: '13812341234',
  'attribute[kind]': 'complaint',
});

const get = (path: string, query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  app.request(`/open311${path}?${new URLSearchParams({ jurisdiction_id: city.cityId, ...query })}`, { headers });

/** An Open311 error answer: the spec's array of { code, description }, with the HTTP status as code. */
async function expectOpen311Error(response: Response, status: number, pattern: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { code: number; description: string }[];
  expect(Array.isArray(body) && body.length > 0).toBe(true);
  for (const error of body) expect(error).toEqual({ code: status, description: expect.any(String) });
  expect(body.map((error) => error.description).join(' | ')).toMatch(pattern);
}

beforeAll(async () => {
  ({ database, city, app } = await startTestCity({ clock }));
  submitKey = (await key(['open311.submit'])).key;
  readKey = (await key(['open311.read'])).key;
  bothKey = (await key(['open311.submit', 'open311.read'])).key;
});
afterAll(() => database.close());

describe('discovery', () => {
  it('names the v2 endpoint and both formats, as JSON and as XML', async () => {
    const json = await (await get('/discovery.json')).json();
    expect(json.endpoints).toEqual([
      expect.objectContaining({ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://huying.test/open311/v2', type: 'production', formats: ['text/xml', 'application/json'] }),
    ]);
    expect(json.contact).toContain('12345');
    const response = await get('/discovery.xml');
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const parsed = xml.parse(text);
    expect(parsed.discovery.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
  });
});

describe('services', () => {
  it('lists every active category and "other", valid against the Open311 schema', async () => {
    const response = await get('/v2/services.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const services = await response.json();
    expectValid('services', services);
    expect(services.map((service: { service_code: string }) => service.service_code)).toEqual(['01.01.01', '01.02.01', '02.01.01', 'other']);
    expect(services[2]).toMatchObject({ service_name: '供水管网', group: '城乡建设', metadata: true, type: 'realtime' });
    expect(services[2].description).toContain('市水务局');
  });

  it('lists the same services as XML', async () => {
    const parsed = xml.parse(await (await get('/v2/services.xml')).text());
    expect(parsed.services.service.map((service: { service_code: string }) => service.service_code)).toEqual(['01.01.01', '01.02.01', '02.01.01', 'other']);
    expect(parsed.services.service[3].keywords).toBe('');
  });

  it('defines the attributes of a service, valid against the Open311 schema, in JSON and XML', async () => {
    const definition = await (await get('/v2/services/01.02.01.json')).json();
    expectValid('serviceDefinition', definition);
    expect(definition.service_code).toBe('01.02.01');
    expect(definition.attributes.map((attribute: { code: string }) => attribute.code)).toEqual(['kind', 'urgency', 'title']);
    expect(definition.attributes[0].values.map((value: { key: string }) => value.key)).toEqual(['complaint', 'help', 'consultation', 'suggestion', 'praise']);
    const parsed = xml.parse(await (await get('/v2/services/01.02.01.xml')).text());
    expect(parsed.service_definition.attributes.attribute[1].values.value.map((value: { key: string }) => value.key)).toEqual(['normal', 'urgent']);
  });

  it('answers an unknown service, jurisdiction or format in the Open311 error format', async () => {
    await expectOpen311Error(await get('/v2/services/99.99.99.json'), 404, /99\.99\.99/);
    await expectOpen311Error(await get('/v2/services.json', { jurisdiction_id: 'no-such-city' }), 404, /no-such-city/);
    await expectOpen311Error(await get('/v2/services.json', { jurisdiction_id: 'Not A City!' }), 400, /jurisdiction_id/);
    await expectOpen311Error(await get('/v2/services/01.02.01.csv'), 404, /\.json or \.xml/);
    await expectOpen311Error(await get('/v2/nothing.json'), 404, /Open311 resource/);
    const asXml = await get('/v2/services/99.99.99.xml');
    expect(asXml.status).toBe(404);
    expect(xml.parse(await asXml.text()).errors.error[0]).toEqual({ code: '404', description: expect.stringContaining('99.99.99') });
  });
});

describe('filing a request', () => {
  it('files a case with channel open311 under the category, routed to the building\'s grid', async () => {
    const before = await caseCount();
    const response = await post(validRequest());
    expect(response.status).toBe(200);
    const [created] = await response.json();
    expect(created).toEqual({ service_request_id: expect.stringMatching(/^\d{12}$/), token: expect.any(String), service_notice: expect.stringContaining('东晟社区第一网格'), account_id: null });
    expect(await caseCount()).toBe(before + 1);
    const [row] = await database.db.select().from(cases).where(eq(cases.trackingCode, created.service_request_id));
    expect(row).toMatchObject({ channel: 'open311', kind: 'complaint', categoryId: city.category('01.02.01'), buildingId: city.building('dongsheng-1'), contactName: '王明', contactPhone: '13812341234', holderUnitId: city.unit('grid-a1-1') });
  });

  it('takes the attributes, coordinates, a media link and the key as a bearer token, and answers in XML', async () => {
    const { api_key: _key, address_id: _place, ...rest } = validRequest();
    const response = await post(
      { ...rest, service_code: 'other', lat: '37.3636', long: '120.3964', address_string: '温泉街道金晖社区丽景苑', media_url: 'https://example.org/photo.jpg', 'attribute[kind]': 'help', 'attribute[urgency]': 'urgent', 'attribute[title]': '人行道堆料', extensions: 'true' },
      'xml',
      { authorization: `Bearer ${submitKey}` },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const [created] = xml.parse(await response.text()).service_requests.request;
    expect(created.extended_attributes.tracking_url).toMatch(/^http:\/\/huying\.test\/track\/.+\?secret=\d{8}$/);
    const [row] = await database.db.select().from(cases).where(eq(cases.trackingCode, created.service_request_id));
    expect(row).toMatchObject({ channel: 'open311', kind: 'help', urgency: 'urgent', title: '人行道堆料', categoryId: null, latitude: 37.3636, longitude: 120.3964 });
    expect(row!.description).toContain('https://example.org/photo.jpg');
  });

  it('files once for a retried Idempotency-Key', async () => {
    const before = await caseCount();
    const first = await (await post(validRequest(), 'json', { 'idempotency-key': 'open311-retry-1' })).json();
    const again = await post(validRequest(), 'json', { 'idempotency-key': 'open311-retry-1' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json())[0].service_request_id).toBe(first[0].service_request_id);
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses without a valid api_key holding open311.submit (403), storing nothing', async () => {
    const before = await caseCount();
    const { api_key: _key, ...withoutKey } = validRequest();
    await expectOpen311Error(await post(withoutKey), 403, /api_key is required/);
    await expectOpen311Error(await post({ ...withoutKey, api_key: 'hy_key_notarealkeynotarealkeynotarealkeynotareal' }), 403, /invalid api_key/);
    await expectOpen311Error(await post({ ...withoutKey, api_key: readKey }), 403, /open311\.submit/);
    const revoked = await key(['open311.submit']);
    await revokeIntegratorKey(database.db, city.cityId, revoked.id, clock.now());
    await expectOpen311Error(await post({ ...withoutKey, api_key: revoked.key }), 403, /unknown, revoked or expired/);
    const otherCity = await createTestCity(database);
    const foreign = await key(['open311.submit'], { cityId: otherCity.cityId });
    await expectOpen311Error(await post({ ...withoutKey, api_key: foreign.key }), 403, /belongs to city/);
    expect(await caseCount()).toBe(before);
  });

  it('refuses bad input with 400 and the field named, storing nothing', async () => {
    const before = await caseCount();
    const bad: [Record<string, string>, RegExp][] = [
      [{ service_code: '99.99.99' }, /service_code/],
      [{ address_id: 'building-7' }, /address_id/],
      [{ address_id: crypto.randomUUID() }, /building/],
      [{ description: '短' }, /description/],
      [{ lat: '91', long: '120' }, /lat: between -90 and 90/],
      [{ lat: 'north', long: '120' }, /lat/],
      [{ lat: '37.3' }, /lat and long together/],
      [{ phone: '12' }, /phone/],
      [{ media_url: 'javascript:alert(1)' }, /media_url/],
      [{ 'attribute[kind]': 'rant' }, /attribute\[kind\]/],
      [{ 'attribute[colour]': 'red' }, /attribute\[colour\]: not a GeoReport v2 field/],
      [{ jurisdiction_id: '../etc' }, /jurisdiction_id/],
    ];
    for (const [change, pattern] of bad) await expectOpen311Error(await post({ ...validRequest(), ...change }), 400, pattern);
    const { address_id: _place, ...nowhere } = validRequest();
    await expectOpen311Error(await post(nowhere), 400, /say where/);
    const json = await app.request('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRequest()) });
    await expectOpen311Error(json, 415, /form-encoded/);
    const missing = await post({ ...validRequest(), jurisdiction_id: 'no-such-city' });
    await expectOpen311Error(missing, 403, /belongs to city/);
    expect(await caseCount()).toBe(before);
  });
});

describe('reading requests', () => {
  let resolvedCode: string;
  let openCode: string;
  let oldCode: string;

  beforeAll(async () => {
    // One request 100 days ago, outside the default window, and two after every other.
    clock.advance(-100 * 86_400_000);
    oldCode = (await (await post(validRequest())).json())[0].service_request_id;
    clock.advance(100 * 86_400_000 + 60_000);
    openCode = (await (await post({ ...validRequest(), service_code: '02.01.01' })).json())[0].service_request_id;
    clock.advance(60_000);
    resolvedCode = (await (await post(validRequest())).json())[0].service_request_id;
    const [row] = await database.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, resolvedCode));
    const act = (action: string, body: unknown = {}) =>
      app.request(`/api/v1/staff/cases/${row!.id}/${action}`, { method: 'POST', headers: city.staffHeaders('grid-a1-1'), body: JSON.stringify(body) });
    expect((await act('accept')).status).toBe(200);
    expect((await act('resolve', { reply: '已清理人行道上的沙石水泥。' })).status).toBe(200);
  });

  const list = async (query: Record<string, string> = {}) => {
    const response = await get('/v2/requests.json', { api_key: readKey, ...query });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectValid('requests', body);
    return body as { service_request_id: string; status: string; [field: string]: unknown }[];
  };

  it('lists the last 90 days by default, newest first, valid against the Open311 schema', async () => {
    const requests = await list();
    const codes = requests.map((request) => request.service_request_id);
    expect(codes.slice(0, 2)).toEqual([resolvedCode, openCode]);
    expect(codes).not.toContain(oldCode);
  });

  it('maps the loop: open with the holder and the resolution deadline; replied is closed with the reply', async () => {
    const requests = await list({ service_request_id: `${openCode},${resolvedCode}` });
    const open = requests.find((request) => request.service_request_id === openCode)!;
    expect(open).toMatchObject({ status: 'open', service_code: '02.01.01', service_name: '供水管网', agency_responsible: '指挥中心', status_notes: '已受理，等待指挥中心签收' });
    expect(open.requested_datetime).toBe('2026-03-02T09:01:00+08:00');
    expect(open.expected_datetime).toMatch(/\+08:00$/);
    expect(new Date(open.expected_datetime as string).getTime()).toBeGreaterThan(clock.now().getTime());
    const closed = requests.find((request) => request.service_request_id === resolvedCode)!;
    expect(closed).toMatchObject({ status: 'closed', agency_responsible: '东晟社区第一网格', expected_datetime: null, address_id: city.building('dongsheng-1') });
    expect(closed.status_notes).toBe('东晟社区第一网格已答复，等待反映人评价。答复：已清理人行道上的沙石水泥。');
    expect(JSON.stringify(requests)).not.toContain('13812341234');
  });

  it('filters by status, service code and dates, pages, and overrides every filter with service_request_id', async () => {
    expect((await list({ status: 'closed' })).map((request) => request.service_request_id)).toEqual([resolvedCode]);
    expect((await list({ service_code: '02.01.01' })).map((request) => request.service_request_id)).toEqual([openCode]);
    const old = await list({ start_date: '2025-11-01T00:00:00+08:00', end_date: '2025-12-31T00:00:00+08:00' });
    expect(old.map((request) => request.service_request_id)).toEqual([oldCode]);
    expect((await list({ service_request_id: oldCode, status: 'closed' })).map((request) => request.service_request_id)).toEqual([oldCode]);
    const firstPage = await list({ page_size: '1' });
    const secondPage = await list({ page_size: '1', page: '2' });
    expect([firstPage[0]!.service_request_id, secondPage[0]!.service_request_id]).toEqual([resolvedCode, openCode]);
  });

  it('adds extended_attributes with extensions=true and English notes for locale=en', async () => {
    const [request] = await list({ service_request_id: resolvedCode, extensions: 'true', locale: 'en' });
    expect(request!.extended_attributes).toMatchObject({ tracking_code: resolvedCode, detailed_status: 'resolved', channel: 'open311', kind: 'complaint', round: 1, agency_responsible_kind: 'grid' });
    expect(request!.status_notes).toBe("东晟社区第一网格 replied; waiting for the resident's rating. Reply: 已清理人行道上的沙石水泥。");
  });

  it('answers the same list as XML', async () => {
    const response = await get('/v2/requests.xml', { api_key: readKey, service_request_id: resolvedCode });
    const [request] = xml.parse(await response.text()).service_requests.request;
    expect(request).toMatchObject({ service_request_id: resolvedCode, status: 'closed', expected_datetime: '', zipcode: '' });
  });

  it('refuses bad filters with 400 and reads without a read key with 403', async () => {
    await expectOpen311Error(await get('/v2/requests.json', { api_key: readKey, start_date: '2025-01-01T00:00:00+08:00', end_date: '2025-06-01T00:00:00+08:00' }), 400, /more than 90 days/);
    await expectOpen311Error(await get('/v2/requests.json', { api_key: readKey, start_date: '2026-03-01' }), 400, /start_date: an ISO 8601 date and time with its time zone/);
    await expectOpen311Error(await get('/v2/requests.json', { api_key: readKey, status: 'pending' }), 400, /status/);
    await expectOpen311Error(await get('/v2/requests.json', { api_key: readKey, page_size: '5000' }), 400, /page_size/);
    await expectOpen311Error(await get('/v2/requests.json', { api_key: readKey, page: '0' }), 400, /page/);
    await expectOpen311Error(await get('/v2/requests.json'), 403, /api_key is required/);
    await expectOpen311Error(await get('/v2/requests.json', { api_key: submitKey }), 403, /open311\.read/);
  });

  it('gets one request, and resolves the token a POST answered with', async () => {
    const response = await get(`/v2/requests/${resolvedCode}.json`, { api_key: bothKey });
    const body = await response.json();
    expectValid('requests', body);
    expect(body).toHaveLength(1);
    expect(body[0].service_request_id).toBe(resolvedCode);
    await expectOpen311Error(await get('/v2/requests/0000-0000-0000.json', { api_key: readKey }), 404, /0000-0000-0000/);
    await expectOpen311Error(await get(`/v2/requests/${encodeURIComponent('<script>')}.json`, { api_key: readKey }), 404, /not found/);

    const [created] = await (await post({ ...validRequest(), api_key: bothKey })).json();
    const token = await (await get(`/v2/tokens/${created.token}.json`, { api_key: bothKey })).json();
    expect(token).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
    const tokenXml = xml.parse(await (await get(`/v2/tokens/${created.token}.xml`, { api_key: bothKey })).text());
    expect(tokenXml.service_requests.request[0]).toEqual({ service_request_id: created.service_request_id, token: created.token });
    await expectOpen311Error(await get('/v2/tokens/not-a-token.json', { api_key: readKey }), 404, /not-a-token/);
    await expectOpen311Error(await get(`/v2/tokens/${crypto.randomUUID()}.json`, { api_key: readKey }), 404, /token/);
  });

  it('shows a key limited to a unit only the cases its subtree holds', async () => {
    const gridKey = (await key(['open311.read'], { unitId: city.unit('community-a1') })).key;
    const response = await get('/v2/requests.json', { api_key: gridKey });
    const codes = ((await response.json()) as { service_request_id: string }[]).map((request) => request.service_request_id);
    expect(codes).toContain(resolvedCode);
    expect(codes).not.toContain(openCode);
    await expectOpen311Error(await get(`/v2/requests/${openCode}.json`, { api_key: gridKey }), 404, /not found/);
  });
});
