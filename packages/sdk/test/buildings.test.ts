import type { App, DatabaseHandle } from '@huying/api';
import { createStaffAccount, startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError, BadRequestError, HuyingClient, NotFoundError, UnprocessableEntityError, type Fetch } from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const appFetch: Fetch = async (input, init) => app.request(input, init);
const client = (staffUnit?: string) =>
  new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, ...(staffUnit ? { staffToken: city.tokens.get(staffUnit)! } : {}) });

describe('buildings and their signs through the SDK', () => {
  it('list with filters, get one, and see its open problems', async () => {
    const huying = client();
    const inStreet = await huying.buildings.list({ streetUnitId: city.unit('street-a') }).toArray();
    expect(inStreet.map((building) => building.name)).toEqual(['东晟小区1号楼']);
    const detail = await huying.buildings.get(city.building('dongsheng-1'));
    expect(detail).toMatchObject({ community: { name: '东晟社区' }, property: { name: '美顺物业' } });
    await huying.cases.create({ kind: 'complaint', buildingId: detail.id, description: '单元门禁坏了，外人随意进出。' });
    const open = await huying.buildings.openCases(detail.id);
    expect(open.total).toBe(1);
    expect(open.data[0]).toMatchObject({ kind: 'complaint', status: 'submitted' });
  });

  it('print, reissue and withdraw a sign as staff, and read tokens as a resident', async () => {
    const staff = client('community-a1');
    const id = city.building('dongsheng-1');
    const pdf = Buffer.from(await staff.buildings.signPdf(id, { perPage: 4 }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const svg = await staff.buildings.signSvg(id);
    const firstUrl = /扫码 (\S+?)，/.exec(svg)![1]!;
    const firstToken = firstUrl.split('/s/')[1]!;
    expect((await client().buildings.fromQrToken(firstToken)).sign.version).toBe(1);

    const reissued = await staff.buildings.reissueSign(id, '标识被涂改');
    expect(reissued.version).toBe(2);
    const refused = await client().buildings.fromQrToken(firstToken).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(APIError);
    expect(refused).toMatchObject({ status: 410, code: 'qr-token-revoked' });
    await expect(client().buildings.fromQrToken(`${firstToken.slice(0, -2)}AA`)).rejects.toBeInstanceOf(BadRequestError);

    const withdrawn = await staff.buildings.revokeSign(id, '楼栋拆除');
    expect(withdrawn).toMatchObject({ version: 2, status: 'revoked' });
    expect((await staff.buildings.signs(id)).map((sign) => sign.status)).toEqual(['revoked', 'revoked']);
    await expect(client('community-b1').buildings.signPdf(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('import a register file as an administrator; a bad file names its lines', async () => {
    const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '管理员' });
    const admin = new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, staffToken: token });
    const report = await admin.buildings.import('code,name,address,grid\nSDK-1,新楼1号,招远市新路1号,东晟社区第一网格', { fileName: 'register.csv' });
    expect(report).toMatchObject({ format: 'csv', inserted: 1 });
    const error = await admin.buildings.import('{"name":"缺地址","grid":"东晟社区第一网格"}', { fileName: 'register.jsonl' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).fieldErrors).toEqual([{ field: 'line 1: address', message: 'is required' }]);
  });
});
