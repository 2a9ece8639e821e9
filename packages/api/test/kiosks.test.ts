import { pbkdf2Sync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { seedDemoKiosk } from '../src/services/kiosks/demo.js';
import { createKiosk, pinMatches } from '../src/services/kiosks/kiosks.js';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let adminHeaders: Record<string, string>;
const clock = new FakeClock('2026-03-02T09:00:00+08:00');
// The kiosk app is served from its own origin, not the platform's.
const kioskOrigin = 'http://kiosk.hall.example';

beforeAll(async () => {
  ({ database, city, app } = await startTestCity({ clock }));
  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '平台管理员' });
  adminHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(() => database.close());

const hall = (overrides: Record<string, unknown> = {}) => ({
  label: '金晖社区党群服务中心 1号机',
  hallName: '金晖社区党群服务中心',
  hallNameEn: 'Jinhui Community Service Centre',
  unitId: city.unit('community-b1'),
  buildingId: city.building('liangjingyuan-3'),
  pin: '2580',
  ...overrides,
});

async function register(body: Record<string, unknown> = hall()) {
  const response = await app.request('/api/v1/staff/kiosks', { method: 'POST', headers: adminHeaders, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { kiosk: { id: string; address: string; building: { id: string } | null; keyPrefix: string }; deviceKey: string };
}

const fromKiosk = (deviceKey: string, headers: Record<string, string> = {}) => ({ origin: kioskOrigin, 'content-type': 'application/json', 'huying-device-key': deviceKey, ...headers });
const report = (overrides: Record<string, unknown> = {}) => ({ kind: 'complaint', categoryId: city.category('01.02.01'), description: '小区东门路灯坏了一周，晚上很黑。', contact: { phone: '13912345678' }, ...overrides });
const countCases = async () => (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM cases WHERE city_id = ${city.cityId}`))[0]!.n;

describe('registering kiosks', () => {
  it('returns the device key once and keeps only its hash', async () => {
    const { kiosk, deviceKey } = await register();
    expect(deviceKey).toMatch(/^hy_kiosk_[A-Za-z0-9_-]{32}$/);
    expect(deviceKey.startsWith(kiosk.keyPrefix)).toBe(true);
    expect(kiosk.address).toBe('温泉街道金晖社区丽景苑3号楼');
    const stored = await queryRows<{ key_hash: string; pin_hash: string }>(database.db, sql`SELECT key_hash, pin_hash FROM kiosks WHERE id = ${kiosk.id}`);
    expect(JSON.stringify(stored)).not.toContain(deviceKey);
    expect(stored[0]!.pin_hash).not.toContain('2580');
    const listed = await app.request('/api/v1/staff/kiosks', { headers: adminHeaders });
    expect(JSON.stringify(await listed.json())).not.toContain(deviceKey);
  });

  it('is for administrators only', async () => {
    for (const unit of ['city', 'community-b1']) {
      const response = await app.request('/api/v1/staff/kiosks', { method: 'POST', headers: city.staffHeaders(unit), body: JSON.stringify(hall()) });
      expect(response.status).toBe(403);
    }
    expect((await app.request('/api/v1/staff/kiosks', { headers: city.staffHeaders('city') })).status).toBe(403);
    expect((await app.request('/api/v1/staff/kiosks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hall()) })).status).toBe(401);
  });

  it('refuses a hall that is not a community’s or street’s, a building outside it, a missing address and a bad PIN', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [hall({ unitId: city.unit('grid-b1-1') }), 'unitId'],
      [hall({ unitId: city.unit('dept-water') }), 'unitId'],
      [hall({ buildingId: city.building('dongsheng-1') }), 'buildingId'],
      [hall({ buildingId: null }), 'address'],
      [hall({ buildingId: null, address: ' ' }), 'address'],
      [hall({ pin: '12' }), 'json.pin'],
      [hall({ pin: 'abcd' }), 'json.pin'],
      [hall({ unitId: crypto.randomUUID() }), 'unitId'],
      [hall({ notices: [{ zh: '', en: '' }] }), 'notices.0'],
      [{ ...hall(), channel: 'web' }, 'json'],
    ];
    const before = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM kiosks WHERE city_id = ${city.cityId}`);
    for (const [body, field] of cases) {
      const response = await app.request('/api/v1/staff/kiosks', { method: 'POST', headers: adminHeaders, body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((error) => error.field).join(' '), JSON.stringify(body)).toContain(field);
    }
    const after = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM kiosks WHERE city_id = ${city.cityId}`);
    expect(after).toEqual(before);
  });
});

describe('a registered kiosk', () => {
  let deviceKey: string;
  let kioskId: string;

  beforeAll(async () => {
    const registered = await register(hall({ buildingId: null, address: '招远市温泉街道金晖社区党群服务中心', notices: [{ zh: '周一至周五办公', en: 'Open Monday to Friday' }, { zh: '只有中文' }] }));
    ({ deviceKey } = registered);
    kioskId = registered.kiosk.id;
  });

  it('loads its hall, notices and the PIN hash its staff corner checks offline', async () => {
    clock.set('2026-03-02T10:00:00+08:00');
    const response = await app.request('/api/v1/kiosk/device', { headers: fromKiosk(deviceKey) });
    expect(response.status).toBe(200);
    const device = (await response.json()) as { hallName: string; city: { hotline: string }; place: unknown; notices: unknown; adminPin: { iterations: number; salt: string; hash: string } };
    expect(device).toMatchObject({
      hallName: '金晖社区党群服务中心',
      city: { id: city.cityId, hotline: '12345' },
      unit: { id: city.unit('community-b1'), name: '金晖社区' },
      place: { building: null, address: '招远市温泉街道金晖社区党群服务中心' },
      notices: [{ zh: '周一至周五办公', en: 'Open Monday to Friday' }, { zh: '只有中文', en: '只有中文' }],
    });
    // What the browser computes with WebCrypto: PBKDF2-SHA256, 32 bytes.
    const { salt, iterations, hash } = device.adminPin;
    expect(pbkdf2Sync('2580', Buffer.from(salt, 'base64'), iterations, 32, 'sha256').toString('base64')).toBe(hash);
    expect(pbkdf2Sync('2581', Buffer.from(salt, 'base64'), iterations, 32, 'sha256').toString('base64')).not.toBe(hash);
    const listed = (await (await app.request('/api/v1/staff/kiosks', { headers: adminHeaders })).json()) as { data: { id: string; lastSeenAt: string }[] };
    expect(listed.data.find((kiosk) => kiosk.id === kioskId)?.lastSeenAt).toBe('2026-03-02T02:00:00.000Z');
  });

  it('files reports from its own origin with channel kiosk and the hall’s place, whatever the body says', async () => {
    const response = await app.request('/api/v1/cases', { method: 'POST', headers: fromKiosk(deviceKey, { 'idempotency-key': 'kiosk-report-1' }), body: JSON.stringify(report()) });
    expect(response.status, await response.clone().text()).toBe(201);
    const filed = (await response.json()) as { trackingCode: string; case: { place: { address: string; buildingId: string | null } } };
    expect(filed.case.place).toMatchObject({ address: '招远市温泉街道金晖社区党群服务中心', buildingId: null });
    const [row] = await queryRows<{ channel: string; city_id: string; address: string }>(database.db, sql`SELECT channel, city_id, address FROM cases WHERE tracking_code = ${filed.trackingCode}`);
    expect(row).toEqual({ channel: 'kiosk', city_id: city.cityId, address: '招远市温泉街道金晖社区党群服务中心' });

    // The retry of a report queued offline: the same key files nothing new.
    const before = await countCases();
    const retry = await app.request('/api/v1/cases', { method: 'POST', headers: fromKiosk(deviceKey, { 'idempotency-key': 'kiosk-report-1' }), body: JSON.stringify(report()) });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retry.json()) as { trackingCode: string }).trackingCode).toBe(filed.trackingCode);
    expect(await countCases()).toBe(before);
  });

  it('files at the hall’s building when the hall has one, routed like any report there', async () => {
    const { deviceKey: key } = await register();
    const response = await app.request('/api/v1/cases', { method: 'POST', headers: fromKiosk(key), body: JSON.stringify(report()) });
    expect(response.status).toBe(201);
    const filed = (await response.json()) as { case: { place: { buildingId: string }; holder: { id: string } } };
    expect(filed.case.place.buildingId).toBe(city.building('liangjingyuan-3'));
  });

  it('refuses a report that names its own place or another city, and files nothing', async () => {
    const before = await countCases();
    for (const extra of [{ buildingId: city.building('dongsheng-1') }, { address: '别处' }, { latitude: 37.1, longitude: 120.1 }, { qrToken: 'x'.repeat(20) }]) {
      const response = await app.request('/api/v1/cases', { method: 'POST', headers: fromKiosk(deviceKey), body: JSON.stringify(report(extra)) });
      expect(response.status, JSON.stringify(extra)).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toContain('a kiosk files reports at its hall');
    }
    const other = await createTestCity(database);
    const crossCity = await app.request('/api/v1/cases', { method: 'POST', headers: fromKiosk(deviceKey, { 'huying-city': other.cityId }), body: JSON.stringify(report()) });
    expect(crossCity.status).toBe(403);
    expect(await countCases()).toBe(before);
  });

  it('reads the other resident endpoints with its key from its own origin', async () => {
    const categories = await app.request('/api/v1/categories', { headers: fromKiosk(deviceKey) });
    expect(categories.status).toBe(200);
    // Without the key the same origin is a page on another site, refused.
    const without = await app.request('/api/v1/categories', { headers: { origin: kioskOrigin } });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { code: string }).code).toBe('site-key-required');
  });

  it('answers CORS preflights for the device-key header', async () => {
    const response = await app.request('/api/v1/cases', {
      method: 'OPTIONS',
      headers: { origin: kioskOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,huying-device-key,idempotency-key' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('huying-device-key');
  });

  it('lets the hall’s own staff and administrators set its notices, nobody else', async () => {
    const notices = JSON.stringify({ notices: [{ zh: '本周六上午停电检修', en: 'Power maintenance on Saturday morning' }] });
    for (const unit of ['community-a1', 'grid-b1-1', 'dept-water']) {
      const response = await app.request(`/api/v1/staff/kiosks/${kioskId}/notices`, { method: 'PUT', headers: city.staffHeaders(unit), body: notices });
      expect(response.status, unit).toBe(403);
    }
    for (const headers of [city.staffHeaders('community-b1'), city.staffHeaders('street-b'), adminHeaders]) {
      const response = await app.request(`/api/v1/staff/kiosks/${kioskId}/notices`, { method: 'PUT', headers, body: notices });
      expect(response.status).toBe(200);
    }
    const device = (await (await app.request('/api/v1/kiosk/device', { headers: fromKiosk(deviceKey) })).json()) as { notices: unknown };
    expect(device.notices).toEqual([{ zh: '本周六上午停电检修', en: 'Power maintenance on Saturday morning' }]);
    const tooMany = JSON.stringify({ notices: Array.from({ length: 11 }, () => ({ zh: '通知' })) });
    expect((await app.request(`/api/v1/staff/kiosks/${kioskId}/notices`, { method: 'PUT', headers: adminHeaders, body: tooMany })).status).toBe(400);
    expect((await app.request(`/api/v1/staff/kiosks/${crypto.randomUUID()}/notices`, { method: 'PUT', headers: adminHeaders, body: notices })).status).toBe(404);
  });

  it('takes a new PIN from administrators only', async () => {
    const body = JSON.stringify({ pin: '135790' });
    expect((await app.request(`/api/v1/staff/kiosks/${kioskId}/pin`, { method: 'PUT', headers: city.staffHeaders('community-b1'), body })).status).toBe(403);
    expect((await app.request(`/api/v1/staff/kiosks/${kioskId}/pin`, { method: 'PUT', headers: adminHeaders, body: JSON.stringify({ pin: '1' }) })).status).toBe(400);
    expect((await app.request(`/api/v1/staff/kiosks/${kioskId}/pin`, { method: 'PUT', headers: adminHeaders, body })).status).toBe(200);
    const [row] = await queryRows<{ pin_hash: string }>(database.db, sql`SELECT pin_hash FROM kiosks WHERE id = ${kioskId}`);
    expect(pinMatches(row!.pin_hash, '135790')).toBe(true);
  });
});

describe('unknown and withdrawn kiosks', () => {
  it('are refused with a code the kiosk can explain, and file nothing', async () => {
    const unknown = await app.request('/api/v1/kiosk/device', { headers: fromKiosk('hy_kiosk_notregistered0000') });
    expect(unknown.status).toBe(403);
    expect(((await unknown.json()) as { code: string }).code).toBe('kiosk-key-invalid');
    expect((await app.request('/api/v1/kiosk/device', { headers: { origin: kioskOrigin } })).status).toBe(403);
    expect((await app.request('/api/v1/kiosk/device', { headers: fromKiosk('not a key at all') })).status).toBe(403);

    const { kiosk, deviceKey } = await register();
    const withdrawn = await app.request(`/api/v1/staff/kiosks/${kiosk.id}/revoke`, { method: 'POST', headers: adminHeaders });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as { revokedAt: string }).revokedAt).toBeTruthy();
    // Revoking twice keeps the first time.
    expect((await app.request(`/api/v1/staff/kiosks/${kiosk.id}/revoke`, { method: 'POST', headers: adminHeaders })).status).toBe(200);
    expect((await app.request(`/api/v1/staff/kiosks/${kiosk.id}/revoke`, { method: 'POST', headers: city.staffHeaders('community-b1') })).status).toBe(403);

    const before = await countCases();
    for (const [path, init] of [
      ['/api/v1/kiosk/device', {}],
      ['/api/v1/categories', {}],
      ['/api/v1/cases', { method: 'POST', body: JSON.stringify(report()) }],
    ] as const) {
      const response = await app.request(path, { ...init, headers: fromKiosk(deviceKey) });
      expect(response.status, path).toBe(403);
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe('kiosk-revoked');
      expect(problem.detail).toContain('withdrawn from service');
    }
    expect(await countCases()).toBe(before);
  });
});

describe('the demo kiosk', () => {
  it('is seeded once and put back into service by a re-seed', async () => {
    const other = await createTestCity(database);
    const first = await seedDemoKiosk(database.db, other.cityId);
    expect(first).toMatchObject({ hallName: '金晖社区党群服务中心', unit: { name: '金晖社区' } });
    await queryRows(database.db, sql`UPDATE kiosks SET revoked_at = now() WHERE id = ${first!.id}`);
    const second = await seedDemoKiosk(database.db, other.cityId);
    expect(second).toMatchObject({ id: first!.id, revokedAt: null });
    // A device key is unique across cities: a second city cannot take the same one.
    await expect(createKiosk(database.db, { cityId: city.cityId, key: 'hy_kiosk_zhaoyuan_jinhui_demo', label: 'x', hallName: 'x', unitId: city.unit('community-b1'), address: '某地址', pin: '1234' })).rejects.toThrow();
  });
});
