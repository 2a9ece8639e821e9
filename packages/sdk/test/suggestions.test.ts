import type { App, DatabaseHandle } from '@huying/api';
import { startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, HuyingClient, NotFoundError, PermissionDeniedError, type Fetch } from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
});
afterAll(() => database.close());

const appFetch: Fetch = async (input, init) => app.request(input, init);
const as = (unitKey: string) => new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, staffToken: city.tokens.get(unitKey)! });

describe('routing suggestions through the SDK', () => {
  it('suggests for text, for a case, records a decision once, and reports acceptance', async () => {
    const dispatcher = as('city');
    const text = await dispatcher.staff.suggestions.forText({ title: '物业乱收停车费', description: '小区物业公司不经业主同意收取停车费，物业服务很差' });
    expect(text.categories[0]?.category).toMatchObject({ level3: '物业服务' });
    expect(text.modelVersion).toMatch(/^routing-/);

    const filed = await new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch }).cases.create({
      kind: 'complaint',
      buildingId: city.building('dongsheng-1'),
      description: '小区物业公司乱收停车费，业主多次投诉物业没有结果。',
    });
    const held = await as('grid-a1-1').staff.cases.list({ scope: 'held' }).toArray();
    const id = held.find((item) => item.trackingCode === filed.trackingCode)!.id;

    const { suggestion, decision } = await dispatcher.staff.suggestions.forCase(id, { limit: 3 });
    expect(decision).toBeNull();
    expect(suggestion.categories.length).toBeLessThanOrEqual(3);
    const top = suggestion.units[0]!;
    const chosen = { categoryId: suggestion.categories[0]!.category.id, unitId: top.unit.id };
    const recorded = await dispatcher.staff.suggestions.decide(id, chosen, { idempotencyKey: `sdk-${id}` });
    expect(recorded).toMatchObject({ categoryOutcome: 'accepted', unitOutcome: 'accepted' });
    expect((await dispatcher.staff.suggestions.decide(id, chosen, { idempotencyKey: `sdk-${id}` })).id).toBe(recorded.id);
    expect((await dispatcher.staff.suggestions.forCase(id)).decision?.id).toBe(recorded.id);

    const acceptance = await dispatcher.staff.suggestions.acceptance();
    expect(acceptance.data).toEqual([expect.objectContaining({ modelVersion: text.modelVersion, decisions: 1 })]);
  });

  it('raises typed errors for refusals', async () => {
    await expect(as('grid-a1-1').staff.suggestions.forText({ description: '停水三天了' })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(as('city').staff.suggestions.forCase(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(as('city').staff.suggestions.forText({ description: '' })).rejects.toBeInstanceOf(BadRequestError);
    await expect(as('community-a1').staff.suggestions.acceptance()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
