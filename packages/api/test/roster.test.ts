import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { effectiveCover, gapsIn, planRota, subtract } from '../src/services/roster/rota.js';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

const at = (iso: string) => new Date(iso);
const hours = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('rota arithmetic', () => {
  it('takes leave out of a shift, leaving the parts before and after', () => {
    expect(subtract(hours('2026-03-02T00:00:00Z', '2026-03-02T08:00:00Z'), [hours('2026-03-02T02:00:00Z', '2026-03-02T03:00:00Z')])).toEqual([
      hours('2026-03-02T00:00:00Z', '2026-03-02T02:00:00Z'),
      hours('2026-03-02T03:00:00Z', '2026-03-02T08:00:00Z'),
    ]);
  });

  it('counts only the officer\'s own leave against their shift, and finds the gaps', () => {
    const shifts = [
      { accountId: 'a', ...hours('2026-03-02T00:00:00Z', '2026-03-02T08:00:00Z') },
      { accountId: 'b', ...hours('2026-03-02T08:00:00Z', '2026-03-02T16:00:00Z') },
    ];
    const cover = effectiveCover(shifts, [{ accountId: 'a', ...hours('2026-03-02T06:00:00Z', '2026-03-03T00:00:00Z') }]);
    expect(gapsIn(hours('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'), cover)).toEqual([
      hours('2026-03-02T06:00:00Z', '2026-03-02T08:00:00Z'),
      hours('2026-03-02T16:00:00Z', '2026-03-03T00:00:00Z'),
    ]);
  });

  it('fills days with the pattern, officers in turn, passing over one on leave, across midnight in local time', () => {
    const planned = planRota(
      {
        from: '2026-03-02',
        days: 2,
        slots: [
          { start: '08:00', end: '20:00' },
          { start: '20:00', end: '08:00' },
        ],
        officers: ['a', 'b', 'c'],
        timeZone: 'Asia/Shanghai',
      },
      [{ accountId: 'c', ...hours('2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z') }],
    );
    expect(planned.map((shift) => [shift.accountId, shift.startsAt.toISOString(), shift.endsAt.toISOString()])).toEqual([
      ['a', '2026-03-02T00:00:00.000Z', '2026-03-02T12:00:00.000Z'],
      ['b', '2026-03-02T12:00:00.000Z', '2026-03-03T00:00:00.000Z'],
      // c is on leave on the 3rd (UTC), so a takes the day shift and b the night.
      ['a', '2026-03-03T00:00:00.000Z', '2026-03-03T12:00:00.000Z'],
      ['b', '2026-03-03T12:00:00.000Z', '2026-03-04T00:00:00.000Z'],
    ]);
  });
});

describe('the duty roster API', () => {
  let database: DatabaseHandle;
  let city: TestCity;
  let app: App;
  const clock = new FakeClock('2026-03-02T09:00:00+08:00');
  const officers: { id: string; headers: Record<string, string> }[] = [];
  let admin: Record<string, string>;

  beforeAll(async () => {
    ({ database, city, app } = await startTestCity({ clock }));
    for (const name of ['王敏', '李强', '张华']) {
      const { accountId, token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'information_officer', displayName: name });
      officers.push({ id: accountId, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    }
    admin = { authorization: `Bearer ${(await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role: 'admin', displayName: '管理员' })).token}`, 'content-type': 'application/json' };
  });
  afterAll(() => database.close());

  const call = (method: string, path: string, as: Record<string, string>, body?: unknown) =>
    app.request(`/api/v1/roster${path}`, { method, headers: as, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const dispatcher = () => city.staffHeaders('city');

  it('shows a gap as a warning while nobody is on duty', async () => {
    const now = await (await call('GET', '/now', officers[0]!.headers)).json();
    expect(now).toMatchObject({ onDuty: [], gap: { until: null }, next: null });
    expect(now.warnings[0]).toMatchObject({ code: 'rota-gap' });
  });

  it('lets the command centre plan a rota, and reports the gaps it leaves', async () => {
    const response = await call('POST', '/rota', dispatcher(), {
      from: '2026-03-02',
      days: 2,
      slots: [
        { start: '08:00', end: '16:00' },
        { start: '16:00', end: '00:00' },
      ],
      officers: officers.map((officer) => officer.id),
    });
    expect(response.status).toBe(201);
    const plan = await response.json();
    expect(plan.shifts).toHaveLength(4);
    expect(plan.shifts.map((shift: { account: { displayName: string } }) => shift.account.displayName)).toEqual(['王敏', '李强', '张华', '王敏']);
    // Midnight to 08:00 (local time) is nobody's: a gap of eight hours each night.
    expect(plan.gaps).toEqual([
      { startsAt: '2026-03-01T16:00:00.000Z', endsAt: '2026-03-02T00:00:00.000Z', minutes: 480, holiday: null },
      { startsAt: '2026-03-02T16:00:00.000Z', endsAt: '2026-03-03T00:00:00.000Z', minutes: 480, holiday: null },
    ]);
    const again = await call('POST', '/rota', dispatcher(), { from: '2026-03-02', days: 1, slots: [{ start: '08:00', end: '16:00' }], officers: [officers[0]!.id] });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'roster-conflict' });
  });

  it('knows who is on duty now and who is next', async () => {
    const now = await (await call('GET', '/now', officers[1]!.headers)).json();
    expect(now.onDuty.map((duty: { account: { displayName: string } }) => duty.account.displayName)).toEqual(['王敏']);
    expect(now.next.account.displayName).toBe('李强');
    expect(now.warnings.map((warning: { message: string }) => warning.message).join(' ')).toContain('2026-03-02T16:00:00.000Z');
    const night = await (await call('GET', `/now?at=${encodeURIComponent('2026-03-03T02:00:00+08:00')}`, officers[1]!.headers)).json();
    expect(night).toMatchObject({ onDuty: [], gap: { until: '2026-03-03T00:00:00.000Z' } });
  });

  it('routes a new consultation to the officer on duty, the least busy when two are', async () => {
    const file = async (kind: string) => {
      const response = await app.request('/api/v1/cases', {
        method: 'POST',
        headers: city.cityHeaders,
        body: JSON.stringify({ kind, description: '请问办理居住证需要哪些材料？', address: '招远市温泉街道' }),
      });
      const { trackingCode } = await response.json();
      const [row] = await queryRows<{ account_id: string | null }>(
        database.db,
        sql`SELECT a.account_id FROM cases c LEFT JOIN case_assignments a ON a.case_id = c.id WHERE c.tracking_code = ${trackingCode}`,
      );
      return row!.account_id;
    };
    expect(await file('consultation')).toBe(officers[0]!.id);
    expect(await file('complaint')).toBeNull();
    const extra = await call('POST', '/shifts', admin, { accountId: officers[2]!.id, startsAt: '2026-03-02T08:30:00+08:00', endsAt: '2026-03-02T12:00:00+08:00', note: '加班' });
    expect(extra.status).toBe(201);
    expect(await file('consultation')).toBe(officers[2]!.id);
    const mine = await (await call('GET', '/assignments?mine=true', officers[2]!.headers)).json();
    expect(mine.data).toHaveLength(1);
    clock.set(new Date('2026-03-03T03:00:00+08:00'));
    expect(await file('consultation')).toBeNull();
    clock.set(new Date('2026-03-02T09:00:00+08:00'));
  });

  it('takes an officer on leave off duty and shows the hole it leaves', async () => {
    const leave = await call('POST', '/leaves', dispatcher(), { accountId: officers[0]!.id, startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T10:00:00+08:00', reason: '病假' });
    expect(leave.status).toBe(201);
    const now = await (await call('GET', '/now', officers[1]!.headers)).json();
    expect(now.onDuty.map((duty: { account: { displayName: string } }) => duty.account.displayName)).toEqual(['张华']);
    const shifts = await (await call('GET', `/shifts?from=${encodeURIComponent('2026-03-02T08:00:00+08:00')}&to=${encodeURIComponent('2026-03-02T12:00:00+08:00')}`, officers[1]!.headers)).json();
    expect(shifts.data.find((shift: { account: { id: string } }) => shift.account.id === officers[0]!.id)).toMatchObject({ onLeave: true });
    expect((await call('DELETE', `/leaves/${(await leave.json()).id}`, dispatcher())).status).toBe(204);
  });

  it('marks a shift on a statutory holiday', async () => {
    const response = await call('POST', '/shifts', admin, { accountId: officers[1]!.id, startsAt: '2026-10-01T08:00:00+08:00', endsAt: '2026-10-01T20:00:00+08:00' });
    expect(await response.json()).toMatchObject({ holiday: '国庆节' });
  });

  it('hands over a shift with its open consultations, which the next officer takes on', async () => {
    const handover = await call('POST', '/handovers', officers[0]!.headers, { toAccountId: officers[1]!.id, notes: '居住证咨询已答复一半，材料清单见附件。' });
    expect(handover.status).toBe(201);
    const created = await handover.json();
    expect(created.openCases).toHaveLength(1);
    expect((await call('POST', `/handovers/${created.id}/acknowledge`, officers[2]!.headers)).status).toBe(403);
    const pending = await (await call('GET', '/handovers?pending=true', officers[1]!.headers)).json();
    expect(pending.data.map((item: { id: string }) => item.id)).toContain(created.id);
    const taken = await (await call('POST', `/handovers/${created.id}/acknowledge`, officers[1]!.headers)).json();
    expect(taken).toMatchObject({ acknowledgedBy: { displayName: '李强' } });
    const mine = await (await call('GET', '/assignments?mine=true', officers[1]!.headers)).json();
    expect(mine.data.map((item: { caseId: string }) => item.caseId)).toEqual([created.openCases[0].id]);
    expect((await call('POST', `/handovers/${created.id}/acknowledge`, officers[1]!.headers)).status).toBe(422);
  });

  it('refuses planning by anyone but the command centre, supervisors and administrators', async () => {
    const body = { accountId: officers[0]!.id, startsAt: '2026-03-05T08:00:00+08:00', endsAt: '2026-03-05T16:00:00+08:00' };
    expect((await call('POST', '/shifts', officers[0]!.headers, body)).status).toBe(403);
    expect((await call('POST', '/shifts', city.staffHeaders('grid-a1-1'), body)).status).toBe(403);
    expect((await call('POST', '/leaves', officers[0]!.headers, body)).status).toBe(403);
    expect((await call('POST', '/handovers', dispatcher(), { notes: '交班' })).status).toBe(403);
    expect((await call('GET', '/now', { 'content-type': 'application/json' })).status).toBe(401);
  });

  it('refuses shifts that are not for an officer, too long, backwards, or overlapping', async () => {
    const shift = (body: Record<string, unknown>) => call('POST', '/shifts', admin, { accountId: officers[0]!.id, startsAt: '2026-03-06T08:00:00+08:00', endsAt: '2026-03-06T16:00:00+08:00', ...body });
    const grid = (await queryRows<{ id: string }>(database.db, sql`SELECT id FROM staff_accounts WHERE unit_id = ${city.unit('grid-a1-1')} LIMIT 1`))[0]!.id;
    expect((await shift({ accountId: grid })).status).toBe(400);
    expect((await shift({ endsAt: '2026-03-07T12:00:00+08:00' })).status).toBe(400);
    expect((await shift({ endsAt: '2026-03-06T07:00:00+08:00' })).status).toBe(400);
    expect((await shift({ startsAt: 'yesterday' })).status).toBe(400);
    expect((await shift({})).status).toBe(201);
    const overlap = await shift({ startsAt: '2026-03-06T12:00:00+08:00', endsAt: '2026-03-06T20:00:00+08:00' });
    expect(overlap.status).toBe(409);
    expect((await call('POST', '/rota', admin, { from: '2026-03-09', days: 1, slots: [{ start: '25:00', end: '08:00' }], officers: [officers[0]!.id] })).status).toBe(400);
    expect((await call('GET', `/shifts?from=${encodeURIComponent('2026-01-01T00:00:00Z')}&to=${encodeURIComponent('2026-06-01T00:00:00Z')}`, admin)).status).toBe(400);
  });

  it('swaps a shift to another officer and removes one', async () => {
    const created = await (await call('POST', '/shifts', admin, { accountId: officers[0]!.id, startsAt: '2026-03-08T08:00:00+08:00', endsAt: '2026-03-08T16:00:00+08:00' })).json();
    const swapped = await call('PATCH', `/shifts/${created.id}`, admin, { accountId: officers[1]!.id, note: '调班' });
    expect(await swapped.json()).toMatchObject({ account: { id: officers[1]!.id }, note: '调班' });
    expect((await call('DELETE', `/shifts/${created.id}`, admin)).status).toBe(204);
    expect((await call('DELETE', `/shifts/${created.id}`, admin)).status).toBe(404);
  });

  it('gives the demo city four officers and two weeks of rota, once', async () => {
    const { seedDemoRoster } = await import('../src/services/roster/demo.js');
    const other = await createTestCity(database);
    const input = { cityId: other.cityId, commandCentreUnitId: other.unit('city'), unitName: '指挥中心', now: clock.now(), days: 14 };
    const first = await seedDemoRoster(database.db, input);
    expect(Object.keys(first.newTokens)).toHaveLength(4);
    expect(first.daysPlanned).toBe(14);
    const again = await seedDemoRoster(database.db, input);
    expect(again).toEqual({ newTokens: {}, daysPlanned: 0 });
    const [row] = await queryRows<{ shifts: number }>(database.db, sql`SELECT count(*)::int AS shifts FROM roster_shifts WHERE city_id = ${other.cityId}`);
    expect(row!.shifts).toBe(42);
    const report = await (await app.request(`/api/v1/roster/coverage`, { headers: { authorization: `Bearer ${Object.values(first.newTokens)[0]!.token}` } })).json();
    expect(report.gaps).toEqual([]);
  });

  it('shows coverage for a period with every gap', async () => {
    const report = await (await call('GET', `/coverage?from=${encodeURIComponent('2026-03-02T00:00:00+08:00')}&to=${encodeURIComponent('2026-03-03T00:00:00+08:00')}`, officers[0]!.headers)).json();
    expect(report.gaps.map((gap: { startsAt: string }) => gap.startsAt)).toEqual(['2026-03-01T16:00:00.000Z']);
    expect(report.coveredMinutes).toBe(16 * 60);
  });
});
