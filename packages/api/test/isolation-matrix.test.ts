import { checkPermission, type StaffRole, type UnitKind } from '@huying/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { routeKey, routePermissions } from '../src/http/route-permissions.js';
import { createStaffAccount, createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

/**
 * Who may do what, on whose data: every role against every staff route (the permission gate),
 * and every kind of unit against the cases of two cities (the isolation rules). Each expected
 * allow and deny is a row of a table; one pair of cities serves the whole file.
 */

let database: DatabaseHandle;
let app: App;
/** The city under test, and a second city whose staff must never reach it. */
let home: TestCity;
let other: TestCity;

interface Actor {
  name: string;
  role: StaffRole;
  unitKind: UnitKind;
  token: string;
}
const actors = new Map<string, Actor>();

/** Staff of the test city's units (one per unit kind), plus the roles granted at the command centre and a street. */
const unitActors: { name: string; unitKey: string; role: StaffRole; unitKind: UnitKind }[] = [
  { name: 'dispatcher', unitKey: 'city', role: 'dispatcher', unitKind: 'city' },
  { name: 'street-a', unitKey: 'street-a', role: 'street_staff', unitKind: 'street' },
  { name: 'street-b', unitKey: 'street-b', role: 'street_staff', unitKind: 'street' },
  { name: 'community-a1', unitKey: 'community-a1', role: 'community_staff', unitKind: 'community' },
  { name: 'community-b1', unitKey: 'community-b1', role: 'community_staff', unitKind: 'community' },
  { name: 'grid-a1-1', unitKey: 'grid-a1-1', role: 'grid_member', unitKind: 'grid' },
  { name: 'grid-b1-1', unitKey: 'grid-b1-1', role: 'grid_member', unitKind: 'grid' },
  { name: 'dept-water', unitKey: 'dept-water', role: 'department_handler', unitKind: 'department' },
  { name: 'dept-housing', unitKey: 'dept-housing', role: 'department_handler', unitKind: 'department' },
  { name: 'property-a1', unitKey: 'property-a1', role: 'property_manager', unitKind: 'property' },
];
const grantedActors: { name: string; unitKey: string; role: StaffRole; unitKind: UnitKind }[] = [
  { name: 'information-officer', unitKey: 'city', role: 'information_officer', unitKind: 'city' },
  { name: 'supervisor', unitKey: 'city', role: 'supervisor', unitKind: 'city' },
  { name: 'admin', unitKey: 'city', role: 'admin', unitKind: 'city' },
  { name: 'street-admin', unitKey: 'street-a', role: 'admin', unitKind: 'street' },
];

const headers = (actor: string): Record<string, string> => ({ authorization: `Bearer ${actors.get(actor)!.token}`, 'content-type': 'application/json' });

/** The cases of the file: `key` → id, tracking code and secret. */
const cases = new Map<string, { id: string; trackingCode: string; secret: string }>();

async function fileCase(city: TestCity, key: string, place: { buildingKey?: string }) {
  const response = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({
      kind: 'complaint',
      ...(place.buildingKey ? { buildingId: city.building(place.buildingKey) } : { address: '招远市府前路118号' }),
      description: '小区门口人行道堆放沙石水泥，妨碍通行，老人孩子只能走机动车道。',
      contact: { name: '王女士', phone: '13812341234' },
    }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { trackingCode: string; secret: string };
  const list = (await (await app.request('/api/v1/staff/cases?scope=subtree&limit=200', { headers: city.staffHeaders('city') })).json()) as { data: { id: string; trackingCode: string }[] };
  const id = list.data.find((item) => item.trackingCode === body.trackingCode)!.id;
  cases.set(key, { id, ...body });
  return id;
}

beforeAll(async () => {
  ({ database, city: home, app } = await startTestCity());
  other = await createTestCity(database);
  for (const actor of unitActors) actors.set(actor.name, { ...actor, token: home.tokens.get(actor.unitKey)! });
  for (const actor of grantedActors) {
    const { token } = await createStaffAccount(database.db, { cityId: home.cityId, unitId: home.unit(actor.unitKey), role: actor.role, displayName: `矩阵${actor.name}` });
    actors.set(actor.name, { ...actor, token });
  }
  actors.set('other-dispatcher', { name: 'other-dispatcher', role: 'dispatcher', unitKind: 'city', token: other.tokens.get('city')! });
  const { token: otherAdmin } = await createStaffAccount(database.db, { cityId: other.cityId, unitId: other.unit('city'), role: 'admin', displayName: '另一城市管理员' });
  actors.set('other-admin', { name: 'other-admin', role: 'admin', unitKind: 'city', token: otherAdmin });

  // A case at a building of property-a1 (held by its grid), one in the other street, one the
  // city dispatched to a department, one the command centre keeps, and one in the other city.
  await fileCase(home, 'grid-a', { buildingKey: 'dongsheng-1' });
  await fileCase(home, 'grid-b', { buildingKey: 'liangjingyuan-3' });
  const toDepartment = await fileCase(home, 'department', {});
  const dispatched = await app.request(`/api/v1/staff/cases/${toDepartment}/dispatch`, {
    method: 'POST',
    headers: home.staffHeaders('city'),
    body: JSON.stringify({ toUnitId: home.unit('dept-water'), note: '请水务局核实处理' }),
  });
  expect(dispatched.status).toBe(200);
  await fileCase(home, 'city', {});
  await fileCase(other, 'other-city', { buildingKey: 'dongsheng-1' });
});
afterAll(() => database.close());

describe('the permission gate: every role against every staff route', () => {
  /** A request the route will refuse at validation if the gate lets it through: nothing runs. */
  const probe = (method: string, path: string) => ({
    url: path.replace(/\{[^}]+\}/g, 'not-a-valid-id'),
    init: { method, ...(method === 'GET' ? {} : { body: '"matrix"' }) },
  });
  const staffRoutes = [...routePermissions.entries()];

  it('covers every route of the OpenAPI document that authenticates staff', async () => {
    const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.security?.some((scheme) => 'staffToken' in scheme))
        .map(([method]) => routeKey(method, path)),
    );
    expect(documented.length).toBeGreaterThan(100);
    // Routes residents use too document no staff-only security; the table still checks staff on them.
    const sharedWithResidents = staffRoutes.filter(([, access]) => access.optional).map(([key]) => key);
    expect(sharedWithResidents).toEqual(['POST /api/v1/attachments', 'GET /api/v1/attachments/{id}/content']);
    expect(new Set([...documented, ...sharedWithResidents])).toEqual(new Set(routePermissions.keys()));
  });

  it('refuses every route without credentials (401), but the ones residents use too', async () => {
    for (const [key, access] of staffRoutes) {
      if (access.optional) continue;
      const [method, path] = key.split(' ') as [string, string];
      const { url, init } = probe(method, path);
      const response = await app.request(url, { ...init, headers: { 'content-type': 'application/json' } });
      expect(response.status, key).toBe(401);
      expect((await response.json()).code, key).toBe('unauthenticated');
    }
  });

  it('lets each role through exactly where the permission table says, and refuses the rest with the missing permission', async () => {
    let allowed = 0;
    let denied = 0;
    // One member per grant that differs: each role at the kind of unit it is granted at, and an administrator below the city.
    const grants = ['dispatcher', 'street-a', 'community-a1', 'grid-a1-1', 'dept-water', 'property-a1', 'information-officer', 'supervisor', 'admin', 'street-admin'];
    for (const actor of grants.map((name) => actors.get(name)!)) {
      for (const [key, access] of staffRoutes) {
        const [method, path] = key.split(' ') as [string, string];
        const { url, init } = probe(method, path);
        const response = await app.request(url, { ...init, headers: headers(actor.name) });
        const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as { code?: string; missingPermission?: string }) : (await response.body?.cancel(), {});
        const label = `${actor.name} ${key}`;
        expect(response.status, label).toBeLessThan(500);
        if (checkPermission(actor.role, actor.unitKind, access.permission).allowed) {
          allowed++;
          expect(response.status, label).not.toBe(401);
          expect(body.missingPermission, label).toBeUndefined();
        } else {
          denied++;
          expect(response.status, label).toBe(403);
          expect(body, label).toMatchObject({ code: 'forbidden', missingPermission: access.permission });
        }
      }
    }
    // Both sides of the table are exercised in earnest.
    expect(allowed).toBeGreaterThan(400);
    expect(denied).toBeGreaterThan(300);
  });

  it('grants the city-wide permissions only at the command centre', async () => {
    const refused = await app.request('/api/v1/admin/api-keys', { headers: headers('street-admin') });
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toMatch(/command centre/);
    expect((await app.request('/api/v1/admin/api-keys', { headers: headers('admin') })).status).toBe(200);
  });
});

describe('isolation: which cases each unit sees', () => {
  const caseKeys = ['grid-a', 'grid-b', 'department', 'city', 'other-city'] as const;
  /** Who sees which case: everything else is a 404, as if the case did not exist. */
  const sees: Record<string, readonly (typeof caseKeys)[number][]> = {
    dispatcher: ['grid-a', 'grid-b', 'department', 'city'],
    supervisor: ['grid-a', 'grid-b', 'department', 'city'],
    admin: ['grid-a', 'grid-b', 'department', 'city'],
    'information-officer': ['grid-a', 'grid-b', 'department', 'city'],
    'street-a': ['grid-a'],
    'street-admin': ['grid-a'],
    'street-b': ['grid-b'],
    'community-a1': ['grid-a'],
    'community-b1': ['grid-b'],
    'grid-a1-1': ['grid-a'],
    'grid-b1-1': ['grid-b'],
    'dept-water': ['department'],
    'dept-housing': [],
    'property-a1': ['grid-a'],
    'other-dispatcher': ['other-city'],
    'other-admin': ['other-city'],
  };

  it('reads a case only within the unit\'s scope; 404 elsewhere, in this city and the other', async () => {
    for (const [actor, visible] of Object.entries(sees)) {
      for (const key of caseKeys) {
        const response = await app.request(`/api/v1/staff/cases/${cases.get(key)!.id}`, { headers: headers(actor) });
        expect(response.status, `${actor} reads ${key}`).toBe(visible.includes(key) ? 200 : 404);
        if (!visible.includes(key)) expect((await response.json()).code).toBe('not-found');
        else await response.body?.cancel();
      }
    }
  });

  it('lists exactly the cases in scope', async () => {
    const ours = new Map([...cases.entries()].map(([key, value]) => [value.id, key]));
    for (const [actor, visible] of Object.entries(sees)) {
      const list = (await (await app.request('/api/v1/staff/cases?scope=subtree&limit=200', { headers: headers(actor) })).json()) as { data: { id: string }[] };
      const listed = list.data.map((item) => ours.get(item.id)).filter((key) => key !== undefined);
      expect(listed.sort(), actor).toEqual([...visible].sort());
    }
  });

  it('acts only as the holder: units that see the case get 403, units that do not get 404', async () => {
    const { id } = cases.get('grid-a')!;
    const act = (actor: string) => app.request(`/api/v1/staff/cases/${id}/accept`, { method: 'POST', headers: headers(actor), body: '{}' });
    for (const actor of ['property-a1', 'community-a1', 'street-a']) expect((await act(actor)).status, actor).toBe(403);
    for (const actor of ['grid-b1-1', 'community-b1', 'dept-water', 'other-dispatcher']) expect((await act(actor)).status, actor).toBe(404);
  });

  it("keeps the resident's phone masked in every view and list, and reveals it only to the holder, with an audit entry", async () => {
    const { id, trackingCode } = cases.get('grid-a')!;
    for (const actor of ['grid-a1-1', 'community-a1', 'property-a1', 'dispatcher']) {
      const view = await (await app.request(`/api/v1/staff/cases/${id}`, { headers: headers(actor) })).text();
      expect(view, actor).not.toContain('13812341234');
      expect(JSON.parse(view).contact, actor).toEqual({ name: '王女士', phone: '138****1234', revealable: actor === 'grid-a1-1' });
    }
    const reveal = (actor: string) =>
      app.request(`/api/v1/staff/cases/${id}/contact/reveal`, { method: 'POST', headers: headers(actor), body: JSON.stringify({ reason: '回访核实处理结果' }) });
    const revealed = await reveal('grid-a1-1');
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    expect(await revealed.json()).toMatchObject({ name: '王女士', phone: '13812341234' });
    // Seeing the case is not holding it; a role without the permission never gets that far.
    for (const actor of ['community-a1', 'property-a1', 'dispatcher']) expect((await reveal(actor)).status, actor).toBe(403);
    expect(await (await reveal('supervisor')).json()).toMatchObject({ status: 403, missingPermission: 'cases.contact.reveal' });
    for (const actor of ['grid-b1-1', 'dept-water', 'other-dispatcher']) expect((await reveal(actor)).status, actor).toBe(404);

    const audit = (await (await app.request('/api/v1/admin/audit?action=contact.revealed', { headers: headers('admin') })).json()) as { data: { target: { id: string }; details: Record<string, unknown> }[] };
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0]).toMatchObject({ target: { type: 'case', id }, details: { trackingCode, reason: '回访核实处理结果' }, unitId: home.unit('grid-a1-1') });
  });

  it('gives a resident the whole case only with its own secret', async () => {
    const mine = cases.get('grid-a')!;
    const someoneElses = cases.get('grid-b')!;
    const own = await (await app.request(`/api/v1/track/${mine.trackingCode}?secret=${mine.secret}`)).json();
    expect(own).toMatchObject({ verified: true, case: { trackingCode: mine.trackingCode } });
    const crossed = await app.request(`/api/v1/track/${mine.trackingCode}?secret=${someoneElses.secret}`);
    expect(crossed.status).toBe(403);
    const anyone = await (await app.request(`/api/v1/track/${mine.trackingCode}`)).text();
    expect(JSON.parse(anyone).verified).toBe(false);
    expect(anyone).not.toContain('13812341234');
    expect(anyone).not.toContain('王女士');
  });
});

describe('isolation: administration stays within the city and the subtree', () => {
  it('shows accounts of the subtree only; other cities and other streets are not found', async () => {
    const accounts = async (actor: string) =>
      ((await (await app.request('/api/v1/admin/accounts?limit=200', { headers: headers(actor) })).json()) as { data: { cityId: string; unit: { id: string } }[] }).data;
    const cityWide = await accounts('admin');
    expect(cityWide.length).toBeGreaterThanOrEqual(unitActors.length + grantedActors.length);
    expect(cityWide.every((account) => account.cityId === home.cityId)).toBe(true);
    const street = await accounts('street-admin');
    const streetUnits = new Set(['street-a', 'community-a1', 'grid-a1-1', 'property-a1'].map((key) => home.unit(key)));
    expect(street.length).toBeGreaterThan(0);
    expect(street.every((account) => streetUnits.has(account.unit.id))).toBe(true);
    expect((await accounts('supervisor')).length).toBe(cityWide.length);

    const otherCityAccount = (await (await app.request('/api/v1/staff/me', { headers: headers('other-dispatcher') })).json()).accountId;
    const communityB = (await (await app.request('/api/v1/staff/me', { headers: headers('community-b1') })).json()).accountId;
    const communityA = (await (await app.request('/api/v1/staff/me', { headers: headers('community-a1') })).json()).accountId;
    for (const [actor, accountId, status] of [
      ['admin', otherCityAccount, 404],
      ['street-admin', communityB, 404],
      ['street-admin', communityA, 200],
      ['other-admin', communityA, 404],
    ] as const) {
      const read = await app.request(`/api/v1/admin/accounts/${accountId}`, { headers: headers(actor) });
      expect(read.status, `${actor} reads ${accountId}`).toBe(status);
      const disable = await app.request(`/api/v1/admin/accounts/${accountId}/sessions/revoke`, { method: 'POST', headers: headers(actor) });
      expect(disable.status, `${actor} ends sessions of ${accountId}`).toBe(status);
      await read.body?.cancel();
      await disable.body?.cancel();
    }
  });

  it("cannot revoke another city's tokens or API keys, nor read its audit log", async () => {
    const issued = await (await app.request('/api/v1/auth/tokens', { method: 'POST', headers: headers('other-dispatcher'), body: JSON.stringify({ label: '脚本' }) })).json();
    const key = await (await app.request('/api/v1/admin/api-keys', { method: 'POST', headers: headers('other-admin'), body: JSON.stringify({ label: '12345 热线', permissions: ['hotline.intake'] }) })).json();
    expect((await app.request(`/api/v1/admin/tokens/${issued.id}/revoke`, { method: 'POST', headers: headers('admin') })).status).toBe(404);
    expect((await app.request(`/api/v1/auth/tokens/${issued.id}/revoke`, { method: 'POST', headers: headers('dispatcher') })).status).toBe(404);
    expect((await app.request(`/api/v1/admin/api-keys/${key.id}/revoke`, { method: 'POST', headers: headers('admin') })).status).toBe(404);
    const ours = (await (await app.request('/api/v1/admin/api-keys', { headers: headers('admin') })).json()).data as { id: string }[];
    expect(ours.map((row) => row.id)).not.toContain(key.id);
    const log = (await (await app.request('/api/v1/admin/audit?limit=200', { headers: headers('admin') })).json()).data as { target: { id: string } | null }[];
    expect(log.some((entry) => entry.target?.id === key.id || entry.target?.id === issued.id)).toBe(false);
    // The owner can, and the revoked token stops working at once.
    expect((await app.request(`/api/v1/auth/tokens/${issued.id}/revoke`, { method: 'POST', headers: headers('other-dispatcher') })).status).toBe(200);
    expect((await app.request('/api/v1/staff/me', { headers: { authorization: `Bearer ${issued.token}` } })).status).toBe(401);
  });

  it('shows a street administrator only the audit of its subtree', async () => {
    const log = (await (await app.request('/api/v1/admin/audit?limit=200', { headers: headers('street-admin') })).json()).data as { unitId: string | null }[];
    const streetUnits = new Set(['street-a', 'community-a1', 'grid-a1-1', 'property-a1'].map((key) => home.unit(key)));
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((entry) => entry.unitId !== null && streetUnits.has(entry.unitId))).toBe(true);
  });
});
