/**
 * Scale benchmark: the same city at 100,000, 1,000,000 and 10,000,000 cases over a year, on the
 * PostgreSQL server, in a database of its own (`huying_bench_scale`, dropped at the end unless
 * `--keep`). The cases are copies of the demo city's history replayed from the real messages
 * (bench/lib/demo-copies.ts): closed cases spread evenly over the year's days, open ones as recent
 * as the templates' open cases with their deadlines as near, each with its ledger rows and its
 * rollup contributions; sizes grow in place. At each size, measured through the API's own
 * functions (each query as the API issues it):
 *   - a public tracking lookup (`trackCase`, what `GET /api/v1/track/{code}` runs) of random
 *     existing codes, p50 and p99; baseline: a `SELECT 1` round trip through the same pool;
 *   - the staff inbox (`listStaffCases`, what `GET /api/v1/staff/cases` runs), first page of 50:
 *     the city command centre (its whole subtree), one grid, the command centre filtered by
 *     status, and the command centre's overdue cases by due date, p50 and p99;
 *   - the deadline sweep's claim of one batch (100 due cases, `FOR UPDATE SKIP LOCKED`) and its
 *     read of every due case, best of N; baseline: the same read with index scans turned off;
 *   - the monthly assessment of one month (`monthFigures`), best of N; baseline: a plain
 *     COUNT … GROUP BY unit over the same ledger rows;
 * and the plan of every statement each operation sends (its scans: index or sequential).
 *
 *   pnpm exec tsx bench/scale.ts [--server postgres://postgres@127.0.0.1:5432/postgres]
 *     [--sizes 100000,1000000,10000000] [--runs 5] [--lookups 2000] [--list-runs 40]
 *     [--database huying_bench_scale] [--keep]
 *
 * Figures go to bench/results/scale.json.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { monthBounds } from '../packages/core/src/index.js';
import type { StaffPrincipal } from '../packages/api/src/context.js';
import type { Database } from '../packages/api/src/db/client.js';
import { monthFigures } from '../packages/api/src/services/assessment/figures.js';
import { listStaffCases, type StaffCaseListFilter } from '../packages/api/src/services/cases/staff-queries.js';
import { trackCase } from '../packages/api/src/services/cases/tracking.js';
import { authenticateToken, createStaffAccount } from '../packages/api/src/services/staff.js';
import { checkRollups, demoCityId, demoTimeZone, generateCopies, prepareCopies, seedDemoTemplates } from './lib/demo-copies.js';
import { defaultServer, drizzleOrm, postgres } from './lib/drivers.js';
import { claimDueBatch, dueCaseIds } from './lib/due-cases.js';
import { ledgerRowsOfMonth, plainCountsByUnit, type LedgerRows } from './lib/month-ledgers.js';
import { plansOf, scansOf } from './lib/query-plans.js';
import { loadAverage, writeResults } from './lib/results.js';
import { withScratchDatabase } from './lib/scratch-database.js';
import { count, fastest, ms, percentile, samples, seconds, timed } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    sizes: { type: 'string', default: '100000,1000000,10000000' },
    runs: { type: 'string', default: '5' },
    lookups: { type: 'string', default: '2000' },
    'list-runs': { type: 'string', default: '40' },
    database: { type: 'string', default: 'huying_bench_scale' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const lookups = Number(values.lookups);
const listRuns = Number(values['list-runs']);
if (!sizes.every((size, index) => Number.isInteger(size) && size >= 10_000 && (index === 0 || size > sizes[index - 1]!))) {
  throw new Error('--sizes are growing whole numbers of cases (≥ 10000)');
}
if (!(runs >= 1) || !(lookups >= 100) || !(listRuns >= 10)) throw new Error('--runs ≥ 1, --lookups ≥ 100, --list-runs ≥ 10');

/**
 * The year the cases are spread over, and the moment everything is measured at: on its last day,
 * at the templates' time of day (the open copies' histories end then or up to six days before).
 */
const spanFrom = '2025-04-01';
const spanDays = 365;
const now = new Date('2026-03-31T11:00:00+08:00');
/** A list read is sampled for at most this long: enough runs for its p50 even when it scans the table. */
const listBudgetMs = 60_000;
/** The month assessed, as of its settling run (15 days after it ends, as the monthly job does it). */
const assessedMonth = '2025-10';
const assessedAsOf = new Date('2025-11-16T00:00:00+08:00');
const lookupWarmUp = 100;
const { sql } = drizzleOrm;

/** A small seeded generator (mulberry32), so that each run looks up the same codes. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copy k's id, as the generator gives it. */
const copyId = (k: number) => `b0000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

interface Latency {
  p50: number;
  p99: number;
}
const latency = (times: number[]): Latency => ({ p50: percentile(times, 0.5), p99: percentile(times, 0.99) });

interface Inbox {
  name: string;
  staff: 'city' | 'grid';
  filter: StaffCaseListFilter;
}
const inboxes: Inbox[] = [
  { name: 'command centre, newest first', staff: 'city', filter: { scope: 'subtree', limit: 50 } },
  { name: 'one grid, newest first', staff: 'grid', filter: { scope: 'subtree', limit: 50 } },
  { name: 'command centre, status submitted', staff: 'city', filter: { scope: 'subtree', status: ['submitted'], limit: 50 } },
  { name: 'command centre, overdue, by due date', staff: 'city', filter: { scope: 'subtree', deadline: ['overdue'], sort: 'due', limit: 50 } },
];

interface SizeResult {
  cases: number;
  generateMs: number;
  vacuumMs: number;
  openCases: number;
  dueCases: number;
  gridCases: number;
  casesTableBytes: number;
  databaseBytes: number;
  monthLedgerRows: LedgerRows;
  lookup: Latency;
  roundTrip: Latency;
  inbox: Record<string, Latency & { runs: number; rows: number }>;
  claimMs: number;
  dueIdsMs: number;
  dueIdsSeqScanMs: number;
  figuresMs: number;
  figuresBaselineMs: number;
  unitsWithFigures: number;
  plans: Record<string, string[]>;
  loadAverage: [number, number, number];
}

const uptimeBefore = uptime();
console.log(`before: ${uptimeBefore}`);
const results: SizeResult[] = [];
let templates = 0;
let seedMs = 0;
await withScratchDatabase({ server: values.server, name: values.database, keep: values.keep }, async ({ url, database, client }) => {
  await client.unsafe(`SET synchronous_commit = off`);
  const seeded = await timed(() => seedDemoTemplates(database));
  seedMs = seeded.ms;
  templates = seeded.result.written;
  console.log(`demo city seeded in ${seconds(seedMs)} s: ${templates} cases replayed with deadlines (${seeded.result.refused} refused, left out)`);
  await prepareCopies(client);

  const staffAt = async (unitId: string, role: 'dispatcher' | 'grid_member'): Promise<StaffPrincipal> => {
    const { token } = await createStaffAccount(database.db, { cityId: demoCityId, unitId, role, displayName: '规模基准测试' });
    return (await authenticateToken(database.db, token, now))!.staff;
  };
  const [cityUnit] = await client<{ id: string }[]>`SELECT id FROM units WHERE city_id = ${demoCityId} AND kind = 'city'`;
  // The grid holding the most cases: its inbox is the fullest a grid has.
  const [grid] = await client<{ id: string }[]>`
    SELECT u.id FROM units u JOIN cases c ON c.holder_unit_id = u.id WHERE u.city_id = ${demoCityId} AND u.kind = 'grid'
    GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`;
  const staff = { city: await staffAt(cityUnit!.id, 'dispatcher'), grid: await staffAt(grid!.id, 'grid_member') };
  const { start, end } = monthBounds(assessedMonth, demoTimeZone);
  const monthScope = { cityId: demoCityId, start, end, asOf: assessedAsOf };
  const readers = postgres(url, { max: 4, onnotice: () => {} });

  const operations = (code: string): Record<string, (db: Database) => Promise<unknown>> => ({
    lookup: (db) => trackCase(db, code, {}),
    ...Object.fromEntries(inboxes.map((inbox) => [`inbox: ${inbox.name}`, (db: Database) => listStaffCases(db, staff[inbox.staff], inbox.filter, now)])),
    'sweep claim': (db) => db.transaction((tx) => claimDueBatch(tx, now)),
    'sweep, every due case': (db) => dueCaseIds(db, now, true),
    'monthly figures': (db) => monthFigures(db, monthScope),
  });

  try {
    let copied = 0;
    for (const size of sizes) {
      const generated = await timed(() =>
        generateCopies(client, { first: copied + 1, count: size - copied, fromDay: spanFrom, days: spanDays, ledgers: true, asOfSpanEnd: true }),
      );
      copied = size;
      // A live database is vacuumed as it grows: without it every index-only read would visit the table.
      const vacuumed = await timed(() => client.unsafe(`VACUUM (ANALYZE)`));
      await checkRollups(client);
      const [shape] = await client<{ cases: number; open: number; due: number; grid: number; table: string; database: string }[]>`
        SELECT count(*)::int AS cases, count(*) FILTER (WHERE status <> 'closed')::int AS open,
               count(*) FILTER (WHERE next_check_at <= ${now})::int AS due, count(*) FILTER (WHERE holder_unit_id = ${grid!.id})::int AS grid,
               pg_total_relation_size('cases')::text AS table, pg_database_size(current_database())::text AS database
        FROM cases`;
      console.log(
        `${count(size)} copies (${count(shape!.cases)} cases, ${count(shape!.open)} open, ${count(shape!.due)} due): generated in ${seconds(generated.ms)} s, ` +
          `vacuumed in ${seconds(vacuumed.ms)} s; cases ${(Number(shape!.table) / 2 ** 30).toFixed(2)} GiB, database ${(Number(shape!.database) / 2 ** 30).toFixed(2)} GiB`,
      );

      // Tracking lookups of random existing codes, after a warm-up, against a bare round trip.
      const random = seededRandom(size);
      const ids = Array.from({ length: lookups + lookupWarmUp }, () => copyId(1 + Math.floor(random() * size)));
      const codes = (await client<{ code: string }[]>`SELECT tracking_code AS code FROM cases WHERE id IN ${client(ids)}`).map((row) => row.code);
      for (const code of codes.slice(0, lookupWarmUp)) await trackCase(database.db, code, {});
      const measured = codes.slice(lookupWarmUp);
      const lookup = latency(await samples(measured.length, (run) => trackCase(database.db, measured[run]!, {})));
      const roundTrip = latency(await samples(measured.length, () => database.db.execute(sql`SELECT 1`)));

      const inbox: SizeResult['inbox'] = {};
      for (const { name, staff: who, filter } of inboxes) {
        const page = await listStaffCases(database.db, staff[who], filter, now);
        const times = await samples(listRuns, () => listStaffCases(database.db, staff[who], filter, now), listBudgetMs);
        inbox[name] = { ...latency(times), runs: times.length, rows: page.data.length };
      }

      const claimMs = await fastest(runs, () => database.db.transaction((tx) => claimDueBatch(tx, now)));
      const scanRuns = Math.min(runs, 3);
      const dueIdsMs = await fastest(scanRuns, () => dueCaseIds(database.db, now, true));
      const dueIdsSeqScanMs = await fastest(scanRuns, () => dueCaseIds(database.db, now, false));

      const figures = await monthFigures(database.db, monthScope);
      const figuresMs = await fastest(runs, () => monthFigures(database.db, monthScope));
      const figuresBaselineMs = await fastest(runs, () => plainCountsByUnit(readers, demoCityId, start, end));

      const plans: SizeResult['plans'] = {};
      for (const [name, operation] of Object.entries(operations(measured[0]!))) plans[name] = scansOf(await plansOf(url, client, operation));

      const result: SizeResult = {
        cases: shape!.cases,
        generateMs: generated.ms,
        vacuumMs: vacuumed.ms,
        openCases: shape!.open,
        dueCases: shape!.due,
        gridCases: shape!.grid,
        casesTableBytes: Number(shape!.table),
        databaseBytes: Number(shape!.database),
        monthLedgerRows: await ledgerRowsOfMonth(client, start, end),
        lookup,
        roundTrip,
        inbox,
        claimMs,
        dueIdsMs,
        dueIdsSeqScanMs,
        figuresMs,
        figuresBaselineMs,
        unitsWithFigures: figures.size,
        plans,
        loadAverage: loadAverage(),
      };
      results.push(result);
      console.log(JSON.stringify(result));
    }
  } finally {
    await readers.end({ timeout: 5 });
  }
});
const uptimeAfter = uptime();
console.log(`after: ${uptimeAfter}`);

const growth = (series: number[], index: number) => (index === 0 ? '' : `${(series[index]! / series[index - 1]!).toFixed(2)} ×`);
const table = (title: string, header: string[], rows: string[][]) => {
  console.log(`\n${title}\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
};
const casesOf = results.map((result) => count(result.cases));
table(
  'Generation',
  ['cases', 'open', 'due at the end of the year', 'generated (this step)', 'VACUUM ANALYZE', 'cases table', 'database', 'ledger rows of the month (deadlines / replies / moves)'],
  results.map((result, index) => [
    casesOf[index]!,
    count(result.openCases),
    count(result.dueCases),
    `${seconds(result.generateMs)} s`,
    `${seconds(result.vacuumMs)} s`,
    `${(result.casesTableBytes / 2 ** 30).toFixed(2)} GiB`,
    `${(result.databaseBytes / 2 ** 30).toFixed(2)} GiB`,
    `${count(result.monthLedgerRows.deadlines)} / ${count(result.monthLedgerRows.replies)} / ${count(result.monthLedgerRows.moves)}`,
  ]),
);
const lookupP50 = results.map((result) => result.lookup.p50);
table(
  `Tracking lookup (trackCase), ${count(lookups)} random codes`,
  ['cases', 'p50', 'p99', 'growth of p50', 'SELECT 1 round trip p50 (baseline)', 'p99', 'p50 × baseline'],
  results.map((result, index) => [
    casesOf[index]!,
    ms(result.lookup.p50),
    ms(result.lookup.p99),
    growth(lookupP50, index),
    ms(result.roundTrip.p50),
    ms(result.roundTrip.p99),
    (result.lookup.p50 / result.roundTrip.p50).toFixed(2),
  ]),
);
for (const { name } of inboxes) {
  const p50s = results.map((result) => result.inbox[name]!.p50);
  table(
    `Inbox (listStaffCases, first page of 50): ${name}, up to ${listRuns} runs`,
    ['cases', 'p50', 'p99', 'growth of p50', 'runs', 'rows on the page'],
    results.map((result, index) => {
      const figures = result.inbox[name]!;
      return [casesOf[index]!, ms(figures.p50), ms(figures.p99), growth(p50s, index), String(figures.runs), String(figures.rows)];
    }),
  );
}
const claims = results.map((result) => result.claimMs);
const dueReads = results.map((result) => result.dueIdsMs);
const seqReads = results.map((result) => result.dueIdsSeqScanMs);
table(
  `Deadline sweep, best of ${runs} (every due case: best of ${Math.min(runs, 3)})`,
  ['cases', 'due', 'claim of one batch (100)', 'growth', 'every due case, indexed', 'growth', 'every due case, no index (baseline)', 'growth'],
  results.map((result, index) => [
    casesOf[index]!,
    count(result.dueCases),
    ms(result.claimMs),
    growth(claims, index),
    ms(result.dueIdsMs),
    growth(dueReads, index),
    ms(result.dueIdsSeqScanMs),
    growth(seqReads, index),
  ]),
);
const figureTimes = results.map((result) => result.figuresMs);
const countTimes = results.map((result) => result.figuresBaselineMs);
table(
  `Monthly figures of ${assessedMonth} (monthFigures), best of ${runs}`,
  ['cases', 'units with figures', 'monthFigures', 'growth', 'plain COUNT … GROUP BY unit (baseline)', 'growth', '× baseline'],
  results.map((result, index) => [
    casesOf[index]!,
    String(result.unitsWithFigures),
    ms(result.figuresMs),
    growth(figureTimes, index),
    ms(result.figuresBaselineMs),
    growth(countTimes, index),
    (result.figuresMs / result.figuresBaselineMs).toFixed(2),
  ]),
);
const largest = results.at(-1);
if (largest) {
  console.log(`\nPlans at ${count(largest.cases)} cases (scans of every statement each operation sends)`);
  for (const [name, scans] of Object.entries(largest.plans)) console.log(`- ${name}: ${scans.join('; ')}`);
}
writeResults('scale', {
  sizes,
  runs,
  lookups,
  listRuns,
  templates,
  seedMs,
  span: { from: spanFrom, days: spanDays },
  now,
  assessedMonth,
  assessedAsOf,
  uptimeBefore,
  uptimeAfter,
  results,
});
