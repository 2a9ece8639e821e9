import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { categories } from '../src/db/schema/index.js';
import { routingClassifier } from '../src/services/suggestions/routing-model.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let otherCity: TestCity;
let app: App;

/** Categories of the real taxonomy added to the test city, with the owner each gets. */
const extraCategories = {
  water: { code: '90.01.01', level1: '城乡建设', level2: '城市建设和市政管理', level3: '自来水供应', ownerKey: 'dept-water' },
  wages: { code: '90.02.01', level1: '劳动和社会保障', level2: '工资福利', level3: '工资发放', ownerKey: null },
  rubbish: { code: '90.01.02', level1: '城乡建设', level2: '城市建设和市政管理', level3: '环境卫生', ownerKey: null },
  heating: { code: '90.01.03', level1: '城乡建设', level2: '城市建设和市政管理', level3: '冬季采暖', ownerKey: 'dept-housing' },
} as const;
const categoryIds = new Map<string, string>();

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
  otherCity = await createTestCity(database);
  for (const [key, category] of Object.entries(extraCategories)) {
    const id = crypto.randomUUID();
    categoryIds.set(key, id);
    await database.db.insert(categories).values({
      id,
      cityId: city.cityId,
      code: category.code,
      level1: category.level1,
      level2: category.level2,
      level3: category.level3,
      ownerUnitId: category.ownerKey ? city.unit(category.ownerKey) : null,
    });
  }
});
afterAll(() => database.close());

const category = (key: keyof typeof extraCategories) => categoryIds.get(key)!;

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
const suggest = (unitKey: string, body: unknown, target: TestCity = city) => post('/api/v1/staff/suggestions', target.staffHeaders(unitKey), body);

const water = { title: '小区停水三天', description: '自来水公司没有通知就停水，停水三天了，自来水水压也很低' };
const property = { title: '物业乱收停车费', description: '小区物业公司不经业主同意收取停车费，物业服务很差' };

async function fileCase(description: string, extra: Record<string, unknown> = {}) {
  const response = await post('/api/v1/cases', city.cityHeaders, { kind: 'complaint', buildingId: city.building('dongsheng-1'), description, ...extra });
  expect(response.status).toBe(201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  const list = (await (await app.request('/api/v1/staff/cases?limit=200', { headers: city.staffHeaders('city') })).json()) as { data: { id: string; trackingCode: string }[] };
  return list.data.find((item) => item.trackingCode === trackingCode)!.id;
}

const act = (unitKey: string, id: string, action: string, body: unknown = {}) => post(`/api/v1/staff/cases/${id}/${action}`, city.staffHeaders(unitKey), body);

describe('suggestions for free text', () => {
  it('rank the city\'s categories for the text, with the words behind them and the model version', async () => {
    const response = await suggest('city', water);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.modelVersion).toBe(routingClassifier().version);
    expect(body.knownTerms).toBeGreaterThan(5);
    expect(body.categories[0]).toMatchObject({ category: { id: category('water'), level3: '自来水供应' } });
    expect(body.categories[0].terms).toEqual(expect.arrayContaining(['停水']));
    expect(body.level1[0].name).toBe('城乡建设');
    // Only the city's own categories are suggested.
    const ids = new Set([...city.categoryIds.values(), ...categoryIds.values()]);
    expect(body.categories.every((entry: { category: { id: string } }) => ids.has(entry.category.id))).toBe(true);
  });

  it('find a city category filed under its own level-2 group by its level-1 and level-3 names', async () => {
    // The test city files 物业服务 under 城乡建设/物业管理; the taxonomy under 住房保障与房地产.
    const body = await (await suggest('city', property)).json();
    expect(body.categories[0].category).toMatchObject({ id: city.category('01.02.01'), level2: '物业管理', level3: '物业服务' });
  });

  it('propose the owning department for an owned category, with the reason', async () => {
    const body = await (await suggest('city', water)).json();
    expect(body.units[0]).toMatchObject({ unit: { id: city.unit('dept-water'), kind: 'department' } });
    expect(body.units[0].reasons).toContainEqual({ type: 'category_owner', categoryId: category('water') });
    const total = body.units.reduce((sum: number, unit: { score: number }) => sum + unit.score, 0);
    expect(total).toBeLessThanOrEqual(1.0001);
  });

  it('propose the building\'s own unit for an unowned local matter, and follow a chosen category', async () => {
    const body = await (await suggest('street-a', { ...property, buildingId: city.building('dongsheng-1'), categoryId: city.category('01.02.01') })).json();
    expect(body.basedOnCategory).toMatchObject({ id: city.category('01.02.01') });
    expect(body.units[0]).toMatchObject({ unit: { id: city.unit('grid-a1-1') }, reasons: [{ type: 'place', categoryId: city.category('01.02.01') }] });
  });

  it('follow the city\'s routing rules and its history of resolved cases', async () => {
    const rule = await post('/api/v1/staff/loop/routing-rules', city.staffHeaders('city'), {
      categoryCode: '01.02',
      targetPlace: 'property',
      note: '物业服务交物业公司',
    });
    expect(rule.status).toBe(201);
    const ruleId = ((await rule.json()) as { id: string }).id;

    // Three cases of 物业服务 at the building, resolved by the property company and the community.
    const resolvers = ['property-a1', 'property-a1', 'community-a1'];
    for (const resolver of resolvers) {
      const id = await fileCase('小区物业乱收费，物业服务很差，业主多次投诉物业', { categoryId: city.category('01.02.01') });
      const held = ((await (await app.request(`/api/v1/staff/cases/${id}`, { headers: city.staffHeaders('city') })).json()) as { holder: { id: string } }).holder.id;
      const holderKey = [...city.unitIds].find(([, unitId]) => unitId === held)![0];
      if (holderKey !== resolver) {
        expect((await act(holderKey, id, 'escalate', { reason: '需社区协调' })).status).toBe(200);
        expect((await act('community-a1', id, 'dispatch', { toUnitId: city.unit(resolver) })).status === 200 || resolver === 'community-a1').toBe(true);
      }
      expect((await act(resolver, id, 'accept')).status).toBe(200);
      expect((await act(resolver, id, 'resolve', { reply: '已处理，物业已退还停车费。' })).status).toBe(200);
    }

    const body = await (await suggest('city', { ...property, buildingId: city.building('dongsheng-1'), categoryId: city.category('01.02.01') })).json();
    const propertyUnit = body.units.find((unit: { unit: { id: string } }) => unit.unit.id === city.unit('property-a1'));
    expect(body.units[0].unit.id).toBe(city.unit('property-a1'));
    expect(propertyUnit.reasons).toEqual(
      expect.arrayContaining([
        { type: 'routing_rule', categoryId: city.category('01.02.01'), ruleId },
        { type: 'history', categoryId: city.category('01.02.01'), resolved: 2, share: 0.6667 },
        { type: 'nearby_history', categoryId: city.category('01.02.01'), resolved: 2, share: 0.6667 },
      ]),
    );
    const community = body.units.find((unit: { unit: { id: string } }) => unit.unit.id === city.unit('community-a1'));
    expect(community.reasons).toContainEqual({ type: 'history', categoryId: city.category('01.02.01'), resolved: 1, share: 0.3333 });

    // Another city's history never counts here.
    const elsewhere = await (await suggest('city', { ...property, categoryId: otherCity.category('01.02.01') }, otherCity)).json();
    expect(elsewhere.units.flatMap((unit: { reasons: { type: string }[] }) => unit.reasons).some((reason: { type: string }) => reason.type === 'history')).toBe(false);
    await app.request(`/api/v1/staff/loop/routing-rules/${ruleId}`, { method: 'DELETE', headers: city.staffHeaders('city') });
  });

  it('say when the text gives the model nothing to read', async () => {
    const body = await (await suggest('city', { description: '??? !!! 123' })).json();
    expect(body.knownTerms).toBe(0);
    expect(body.categories.length).toBeGreaterThan(0);
  });

  it('are for the units that route cases: grid members, departments and property companies are refused', async () => {
    for (const unitKey of ['grid-a1-1', 'dept-water', 'property-a1']) {
      const response = await suggest(unitKey, water);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect((await response.json()).code).toBe('forbidden');
    }
    for (const unitKey of ['street-a', 'community-b1']) expect((await suggest(unitKey, water)).status).toBe(200);
  });

  it('need a staff token', async () => {
    const none = await app.request('/api/v1/staff/suggestions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(water) });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await app.request('/api/v1/staff/suggestions', {
      method: 'POST',
      headers: { authorization: 'Bearer hy_staff_not-a-real-token-at-all', 'content-type': 'application/json' },
      body: JSON.stringify(water),
    });
    expect(wrong.status).toBe(401);
  });

  it('refuse bad input with a problem naming the field, and change nothing', async () => {
    const cases: [unknown, string][] = [
      [{ title: '停水' }, 'json.description'],
      [{ description: '停' }, 'json.description'],
      [{ ...water, limit: 11 }, 'json.limit'],
      [{ ...water, buildingId: 'not-a-uuid' }, 'json.buildingId'],
      [{ ...water, kind: 'rumour' }, 'json.kind'],
      [{ ...water, extra: true }, 'json'],
      [{ ...water, description: 'x'.repeat(8001) }, 'json.description'],
    ];
    for (const [body, field] of cases) {
      const response = await suggest('city', body);
      expect(response.status).toBe(400);
      const problem = await response.json();
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors[0].field).toContain(field);
    }
    const foreignBuilding = await suggest('city', { ...water, buildingId: otherCity.building('dongsheng-1') });
    expect(foreignBuilding.status).toBe(400);
    expect((await foreignBuilding.json()).errors[0].field).toBe('buildingId');
    const foreignCategory = await suggest('city', { ...water, categoryId: otherCity.category('01.02.01') });
    expect((await foreignCategory.json()).errors[0].field).toBe('categoryId');
    const notJson = await app.request('/api/v1/staff/suggestions', { method: 'POST', headers: city.staffHeaders('city'), body: '{"description":' });
    expect(notJson.status).toBe(400);
  });
});

describe('suggestions for a case', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await fileCase('小区停水三天了，自来水公司没有任何通知，自来水水压也很低');
  });

  const getSuggestion = (unitKey: string, id = caseId) => app.request(`/api/v1/staff/cases/${id}/suggestion`, { headers: city.staffHeaders(unitKey) });
  const decide = (unitKey: string, body: unknown, id = caseId) => post(`/api/v1/staff/cases/${id}/suggestion/decision`, city.staffHeaders(unitKey), body);

  it('are for the holder and the units above it', async () => {
    for (const unitKey of ['grid-a1-1', 'community-a1', 'street-a', 'city']) {
      const response = await getSuggestion(unitKey);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ caseId, currentCategory: null, decision: null });
      expect(body.suggestion.categories[0].category.id).toBe(category('water'));
    }
  });

  it('are hidden from units that do not see the case, and refused to units that see it but do not route it', async () => {
    for (const unitKey of ['community-b1', 'street-b', 'grid-b1-1', 'dept-water']) {
      const response = await getSuggestion(unitKey);
      expect(response.status).toBe(404);
    }
    const escalated = await fileCase('楼道灯坏了一个月没人修');
    expect((await act('grid-a1-1', escalated, 'escalate', { reason: '需社区处理' })).status).toBe(200);
    const formerHolder = await getSuggestion('grid-a1-1', escalated);
    expect(formerHolder.status).toBe(403);
    expect((await formerHolder.json()).code).toBe('forbidden');
    expect((await decide('grid-a1-1', { unitId: city.unit('community-a1') }, escalated)).status).toBe(403);
    expect((await getSuggestion('community-a1', escalated)).status).toBe(200);
    expect((await getSuggestion('city', crypto.randomUUID())).status).toBe(404);
    expect((await getSuggestion('city', 'not-a-uuid')).status).toBe(400);
  });

  it('record a dispatcher accepting the suggestion, and show it as the latest decision', async () => {
    const shown = (await (await getSuggestion('city')).json()).suggestion;
    const response = await decide('city', { categoryId: shown.categories[0].category.id, unitId: shown.units[0].unit.id });
    expect(response.status).toBe(201);
    const { decision } = await response.json();
    expect(decision).toMatchObject({
      caseId,
      modelVersion: shown.modelVersion,
      categoryOutcome: 'accepted',
      unitOutcome: 'accepted',
      chosenCategoryRank: 1,
      chosenUnitRank: 1,
      decidedBy: { unitId: city.unit('city') },
    });
    const again = await (await getSuggestion('community-a1')).json();
    expect(again.decision.id).toBe(decision.id);
  });

  it('record an override with what was chosen instead, and a half left undecided', async () => {
    const response = await decide('community-a1', { categoryId: category('rubbish'), note: '实为小区二次供水设施问题' });
    expect(response.status).toBe(201);
    const { decision } = await response.json();
    expect(decision).toMatchObject({
      categoryOutcome: 'overridden',
      unitOutcome: 'undecided',
      chosen: { categoryId: category('rubbish'), unitId: null },
      suggested: { categoryId: category('water') },
      note: '实为小区二次供水设施问题',
    });
    const unitOnly = await (await decide('city', { unitId: city.unit('dept-housing') })).json();
    expect(unitOnly.decision).toMatchObject({ categoryOutcome: 'undecided', unitOutcome: 'overridden', chosenUnitRank: null });
  });

  it('refuse decisions that choose nothing or choose what the city does not have', async () => {
    const empty = await decide('city', {});
    expect(empty.status).toBe(400);
    expect((await empty.json()).detail).toMatch(/choose a category, a unit or both/);
    expect((await (await decide('city', { categoryId: otherCity.category('01.02.01') })).json()).errors[0].field).toBe('categoryId');
    expect((await (await decide('city', { unitId: otherCity.unit('dept-water') })).json()).errors[0].field).toBe('unitId');
    expect((await decide('city', { unitId: 'x' })).status).toBe(400);
    expect((await decide('city', { unitId: city.unit('city'), note: 'n'.repeat(1001) })).status).toBe(400);
    expect((await decide('community-b1', { unitId: city.unit('city') })).status).toBe(404);
    const latest = await (await getSuggestion('city')).json();
    expect(latest.decision.unitOutcome).toBe('overridden');
  });

  it('count a retried decision once when it carries an idempotency key', async () => {
    const headers = { ...city.staffHeaders('city'), 'idempotency-key': `decision-${caseId}` };
    const first = await post(`/api/v1/staff/cases/${caseId}/suggestion/decision`, headers, { unitId: city.unit('dept-water') });
    const again = await post(`/api/v1/staff/cases/${caseId}/suggestion/decision`, headers, { unitId: city.unit('dept-water') });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [await first.json(), await again.json()];
    expect(b.decision.id).toBe(a.decision.id);
    expect(a.decision.unitOutcome).toBe('accepted');
    const reused = await post(`/api/v1/staff/cases/${caseId}/suggestion/decision`, headers, { unitId: city.unit('dept-housing') });
    expect(reused.status).toBe(422);
    expect((await reused.json()).code).toBe('idempotency-key-reused');
    expect((await decide('city', { unitId: city.unit('city') }, caseId)).status).toBe(201);
  });

  it('follow the guesses for a case whose category the city has since retired', async () => {
    const filed = await fileCase('暖气不热，室温只有十几度', { categoryId: category('heating') });
    await database.db.update(categories).set({ active: false }).where(eq(categories.id, category('heating')));
    const response = await getSuggestion('city', filed);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.currentCategory).toBeNull();
    expect(body.suggestion.categories.some((entry: { category: { id: string } }) => entry.category.id === category('heating'))).toBe(false);
    // Asked for by hand, the retired category is a mistake.
    expect((await suggest('city', { ...water, categoryId: category('heating') })).status).toBe(400);
  });

  it('rank units for the case\'s own category when it has one', async () => {
    const withCategory = await fileCase('单位拖欠工资三个月', { categoryId: category('wages') });
    const body = await (await getSuggestion('city', withCategory)).json();
    expect(body.currentCategory).toMatchObject({ id: category('wages'), level3: '工资发放' });
    expect(body.suggestion.basedOnCategory.id).toBe(category('wages'));
    expect(body.suggestion.units.flatMap((unit: { reasons: { categoryId: string }[] }) => unit.reasons).every((reason: { categoryId: string }) => reason.categoryId === category('wages'))).toBe(true);
  });
});

describe('acceptance figures', () => {
  it('count decisions per model version for the command centre\'s managers', async () => {
    const response = await app.request('/api/v1/staff/suggestions/acceptance', { headers: city.staffHeaders('city') });
    expect(response.status).toBe(200);
    const body = await response.json();
    const row = body.data.find((entry: { modelVersion: string }) => entry.modelVersion === routingClassifier().version);
    // Accepted both; overrode the category; overrode the unit; accepted the unit (retried once); overrode the unit.
    expect(row).toMatchObject({
      decisions: 5,
      category: { accepted: 1, overridden: 1, acceptanceRate: 0.5, topThreeRate: expect.any(Number) },
      unit: { accepted: 2, overridden: 2, acceptanceRate: 0.5 },
    });
    const other = await (await app.request('/api/v1/staff/suggestions/acceptance', { headers: otherCity.staffHeaders('city') })).json();
    expect(other.data).toEqual([]);
  });

  it('are refused to everyone else, and to a period that ends before it starts', async () => {
    for (const unitKey of ['community-a1', 'street-a', 'dept-water']) {
      expect((await app.request('/api/v1/staff/suggestions/acceptance', { headers: city.staffHeaders(unitKey) })).status).toBe(403);
    }
    const backwards = await app.request('/api/v1/staff/suggestions/acceptance?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', { headers: city.staffHeaders('city') });
    expect(backwards.status).toBe(400);
    expect((await app.request('/api/v1/staff/suggestions/acceptance?from=yesterday', { headers: city.staffHeaders('city') })).status).toBe(400);
    const empty = await (await app.request('/api/v1/staff/suggestions/acceptance?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z', { headers: city.staffHeaders('city') })).json();
    expect(empty.data).toEqual([]);
  });
});
