/**
 * Assessment and dashboard benchmark, on the PostgreSQL server, in a database of its own
 * (`huying_bench_assessment`, created here and dropped at the end unless `--keep`):
 *
 *   1. the demo city's history, replayed from the real messages with deadlines, is seeded as
 *      templates, and the generated cases are copies of them moved by whole days into the
 *      measured span, with their ledger rows for the assessment month and their rollup
 *      contributions (bench/lib/demo-copies.ts, which also checks that the rollups stay what the
 *      trigger would have written);
 *   2. measured, each against a baseline in the same run:
 *      - the monthly assessment of one month (`monthFigures`, and `generateMonth` end to end:
 *        figures, scores, the stored revision), against a plain COUNT … GROUP BY unit over the
 *        same ledger rows of the month; and one drill-down page of the busiest unit;
 *      - the dashboard (`dashboard`: the whole city over twelve months by month and by day, and over
 *        three months by day; one street over three months by day; and the HTTP route, twelve
 *        months by month), against the volume chart counted straight from the cases (what the
 *        chart would cost without the rollups).
 *
 *   pnpm exec tsx bench/assessment.ts [--server postgres://postgres@127.0.0.1:5432/postgres]
 *     [--assessment-sizes 100000,1000000] [--dashboard-sizes 1000000,3000000,10000000] [--runs 5]
 *     [--database huying_bench_assessment] [--keep]
 *
 * Sizes grow in place (the second size adds to the first). Figures go to bench/results/assessment.json.
 */
import { parseArgs } from 'node:util';
import { addMonths, monthBounds } from '../packages/core/src/index.js';
import { createApp } from '../packages/api/src/app.js';
import { FakeClock } from '../packages/api/src/clock.js';
import { dashboard } from '../packages/api/src/services/assessment/analytics.js';
import { monthFigures } from '../packages/api/src/services/assessment/figures.js';
import { drillDown, generateMonth } from '../packages/api/src/services/assessment/snapshots.js';
import { createStaffAccount } from '../packages/api/src/services/staff.js';
import { checkRollups, copiedRollups, demoCityId as cityId, demoTimeZone as timeZone, generateCopies, localDays, prepareCopies, seedDemoTemplates } from './lib/demo-copies.js';
import { defaultServer, pino, postgres } from './lib/drivers.js';
import { ledgerRowsOfMonth, plainCountsByUnit, type LedgerRows } from './lib/month-ledgers.js';
import { writeResults } from './lib/results.js';
import { withScratchDatabase } from './lib/scratch-database.js';
import { count, fastest as fastestOf, ms, seconds, timed, times } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    'assessment-sizes': { type: 'string', default: '100000,1000000' },
    'dashboard-sizes': { type: 'string', default: '1000000,3000000,10000000' },
    runs: { type: 'string', default: '5' },
    database: { type: 'string', default: 'huying_bench_assessment' },
    keep: { type: 'boolean', default: false },
  },
});
const sizesOf = (text: string) => (text === '' ? [] : text.split(',').map(Number));
const assessmentSizes = sizesOf(values['assessment-sizes']);
const dashboardSizes = sizesOf(values['dashboard-sizes']);
const runs = Number(values.runs);
const growing = (sizes: number[]) => sizes.every((size, index) => Number.isInteger(size) && size >= 1000 && (index === 0 || size > sizes[index - 1]!));
if (!growing(assessmentSizes) || !growing(dashboardSizes) || !(runs >= 1)) {
  throw new Error('--assessment-sizes and --dashboard-sizes are growing whole numbers of cases (≥ 1000); --runs ≥ 1');
}

const databaseName = values.database;
const assessmentMonth = '2025-06';
/** The settling run of the month: 15 days after it ends, as the monthly job does it. */
const assessmentAsOf = new Date('2025-07-16T00:00:00+08:00');
const dashboardFrom = '2025-08';
const dashboardTo = '2026-07';
const dashboardNow = new Date('2026-08-15T10:00:00+08:00');
/** The first day after the dashboard's span. */
const dashboardEndDay = `${addMonths(dashboardTo, 1)}-01`;
const fastest = (work: () => Promise<unknown>) => fastestOf(runs, work);

interface AssessmentResult {
  cases: number;
  generateMs: number;
  ledgerRows: LedgerRows;
  unitsWithFigures: number;
  figuresMs: number;
  baselineMs: number;
  generateMonthMs: number;
  drillDownMs: number;
}

interface DashboardResult {
  cases: number;
  generateMs: number;
  rollupRows: Record<string, number>;
  cityByMonthMs: number;
  cityByDayMs: number;
  cityByDayYearMs: number;
  streetByDayMs: number;
  routeMs: number;
  baselineMs: number;
}

const assessmentResults: AssessmentResult[] = [];
const dashboardResults: DashboardResult[] = [];
let templates = 0;
let seedMs = 0;
await withScratchDatabase({ server: values.server, name: databaseName, keep: values.keep }, async ({ url, database, client }) => {
  await client.unsafe(`SET synchronous_commit = off`);
  // The city, its accounts and loop settings as the seed installs them; the history with deadlines.
  const seeded = await timed(() => seedDemoTemplates(database));
  seedMs = seeded.ms;
  templates = seeded.result.written;
  console.log(
    `demo city seeded in ${seconds(seedMs)} s: ${seeded.result.report.units} units, ${seeded.result.report.categories} categories, ` +
      `${templates} cases replayed with deadlines through the trigger (${seeded.result.refused} refused by the state machine with deadlines on, left out)`,
  );
  await prepareCopies(client);
  console.log('bulk rollup contributions equal the trigger-written rollups of the seeded cases');

  let copied = 0;
  const { start, end } = monthBounds(assessmentMonth, timeZone);
  const scope = { cityId, start, end, asOf: assessmentAsOf };
  const deps = { clock: new FakeClock(assessmentAsOf) };
  // The baselines read with as many connections as the services' pool.
  const readers = postgres(url, { max: 4, onnotice: () => {} });
  try {
    for (const size of assessmentSizes) {
      const generated = await timed(() =>
        generateCopies(client, { first: copied + 1, count: size - copied, fromDay: `${assessmentMonth}-01`, days: localDays(`${assessmentMonth}-01`, `${addMonths(assessmentMonth, 1)}-01`), ledgers: true }),
      );
      copied = size;
      const rows = await ledgerRowsOfMonth(client, start, end);
      const figures = await monthFigures(database.db, scope);
      const figuresMs = await fastest(() => monthFigures(database.db, scope));
      const baselineMs = await fastest(() => plainCountsByUnit(readers, cityId, start, end));
      let snapshot: Awaited<ReturnType<typeof generateMonth>>['snapshot'] | undefined;
      const generateMonthMs = await fastest(async () => {
        snapshot = (await generateMonth(deps, database.db, { cityId, month: assessmentMonth, trigger: 'manual' })).snapshot;
      });
      const busiest = [...figures.entries()].sort((a, b) => b[1].received - a[1].received)[0]![0];
      const drillDownMs = await fastest(() => drillDown(database.db, snapshot!, { unitId: busiest, measure: 'received', limit: 20 }));
      const result: AssessmentResult = {
        cases: size,
        generateMs: generated.ms,
        ledgerRows: rows,
        unitsWithFigures: figures.size,
        figuresMs,
        baselineMs,
        generateMonthMs,
        drillDownMs,
      };
      assessmentResults.push(result);
      console.log(`assessment, ${size.toLocaleString('en')} cases in ${assessmentMonth} (generated in ${seconds(generated.ms)} s): ${JSON.stringify(result)}`);
    }

    const first = copied + 1;
    let dashboardCopied = 0;
    const [street] = await client<{ id: string }[]>`
      SELECT u.id FROM units u JOIN units c ON c.parent_id = u.id JOIN analytics_intake_daily i ON i.area_unit_id = c.id
      WHERE u.city_id = ${cityId} AND u.kind = 'street' GROUP BY u.id ORDER BY sum(i.cases) DESC LIMIT 1`;
    const [cityUnit] = await client<{ id: string }[]>`SELECT id FROM units WHERE city_id = ${cityId} AND kind = 'city'`;
    const { token } = await createStaffAccount(database.db, { cityId, unitId: cityUnit!.id, role: 'dispatcher', displayName: '基准测试调度员' });
    const app = createApp({
      database,
      clock: new FakeClock(dashboardNow),
      logger: pino({ level: 'silent' }),
      defaultCityId: cityId,
      publicUrl: 'http://huying.bench',
      bodyLimitBytes: 64 * 1024,
    });
    const span = { cityId, from: dashboardFrom, to: dashboardTo, now: dashboardNow };
    const spanStart = monthBounds(dashboardFrom, timeZone).start;
    const spanEnd = monthBounds(dashboardTo, timeZone).end;
    for (const size of dashboardSizes) {
      const generated = await timed(() =>
        generateCopies(client, { first: first + dashboardCopied, count: size - dashboardCopied, fromDay: `${dashboardFrom}-01`, days: localDays(`${dashboardFrom}-01`, dashboardEndDay), ledgers: false }),
      );
      dashboardCopied = size;
      const rollupRows: Record<string, number> = {};
      for (const table of copiedRollups) {
        const column = table.endsWith('monthly') ? 'month' : 'day';
        const [row] = await client.unsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${table} WHERE city_id = '${cityId}' AND ${column} >= '${dashboardFrom}-01' AND ${column} < '${dashboardEndDay}'`,
        );
        rollupRows[table] = row!.n;
      }
      for (const monthly of ['analytics_intake_monthly', 'analytics_deadline_monthly', 'analytics_rating_monthly']) {
        const [row] = await client.unsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${monthly} WHERE city_id = '${cityId}' AND month >= '${dashboardFrom}-01' AND month < '${dashboardEndDay}'`,
        );
        rollupRows[monthly] = row!.n;
      }
      await checkRollups(client);
      const wholeCity = { ...span, unitId: cityUnit!.id, wholeCity: true };
      const cityByMonthMs = await fastest(() => dashboard(database.db, { ...wholeCity, interval: 'month' }));
      // Charts by day cover three months by default (the route's choice for a span that short).
      const lastQuarter = { from: addMonths(dashboardTo, -2) };
      const cityByDayMs = await fastest(() => dashboard(database.db, { ...wholeCity, ...lastQuarter, interval: 'day' }));
      const cityByDayYearMs = await fastest(() => dashboard(database.db, { ...wholeCity, interval: 'day' }));
      const streetByDayMs = await fastest(() => dashboard(database.db, { ...span, ...lastQuarter, unitId: street!.id, wholeCity: false, interval: 'day' }));
      const routeMs = await fastest(async () => {
        const response = await app.request(`/api/v1/staff/analytics/dashboard?from=${dashboardFrom}&to=${dashboardTo}&interval=month`, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`dashboard route answered ${response.status}: ${await response.text()}`);
        await response.json();
      });
      const baselineMs = await fastest(() =>
        readers.unsafe(`
          SELECT to_char(date_trunc('month', created_at AT TIME ZONE '${timeZone}'), 'YYYY-MM-DD') AS period, channel, kind, count(*)::int AS cases
          FROM cases WHERE city_id = '${cityId}' AND created_at >= '${spanStart.toISOString()}' AND created_at < '${spanEnd.toISOString()}'
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
      );
      const result: DashboardResult = { cases: size, generateMs: generated.ms, rollupRows, cityByMonthMs, cityByDayMs, cityByDayYearMs, streetByDayMs, routeMs, baselineMs };
      dashboardResults.push(result);
      console.log(`dashboard, ${size.toLocaleString('en')} cases over ${dashboardFrom} … ${dashboardTo} (generated in ${seconds(generated.ms)} s): ${JSON.stringify(result)}`);
    }
  } finally {
    await readers.end({ timeout: 5 });
  }
});

if (assessmentResults.length > 0) {
  const base = assessmentResults[0]!;
  console.log(`\nMonthly assessment of ${assessmentMonth} (as of ${assessmentAsOf.toISOString()}), ${templates} templates; best of ${runs}`);
  console.log('| cases in the month | ledger rows of the month (deadlines / replies / moves / notices) | units with figures | `monthFigures` | `generateMonth` | plain COUNT … GROUP BY unit (baseline) | figures × baseline | generate × baseline | drill-down page | growth of figures | growth of baseline |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const result of assessmentResults) {
    const rows = result.ledgerRows;
    console.log(
      `| ${count(result.cases)} | ${count(rows.deadlines)} / ${count(rows.replies)} / ${count(rows.moves)} / ${count(rows.notices)} | ${result.unitsWithFigures} | ` +
        `${ms(result.figuresMs)} | ${ms(result.generateMonthMs)} | ${ms(result.baselineMs)} | ${times(result.figuresMs, result.baselineMs)} | ` +
        `${times(result.generateMonthMs, result.baselineMs)} | ${ms(result.drillDownMs)} | ${times(result.figuresMs, base.figuresMs)} | ${times(result.baselineMs, base.baselineMs)} |`,
    );
  }
}
if (dashboardResults.length > 0) {
  const base = dashboardResults[0]!;
  console.log(`\nDashboard over ${dashboardFrom} … ${dashboardTo}; best of ${runs}`);
  console.log('| cases in the span | rollup rows in the span (daily intake / category / building / daily deadline / daily rating / monthly intake / monthly deadline / monthly rating) | whole city, 12 months by month | 3 months by day | 12 months by day | one street, 3 months by day | HTTP route (city, 12 months by month) | volume counted from the cases (baseline) | route × baseline | growth of the route | growth of the baseline |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const result of dashboardResults) {
    const rows = Object.values(result.rollupRows).map(count).join(' / ');
    console.log(
      `| ${count(result.cases)} | ${rows} | ${ms(result.cityByMonthMs)} | ${ms(result.cityByDayMs)} | ${ms(result.cityByDayYearMs)} | ${ms(result.streetByDayMs)} | ${ms(result.routeMs)} | ` +
        `${ms(result.baselineMs)} | ${times(result.routeMs, result.baselineMs)} | ${times(result.routeMs, base.routeMs)} | ${times(result.baselineMs, base.baselineMs)} |`,
    );
  }
}
writeResults(databaseName === 'huying_bench_assessment' ? 'assessment' : databaseName, {
  runs,
  templates,
  seedMs,
  assessmentMonth,
  assessmentAsOf,
  dashboard: { from: dashboardFrom, to: dashboardTo },
  assessmentResults,
  dashboardResults,
});
