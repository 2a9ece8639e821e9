import type { App, DatabaseHandle } from '@huying/api';
import { startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, HuyingClient, PermissionDeniedError, type Fetch } from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const appFetch: Fetch = async (input, init) => app.request(input, init);
const as = (unitKey: string) => new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, staffToken: city.tokens.get(unitKey)! });

describe('the loop through the SDK', () => {
  it('reads and changes the loop settings, with typed refusals', async () => {
    const dispatcher = as('city');
    const policy = await dispatcher.staff.loop.policy();
    expect(policy).toMatchObject({ isDefault: true, warnAtPercent: 80 });
    const { isDefault: _isDefault, ...settings } = policy;
    await expect(as('community-a1').staff.loop.setPolicy({ ...settings, warnAtPercent: 75 })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await dispatcher.staff.loop.setPolicy({ ...settings, warnAtPercent: 75 })).toMatchObject({ warnAtPercent: 75, isDefault: false });

    expect((await dispatcher.staff.loop.calendar()).years.at(-1)).toMatchObject({ year: 2026, origin: 'national' });
    expect(await dispatcher.staff.loop.dueDate({ from: '2026-02-13T10:00:00+08:00', amount: 2, unit: 'working_days' })).toMatchObject({
      dueAt: '2026-02-24T02:00:00.000Z',
    });
    expect(await dispatcher.staff.loop.matchSlaRule({ kind: 'complaint', urgency: 'urgent' })).toMatchObject({ name: '紧急诉求' });

    const rule = await dispatcher.staff.loop.createRoutingRule({ categoryCode: '01.02', targetPlace: 'property' });
    expect(await dispatcher.staff.loop.previewIntake({ kind: 'complaint', categoryId: city.category('01.02.01'), buildingId: city.building('dongsheng-1') })).toMatchObject({
      unit: { name: '美顺物业' },
      reason: 'rule',
      ruleId: rule.id,
    });
    await dispatcher.staff.loop.deleteRoutingRule(rule.id);
    expect((await dispatcher.staff.loop.routingRules()).data).toEqual([]);
  });

  it('supervises a case and answers the notice, once', async () => {
    const filed = await new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch }).cases.create({
      kind: 'complaint',
      buildingId: city.building('dongsheng-1'),
      description: '小区门口路灯不亮，晚上出行不便。',
    });
    const grid = as('grid-a1-1');
    const held = await grid.staff.cases.list({ scope: 'held' }).toArray();
    const id = held.find((item) => item.trackingCode === filed.trackingCode)!.id;
    await as('street-a').staff.cases.supervise(id, { reason: '请尽快处理' });
    const [notice] = (await grid.staff.supervision.notices()).data;
    expect(notice).toMatchObject({ caseId: id, unit: { kind: 'grid' }, answeredAt: null });
    expect(await grid.staff.supervision.answer(notice!.id, '今日修复')).toMatchObject({ answer: '今日修复' });
    await expect(grid.staff.supervision.answer(notice!.id, '再答')).rejects.toBeInstanceOf(ConflictError);
    expect((await grid.staff.cases.get(id)).timeline.map((entry) => entry.type)).toEqual(['submitted', 'supervised', 'supervision_answered']);
  });
});
