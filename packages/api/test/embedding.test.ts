import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import type { AppDependencies } from '../src/context.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { buildings } from '../src/db/schema/index.js';
import { createSiteKey, normalizeOriginPattern, originAllowed } from '../src/services/embedding/site-keys.js';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
let siteKey: string;
let adminHeaders: Record<string, string>;
const clock = new FakeClock('2026-03-02T09:00:00+08:00');
const embedDir = mkdtempSync(join(tmpdir(), 'huying-embed-'));

beforeAll(async () => {
  const started = await startTestCity({ clock });
  ({ database, city } = started);
  deps = { ...started.deps, embedDir };
  app = createApp(deps);
  siteKey = (await createSiteKey(database.db, { cityId: city.cityId, label: '金晖社区网站', allowedOrigins: ['https://jinhui.example.org', 'https://*.wuye.example.com'] })).key;
  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '平台管理员' });
  adminHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(() => database.close());

const fromPage = (origin: string, headers: Record<string, string> = {}) => ({ origin, ...headers });
const countCases = async () => (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM cases WHERE city_id = ${city.cityId}`))[0]!.n;

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  buildingId: city.building('liangjingyuan-3'),
  categoryId: city.category('01.02.01'),
  description: '3号楼电梯坏了三天，老人上下楼很困难，请物业尽快维修。',
  contact: { phone: '13912345678' },
  ...overrides,
});

async function fileCase(body: Record<string, unknown> = report()) {
  const response = await app.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  return response.json() as Promise<{ trackingCode: string; secret: string; case: { status: string } }>;
}

describe('site keys', () => {
  it('normalise origins the way browsers send them, and match wildcards one level down', () => {
    expect(normalizeOriginPattern('HTTPS://Jinhui.Example.org:443/')).toBe('https://jinhui.example.org');
    expect(normalizeOriginPattern('http://localhost:5174')).toBe('http://localhost:5174');
    expect(normalizeOriginPattern('https://*.wuye.example.com')).toBe('https://*.wuye.example.com');
    for (const bad of ['jinhui.example.org', 'ftp://a.example', 'https://a.example/path', 'https://user@a.example', 'https://a.example?q', '*', 'null']) {
      expect(normalizeOriginPattern(bad), bad).toBe(null);
    }
    const allowed = ['https://*.wuye.example.com'];
    expect(originAllowed(allowed, 'https://a.wuye.example.com')).toBe(true);
    expect(originAllowed(allowed, 'https://wuye.example.com')).toBe(false);
    expect(originAllowed(allowed, 'http://a.wuye.example.com')).toBe(false);
    expect(originAllowed(allowed, 'https://a.wuye.example.com.evil.example')).toBe(false);
  });

  it('let requests without a browser Origin through, as before', async () => {
    const response = await app.request('/api/v1/categories', { headers: city.cityHeaders });
    expect(response.status).toBe(200);
  });

  it('refuse a page on another site that sends no key, with a problem the page can read', async () => {
    const before = await countCases();
    const response = await app.request('/api/v1/cases', { method: 'POST', headers: { ...city.cityHeaders, ...fromPage('https://evil.example') }, body: JSON.stringify(report()) });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(await response.json()).toMatchObject({ code: 'site-key-required', origin: 'https://evil.example' });
    expect(await countCases()).toBe(before);
  });

  it('serve an allowed origin with the key’s city, and answer CORS for that origin', async () => {
    const response = await app.request('/api/v1/categories', { headers: fromPage('https://jinhui.example.org', { 'huying-site-key': siteKey }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://jinhui.example.org');
    expect(response.headers.get('vary')).toMatch(/origin/i);
    expect((await response.json()).data.map((category: { code: string }) => category.code)).toEqual(['01.01.01', '01.02.01', '02.01.01']);

    const wildcard = await app.request(`/api/v1/city?siteKey=${siteKey}`, { headers: fromPage('https://portal.wuye.example.com') });
    expect(await wildcard.json()).toMatchObject({ id: city.cityId });
  });

  it('refuse the key on an origin it does not list, naming the site and the origin', async () => {
    for (const origin of ['https://evil.example', 'https://wuye.example.com', 'http://jinhui.example.org', 'null']) {
      const response = await app.request('/api/v1/categories', { headers: fromPage(origin, { 'huying-site-key': siteKey }) });
      expect(response.status, origin).toBe(403);
      const problem = await response.json();
      expect(problem.code).toBe('origin-not-allowed');
      expect(problem.detail).toContain('金晖社区网站');
    }
  });

  it('refuse unknown keys even from servers, and a key used for another city', async () => {
    const unknown = await app.request('/api/v1/categories', { headers: { 'huying-site-key': 'hy_site_unknownkey123' } });
    expect(unknown.status).toBe(403);
    expect((await unknown.json()).code).toBe('site-key-invalid');
    const malformed = await app.request('/api/v1/categories', { headers: { 'huying-site-key': '<script>' } });
    expect((await malformed.json()).code).toBe('site-key-invalid');
    const other = await createTestCity(database);
    const crossCity = await app.request('/api/v1/categories', { headers: { 'huying-site-key': siteKey, 'huying-city': other.cityId } });
    expect(crossCity.status).toBe(403);
  });

  it('need no key on the platform’s own pages, for preflights, or for staff with a token', async () => {
    expect((await app.request('/api/v1/categories', { headers: { ...city.cityHeaders, origin: 'http://huying.test' } })).status).toBe(200);
    expect((await app.request('http://localhost/api/v1/categories', { headers: { ...city.cityHeaders, origin: 'http://localhost' } })).status).toBe(200);
    const preflight = await app.request('/api/v1/cases', {
      method: 'OPTIONS',
      headers: { origin: 'https://jinhui.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,huying-site-key,idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('huying-site-key');
    const staff = await app.request('/api/v1/staff/me', { headers: { ...city.staffHeaders('city'), origin: 'https://console.example' } });
    expect(staff.status).toBe(200);
  });

  it('are issued, listed and revoked by administrators only, and a revoked key stops working', async () => {
    const created = await app.request('/api/v1/staff/site-keys', {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ label: '美顺物业门户', allowedOrigins: ['https://wy.meishun.example.com/'] }),
    });
    expect(created.status).toBe(201);
    const key = await created.json();
    expect(key).toMatchObject({ label: '美顺物业门户', allowedOrigins: ['https://wy.meishun.example.com'], revokedAt: null });
    expect(key.key).toMatch(/^hy_site_[A-Za-z0-9_-]{20}$/);
    const page = fromPage('https://wy.meishun.example.com', { 'huying-site-key': key.key });
    expect((await app.request('/api/v1/city', { headers: page })).status).toBe(200);

    const listed = await (await app.request('/api/v1/staff/site-keys', { headers: adminHeaders })).json();
    expect(listed.data.map((entry: { key: string }) => entry.key)).toEqual(expect.arrayContaining([siteKey, key.key]));

    const revoked = await app.request(`/api/v1/staff/site-keys/${key.key}/revoke`, { method: 'POST', headers: adminHeaders });
    expect((await revoked.json()).revokedAt).not.toBe(null);
    expect((await (await app.request('/api/v1/city', { headers: page })).json()).code).toBe('site-key-invalid');

    expect((await app.request('/api/v1/staff/site-keys/hy_site_doesnotexist/revoke', { method: 'POST', headers: adminHeaders })).status).toBe(404);
    expect((await app.request('/api/v1/staff/site-keys', { headers: city.staffHeaders('city') })).status).toBe(403);
    expect((await app.request('/api/v1/staff/site-keys')).status).toBe(401);
    const invalid = await app.request('/api/v1/staff/site-keys', { method: 'POST', headers: adminHeaders, body: JSON.stringify({ label: 'x', allowedOrigins: ['https://ok.example', 'not an origin'] }) });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].field).toBe('allowedOrigins.1');
  });
});

describe('duplicate suggestions and following', () => {
  let sameBuilding: { trackingCode: string; secret: string };
  let inCommunity: { trackingCode: string };
  let otherBuildingId: string;

  beforeAll(async () => {
    // A second building in the same community as 丽景苑3号楼.
    otherBuildingId = crypto.randomUUID();
    await database.db.insert(buildings).values({ id: otherBuildingId, cityId: city.cityId, gridUnitId: city.unit('grid-b1-1'), name: '丽景苑5号楼', address: '温泉街道金晖社区丽景苑5号楼' });
    sameBuilding = await fileCase();
    inCommunity = await fileCase(report({ buildingId: otherBuildingId, description: '5号楼电梯经常停运，物业一直没有修好。' }));
    await fileCase(report({ buildingId: city.building('dongsheng-1'), description: '东晟小区电梯坏了，请尽快维修。' }));
    await fileCase(report({ categoryId: city.category('01.01.01'), description: '小区门口有人乱摆摊，占用人行道。' }));
  });

  const similar = (query: string, headers: Record<string, string> = city.cityHeaders) => app.request(`/api/v1/similar-cases?${query}`, { headers });

  it('offer open cases of the category at the building first, then in its community, with nothing personal', async () => {
    const response = await similar(`buildingId=${city.building('liangjingyuan-3')}&categoryId=${city.category('01.02.01')}`);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.map((item: { nearness: string; building: { name: string } }) => [item.nearness, item.building.name])).toEqual([
      ['building', '丽景苑3号楼'],
      ['community', '丽景苑5号楼'],
    ]);
    expect(data[0]).toMatchObject({ status: 'submitted', open: true, followers: 0, category: { level3: '物业服务' }, holder: { kind: 'grid' } });
    const text = JSON.stringify(data);
    for (const secret of ['电梯', '13912345678', '5678', sameBuilding.trackingCode, inCommunity.trackingCode, 'description', 'contact']) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it('find a case of another category only when the text is close', async () => {
    const close = await (await similar(`buildingId=${city.building('liangjingyuan-3')}&q=${encodeURIComponent('门口有人摆摊占用人行道')}`)).json();
    expect(close.data.map((item: { category: { level3: string } }) => item.category.level3)).toEqual(['城管执法']);
    const far = await (await similar(`buildingId=${city.building('liangjingyuan-3')}&q=${encodeURIComponent('路灯不亮')}`)).json();
    expect(far.data).toEqual([]);
  });

  it('refuse a building of another city or a malformed query', async () => {
    expect((await similar(`buildingId=${crypto.randomUUID()}`)).status).toBe(400);
    expect((await similar('buildingId=nope')).status).toBe(400);
    expect((await similar(`buildingId=${city.building('liangjingyuan-3')}&limit=99`)).status).toBe(400);
  });

  it('let a resident follow a case instead, counting each phone once, with a link of their own', async () => {
    const [first] = (await (await similar(`buildingId=${city.building('liangjingyuan-3')}&categoryId=${city.category('01.02.01')}`)).json()).data;
    const follow = (body: unknown, headers: Record<string, string> = {}) =>
      app.request(`/api/v1/similar-cases/${first.ref}/follow`, { method: 'POST', headers: { ...city.cityHeaders, ...headers }, body: JSON.stringify(body) });

    const followed = await follow({ contact: { phone: '138 0000 1111' } });
    expect(followed.status).toBe(201);
    const receipt = await followed.json();
    expect(receipt.followToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(receipt.followUrl).toBe(`http://huying.test/track?follow=${receipt.followToken}`);
    expect(receipt.case).toMatchObject({ ref: first.ref, followers: 1 });
    expect(JSON.stringify(receipt)).not.toContain(sameBuilding.trackingCode);

    const view = await (await app.request(`/api/v1/follows/${receipt.followToken}`)).json();
    expect(view.case).toMatchObject({ ref: first.ref, status: 'submitted', followers: 1 });

    const again = await (await follow({ contact: { phone: '13800001111' } })).json();
    expect(again.case.followers).toBe(1);
    expect((await app.request(`/api/v1/follows/${receipt.followToken}`)).status).toBe(404);
    expect((await app.request(`/api/v1/follows/${again.followToken}`)).status).toBe(200);

    const key = crypto.randomUUID();
    const anonymous = await (await follow({}, { 'idempotency-key': key })).json();
    const retried = await (await follow({}, { 'idempotency-key': key })).json();
    expect(retried).toEqual(anonymous);
    expect(anonymous.case.followers).toBe(2);

    expect((await follow({ contact: { phone: '12345' } })).status).toBe(400);
    expect((await follow({ contact: { phone: '13800001111' }, extra: true })).status).toBe(400);
    const other = await createTestCity(database);
    expect((await follow({}, { 'huying-city': other.cityId })).status).toBe(404);
    expect((await app.request('/api/v1/follows/short')).status).toBe(400);
    expect((await app.request(`/api/v1/follows/${'x'.repeat(24)}`)).status).toBe(404);
  });

  it('do not let anyone follow a case that is already answered', async () => {
    const filed = await fileCase(report({ buildingId: city.building('dongsheng-1') }));
    const [summary] = (await (await app.request(`/api/v1/staff/cases?scope=held&status=submitted`, { headers: city.staffHeaders('grid-a1-1') })).json()).data.filter(
      (item: { trackingCode: string }) => item.trackingCode === filed.trackingCode,
    );
    const act = (action: string, body: unknown) => app.request(`/api/v1/staff/cases/${summary.id}/${action}`, { method: 'POST', headers: city.staffHeaders('grid-a1-1'), body: JSON.stringify(body) });
    await act('accept', {});
    await act('resolve', { reply: '电梯已修复。' });
    const suggestions = (await (await similar(`buildingId=${city.building('dongsheng-1')}&categoryId=${city.category('01.02.01')}`)).json()).data;
    expect(suggestions.map((item: { ref: string }) => item.ref)).not.toContain(summary.id);
    const refused = await app.request(`/api/v1/similar-cases/${summary.id}/follow`, { method: 'POST', headers: city.cityHeaders, body: '{}' });
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe('case-not-open');
  });
});

describe('guessing a case’s secret', () => {
  it('is stopped after five wrong tries an hour, while the public status stays available', async () => {
    const { trackingCode, secret } = await fileCase();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await app.request(`/api/v1/track/${trackingCode}?phoneLast4=${String(1000 + attempt)}`)).status).toBe(403);
    }
    const locked = await app.request(`/api/v1/track/${trackingCode}?secret=${secret}`);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const rating = await app.request(`/api/v1/track/${trackingCode}/rating`, { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ secret, level: 'satisfied' }) });
    expect(rating.status).toBe(429);
    expect((await app.request(`/api/v1/track/${trackingCode}`)).status).toBe(200);
    clock.advance(61 * 60 * 1000);
    expect((await app.request(`/api/v1/track/${trackingCode}?secret=${secret}`)).status).toBe(200);
    // A path that is not even valid percent-encoding is a 400, not a crash of the throttle.
    expect((await app.request('/api/v1/track/%ED%A0%80?secret=12345678')).status).toBe(400);
  });
});

describe('pages and the bundle', () => {
  it('serve the tracking page with the tracker, escaping what the address holds', async () => {
    const response = await app.request('/track/2611-0372-8841?secret=12345678');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await response.text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<hy-case-tracker tracking-code="2611-0372-8841" secret="12345678"></hy-case-tracker>');
    expect(page).toContain('<script src="/embed/huying.js" defer></script>');

    const hostile = await (await app.request('/track/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E?secret=%22onload%3D1', { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text();
    expect(hostile).toContain('<html lang="en">');
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('onload');
    expect(await (await app.request('/track')).text()).toContain('<hy-case-tracker></hy-case-tracker>');
    expect(await (await app.request('/track?follow=abcdefghijklmnopqrstuvwx')).text()).toContain('<hy-case-tracker follow-token="abcdefghijklmnopqrstuvwx"></hy-case-tracker>');
  });

  it('serve the bundle with a validator, and say how to build it when it is missing', async () => {
    const missing = await app.request('/embed/huying.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toContain('pnpm --filter @huying/components build');

    writeFileSync(join(embedDir, 'huying.js'), 'var Huying=(function(){return{}})();\n');
    const served = await app.request('/embed/huying.js');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(served.headers.get('access-control-allow-origin')).toBe('*');
    const etag = served.headers.get('etag')!;
    expect((await app.request('/embed/huying.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await app.request('/embed/..%2Fsecrets')).status).toBe(404);
  });
});
