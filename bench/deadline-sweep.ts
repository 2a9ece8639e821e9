/**
 * Deadline-sweep benchmark: 10,000 due cases among 100,000 and among 1,000,000 open cases, on the
 * PostgreSQL server. Each size gets a database of its own (created here, dropped at the end); the
 * open cases are generated in SQL with generate_series, all held by grids, the due ones past their
 * acceptance deadline (so the sweep warns, issues a supervision notice and auto-escalates each:
 * three commands, three events). Measured in the same run, at each size:
 *   - the sweep itself (`sweepDueCases`, as `huying worker` runs it);
 *   - baseline 1: a plain SELECT of the due rows through the partial index on next_check_at;
 *   - baseline 2: the same SELECT with index scans turned off (a sequential scan of all cases),
 *     which is what the sweep's claim would cost without the index.
 * The sweep should grow like baseline 1 (with the due cases), not like baseline 2 (with all
 * cases). Run from the repository root:
 *
 *   pnpm exec tsx bench/deadline-sweep.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--sizes 100000,1000000] [--due 10000]
 *
 * Figures go to bench/results/deadline-sweep.json.
 */
import { parseArgs } from 'node:util';
import { installCity } from '../packages/api/src/city/install.js';
import { FakeClock } from '../packages/api/src/clock.js';
import { sweepDueCases, type SweepReport } from '../packages/api/src/jobs/deadline-sweep.js';
import { testCitySpec } from '../packages/api/src/testing/city.js';
import { defaultServer, pino, type Client } from './lib/drivers.js';
import { dueCaseIds } from './lib/due-cases.js';
import { writeResults } from './lib/results.js';
import { withScratchDatabase } from './lib/scratch-database.js';
import { fastest, seconds, timed } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    sizes: { type: 'string', default: '100000,1000000' },
    due: { type: 'string', default: '10000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const due = Number(values.due);
if (sizes.some((size) => !Number.isInteger(size) || size < due) || !Number.isInteger(due) || due < 1) {
  throw new Error('--sizes are whole numbers of open cases, each at least --due');
}

// A Monday morning in Shanghai: every due case passed its acceptance deadline an hour ago.
const now = new Date('2026-03-02T11:00:00+08:00');
const cityId = 'bench';

interface SizeResult {
  openCases: number;
  dueCases: number;
  generateMs: number;
  indexedSelectMs: number;
  seqScanSelectMs: number;
  sweepMs: number;
  report: SweepReport;
  events: number;
}

/** `count` open cases held by the city's grids, the first `dueCount` of them due now. */
async function generateCases(client: Client, count: number, dueCount: number) {
  const grids = await client<{ id: string }[]>`SELECT id FROM units WHERE city_id = ${cityId} AND kind = 'grid' ORDER BY id`;
  const gridIds = grids.map((grid) => grid.id);
  const deadline = (startedAt: string, dueAt: string, warnAt: string) => ({
    step: 'accept',
    unitId: '__unit__',
    startedAt,
    dueAt,
    warnAt,
    basis: 'working',
    paused: null,
    warnedAt: null,
    overdueAt: null,
    noticeId: null,
    escalateAt: null,
    extensions: 0,
  });
  const iso = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  const overdue = JSON.stringify([deadline(iso(-180), iso(-60), iso(-84))]);
  const later = JSON.stringify([deadline(iso(0), iso(30 * 24 * 60), iso(24 * 24 * 60))]);
  // One statement per 100,000 rows keeps each transaction's memory modest.
  for (let start = 1; start <= count; start += 100_000) {
    const end = Math.min(count, start + 99_999);
    await client`
      INSERT INTO cases (id, city_id, tracking_code, secret_hash, kind, channel, urgency, title, description, intake_unit_id,
                         status, holder_unit_id, arrival, round, hops, version, created_at, updated_at,
                         deadlines, accept_due_at, due_at, next_check_at)
      SELECT gen_random_uuid(), ${cityId}, lpad(i::text, 12, '0'), md5(i::text), 'complaint', 'web', 'normal',
             '楼道照明故障', '楼道灯不亮已经一周了，晚上上下楼很危险。', grid,
             'submitted', grid, 'intake', 1, 0, 1, ${iso(-180)}::timestamptz, ${iso(-180)}::timestamptz,
             replace(CASE WHEN i <= ${dueCount} THEN ${overdue} ELSE ${later} END, '__unit__', grid::text)::jsonb,
             CASE WHEN i <= ${dueCount} THEN ${iso(-60)}::timestamptz ELSE ${iso(30 * 24 * 60)}::timestamptz END,
             CASE WHEN i <= ${dueCount} THEN ${iso(-60)}::timestamptz ELSE ${iso(30 * 24 * 60)}::timestamptz END,
             CASE WHEN i <= ${dueCount} THEN ${iso(-60)}::timestamptz ELSE ${iso(24 * 24 * 60)}::timestamptz END
      FROM generate_series(${start}::int, ${end}::int) AS i,
           LATERAL (SELECT (${`{${gridIds.join(',')}}`}::uuid[])[1 + i % ${gridIds.length}] AS grid) AS g`;
  }
  await client`ANALYZE cases`;
}

async function measure(openCases: number): Promise<SizeResult> {
  return withScratchDatabase({ server: values.server, name: `huying_bench_sweep_${process.pid}_${openCases}` }, async ({ database, client }) => {
    await installCity(database.db, testCitySpec(cityId));
    const generated = await timed(() => generateCases(client, openCases, due));
    console.log(`${openCases.toLocaleString('en')} open cases, ${due.toLocaleString('en')} due: generated in ${seconds(generated.ms)} s`);
    // Warm the cache the same way for both baselines, then take the better of three runs of each.
    const best = (useIndex: boolean) =>
      fastest(3, async () => {
        const read = await dueCaseIds(database.db, now, useIndex);
        if (read !== due) throw new Error(`expected ${due} due rows, read ${read}`);
      });
    const indexedSelectMs = await best(true);
    const seqScanSelectMs = await best(false);
    const deps = { database, clock: new FakeClock(now), logger: pino({ level: 'silent' }) };
    const sweep = await timed(() => sweepDueCases(deps));
    const [events] = await client<{ n: number }[]>`SELECT count(*)::int AS n FROM case_events`;
    const result: SizeResult = {
      openCases,
      dueCases: due,
      generateMs: generated.ms,
      indexedSelectMs,
      seqScanSelectMs,
      sweepMs: sweep.ms,
      report: sweep.result,
      events: events!.n,
    };
    console.log(
      `  indexed SELECT of the due rows ${indexedSelectMs.toFixed(1)} ms; sequential scan ${seqScanSelectMs.toFixed(1)} ms; ` +
        `sweep ${seconds(sweep.ms)} s (${JSON.stringify(sweep.result)}, ${events!.n} events)`,
    );
    if (sweep.result.cases !== due || sweep.result.failures !== 0) throw new Error('the sweep did not settle every due case');
    return result;
  });
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measure(size));

const [first] = results;
console.log('\n| open cases | due | sweep | per due case | × sweep at first size | indexed SELECT of due rows | × | sequential scan | × |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const result of results) {
  console.log(
    `| ${result.openCases.toLocaleString('en')} | ${result.dueCases.toLocaleString('en')} | ${seconds(result.sweepMs)} s | ` +
      `${(result.sweepMs / result.dueCases).toFixed(2)} ms | ${(result.sweepMs / first!.sweepMs).toFixed(2)} × | ` +
      `${result.indexedSelectMs.toFixed(1)} ms | ${(result.indexedSelectMs / first!.indexedSelectMs).toFixed(2)} × | ` +
      `${result.seqScanSelectMs.toFixed(1)} ms | ${(result.seqScanSelectMs / first!.seqScanSelectMs).toFixed(2)} × |`,
  );
}
writeResults('deadline-sweep', { now, results });
