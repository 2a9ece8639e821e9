import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import type { App } from '../src/app.js';
import { parseCsv } from '../src/services/buildings/csv.js';
import { BuildingImportError, importBuildings } from '../src/services/buildings/import.js';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const buildingsOf = (cityId: string) =>
  queryRows<{ code: string | null; name: string; address: string; grid: string; property: string | null; latitude: number | null }>(
    database.db,
    sql`SELECT b.code, b.name, b.address, g.name AS grid, p.name AS property, b.latitude
        FROM buildings b JOIN units g ON g.id = b.grid_unit_id LEFT JOIN units p ON p.id = b.property_unit_id
        WHERE b.city_id = ${cityId} ORDER BY b.name`,
  );

async function rejection(promise: Promise<unknown>): Promise<BuildingImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BuildingImportError);
  return error as BuildingImportError;
}

describe('the CSV reader', () => {
  it('reads quotes, doubled quotes, line breaks in fields, CRLF and a BOM, with the line each record starts on', () => {
    const records = parseCsv('\ufeffname,address\r\n"A, one","say ""hi"""\r\n\r\n"multi\nline",x\nlast,y');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'address'] },
      { line: 2, fields: ['A, one', 'say "hi"'] },
      { line: 4, fields: ['multi\nline', 'x'] },
      { line: 6, fields: ['last', 'y'] },
    ]);
  });

  it('reports the line of broken quoting', () => {
    expect(() => parseCsv('a,b\n"open,field\nx,y')).toThrow(/line 2/);
    expect(() => parseCsv('a,b\nx"y,z')).toThrow(/line 2/);
    expect(() => parseCsv('a,b\n"x"y,z')).toThrow(/line 2/);
  });
});

describe('importing buildings', () => {
  it('adds buildings from CSV with Chinese headers, by grid name or path, and updates them on re-import', async () => {
    const target = await createTestCity(database);
    const csv = [
      '编码,名称,地址,网格,物业,纬度,经度',
      'ZY-001,金晖花园1号楼,招远市温泉街道金晖花园1号楼,金晖社区第一网格,,37.36,120.41',
      'ZY-002,东晟小区2号楼,招远市泉山街道东晟小区2号楼,泉山街道/东晟社区/东晟社区第一网格,美顺物业,,',
    ].join('\n');
    const first = await importBuildings(database.db, { cityId: target.cityId, text: csv });
    expect(first).toEqual({ format: 'csv', rows: 2, inserted: 2, updated: 0, unchanged: 0, dryRun: false });
    const again = await importBuildings(database.db, { cityId: target.cityId, text: csv });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });

    const changed = csv.replace('招远市温泉街道金晖花园1号楼', '招远市温泉街道金晖路8号金晖花园1号楼');
    expect(await importBuildings(database.db, { cityId: target.cityId, text: changed })).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const rows = await buildingsOf(target.cityId);
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.code === 'ZY-001')).toMatchObject({ address: '招远市温泉街道金晖路8号金晖花园1号楼', grid: '金晖社区第一网格', latitude: 37.36 });
    expect(rows.find((row) => row.code === 'ZY-002')).toMatchObject({ property: '美顺物业', grid: '东晟社区第一网格' });
  });

  it('reads JSON Lines, and without codes matches on grid and name; a code given later is adopted', async () => {
    const target = await createTestCity(database);
    const line = (fields: Record<string, unknown>) => JSON.stringify({ name: '丽景苑3号楼', address: '温泉街道金晖社区丽景苑3号楼', grid: '金晖社区第一网格', ...fields });
    // The test city already has 丽景苑3号楼 in that grid, with no code.
    const report = await importBuildings(database.db, { cityId: target.cityId, text: `${line({ latitude: 37.37, longitude: 120.42 })}\n\n${line({ name: '丽景苑4号楼', address: '温泉街道金晖社区丽景苑4号楼' })}\n` });
    expect(report).toMatchObject({ format: 'jsonl', rows: 2, inserted: 1, updated: 1 });
    await importBuildings(database.db, { cityId: target.cityId, text: line({ code: 'LJY-3', latitude: 37.37, longitude: 120.42 }) });
    const rows = await buildingsOf(target.cityId);
    expect(rows.filter((row) => row.name === '丽景苑3号楼')).toEqual([expect.objectContaining({ code: 'LJY-3', latitude: 37.37 })]);
    expect(rows).toHaveLength(3);
  });

  it('reports every bad row with its line and reason, and imports nothing', async () => {
    const target = await createTestCity(database);
    const before = await buildingsOf(target.cityId);
    const csv = [
      'code,name,address,grid,property,latitude,longitude',
      'A-1,好楼1号,招远市某路1号,金晖社区第一网格,,,',
      'A-2,,招远市某路2号,金晖社区第一网格,,,',
      'A-3,坏楼3号,招远市某路3号,不存在的网格,,,',
      'A-4,坏楼4号,招远市某路4号,金晖社区第一网格,无名物业,,',
      'A-5,坏楼5号,招远市某路5号,金晖社区第一网格,,91,120',
      'A-6,坏楼6号,招远市某路6号,金晖社区第一网格,,37.1,',
      'A-1,坏楼7号,招远市某路7号,金晖社区第一网格,,,',
      'A 8,坏楼8号,招远市某路8号,金晖社区第一网格,,,',
      'A-9,好楼1号,招远市某路9号,金晖社区第一网格,,,',
      'A-10,坏楼10号,招远市某路10号',
    ].join('\n');
    const error = await rejection(importBuildings(database.db, { cityId: target.cityId, text: csv }));
    expect(error.rowErrors.map((row) => [row.line, row.field])).toEqual([
      [3, 'name'],
      [4, 'grid'],
      [5, 'property'],
      [6, 'latitude'],
      [7, 'longitude'],
      [8, 'code'],
      [9, 'code'],
      [10, 'name'],
      [11, null],
      [11, 'grid'],
    ]);
    expect(error.rowErrors[1]!.message).toMatch(/no grid named "不存在的网格"/);
    expect(error.rowErrors[5]!.message).toMatch(/same code as line 2/);
    expect(error.status).toBe(422);
    expect(await buildingsOf(target.cityId)).toEqual(before);
  });

  it('refuses an unknown column, a missing one and broken JSON lines', async () => {
    const target = await createTestCity(database);
    const header = await rejection(importBuildings(database.db, { cityId: target.cityId, text: 'name,adress,grid\nx,y,z' }));
    expect(header.rowErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ line: 1, field: 'adress' }), expect.objectContaining({ line: 1, field: 'address' })]),
    );
    const jsonl = await rejection(importBuildings(database.db, { cityId: target.cityId, format: 'jsonl', text: '{"name":"x"\n[1]\n{"name":"楼","address":"址","grid":"金晖社区第一网格","colour":"red"}' }));
    expect(jsonl.rowErrors.map((row) => [row.line, row.message])).toEqual([
      [1, 'not valid JSON'],
      [2, 'each line is one JSON object'],
      [3, expect.stringMatching(/unknown field/)],
    ]);
    expect((await rejection(importBuildings(database.db, { cityId: target.cityId, text: '' }))).rowErrors[0]!.message).toMatch(/no buildings/);
  });

  it('asks for a path when a grid name is ambiguous', async () => {
    const target = await createTestCity(database);
    await database.db.execute(
      sql`INSERT INTO units (id, city_id, kind, name, parent_id, path)
          SELECT gen_random_uuid(), city_id, 'grid', '金晖社区第一网格', ${target.unit('community-a1')}, ARRAY[${target.unit('city')}, ${target.unit('street-a')}, ${target.unit('community-a1')}, gen_random_uuid()::text]
          FROM units WHERE id = ${target.unit('city')}`,
    );
    const ambiguous = await rejection(importBuildings(database.db, { cityId: target.cityId, text: 'name,address,grid\n新楼,新址,金晖社区第一网格' }));
    expect(ambiguous.rowErrors[0]!.message).toMatch(/2 grids are named/);
    const byPath = await importBuildings(database.db, { cityId: target.cityId, text: 'name,address,grid\n新楼,新址,温泉街道/金晖社区第一网格' });
    expect(byPath.inserted).toBe(1);
  });

  it('checks without writing on a dry run', async () => {
    const target = await createTestCity(database);
    const report = await importBuildings(database.db, { cityId: target.cityId, dryRun: true, text: 'name,address,grid\n试楼,试址,金晖社区第一网格' });
    expect(report).toMatchObject({ dryRun: true, inserted: 1 });
    expect(await buildingsOf(target.cityId)).toHaveLength(2);
  });

  it('imports a register excerpt built from the real demo data', async () => {
    const target = await createTestCity(database);
    // Real estate names from the shared citizen messages, placed in the test city's grids.
    const messages = readFileSync(new URL('../../../../shared/data/messages/messages-labelled.jsonl', import.meta.url), 'utf8').split('\n').slice(0, 200).join('');
    const estates = [...new Set(messages.match(/[\u4e00-\u9fa5]{2,6}(?:小区|花园|家园|苑)/g) ?? [])].slice(0, 40);
    expect(estates.length).toBeGreaterThan(5);
    const rows = estates.map((estate, index) => `ZY-${index},${estate}1号楼,"招远市温泉街道${estate}1号楼",${index % 2 ? '东晟社区第一网格' : '金晖社区第一网格'},,,`);
    const report = await importBuildings(database.db, { cityId: target.cityId, text: ['code,name,address,grid,property,latitude,longitude', ...rows].join('\n') });
    expect(report.inserted).toBe(estates.length);
  });
});

describe('POST /building-imports', () => {
  let adminToken: string;
  let streetAdminToken: string;
  beforeAll(async () => {
    ({ token: adminToken } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '平台管理员' }));
    ({ token: streetAdminToken } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('street-a'), role: 'admin', displayName: '泉山街道管理员' }));
  });
  const post = (token: string | null, body: string, contentType = 'text/csv', query = '') =>
    app.request(`/api/v1/building-imports${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const csv = 'code,name,address,grid\nAPI-1,接口楼1号,招远市接口路1号,东晟社区第一网格';

  it('imports for an administrator, and a dry run writes nothing', async () => {
    const dry = await post(adminToken, csv, 'text/csv', '?dryRun=true');
    expect(await dry.json()).toMatchObject({ dryRun: true, inserted: 1 });
    expect((await buildingsOf(city.cityId)).some((row) => row.code === 'API-1')).toBe(false);
    const response = await post(adminToken, csv);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ inserted: 1 });
    const jsonl = await post(adminToken, JSON.stringify({ code: 'API-2', name: '接口楼2号', address: '招远市接口路2号', grid: '东晟社区第一网格' }), 'application/x-ndjson');
    expect(await jsonl.json()).toMatchObject({ format: 'jsonl', inserted: 1 });
    const form = new FormData();
    form.set('file', new File([JSON.stringify({ code: 'API-3', name: '接口楼3号', address: '招远市接口路3号', grid: '东晟社区第一网格' })], 'register.jsonl'));
    const upload = await app.request('/api/v1/building-imports', { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
    expect(await upload.json()).toMatchObject({ format: 'jsonl', inserted: 1 });
    const empty = await app.request('/api/v1/building-imports', { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: new FormData() });
    expect(empty.status).toBe(400);
  });

  it('refuses staff who are not administrators, and callers without a token', async () => {
    expect((await post(city.tokens.get('city')!, csv)).status).toBe(403);
    expect((await post(null, csv)).status).toBe(401);
  });

  it('keeps an administrator below the city to their own subtree', async () => {
    const outside = await post(streetAdminToken, 'name,address,grid\n越界楼,某址,金晖社区第一网格');
    expect(outside.status).toBe(422);
    expect(await outside.json()).toMatchObject({ code: 'import-rejected', rowErrors: [{ line: 2, field: 'grid', message: 'this grid is outside your unit' }] });
    expect((await post(streetAdminToken, 'name,address,grid\n界内楼,某址,东晟社区第一网格')).status).toBe(200);
  });

  it('answers a refused file with problem details listing the lines', async () => {
    const response = await post(adminToken, 'name,address,grid\n,缺名,东晟社区第一网格\n好楼,好址,无此网格');
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body).toMatchObject({ code: 'import-rejected', errorCount: 2, errors: [{ field: 'line 2: name' }, { field: 'line 3: grid' }] });
    expect((await post(adminToken, '{"name":1}', 'application/json')).status).toBe(415);
  });
});
