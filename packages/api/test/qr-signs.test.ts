import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import type { App } from '../src/app.js';
import type { AppDependencies } from '../src/context.js';
import { listSigningKeys, retireSigningKey, rotateSigningKey } from '../src/services/qr/keys.js';
import { currentSign, currentSigns, reissueSign, verifySignToken } from '../src/services/qr/signs.js';
import { decodeSignToken, encodeSignToken } from '../src/services/qr/token.js';
import { chooseLanguage } from '../src/routes/pages/scan/translations.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;

beforeAll(async () => {
  ({ database, city, app, deps } = await startTestCity());
});
afterAll(() => database.close());

const now = () => deps.clock.now();
const getQr = (token: string) => app.request(`/api/v1/qr/${encodeURIComponent(token)}`);
const submit = (body: Record<string, unknown>) =>
  app.request('/api/v1/cases', {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({ kind: 'complaint', description: '楼道灯坏了，晚上上下楼看不清，请尽快修理。', ...body }),
  });
const caseCount = async () =>
  (await queryRows<{ count: number }>(database.db, sql`SELECT count(*)::int AS count FROM cases WHERE city_id = ${city.cityId}`))[0]!.count;

/** Flips one bit of the token's bytes and spells it canonically again. */
function flipBit(token: string, byteIndex: number, bit = 0): string {
  const bytes = Buffer.from(token, 'base64url');
  bytes[byteIndex]! ^= 1 << bit;
  return bytes.toString('base64url');
}

describe('sign tokens', () => {
  it('encode kid, serial and a MAC in about 19 URL-safe characters, and decode back', () => {
    const secret = Buffer.alloc(32, 7);
    const token = encodeSignToken(secret, { cityId: 'c', serial: 1_234_567, buildingId: crypto.randomUUID(), version: 3, kid: 2 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{19,20}$/);
    expect(decodeSignToken(token)).toMatchObject({ kid: 2, serial: 1_234_567 });
  });

  it('reject malformed spellings without throwing', () => {
    for (const bad of ['', 'abc', 'AAAAAAAAAAAAAAAAAAAA', '!!!!!!!!!!!!!!!!!!!', 'A'.repeat(41), 'AQEBAQEBAQEBAQEBAQE=']) {
      expect(decodeSignToken(bad)).toBeNull();
    }
    // A second spelling of the same bytes (non-zero trailing bits) is refused: one sign, one token.
    const secret = Buffer.alloc(32, 1);
    const token = encodeSignToken(secret, { cityId: 'c', serial: 5, buildingId: 'b', version: 1, kid: 1 });
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = token.slice(0, -1) + alphabet[(alphabet.indexOf(last) + 1) % 64];
    if (Buffer.from(sibling, 'base64url').equals(Buffer.from(token, 'base64url'))) expect(decodeSignToken(sibling)).toBeNull();
  });

  it('name the building of a valid sign', async () => {
    const { token, sign } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    expect(sign.version).toBe(1);
    const response = await getQr(token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      token,
      url: `http://huying.test/s/${token}`,
      city: { id: city.cityId, hotline: '12345' },
      building: { id: city.building('liangjingyuan-3'), name: '丽景苑3号楼', grid: { name: '金晖社区第一网格' }, community: { name: '金晖社区' }, street: { name: '温泉街道' } },
      sign: { version: 1 },
    });
    expect(body.building).not.toHaveProperty('gridPath');
  });

  it('printing again gives the same token; it is not a new version', async () => {
    const first = await currentSign(database.db, city.cityId, city.building('dongsheng-1'));
    const again = await currentSign(database.db, city.cityId, city.building('dongsheng-1'));
    expect(again.token).toBe(first.token);
    expect(again.sign.id).toBe(first.sign.id);
  });

  it('refuse a forged token: right shape, made with a secret the city does not have', async () => {
    const { sign } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const forged = encodeSignToken(Buffer.alloc(32, 9), { cityId: city.cityId, serial: sign.serial, buildingId: sign.buildingId, version: sign.version, kid: sign.kid });
    const response = await getQr(forged);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'qr-token-invalid' });
  });

  it('refuse every single-bit alteration of a valid token', async () => {
    const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const length = Buffer.from(token, 'base64url').length;
    for (let byte = 0; byte < length; byte++) {
      for (const bit of [0, 3, 7]) {
        const tampered = flipBit(token, byte, bit);
        await expect(verifySignToken(database.db, tampered), `byte ${byte} bit ${bit}`).rejects.toMatchObject({ code: 'qr-token-invalid' });
      }
    }
  });

  it('refuse a token moved to another building: the MAC binds the serial', async () => {
    const a = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const b = await currentSign(database.db, city.cityId, city.building('dongsheng-1'));
    const decodedA = decodeSignToken(a.token)!;
    const decodedB = decodeSignToken(b.token)!;
    // Serial of B with the MAC of A.
    const spliced = Buffer.concat([Buffer.from(b.token, 'base64url').subarray(0, Buffer.from(b.token, 'base64url').length - 10), decodedA.mac]).toString('base64url');
    expect(decodedB.serial).not.toBe(decodedA.serial);
    expect((await getQr(spliced)).status).toBe(400);
  });

  it('refuse a sign of another city when filing in this one', async () => {
    const other = await createTestCity(database);
    const { token } = await currentSign(database.db, other.cityId, other.building('liangjingyuan-3'));
    const before = await caseCount();
    const response = await submit({ qrToken: token });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'qr-token-invalid' });
    expect(await caseCount()).toBe(before);
  });

  it('file a report that names no city in the city of its sign', async () => {
    const other = await createTestCity(database);
    const { token } = await currentSign(database.db, other.cityId, other.building('dongsheng-1'));
    const response = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'help', qrToken: token, description: '电梯困人，请尽快派人处理。' }),
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.case).toMatchObject({ channel: 'qr', place: { buildingId: other.building('dongsheng-1') }, holder: { name: '东晟社区第一网格' } });
  });

  it('answer hostile path input with a problem, never a 500', async () => {
    for (const bad of ['%00', '..%2F..%2Fetc', "'; DROP TABLE signs; --", '𠮷'.repeat(30), 'A'.repeat(64)]) {
      const response = await app.request(`/api/v1/qr/${bad}`);
      expect(response.status, bad).toBeLessThan(500);
      expect(response.status, bad).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('revocation and reprints', () => {
  it('a reprint withdraws the old version at once and the new one works', async () => {
    const buildingId = city.building('dongsheng-1');
    const old = await currentSign(database.db, city.cityId, buildingId);
    const response = await app.request(`/api/v1/buildings/${buildingId}/signs`, {
      method: 'POST',
      headers: city.staffHeaders('community-a1'),
      body: JSON.stringify({ reason: '原标识被损坏' }),
    });
    expect(response.status).toBe(201);
    const issued = await response.json();
    expect(issued).toMatchObject({ version: old.sign.version + 1, url: `http://huying.test/s/${issued.token}` });
    expect(issued.token).not.toBe(old.token);

    const refused = await getQr(old.token);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toMatchObject({ code: 'qr-token-revoked' });
    expect((await getQr(issued.token)).status).toBe(200);

    const before = await caseCount();
    const filed = await submit({ qrToken: old.token });
    expect(filed.status).toBe(410);
    expect(await caseCount()).toBe(before);

    const history = await (await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: city.staffHeaders('grid-a1-1') })).json();
    expect(history.data.map((sign: { version: number; status: string }) => [sign.version, sign.status])).toEqual([
      [old.sign.version + 1, 'valid'],
      [old.sign.version, 'revoked'],
    ]);
    expect(history.data[1].revokedReason).toBe('原标识被损坏');
  });

  it('withdrawing without a replacement refuses the sign; a second withdrawal is a 409', async () => {
    const other = await createTestCity(database);
    const buildingId = other.building('dongsheng-1');
    const { token } = await currentSign(database.db, other.cityId, buildingId);
    const revoke = () =>
      app.request(`/api/v1/buildings/${buildingId}/signs/revoke`, { method: 'POST', headers: other.staffHeaders('property-a1'), body: JSON.stringify({ reason: '楼栋拆除' }) });
    const first = await revoke();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'revoked', revokedReason: '楼栋拆除' });
    expect((await getQr(token)).status).toBe(410);
    expect((await revoke()).status).toBe(409);
    // The next print issues a new version.
    const next = await currentSign(database.db, other.cityId, buildingId);
    expect(next.sign.version).toBe(2);
  });

  it('only staff of the building\'s subtree or its property company manage its signs', async () => {
    const buildingId = city.building('dongsheng-1');
    const body = JSON.stringify({ reason: '试图重印' });
    // Units elsewhere do not find the building; a department manages no signs at all.
    for (const [outsider, status] of [['community-b1', 404], ['grid-b1-1', 404], ['street-b', 404], ['dept-water', 403]] as const) {
      const response = await app.request(`/api/v1/buildings/${buildingId}/signs`, { method: 'POST', headers: city.staffHeaders(outsider), body });
      expect(response.status, outsider).toBe(status);
      expect((await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: city.staffHeaders(outsider) })).status, outsider).toBe(status);
    }
    expect((await app.request(`/api/v1/buildings/${buildingId}/signs`, { method: 'POST', headers: city.cityHeaders, body })).status).toBe(401);
    const other = await createTestCity(database);
    const response = await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: other.staffHeaders('city') });
    expect(response.status).toBe(404);
    for (const insider of ['city', 'street-a', 'property-a1']) {
      expect((await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: city.staffHeaders(insider) })).status, insider).toBe(200);
    }
  });

  it('a reprint needs a reason', async () => {
    const response = await app.request(`/api/v1/buildings/${city.building('dongsheng-1')}/signs`, {
      method: 'POST',
      headers: city.staffHeaders('city'),
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(400);
  });
});

describe('key rotation', () => {
  it('old keys verify until retired; new signs use the newest key; retiring withdraws what it signed', async () => {
    const rotating = await createTestCity(database);
    const [a, b] = [rotating.building('liangjingyuan-3'), rotating.building('dongsheng-1')];
    const signedWithOne = await currentSign(database.db, rotating.cityId, a);
    expect(signedWithOne.sign.kid).toBe(1);

    const second = await rotateSigningKey(database.db, rotating.cityId);
    expect(second.kid).toBe(2);
    expect((await getQr(signedWithOne.token)).status).toBe(200);
    const signedWithTwo = await currentSign(database.db, rotating.cityId, b);
    expect(signedWithTwo.sign.kid).toBe(2);
    expect(decodeSignToken(signedWithTwo.token)!.kid).toBe(2);

    // Retiring key 1 while a valid sign depends on it needs force.
    await expect(retireSigningKey(database.db, rotating.cityId, 1, { now: now() })).rejects.toMatchObject({ code: 'invalid-command' });

    // Reprint the old sign with the new key, then key 1 retires cleanly.
    const reprinted = await reissueSign(database.db, rotating.cityId, a, { reason: '换新密钥', now: now() });
    expect(reprinted.sign.kid).toBe(2);
    const retired = await retireSigningKey(database.db, rotating.cityId, 1, { now: now() });
    expect(retired.retiredAt).not.toBeNull();
    expect((await getQr(reprinted.token)).status).toBe(200);
    expect((await getQr(signedWithOne.token)).status).toBe(410);
    // The last active key never retires: new signs need one.
    await expect(retireSigningKey(database.db, rotating.cityId, 2, { now: now(), force: true })).rejects.toMatchObject({ code: 'invalid-command' });

    const keys = await listSigningKeys(database.db, rotating.cityId);
    expect(keys.map((key) => [key.kid, key.retiredAt !== null, key.validSigns])).toEqual([
      [1, true, 0],
      [2, false, 2],
    ]);
  });

  it('a forced retirement withdraws the signs still signed with the key', async () => {
    const rotating = await createTestCity(database);
    const old = await currentSign(database.db, rotating.cityId, rotating.building('dongsheng-1'));
    await rotateSigningKey(database.db, rotating.cityId);
    await retireSigningKey(database.db, rotating.cityId, 1, { now: now(), force: true });
    const response = await getQr(old.token);
    expect(response.status).toBe(410);
    expect((await response.json()).detail).toMatch(/retired/);
  });

  it('many signs at once are issued in one go, each with its own token', async () => {
    const bulk = await createTestCity(database);
    const ids = [bulk.building('liangjingyuan-3'), bulk.building('dongsheng-1')];
    const issued = await currentSigns(database.db, bulk.cityId, ids);
    expect([...issued.keys()].sort()).toEqual([...ids].sort());
    expect(new Set([...issued.values()].map((sign) => sign.token)).size).toBe(2);
    await expect(currentSigns(database.db, bulk.cityId, [...ids, city.building('dongsheng-1')])).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('reports from a scanned sign', () => {
  it('set the building and the channel qr, whatever channel the body names', async () => {
    const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const response = await submit({ qrToken: token, channel: 'web' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.case).toMatchObject({ channel: 'qr', place: { buildingId: city.building('liangjingyuan-3'), buildingName: '丽景苑3号楼' }, holder: { name: '金晖社区第一网格' } });
  });

  it('accept the same building id beside the token, refuse a different one and file nothing', async () => {
    const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    expect((await submit({ qrToken: token, buildingId: city.building('liangjingyuan-3') })).status).toBe(201);
    const before = await caseCount();
    const response = await submit({ qrToken: token, buildingId: city.building('dongsheng-1') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'validation-failed', errors: [{ field: 'buildingId' }] });
    expect(await caseCount()).toBe(before);
  });

  it('refuse a tampered token and file nothing', async () => {
    const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const before = await caseCount();
    const response = await submit({ qrToken: flipBit(token, 3), address: '丽景苑' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'qr-token-invalid' });
    expect(await caseCount()).toBe(before);
  });

  it('refuse channel qr without a token, so QR reports are counted honestly', async () => {
    const response = await submit({ channel: 'qr', buildingId: city.building('liangjingyuan-3') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'qrToken' }] });
  });
});

describe('buildings for the public', () => {
  it('show a building\'s open problems without anything personal', async () => {
    const buildingId = city.building('liangjingyuan-3');
    const filed = await (await submit({ buildingId, categoryId: city.category('01.01.01'), contact: { name: '王女士', phone: '13812341234' } })).json();
    const response = await app.request(`/api/v1/buildings/${buildingId}/cases`, { headers: city.cityHeaders });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThanOrEqual(1);
    // The fake clock stands still, so every case here has the same time: look for this one by its category.
    expect(body.data).toContainEqual(
      expect.objectContaining({ kind: 'complaint', status: 'submitted', category: expect.objectContaining({ level3: '城管执法' }), holder: expect.objectContaining({ name: '金晖社区第一网格' }) }),
    );
    const text = JSON.stringify(body);
    for (const personal of [filed.trackingCode, '王女士', '1381234', '楼道灯坏了', filed.case.title]) expect(text).not.toContain(personal);
  });

  it('answer a building\'s detail and a 404 for one of another city', async () => {
    const response = await app.request(`/api/v1/buildings/${city.building('dongsheng-1')}`, { headers: city.cityHeaders });
    expect(await response.json()).toMatchObject({ name: '东晟小区1号楼', property: { name: '美顺物业' }, community: { name: '东晟社区' } });
    const other = await createTestCity(database);
    expect((await app.request(`/api/v1/buildings/${other.building('dongsheng-1')}`, { headers: city.cityHeaders })).status).toBe(404);
    expect((await app.request(`/api/v1/buildings/${other.building('dongsheng-1')}/cases`, { headers: city.cityHeaders })).status).toBe(404);
  });

  it('filter by community, street and property company', async () => {
    const list = async (query: string) =>
      ((await (await app.request(`/api/v1/buildings?${query}`, { headers: city.cityHeaders })).json()).data as { name: string }[]).map((b) => b.name);
    expect(await list(`communityUnitId=${city.unit('community-a1')}`)).toEqual(['东晟小区1号楼']);
    expect(await list(`streetUnitId=${city.unit('street-b')}`)).toEqual(['丽景苑3号楼']);
    expect(await list(`propertyUnitId=${city.unit('property-a1')}`)).toEqual(['东晟小区1号楼']);
    expect(await list(`streetUnitId=${city.unit('street-a')}&q=丽景`)).toEqual([]);
    expect((await app.request('/api/v1/buildings?communityUnitId=nope', { headers: city.cityHeaders })).status).toBe(400);
  });
});

describe('scan counts', () => {
  it('count scans of the sign page per sign and day, and nothing about the person', async () => {
    const counting = await createTestCity(database);
    const buildingId = counting.building('liangjingyuan-3');
    const { token } = await currentSign(database.db, counting.cityId, buildingId);
    for (let scan = 0; scan < 3; scan++) expect((await app.request(`/s/${token}`)).status).toBe(200);
    // Reading the token through the API (as the report form does) is not a scan.
    await getQr(token);
    const [signSummary] = (await (await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: counting.staffHeaders('grid-b1-1') })).json()).data;
    expect(signSummary.scans).toEqual({ total: 3, last30Days: 3 });
    const columns = await queryRows<{ column_name: string }>(database.db, sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'sign_scans' ORDER BY column_name`);
    expect(columns.map((column) => column.column_name)).toEqual(['building_id', 'city_id', 'count', 'day', 'sign_id']);
  });
});

describe('the scan page over HTTP', () => {
  it('picks the language from ?lang, then the browser\'s preferences with their weights', async () => {
    expect(chooseLanguage(undefined, undefined)).toBe('zh-CN');
    expect(chooseLanguage(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(chooseLanguage(undefined, 'fr-FR, en;q=0.4, zh-CN;q=0.8')).toBe('zh-CN');
    expect(chooseLanguage(undefined, 'de, fr')).toBe('zh-CN');
    expect(chooseLanguage('en', 'zh-CN')).toBe('en');
    expect(chooseLanguage('xx', 'en')).toBe('en');
    const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
    const english = await (await app.request(`/s/${token}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Report a problem');
  });

  it('tells a withdrawn sign from an unknown one, escapes what it shows, and runs only its own scripts', async () => {
    const other = await createTestCity(database);
    const buildingId = other.building('dongsheng-1');
    await database.db.execute(sql`UPDATE buildings SET name = '<script>alert(1)</script>楼' WHERE id = ${buildingId}`);
    const { token } = await currentSign(database.db, other.cityId, buildingId);
    const page = await app.request(`/s/${token}`);
    const html = await page.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;楼');
    const policy = page.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(policy).toContain("script-src 'self'");
    for (const tag of html.match(/<script[^>]*>/g)!) expect(tag).toContain(`nonce="${nonce}"`);
    expect(page.headers.get('cache-control')).toBe('no-store');

    await reissueSign(database.db, other.cityId, buildingId, { reason: '重印', now: now() });
    const withdrawn = await app.request(`/s/${token}`);
    expect(withdrawn.status).toBe(410);
    const refusal = await withdrawn.text();
    expect(refusal).toContain('这个标识已经停用');
    expect(refusal).not.toContain('building-token');
    const unknown = await app.request('/s/not-a-sign');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('无法识别这个二维码');
  });

  it('does not count a browser\'s prefetch as a scan', async () => {
    const counting = await createTestCity(database);
    const buildingId = counting.building('dongsheng-1');
    const { token } = await currentSign(database.db, counting.cityId, buildingId);
    await app.request(`/s/${token}`, { headers: { 'sec-purpose': 'prefetch;prerender' } });
    await app.request(`/s/${token}`);
    const [sign] = (await (await app.request(`/api/v1/buildings/${buildingId}/signs`, { headers: counting.staffHeaders('city') })).json()).data;
    expect(sign.scans.total).toBe(1);
  });
});
