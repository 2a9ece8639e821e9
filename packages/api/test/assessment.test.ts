import { countFigures, emptyFigures, type AssessmentFigures } from '@huying/core';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { runMonthlyAssessment } from '../src/jobs/monthly-assessment.js';
import { createStaffAccount } from '../src/testing/index.js';
import { LoopWorld } from './loop-world.js';

/**
 * A month of cases with known outcomes, on a fake clock, in a city of its own: every figure of the
 * monthly table, the rates, the score and the coefficient are checked against values worked out
 * by hand from the story below (March 2026, Shanghai time; 2 March is a Monday; ordinary
 * complaints: acceptance within 2 working hours, first response within 1 working day,
 * resolution within 5 working days; office hours 08:30–12:00 and 13:30–17:30).
 */

const world = new LoopWorld();
const { at, request, act, file } = world;
const resident = (trackingCode: string, action: 'rating' | 'reopen', body: Record<string, unknown>) => request('POST', `/track/${trackingCode}/${action}`, null, body);

type Filed = Awaited<ReturnType<typeof file>>;
const cases: Record<'A' | 'B' | 'C' | 'D' | 'E', Filed> = {} as never;
/** A supervisor of the command centre: generates tables and sets the scoring. */
let supervisor: Record<string, string>;

beforeAll(async () => {
  await world.start();
  const { token } = await createStaffAccount(world.database.db, { cityId: world.city.cityId, unitId: world.city.unit('city'), role: 'supervisor', displayName: '考核督办员' });
  supervisor = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const building = world.city.building('liangjingyuan-3');
  const fileAt = async (local: string) => {
    at(local);
    return file({ buildingId: building });
  };

  // The city scores March with its own configuration: a 基本满意 counts 0.8, and the coefficient
  // follows first-time satisfaction.
  at('2026-03-02T08:00');
  const config = await request('POST', '/staff/assessment/config', supervisor, {
    effectiveFrom: '2026-03',
    note: '一次办结满意率定系数',
    config: {
      weights: { acceptOnTimeRate: 10, responseRate: 25, onTimeResolutionRate: 25, resolutionRate: 30, firstSatisfactionRate: 0, finalSatisfactionRate: 0, jointPartOnTimeRate: 0, noticeAnswerRate: 10 },
      coefficientBasis: 'firstSatisfactionRate',
      coefficientBands: [
        { from: 0.95, coefficient: 1 },
        { from: 0.8, coefficient: 0.9 },
        { from: 0, coefficient: 0.8 },
      ],
      coefficientWithoutRatings: 1,
      basicallySatisfiedCredit: 0.8,
    },
  });
  expect(config.status).toBe(201);

  // A: accepted, answered and resolved in time; satisfied.
  cases.A = await fileAt('2026-03-02T09:00');
  at('2026-03-02T09:10');
  await act('grid-b1-1', cases.A.id, 'accept');
  at('2026-03-02T09:20');
  await act('grid-b1-1', cases.A.id, 'respond', { message: '已收到，今天安排电工查看。' });
  at('2026-03-03T10:00');
  await act('grid-b1-1', cases.A.id, 'resolve', { reply: '楼道灯已更换，恢复照明。' });
  at('2026-03-03T12:00');
  expect((await resident(cases.A.trackingCode, 'rating', { secret: cases.A.secret, level: 'satisfied' })).status).toBe(200);

  // B: accepted the next morning (due Monday 11:30: late); the rest in time; basically satisfied.
  cases.B = await fileAt('2026-03-02T09:30');
  at('2026-03-03T09:00');
  await act('grid-b1-1', cases.B.id, 'accept');
  at('2026-03-03T09:10');
  await act('grid-b1-1', cases.B.id, 'respond', { message: '已安排物业查看。' });
  at('2026-03-04T10:00');
  await act('grid-b1-1', cases.B.id, 'resolve', { reply: '已修复。' });
  at('2026-03-04T11:00');
  expect((await resident(cases.B.trackingCode, 'rating', { secret: cases.B.secret, level: 'basically_satisfied' })).status).toBe(200);

  // C: resolved in time, rated unsatisfied and reopened; the second round in time too; satisfied.
  cases.C = await fileAt('2026-03-02T10:00');
  at('2026-03-02T10:05');
  await act('grid-b1-1', cases.C.id, 'accept');
  at('2026-03-02T10:10');
  await act('grid-b1-1', cases.C.id, 'respond', { message: '已收到。' });
  at('2026-03-03T11:00');
  await act('grid-b1-1', cases.C.id, 'resolve', { reply: '已处理。' });
  at('2026-03-03T12:00');
  expect((await resident(cases.C.trackingCode, 'rating', { secret: cases.C.secret, level: 'unsatisfied', comment: '灯还是不亮' })).status).toBe(200);
  at('2026-03-03T12:10');
  expect((await resident(cases.C.trackingCode, 'reopen', { secret: cases.C.secret, reason: '灯还是不亮' })).status).toBe(200);
  at('2026-03-03T14:00');
  await act('grid-b1-1', cases.C.id, 'accept');
  at('2026-03-03T14:10');
  await act('grid-b1-1', cases.C.id, 'respond', { message: '再次安排维修。' });
  at('2026-03-05T10:00');
  await act('grid-b1-1', cases.C.id, 'resolve', { reply: '线路已更换。' });
  at('2026-03-05T12:00');
  expect((await resident(cases.C.trackingCode, 'rating', { secret: cases.C.secret, level: 'satisfied' })).status).toBe(200);

  // D: the command centre sends it to the water bureau, which returns it (upheld), then to the
  // housing bureau, which handles it in time; nobody rates it in March.
  cases.D = await fileAt('2026-03-02T10:30');
  at('2026-03-02T11:00');
  await act('city', cases.D.id, 'dispatch', { toUnitId: world.city.unit('dept-water'), note: '疑似供水问题' });
  at('2026-03-02T11:30');
  await act('dept-water', cases.D.id, 'return', { reason: '非供水问题，属房屋维修' });
  at('2026-03-02T13:40');
  await act('city', cases.D.id, 'rule-return', { upheld: true, note: '退单理由成立' });
  at('2026-03-02T14:00');
  await act('city', cases.D.id, 'dispatch', { toUnitId: world.city.unit('dept-housing'), note: '房屋维修' });
  at('2026-03-02T14:30');
  await act('dept-housing', cases.D.id, 'accept');
  at('2026-03-02T14:40');
  await act('dept-housing', cases.D.id, 'respond', { message: '已安排维修队。' });
  at('2026-03-06T10:00');
  await act('dept-housing', cases.D.id, 'resolve', { reply: '已维修。' });

  // E: accepted, never answered: the first response (due Tuesday 11:00) and the resolution (due
  // 9 March 11:00) pass; the community supervises on Wednesday and the grid answers in time.
  cases.E = await fileAt('2026-03-02T11:00');
  at('2026-03-02T11:10');
  await act('grid-b1-1', cases.E.id, 'accept');
  at('2026-03-04T09:00');
  await act('community-b1', cases.E.id, 'supervise', { reason: '请尽快答复群众' });
  at('2026-03-04T10:00');
  const [notice] = await queryRows<{ id: string }>(world.database.db, sql`SELECT id FROM supervision_notices WHERE case_id = ${cases.E.id}`);
  const answered = await request('POST', `/staff/supervision-notices/${notice!.id}/answer`, 'grid-b1-1', { answer: '已联系居民，材料采购中' });
  expect(answered.status).toBe(200);
});
afterAll(world.stop);

type Table = { revision: number; configVersion: number; rows: { unit: { id: string; kind: string }; figures: AssessmentFigures; score: Record<string, unknown> & { rates: Record<string, number | null> } }[] };
const rowOf = (table: Table, unitKey: string) => table.rows.find((row) => row.unit.id === world.city.unit(unitKey))!;
const figures = (counts: Partial<AssessmentFigures>): AssessmentFigures => ({ ...emptyFigures(), ...counts });

/** The grid's March, worked out by hand from the story above. */
const gridMarch = figures({
  received: 5, // A–E filed there; C's reopening brings C back (one case)
  acceptDue: 6, // A, B, C twice, D (ended by the dispatch before its due time), E
  acceptOnTime: 5, // all but B
  responseDue: 5, // A, B, C twice, E (D's followed the case to the housing bureau)
  responseOnTime: 4, // all but E
  resolved: 3, // A, B, C (replied twice)
  resolutionDue: 5, // A, B, C twice, E (due 9 March 11:00, never met)
  resolutionOnTime: 4,
  judged: 4, // A, B, C's first reply (reopened), C's second
  judgedResolved: 3, // not C's first
  firstRated: 3,
  firstSatisfied: 1,
  firstBasicallySatisfied: 1,
  firstUnsatisfied: 1,
  finalRated: 3, // C's first rating was superseded by its second
  finalSatisfied: 2,
  finalBasicallySatisfied: 1,
  reopened: 1,
  overdueDeadlines: 3, // B's acceptance, E's first response and resolution
  overdueCases: 2,
  notices: 1,
  noticesAnswered: 1,
  noticesAnsweredOnTime: 1,
  // Hours from receiving to replying: A 25, B 48.5, C 25, C again 45 5/6 (from the reopening).
  handlingHoursAverage: (25 + 48.5 + 25 + 45 + 5 / 6) / 4,
  // percentile_cont(0.9) of [25, 25, 45.83, 48.5]: 45.83 + 0.7 × (48.5 − 45.83)
  handlingHoursP90: 45 + 5 / 6 + 0.7 * (48.5 - 45 - 5 / 6),
});

let march: Table;

describe('the monthly assessment of a month with known outcomes', () => {
  it('is refused while the month runs, and generated by the job once it closes, once whatever the number of runs', async () => {
    at('2026-03-31T23:00');
    const early = await request('POST', '/staff/assessment/months/2026-03/generate', supervisor);
    expect(early).toMatchObject({ status: 409, body: { code: 'month-not-closed' } });
    // The job generates the last closed month, February (empty), and leaves March alone.
    expect(await runMonthlyAssessment(world.deps, { cityIds: [world.city.cityId] })).toMatchObject({ scheduled: 2, generated: 1 });
    expect((await request('GET', '/staff/assessment/months/2026-03', 'city')).status).toBe(404);

    at('2026-04-01T00:05');
    const [first, second] = await Promise.all([
      runMonthlyAssessment(world.deps, { cityIds: [world.city.cityId] }),
      runMonthlyAssessment(world.deps, { cityIds: [world.city.cityId] }),
    ]);
    expect(first.generated + second.generated).toBe(1);
    expect(await runMonthlyAssessment(world.deps, { cityIds: [world.city.cityId] })).toMatchObject({ generated: 0, unchanged: 0, scheduled: 0 });
    const table = await request('GET', '/staff/assessment/months/2026-03', 'grid-b1-1');
    expect(table.status).toBe(200);
    march = table.body;
    expect(march).toMatchObject({ revision: 1, trigger: 'close', configVersion: 1 });
  });

  it('counts every figure of the grid as worked out by hand', () => {
    const grid = rowOf(march, 'grid-b1-1');
    expect(Object.keys(grid.figures).sort()).toEqual([...countFigures, 'handlingHoursAverage', 'handlingHoursP90'].sort());
    const { handlingHoursAverage, handlingHoursP90, ...counts } = grid.figures;
    const { handlingHoursAverage: average, handlingHoursP90: p90, ...expected } = gridMarch;
    expect(counts).toEqual(expected);
    expect(handlingHoursAverage).toBeCloseTo(average!, 6);
    expect(handlingHoursP90).toBeCloseTo(p90!, 6);
  });

  it('scores the grid with the configuration in force: rates, weighted overall score, coefficient and final score', () => {
    const { score } = rowOf(march, 'grid-b1-1');
    expect(score.rates).toEqual({
      acceptOnTimeRate: 5 / 6,
      responseRate: 4 / 5,
      onTimeResolutionRate: 4 / 5,
      resolutionRate: 3 / 4,
      firstSatisfactionRate: 2 / 3,
      finalSatisfactionRate: 1,
      jointPartOnTimeRate: null,
      noticeAnswerRate: 1,
    });
    // (10 × 83.33 + 25 × 80 + 25 × 80 + 30 × 75 + 10 × 100) / 100
    expect(score.overall).toBeCloseTo(80.8333, 4);
    // First-time satisfaction with a 基本满意 worth 0.8: (1 + 0.8) / 3 = 0.6, the lowest band.
    expect(score.satisfaction).toBeCloseTo(0.6, 10);
    expect(score.coefficient).toBe(0.8);
    expect(score.final).toBe(64.67);
    expect(score).toMatchObject({ rank: 1, rankedAmong: 1 });
  });

  it('counts the departments: a return upheld, a dispatch handled in time, ranked together', () => {
    expect(rowOf(march, 'dept-water').figures).toEqual(figures({ received: 1, acceptDue: 1, acceptOnTime: 1, returns: 1, returnsUpheld: 1 }));
    expect(rowOf(march, 'dept-housing').figures).toEqual(
      figures({ received: 1, acceptDue: 1, acceptOnTime: 1, responseDue: 1, responseOnTime: 1, resolved: 1, resolutionDue: 1, resolutionOnTime: 1, handlingHoursAverage: 92, handlingHoursP90: 92 }),
    );
    for (const key of ['dept-water', 'dept-housing']) {
      // Nobody rated them: the coefficient without ratings.
      expect(rowOf(march, key).score).toMatchObject({ overall: 100, coefficient: 1, final: 100, rank: 1, rankedAmong: 2 });
    }
    // A unit with nothing to count has no score and no rank.
    expect(rowOf(march, 'community-b1').score).toMatchObject({ overall: null, final: null, rank: null });
  });

  it('opens every figure of the grid into exactly the cases it counted', async () => {
    for (const measure of countFigures) {
      const page = await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=${measure}&limit=200`, 'grid-b1-1');
      expect(page.status, measure).toBe(200);
      expect(page.body.total, measure).toBe(gridMarch[measure]);
      expect(page.body.figure, measure).toBe(gridMarch[measure]);
      expect(page.body.data, measure).toHaveLength(gridMarch[measure]);
    }
    const overdue = await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=overdueCases`, 'grid-b1-1');
    expect(overdue.body.data.map((item: { caseId: string }) => item.caseId).sort()).toEqual([cases.B.id, cases.E.id].sort());
    // Paging walks the same rows.
    const firstPage = await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=acceptDue&limit=4`, 'grid-b1-1');
    const nextPage = await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=acceptDue&limit=4&cursor=${firstPage.body.nextCursor}`, 'grid-b1-1');
    expect([...firstPage.body.data, ...nextPage.body.data]).toHaveLength(6);
    expect(nextPage.body.nextCursor).toBeNull();
  });

  it('keeps the month as it stood: a late rating makes a new revision, the old one and its drill-down unchanged', async () => {
    at('2026-04-02T10:00');
    expect((await resident(cases.D.trackingCode, 'rating', { secret: cases.D.secret, level: 'satisfied' })).status).toBe(200);
    const again = await request('POST', '/staff/assessment/months/2026-03/generate', supervisor);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ created: true, table: { revision: 2, trigger: 'manual' } });
    expect(rowOf(again.body.table, 'dept-housing').figures).toMatchObject({ finalRated: 1, finalSatisfied: 0 + 1, judged: 1, judgedResolved: 1 });
    // D was replied to in March, so its rating counts for March (first reply: first-time too).
    expect(rowOf(again.body.table, 'dept-housing').figures.firstSatisfied).toBe(1);
    const unchanged = await request('POST', '/staff/assessment/months/2026-03/generate', supervisor);
    expect(unchanged).toMatchObject({ status: 200, body: { created: false, table: { revision: 2 } } });

    const first = await request('GET', '/staff/assessment/months/2026-03?revision=1', 'dept-housing');
    expect(rowOf(first.body, 'dept-housing').figures.finalRated).toBe(0);
    const drill = await request('GET', `/staff/assessment/months/2026-03/cases?revision=1&unitId=${world.city.unit('dept-housing')}&measure=finalRated`, 'dept-housing');
    expect(drill.body).toMatchObject({ total: 0, revision: 1 });
    const revisions = await request('GET', '/staff/assessment/months/2026-03/revisions', 'city');
    expect(revisions.body.data.map((revision: { revision: number }) => revision.revision)).toEqual([2, 1]);
    // The database refuses to change a stored table.
    await expect(world.database.db.execute(sql`UPDATE assessment_snapshots SET month = '2026-02'`)).rejects.toThrow();
  });

  it('exports the same figures as CSV and as XLSX with a sheet per level', async () => {
    const xlsx = await world.app.request(`/api/v1/staff/assessment/months/2026-03/export?revision=1&format=xlsx&lang=zh-CN`, { headers: world.city.staffHeaders('grid-b1-1') });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['街道', '社区', '网格', '职能部门', '物业公司', '指挥中心', '说明']);
    const grids = workbook.getWorksheet('网格')!;
    const headings = (grids.getRow(1).values as unknown[]).slice(1);
    const line = (grids.getRow(2).values as unknown[]).slice(1);
    const cell = (heading: string) => line[headings.indexOf(heading)];
    expect(cell('单位')).toBe('金晖社区第一网格');
    expect(cell('最终得分')).toBe(64.67);
    expect(cell('满意度系数')).toBe(0.8);
    expect(cell('受理量')).toBe(5);
    expect(cell('按时签收')).toBe(5);
    expect(cell('超时环节')).toBe(3);
    expect(cell('响应率')).toBe(0.8);
    expect(grids.getRow(2).getCell(headings.indexOf('响应率') + 1).numFmt).toBe('0.0%');
    expect(cell('平均办理时长（小时）')).toBeCloseTo(gridMarch.handlingHoursAverage!, 6);

    const csv = await world.app.request(`/api/v1/staff/assessment/months/2026-03/export?revision=1&format=csv&lang=en`, { headers: world.city.staffHeaders('grid-b1-1') });
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read the Chinese names as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Level,Unit,Rank,Final score')).toBe(true);
    expect(text).toContain('Grids,金晖社区第一网格,1,64.67,80.8333,0.8,0.6,');
  });

  it('refuses what a caller may not do, with a problem and no change', async () => {
    expect((await request('POST', '/staff/assessment/months/2026-03/generate', 'grid-b1-1')).body).toMatchObject({ status: 403, missingPermission: 'assessment.generate' });
    expect((await request('POST', '/staff/assessment/months/2026-03/generate', 'city')).status).toBe(403);
    expect((await request('POST', '/staff/assessment/config', 'community-b1', {})).status).toBe(403);
    // A grid opens its own cases, never another unit's.
    expect((await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('dept-water')}&measure=received`, 'grid-b1-1')).status).toBe(403);
    expect((await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=received`, 'community-b1')).status).toBe(200);
    expect((await request('GET', '/staff/assessment/months/2026-13', 'city')).status).toBe(400);
    expect((await request('GET', '/staff/assessment/months/2025-12', 'city')).body).toMatchObject({ status: 404 });
    expect((await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=bogus`, 'city')).status).toBe(400);
    expect((await request('GET', `/staff/assessment/months/2026-03/cases?unitId=${world.city.unit('grid-b1-1')}&measure=received&cursor=x`, 'city')).status).toBe(400);
    expect((await request('GET', '/staff/assessment/months', null)).status).toBe(401);
    // A configuration for a closed month, or an unsound one.
    const past = await request('POST', '/staff/assessment/config', supervisor, { effectiveFrom: '2026-03', config: (await request('GET', '/staff/assessment/config', 'city')).body.inForce.config });
    expect(past).toMatchObject({ status: 400, body: { code: 'validation-failed' } });
    const unsound = await request('POST', '/staff/assessment/config', supervisor, {
      config: { ...(await request('GET', '/staff/assessment/config', 'city')).body.inForce.config, coefficientBands: [{ from: 0.5, coefficient: 1 }, { from: 0.9, coefficient: 0.9 }] },
    });
    expect(unsound).toMatchObject({ status: 400, body: { errors: [{ field: 'json.config.coefficientBands.1.from' }] } });
    const versions = await request('GET', '/staff/assessment/config', 'grid-b1-1');
    expect(versions.body.versions.map((version: { version: number }) => version.version)).toEqual([1, 0]);
  });
});

describe('the live analysis and the public figures', () => {
  it('charts March from the rollups, bounded to the viewer\'s subtree', async () => {
    const board = await request('GET', '/staff/analytics/dashboard?from=2026-03&to=2026-03&interval=month', 'community-b1');
    expect(board.status).toBe(200);
    expect(board.body.volume).toEqual([{ period: '2026-03-01', channel: 'web', kind: 'complaint', cases: 5 }]);
    expect(board.body.hotSpots.buildings).toEqual([expect.objectContaining({ name: '丽景苑3号楼', communityName: '金晖社区', cases: 5 })]);
    expect(board.body.hotSpots.communities).toEqual([expect.objectContaining({ name: '金晖社区', total: 5, months: [{ month: '2026-03', cases: 5 }] })]);
    // The grid's deadlines ended in March (E's are still running): acceptances A, B late, C twice, D by the dispatch, E.
    expect(board.body.deadlines.find((row: { step: string }) => row.step === 'accept')).toEqual({ period: '2026-03-01', step: 'accept', onTime: 5, late: 1 });
    // Ratings given in March in the community's subtree: A satisfied, B basically, C unsatisfied then satisfied.
    expect(board.body.satisfaction).toEqual([{ period: '2026-03-01', firstRated: 3, firstSatisfied: 2, rated: 4, satisfied: 2, basicallySatisfied: 1, unsatisfied: 1 }]);
    // Another street's community sees none of it; a grid member has no dashboards.
    expect((await request('GET', '/staff/analytics/dashboard?from=2026-03&to=2026-03', 'community-a1')).body.volume).toEqual([]);
    expect((await request('GET', '/staff/analytics/dashboard', 'grid-b1-1')).status).toBe(403);
    expect((await request('GET', `/staff/analytics/dashboard?unitId=${world.city.unit('community-b1')}`, 'community-a1')).status).toBe(403);
    expect((await request('GET', '/staff/analytics/dashboard?from=2026-04&to=2026-03', 'city')).status).toBe(400);
  });

  it('publishes this month\'s counts, with no personal data', async () => {
    at('2026-03-31T20:00');
    const stats = await request('GET', '/public/stats', null);
    expect(stats.status).toBe(200);
    // Replies in March: A, B, C (twice: one case), D. Ratings given in March: 3 of 4 content. First
    // responses ended in March: A 20 min, B 23 h 40, C 10 min and 2 h (from the reopening), D 4 h 10
    // (from the filing to the housing bureau's response): 1,820 min / 5 = 6.07 h.
    expect(stats.body).toEqual({ resolvedThisMonth: 4, satisfactionRate: 0.75, averageResponseHours: 6.1, asOf: '2026-03-31T12:00:00.000Z' });
    const community = await request('GET', `/public/stats?unitId=${world.city.unit('community-a1')}`, null);
    expect(community.body).toMatchObject({ resolvedThisMonth: 0, satisfactionRate: null, averageResponseHours: null });
    expect((await request('GET', '/public/stats?unitId=not-a-unit', null)).status).toBe(400);
  });
});
