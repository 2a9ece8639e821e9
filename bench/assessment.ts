/**
 * Assessment and dashboard benchmark, on the PostgreSQL server, in a database of its own
 * (`huying_bench_assessment`, created here and dropped at the end unless `--keep`):
 *
 *   1. the demo city (Zhaoyuan, demo scale: the 517-entry taxonomy, real units and buildings) is
 *      seeded with its history of real messages replayed through the real commands, so every
 *      event goes through the database trigger that fills the assessment ledgers and the
 *      dashboard rollups. Those cases (channels, kinds, categories, routes, returns, reopenings,
 *      supervision, ratings in the proportions the seed derives from the messages) are the
 *      templates;
 *   2. the generated cases are copies of the templates moved by whole days into the measured
 *      span (case i copies template i mod T): the case row, and for the assessment month the
 *      ledger rows the trigger wrote for the template (deadlines, replies, moves, supervision
 *      notices), each time moved by the same days. The rollups get each copy's contribution,
 *      taken from the template's ledger rows by the trigger's own keys (local day of the event,
 *      area, unit, step, level) and added with the trigger's upserts. Before anything is
 *      generated, the run checks that these contributions, summed over the templates, equal the
 *      rollups the trigger wrote for them, row for row; and after, that the intake rollup counts
 *      every case and that the monthly rollups (kept from the daily ones by their own trigger)
 *      are the daily ones summed by month;
 *   3. measured, each against a baseline in the same run:
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
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { addMonths, createCaseSecret, decide, evolve, monthBounds, openCase, type Actor, type CaseEvent } from '../packages/core/src/index.js';
import { createApp } from '../packages/api/src/app.js';
import { stableId } from '../packages/api/src/city/ids.js';
import { installCity } from '../packages/api/src/city/install.js';
import { seedDemoCity } from '../packages/api/src/city/seed-demo.js';
import { caseEvents, cases } from '../packages/api/src/db/schema/index.js';
import { toActor, toCaseCommand, UnitDirectory } from '../packages/api/src/seed/replay.js';
import type { DemoCity } from '../packages/api/src/seed/types.js';
import { eventRow } from '../packages/api/src/services/cases/events.js';
import { stateColumns } from '../packages/api/src/services/cases/state.js';
import { hashSecret } from '../packages/api/src/services/cases/submit.js';
import { caseTiming, loadLoopSettings } from '../packages/api/src/services/loop/settings.js';
import { FakeClock } from '../packages/api/src/clock.js';
import { openDatabase, type DatabaseHandle } from '../packages/api/src/db/client.js';
import { buildDemoCity, defaultDataDir } from '../packages/api/src/seed/demo-city.js';
import { dashboard } from '../packages/api/src/services/assessment/analytics.js';
import { monthFigures } from '../packages/api/src/services/assessment/figures.js';
import { drillDown, generateMonth } from '../packages/api/src/services/assessment/snapshots.js';
import { createStaffAccount } from '../packages/api/src/services/staff.js';

const require = createRequire(new URL('../packages/api/package.json', import.meta.url));
const postgres = require('postgres') as typeof import('postgres');
const pino = require('pino') as typeof import('pino').default;

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
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
if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) throw new Error('--database is a plain lower-case name');
const cityId = 'zhaoyuan';
const timeZone = 'Asia/Shanghai';
/** The seeded history ends here; the measured spans come after it. */
const seedNow = new Date('2025-03-03T11:00:00+08:00');
const assessmentMonth = '2025-06';
/** The settling run of the month: 15 days after it ends, as the monthly job does it. */
const assessmentAsOf = new Date('2025-07-16T00:00:00+08:00');
const dashboardFrom = '2025-08';
const dashboardTo = '2026-07';
const dashboardNow = new Date('2026-08-15T10:00:00+08:00');
/** The first day after the dashboard's span. */
const dashboardEndDay = `${addMonths(dashboardTo, 1)}-01`;
const nilCategory = '00000000-0000-0000-0000-000000000000';
const batchSize = 250_000;

type Client = ReturnType<typeof postgres>;

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}
async function fastest(work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) best = Math.min(best, (await timed(work)).ms);
  return best;
}
const localDays = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The demo history with deadlines: the seed replays it without a calendar (its cases carry no
 * deadlines), so here each case is replayed again through `openCase` and `decide` with the time
 * limits the API would give it (the city's calendar, policy and the first matching SLA rule), and
 * its case row and events are inserted as the seed inserts them. The events carry their timers,
 * and the trigger turns them into deadline ledger rows like any other. Returns the cases written
 * and those the state machine refused with deadlines on (left out).
 */
async function seedTemplates(handle: DatabaseHandle, demo: DemoCity): Promise<{ written: number; refused: number }> {
  const db = handle.db;
  const installed = await installCity(db, demo);
  const unitId = (key: string) => installed.unitIds.get(key)!;
  const units = new UnitDirectory(demo.units, unitId);
  const unitKeyById = new Map(demo.units.map((unit) => [unitId(unit.key), unit.key]));
  const withAccount = (actor: Actor): Actor =>
    actor.type === 'staff' ? { ...actor, accountId: stableId(cityId, 'staff', unitKeyById.get(actor.unit.id)!) } : actor;
  const settings = await loadLoopSettings(db, cityId);
  let written = 0;
  let refused = 0;
  let caseRows: (typeof cases.$inferInsert)[] = [];
  let eventRows: (typeof caseEvents.$inferInsert)[] = [];
  const flush = async () => {
    await db.transaction(async (tx) => {
      await tx.insert(cases).values(caseRows);
      for (let start = 0; start < eventRows.length; start += 1000) await tx.insert(caseEvents).values(eventRows.slice(start, start + 1000));
    });
    caseRows = [];
    eventRows = [];
  };
  for (const [index, demoCase] of demo.cases.entries()) {
    const categoryId = installed.categoryIds.get(demoCase.categoryCode) ?? null;
    const { timing } = await caseTiming(db, settings, { kind: demoCase.kind, urgency: demoCase.urgency, categoryId });
    const opened = openCase(demoCase.kind, unitId(demoCase.intakeUnitKey), demoCase.createdAt, timing);
    let state = opened.state;
    const history: { event: CaseEvent; actor: Actor }[] = [
      {
        event: opened.event,
        actor: demoCase.channel === 'patrol' ? withAccount({ type: 'staff', accountId: '', unit: units.byKey(demoCase.intakeUnitKey) }) : { type: 'resident' },
      },
    ];
    let ok = true;
    for (const step of demoCase.steps) {
      const actor = toActor(step.actor, units);
      const decision = decide(state, toCaseCommand(step.command, units), { actor, holder: units.byId(state.holderUnitId), now: step.at, timing });
      if (!decision.ok) {
        ok = false;
        break;
      }
      state = evolve(state, decision.event);
      history.push({ event: decision.event, actor: withAccount(actor) });
    }
    if (!ok) {
      refused++;
      continue;
    }
    const id = stableId(cityId, 'bench-case', demoCase.key);
    const at = (type: CaseEvent['type'], last = false) => {
      const found = last ? history.findLast((entry) => entry.event.type === type) : history.find((entry) => entry.event.type === type);
      return found ? new Date(found.event.at) : null;
    };
    caseRows.push({
      id,
      cityId,
      trackingCode: `T${String(index).padStart(11, '0')}`,
      secretHash: hashSecret(id, createCaseSecret()),
      kind: demoCase.kind,
      channel: demoCase.channel,
      urgency: demoCase.urgency,
      categoryId,
      buildingId: demoCase.buildingKey ? (installed.buildingIds.get(demoCase.buildingKey) ?? null) : null,
      address: demoCase.address,
      title: demoCase.title,
      description: demoCase.description,
      contactName: demoCase.contactName,
      contactPhone: demoCase.contactPhone,
      intakeUnitId: unitId(demoCase.intakeUnitKey),
      ...stateColumns(state),
      version: history.length,
      createdAt: new Date(demoCase.createdAt),
      updatedAt: new Date(history.at(-1)!.event.at),
      acceptedAt: at('accepted'),
      respondedAt: at('responded'),
      resolvedAt: at('resolved', true),
      closedAt: at('closed', true),
    });
    history.forEach(({ event, actor }, seq) => eventRows.push(eventRow({ caseId: id, cityId, seq: seq + 1, event, actor })));
    written++;
    if (caseRows.length === 250) await flush();
  }
  if (caseRows.length > 0) await flush();
  return { written, refused };
}

/**
 * What each template case put into each rollup, by the trigger's keys at the template's own
 * days: intake (area, channel, kind, category, building, by the day of its `submitted` event),
 * the deadlines that ended (by the day they ended, for the unit answering then; a waived part
 * counts nowhere) and the ratings (by the rating's day, for the replying unit).
 */
async function recordContributions(client: Client) {
  await client.unsafe(`
    CREATE UNLOGGED TABLE bench_templates AS
      SELECT (row_number() OVER (ORDER BY c.created_at, c.id) - 1)::int AS t, c.id AS case_id
      FROM cases c WHERE c.city_id = '${cityId}';
    CREATE UNIQUE INDEX ON bench_templates (t);
    CREATE UNLOGGED TABLE bench_intake AS
      SELECT c.id AS case_id, (e.created_at AT TIME ZONE '${timeZone}')::date AS day, COALESCE(grid.parent_id, c.intake_unit_id) AS area,
             c.channel, c.kind, COALESCE(c.category_id, '${nilCategory}'::uuid) AS category_id, c.building_id
      FROM cases c
      JOIN case_events e ON e.case_id = c.id AND e.type = 'submitted'
      LEFT JOIN buildings b ON b.id = c.building_id
      LEFT JOIN units grid ON grid.id = b.grid_unit_id
      WHERE c.city_id = '${cityId}';
    CREATE UNLOGGED TABLE bench_deadline_ends AS
      SELECT d.case_id, (d.ended_at AT TIME ZONE '${timeZone}')::date AS day, COALESCE(d.lapsed_unit_id, d.unit_id) AS unit_id, d.step,
             (d.lapsed_at IS NULL)::int AS on_time, (d.lapsed_at IS NOT NULL)::int AS late,
             round(extract(epoch FROM d.ended_at - d.started_at) / 60)::bigint AS minutes
      FROM assessment_deadlines d
      WHERE d.city_id = '${cityId}' AND d.ended_at IS NOT NULL AND NOT (d.step = 'part' AND d.ended_by <> 'part_reported' AND d.lapsed_at IS NULL);
    CREATE UNLOGGED TABLE bench_ratings AS
      SELECT e.case_id, (e.created_at AT TIME ZONE '${timeZone}')::date AS day, r.unit_id, CASE WHEN r.round = 1 THEN 1 ELSE 0 END AS first_reply,
             e.payload ->> 'level' AS level
      FROM case_events e JOIN assessment_replies r ON r.case_id = e.case_id AND r.round = e.round
      WHERE e.city_id = '${cityId}' AND e.type = 'rated';
    CREATE UNLOGGED TABLE bench_groups (template_id uuid NOT NULL, shift int NOT NULL, n bigint NOT NULL);`);
}

/** The rollups' rows made from the copies in bench_groups, with the trigger's keys moved by each copy's days. */
function rollupRows(groups: string) {
  return {
    analytics_intake_daily: `
      SELECT '${cityId}' AS city_id, i.day + g.shift AS day, i.area AS area_unit_id, i.channel, i.kind, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id GROUP BY 2, 3, 4, 5`,
    analytics_category_monthly: `
      SELECT '${cityId}' AS city_id, date_trunc('month', i.day + g.shift)::date AS month, i.area AS area_unit_id, i.category_id, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id GROUP BY 2, 3, 4`,
    analytics_building_monthly: `
      SELECT '${cityId}' AS city_id, date_trunc('month', i.day + g.shift)::date AS month, i.building_id, min(i.area::text)::uuid AS area_unit_id, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id WHERE i.building_id IS NOT NULL GROUP BY 2, 3`,
    analytics_deadline_daily: `
      SELECT '${cityId}' AS city_id, d.day + g.shift AS day, d.unit_id, d.step,
             sum(d.on_time * g.n)::int AS on_time, sum(d.late * g.n)::int AS late, sum(d.minutes * g.n)::bigint AS minutes
      FROM ${groups} g JOIN bench_deadline_ends d ON d.case_id = g.template_id GROUP BY 2, 3, 4`,
    analytics_rating_daily: `
      SELECT '${cityId}' AS city_id, r.day + g.shift AS day, r.unit_id, r.first_reply, r.level, sum(g.n)::int AS ratings
      FROM ${groups} g JOIN bench_ratings r ON r.case_id = g.template_id GROUP BY 2, 3, 4, 5`,
  };
}

const rollupKeys: Record<keyof ReturnType<typeof rollupRows>, { key: string; sums: string[]; columns: string }> = {
  analytics_intake_daily: { key: 'city_id, day, area_unit_id, channel, kind', sums: ['cases'], columns: 'city_id, day, area_unit_id, channel, kind, cases' },
  analytics_category_monthly: { key: 'city_id, month, area_unit_id, category_id', sums: ['cases'], columns: 'city_id, month, area_unit_id, category_id, cases' },
  analytics_building_monthly: { key: 'city_id, month, building_id', sums: ['cases'], columns: 'city_id, month, building_id, area_unit_id, cases' },
  analytics_deadline_daily: { key: 'city_id, day, unit_id, step', sums: ['on_time', 'late', 'minutes'], columns: 'city_id, day, unit_id, step, on_time, late, minutes' },
  analytics_rating_daily: { key: 'city_id, day, unit_id, first_reply, level', sums: ['ratings'], columns: 'city_id, day, unit_id, first_reply, level, ratings' },
};

/** The templates' contributions, summed, must be exactly what the trigger wrote for them. */
async function checkContributions(client: Client) {
  await client.unsafe(`INSERT INTO bench_groups SELECT case_id, 0, 1 FROM bench_templates`);
  for (const [table, query] of Object.entries(rollupRows('bench_groups'))) {
    const { columns } = rollupKeys[table as keyof typeof rollupKeys];
    const [difference] = await client.unsafe<{ missing: number; extra: number }[]>(`
      WITH bulk AS (${query}), trigger AS (SELECT ${columns} FROM ${table} WHERE city_id = '${cityId}')
      SELECT (SELECT count(*) FROM (SELECT ${columns} FROM trigger EXCEPT ALL SELECT ${columns} FROM bulk) x)::int AS missing,
             (SELECT count(*) FROM (SELECT ${columns} FROM bulk EXCEPT ALL SELECT ${columns} FROM trigger) x)::int AS extra`);
    if (difference!.missing !== 0 || difference!.extra !== 0) {
      throw new Error(`${table}: the bulk contributions differ from the trigger's rollup (${difference!.missing} rows missing, ${difference!.extra} extra)`);
    }
  }
  await client.unsafe(`TRUNCATE bench_groups`);
}

/** Adds the copies listed in bench_groups to the rollups, with the trigger's upserts. */
async function addToRollups(client: Client) {
  for (const [table, query] of Object.entries(rollupRows('bench_groups'))) {
    const { key, sums, columns } = rollupKeys[table as keyof typeof rollupKeys];
    await client.unsafe(`
      INSERT INTO ${table} (${columns}) ${query}
      ON CONFLICT (${key}) DO UPDATE SET ${sums.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ')}`);
  }
  await client.unsafe(`TRUNCATE bench_groups`);
}

/**
 * `SELECT` lists copying a table's rows for the copies in bench_batch: the case id replaced,
 * every timestamp moved by the copy's days, generated columns left to the database.
 */
async function copyList(client: Client, table: string, overrides: Record<string, string>) {
  const columns = await client<{ column_name: string; data_type: string }[]>`
    SELECT column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' AND is_identity = 'NO'
    ORDER BY ordinal_position`;
  const target = columns.map((column) => `"${column.column_name}"`);
  const source = columns.map(({ column_name: name, data_type: type }) =>
    overrides[name] ?? (type === 'timestamp with time zone' ? `s."${name}" + b.shift * interval '1 day'` : `s."${name}"`),
  );
  return { target: target.join(', '), source: source.join(', ') };
}

interface Generated {
  cases: number;
  ms: number;
}

/**
 * Copies `count` more cases into the span starting `fromDay` and `days` long (cases k+1 … k+count
 * of the run), with their ledger rows when `ledgers`, and their rollup contributions.
 */
async function generateCopies(client: Client, input: { first: number; count: number; fromDay: string; days: number; ledgers: boolean }) {
  const [{ templates }] = (await client<{ templates: number }[]>`SELECT count(*)::int AS templates FROM bench_templates`) as [{ templates: number }];
  const caseCopy = await copyList(client, 'cases', {
    id: 'b.case_id',
    tracking_code: `'B' || lpad(b.k::text, 11, '0')`,
  });
  const ledgerCopies = input.ledgers
    ? await Promise.all(
        ['assessment_deadlines', 'assessment_replies', 'assessment_moves', 'supervision_notices'].map(async (table) => ({
          table,
          copy: await copyList(client, table, table === 'supervision_notices' ? { id: 'gen_random_uuid()', case_id: 'b.case_id' } : { case_id: 'b.case_id' }),
        })),
      )
    : [];
  for (let start = input.first; start < input.first + input.count; start += batchSize) {
    const end = Math.min(input.first + input.count - 1, start + batchSize - 1);
    // The copy's id, its template, and the whole days that move the template into the span (a
    // hash of k spreads the copies evenly over the span's days; the template keeps its time of day).
    await client.unsafe(`
      DROP TABLE IF EXISTS bench_batch;
      CREATE UNLOGGED TABLE bench_batch AS
        SELECT k, ('b0000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid AS case_id, t.case_id AS template_id,
               ('${input.fromDay}'::date + (hashint8(k) & 2147483647) % ${input.days}) - i.day AS shift
        FROM generate_series(${start}::bigint, ${end}::bigint) AS k
        JOIN bench_templates t ON t.t = k % ${templates}
        JOIN bench_intake i ON i.case_id = t.case_id;`);
    // The copies are consistent by construction; foreign-key checks are left out to save time.
    await client.begin(async (tx) => {
      await tx.unsafe(`SET LOCAL session_replication_role = replica`);
      await tx.unsafe(`INSERT INTO cases (${caseCopy.target}) SELECT ${caseCopy.source} FROM bench_batch b JOIN cases s ON s.id = b.template_id`);
      for (const { table, copy } of ledgerCopies) {
        await tx.unsafe(`INSERT INTO ${table} (${copy.target}) SELECT ${copy.source} FROM bench_batch b JOIN ${table} s ON s.case_id = b.template_id`);
      }
    });
    await client.unsafe(`INSERT INTO bench_groups SELECT template_id, shift, count(*) FROM bench_batch GROUP BY 1, 2`);
    await addToRollups(client);
    process.stdout.write(`  … ${end.toLocaleString('en')} copies\n`);
  }
  await client.unsafe(`DROP TABLE IF EXISTS bench_batch`);
  await client.unsafe(`ANALYZE`);
}

interface AssessmentResult {
  cases: number;
  generateMs: number;
  ledgerRows: { deadlines: number; replies: number; moves: number; notices: number };
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

const admin = postgres(values.server, { max: 1, onnotice: () => {} });
await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE ${databaseName}`);
const url = new URL(values.server);
url.pathname = `/${databaseName}`;
const database = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 4 });
const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
const assessmentResults: AssessmentResult[] = [];
const dashboardResults: DashboardResult[] = [];
let templates = 0;
let seedMs = 0;
try {
  await database.migrate();
  await client.unsafe(`SET synchronous_commit = off`);
  const seeded = await timed(async () => {
    const demo = await buildDemoCity({ scale: 'demo', dataDir: defaultDataDir(), now: seedNow });
    // The city, its accounts and loop settings as the seed installs them; the history with deadlines.
    const report = await seedDemoCity(database.db, { ...demo, cases: [] });
    return { report, ...(await seedTemplates(database, demo)) };
  });
  seedMs = seeded.ms;
  templates = seeded.result.written;
  console.log(
    `demo city seeded in ${seconds(seedMs)} s: ${seeded.result.report.units} units, ${seeded.result.report.categories} categories, ` +
      `${templates} cases replayed with deadlines through the trigger (${seeded.result.refused} refused by the state machine with deadlines on, left out)`,
  );
  await recordContributions(client);
  await checkContributions(client);
  console.log('bulk rollup contributions equal the trigger-written rollups of the seeded cases');

  let copied = 0;
  const { start, end } = monthBounds(assessmentMonth, timeZone);
  const scope = { cityId, start, end, asOf: assessmentAsOf };
  const deps = { clock: new FakeClock(assessmentAsOf) };
  const monthRows = (table: string, column: string) =>
    `SELECT unit_id, count(*)::int AS n FROM ${table} WHERE city_id = '${cityId}' AND ${column} >= '${start.toISOString()}' AND ${column} < '${end.toISOString()}' GROUP BY unit_id`;
  const baselineQueries = [
    monthRows('assessment_deadlines', 'settles_at'),
    monthRows('assessment_replies', 'replied_at'),
    monthRows('assessment_moves', 'at'),
    monthRows('supervision_notices', 'issued_at'),
  ];
  // The baselines read with as many connections as the services' pool.
  const readers = postgres(url.toString(), { max: 4, onnotice: () => {} });
  try {
    for (const size of assessmentSizes) {
      const generated = await timed(() =>
        generateCopies(client, { first: copied + 1, count: size - copied, fromDay: `${assessmentMonth}-01`, days: localDays(`${assessmentMonth}-01`, `${addMonths(assessmentMonth, 1)}-01`), ledgers: true }),
      );
      copied = size;
      const [rows] = await client<AssessmentResult['ledgerRows'][]>`
        SELECT (SELECT count(*) FROM assessment_deadlines WHERE settles_at >= ${start} AND settles_at < ${end})::int AS deadlines,
               (SELECT count(*) FROM assessment_replies WHERE replied_at >= ${start} AND replied_at < ${end})::int AS replies,
               (SELECT count(*) FROM assessment_moves WHERE at >= ${start} AND at < ${end})::int AS moves,
               (SELECT count(*) FROM supervision_notices WHERE issued_at >= ${start} AND issued_at < ${end})::int AS notices`;
      const figures = await monthFigures(database.db, scope);
      const figuresMs = await fastest(() => monthFigures(database.db, scope));
      const baselineMs = await fastest(() => Promise.all(baselineQueries.map((query) => readers.unsafe(query))));
      let snapshot: Awaited<ReturnType<typeof generateMonth>>['snapshot'] | undefined;
      const generateMonthMs = await fastest(async () => {
        snapshot = (await generateMonth(deps, database.db, { cityId, month: assessmentMonth, trigger: 'manual' })).snapshot;
      });
      const busiest = [...figures.entries()].sort((a, b) => b[1].received - a[1].received)[0]![0];
      const drillDownMs = await fastest(() => drillDown(database.db, snapshot!, { unitId: busiest, measure: 'received', limit: 20 }));
      const result: AssessmentResult = {
        cases: size,
        generateMs: generated.ms,
        ledgerRows: rows!,
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
      for (const table of Object.keys(rollupKeys)) {
        const column = table.endsWith('monthly') ? 'month' : 'day';
        const [row] = await client.unsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${table} WHERE city_id = '${cityId}' AND ${column} >= '${dashboardFrom}-01' AND ${column} < '${dashboardEndDay}'`,
        );
        rollupRows[table] = row!.n;
      }
      for (const [monthly, daily, keys, sums] of [
        ['analytics_intake_monthly', 'analytics_intake_daily', 'area_unit_id, channel, kind', 'sum(cases)'],
        ['analytics_deadline_monthly', 'analytics_deadline_daily', 'unit_id, step', 'sum(on_time), sum(late), sum(minutes)'],
        ['analytics_rating_monthly', 'analytics_rating_daily', 'unit_id, first_reply, level', 'sum(ratings)'],
      ] as const) {
        const [row] = await client.unsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${monthly} WHERE city_id = '${cityId}' AND month >= '${dashboardFrom}-01' AND month < '${dashboardEndDay}'`,
        );
        rollupRows[monthly] = row!.n;
        // The monthly rollups, kept by the trigger on the daily ones, must be the daily ones summed by month.
        const [difference] = await client.unsafe<{ n: number }[]>(`
          SELECT count(*)::int AS n FROM (
            (SELECT month, ${keys}, ${sums} FROM ${monthly} WHERE city_id = '${cityId}' GROUP BY month, ${keys}
             EXCEPT SELECT date_trunc('month', day)::date, ${keys}, ${sums} FROM ${daily} WHERE city_id = '${cityId}' GROUP BY 1, ${keys})
            UNION ALL
            (SELECT date_trunc('month', day)::date, ${keys}, ${sums} FROM ${daily} WHERE city_id = '${cityId}' GROUP BY 1, ${keys}
             EXCEPT SELECT month, ${keys}, ${sums} FROM ${monthly} WHERE city_id = '${cityId}' GROUP BY month, ${keys})) AS differing`);
        if (difference!.n !== 0) throw new Error(`${monthly} differs from ${daily} summed by month in ${difference!.n} rows`);
      }
      const [{ counted }] = (await client<{ counted: number }[]>`
        SELECT (SELECT sum(cases) FROM analytics_intake_daily WHERE city_id = ${cityId})::bigint - (SELECT count(*) FROM cases WHERE city_id = ${cityId}) AS counted`) as [{ counted: number }];
      if (Number(counted) !== 0) throw new Error(`the intake rollup and the cases disagree by ${counted}`);
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
} finally {
  await client.end({ timeout: 5 });
  await database.close();
  if (!values.keep) await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end({ timeout: 5 });
}

const ms = (value: number) => (value >= 1000 ? `${seconds(value)} s` : `${value.toFixed(1)} ms`);
const times = (value: number, base: number) => `${(value / base).toFixed(2)} ×`;
const count = (value: number) => value.toLocaleString('en');
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
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL(`results/${databaseName === 'huying_bench_assessment' ? 'assessment' : databaseName}.json`, import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, templates, seedMs, assessmentMonth, assessmentAsOf, dashboard: { from: dashboardFrom, to: dashboardTo }, assessmentResults, dashboardResults }, null, 2)}\n`,
);
