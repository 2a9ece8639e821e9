/**
 * Realistic cases in bulk: the demo city's history, replayed from the real messages with
 * deadlines, as templates, and any number of copies of them moved by whole days.
 *
 *   1. the demo city (Zhaoyuan, demo scale: the 517-entry taxonomy, real units and buildings) is
 *      seeded with its history of real messages replayed through the real commands, so every
 *      event goes through the database trigger that fills the assessment ledgers and the
 *      dashboard rollups. Those cases (channels, kinds, categories, routes, returns, reopenings,
 *      ratings in the proportions the seed derives from the messages) are the templates;
 *   2. copy k is template k mod T, moved by whole days: the case row (with an id and a tracking
 *      code of its own), optionally the ledger rows the trigger wrote for the template
 *      (deadlines, replies, moves, supervision notices), each time moved by the same days. The
 *      rollups get each copy's contribution, taken from the template's ledger rows by the
 *      trigger's own keys (local day of the event, area, unit, step, level) and added with the
 *      trigger's upserts. Before anything is copied, `prepareCopies` checks that these
 *      contributions, summed over the templates, equal the rollups the trigger wrote for them,
 *      row for row; `checkRollups` checks afterwards that the intake rollup counts every case and
 *      that the monthly rollups (kept from the daily ones by their own trigger) are the daily
 *      ones summed by month.
 *
 * The copies' events are not stored: the ledgers and rollups carry what is read of them.
 */
import { createCaseSecret, decide, evolve, openCase, type Actor, type CaseEvent } from '../../packages/core/src/index.js';
import { stableId } from '../../packages/api/src/city/ids.js';
import { installCity } from '../../packages/api/src/city/install.js';
import { seedDemoCity, type SeedReport } from '../../packages/api/src/city/seed-demo.js';
import type { DatabaseHandle } from '../../packages/api/src/db/client.js';
import { caseEvents, cases } from '../../packages/api/src/db/schema/index.js';
import { buildDemoCity, defaultDataDir } from '../../packages/api/src/seed/demo-city.js';
import { toActor, toCaseCommand, UnitDirectory } from '../../packages/api/src/seed/replay.js';
import type { DemoCity } from '../../packages/api/src/seed/types.js';
import { eventRow } from '../../packages/api/src/services/cases/events.js';
import { stateColumns } from '../../packages/api/src/services/cases/state.js';
import { hashSecret } from '../../packages/api/src/services/cases/submit.js';
import { caseTiming, loadLoopSettings } from '../../packages/api/src/services/loop/settings.js';
import type { Client } from './drivers.js';

export const demoCityId = 'zhaoyuan';
export const demoTimeZone = 'Asia/Shanghai';
/** The seeded history ends here: the templates' states are as of this moment. */
export const templatesEnd = new Date('2025-03-03T11:00:00+08:00');
const templatesEndDay = '2025-03-03';
const nilCategory = '00000000-0000-0000-0000-000000000000';
/** Copies per statement: each batch is one transaction with its rollup upserts. */
const batchSize = 250_000;

/** Whole days from one local day to another. */
export const localDays = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

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
  const cityId = demo.city.id;
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

export interface SeededTemplates {
  report: SeedReport;
  /** Cases replayed with deadlines: the templates. */
  written: number;
  /** Cases the state machine refused with deadlines on, left out. */
  refused: number;
}

/** The demo city with its accounts and loop settings as the seed installs them, and its history with deadlines. */
export async function seedDemoTemplates(handle: DatabaseHandle): Promise<SeededTemplates> {
  const demo = await buildDemoCity({ scale: 'demo', dataDir: defaultDataDir(), now: templatesEnd });
  const report = await seedDemoCity(handle.db, { ...demo, cases: [] });
  return { report, ...(await seedTemplates(handle, demo)) };
}

/**
 * What each template case put into each rollup, by the trigger's keys at the template's own
 * days: intake (area, channel, kind, category, building, by the day of its `submitted` event),
 * the deadlines that ended (by the day they ended, for the unit answering then; a waived part
 * counts nowhere) and the ratings (by the rating's day, for the replying unit). Also the
 * function that gives each copy its tracking code.
 */
async function recordContributions(client: Client) {
  await client.unsafe(`
    CREATE UNLOGGED TABLE bench_templates AS
      SELECT (row_number() OVER (ORDER BY c.created_at, c.id) - 1)::int AS t, c.id AS case_id, c.status <> 'closed' AS open,
             ((c.updated_at AT TIME ZONE '${demoTimeZone}')::date - (c.created_at AT TIME ZONE '${demoTimeZone}')::date) AS lasted_days
      FROM cases c WHERE c.city_id = '${demoCityId}';
    CREATE UNIQUE INDEX ON bench_templates (t);
    CREATE UNLOGGED TABLE bench_intake AS
      SELECT c.id AS case_id, (e.created_at AT TIME ZONE '${demoTimeZone}')::date AS day, COALESCE(grid.parent_id, c.intake_unit_id) AS area,
             c.channel, c.kind, COALESCE(c.category_id, '${nilCategory}'::uuid) AS category_id, c.building_id
      FROM cases c
      JOIN case_events e ON e.case_id = c.id AND e.type = 'submitted'
      LEFT JOIN buildings b ON b.id = c.building_id
      LEFT JOIN units grid ON grid.id = b.grid_unit_id
      WHERE c.city_id = '${demoCityId}';
    CREATE UNLOGGED TABLE bench_deadline_ends AS
      SELECT d.case_id, (d.ended_at AT TIME ZONE '${demoTimeZone}')::date AS day, COALESCE(d.lapsed_unit_id, d.unit_id) AS unit_id, d.step,
             (d.lapsed_at IS NULL)::int AS on_time, (d.lapsed_at IS NOT NULL)::int AS late,
             round(extract(epoch FROM d.ended_at - d.started_at) / 60)::bigint AS minutes
      FROM assessment_deadlines d
      WHERE d.city_id = '${demoCityId}' AND d.ended_at IS NOT NULL AND NOT (d.step = 'part' AND d.ended_by <> 'part_reported' AND d.lapsed_at IS NULL);
    CREATE UNLOGGED TABLE bench_ratings AS
      SELECT e.case_id, (e.created_at AT TIME ZONE '${demoTimeZone}')::date AS day, r.unit_id, CASE WHEN r.round = 1 THEN 1 ELSE 0 END AS first_reply,
             e.payload ->> 'level' AS level
      FROM case_events e JOIN assessment_replies r ON r.case_id = e.case_id AND r.round = e.round
      WHERE e.city_id = '${demoCityId}' AND e.type = 'rated';
    CREATE UNLOGGED TABLE bench_groups (template_id uuid NOT NULL, shift int NOT NULL, n bigint NOT NULL);
    -- A tracking code as the core makes one: the month filed (local), seven digits, the Luhn check
    -- digit. The seven digits are copy k's number scrambled (the multiplier is prime to 10, so the
    -- scramble is a bijection modulo 10^7): codes are unique while no month holds two copies whose numbers differ
    -- by a multiple of 10^7, and the unique index refuses a duplicate.
    CREATE FUNCTION bench_tracking_code(filed timestamptz, k bigint) RETURNS text LANGUAGE sql AS $$
      SELECT body || ((10 - sum(CASE WHEN i % 2 = 1 THEN d ELSE (d * 2) % 10 + (d * 2) / 10 END) % 10) % 10)::text
      FROM (SELECT to_char(filed AT TIME ZONE '${demoTimeZone}', 'YYMM') || lpad(((k * 6364137 + 1234567) % 10000000)::text, 7, '0') AS body) AS code,
           LATERAL (SELECT i, substr(body, 11 - i, 1)::int AS d FROM generate_series(0, 10) AS i) AS digit
      GROUP BY body
    $$;`);
}

/** The rollups' rows made from the copies in bench_groups, with the trigger's keys moved by each copy's days. */
function rollupRows(groups: string) {
  return {
    analytics_intake_daily: `
      SELECT '${demoCityId}' AS city_id, i.day + g.shift AS day, i.area AS area_unit_id, i.channel, i.kind, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id GROUP BY 2, 3, 4, 5`,
    analytics_category_monthly: `
      SELECT '${demoCityId}' AS city_id, date_trunc('month', i.day + g.shift)::date AS month, i.area AS area_unit_id, i.category_id, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id GROUP BY 2, 3, 4`,
    analytics_building_monthly: `
      SELECT '${demoCityId}' AS city_id, date_trunc('month', i.day + g.shift)::date AS month, i.building_id, min(i.area::text)::uuid AS area_unit_id, sum(g.n)::int AS cases
      FROM ${groups} g JOIN bench_intake i ON i.case_id = g.template_id WHERE i.building_id IS NOT NULL GROUP BY 2, 3`,
    analytics_deadline_daily: `
      SELECT '${demoCityId}' AS city_id, d.day + g.shift AS day, d.unit_id, d.step,
             sum(d.on_time * g.n)::int AS on_time, sum(d.late * g.n)::int AS late, sum(d.minutes * g.n)::bigint AS minutes
      FROM ${groups} g JOIN bench_deadline_ends d ON d.case_id = g.template_id GROUP BY 2, 3, 4`,
    analytics_rating_daily: `
      SELECT '${demoCityId}' AS city_id, r.day + g.shift AS day, r.unit_id, r.first_reply, r.level, sum(g.n)::int AS ratings
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

/** The rollup tables the copies add to (the monthly intake, deadline and rating rollups follow the daily ones by trigger). */
export const copiedRollups = Object.keys(rollupKeys);

/** The templates' contributions, summed, must be exactly what the trigger wrote for them. */
async function checkContributions(client: Client) {
  await client.unsafe(`INSERT INTO bench_groups SELECT case_id, 0, 1 FROM bench_templates`);
  for (const [table, query] of Object.entries(rollupRows('bench_groups'))) {
    const { columns } = rollupKeys[table as keyof typeof rollupKeys];
    const [difference] = await client.unsafe<{ missing: number; extra: number }[]>(`
      WITH bulk AS (${query}), trigger AS (SELECT ${columns} FROM ${table} WHERE city_id = '${demoCityId}')
      SELECT (SELECT count(*) FROM (SELECT ${columns} FROM trigger EXCEPT ALL SELECT ${columns} FROM bulk) x)::int AS missing,
             (SELECT count(*) FROM (SELECT ${columns} FROM bulk EXCEPT ALL SELECT ${columns} FROM trigger) x)::int AS extra`);
    if (difference!.missing !== 0 || difference!.extra !== 0) {
      throw new Error(`${table}: the bulk contributions differ from the trigger's rollup (${difference!.missing} rows missing, ${difference!.extra} extra)`);
    }
  }
  await client.unsafe(`TRUNCATE bench_groups`);
}

/** Records what the templates contributed to the rollups and checks it against the trigger's rollups. */
export async function prepareCopies(client: Client): Promise<void> {
  await recordContributions(client);
  await checkContributions(client);
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

export interface CopyPlacement {
  /** Copies k = first … first + count - 1 of the run. */
  first: number;
  count: number;
  /** The span the copies are spread over, evenly by a hash of k: its first local day and its length in days. */
  fromDay: string;
  days: number;
  /** Copy the template's ledger rows too (deadlines, replies, moves, supervision notices). */
  ledgers: boolean;
  /**
   * Copies as they stand at the span's end: a closed case only on the days from which its history
   * (as long as its template's) ends within the span, and a copy of a template still open at the
   * templates' end moved so that its history ends on the span's last day or up to six days before
   * it. Open cases are then as recent as the templates' open cases, with deadlines as near, as in
   * a city that handles its cases as they come in; nothing happens after the span. Otherwise every
   * copy is spread over the whole span, whatever its state.
   */
  asOfSpanEnd?: boolean;
}

/** Copies `count` more cases (with their ledger rows when asked) and adds their rollup contributions. */
export async function generateCopies(client: Client, placement: CopyPlacement): Promise<void> {
  const [{ templates } = { templates: 0 }] = await client<{ templates: number }[]>`SELECT count(*)::int AS templates FROM bench_templates`;
  const caseCopy = await copyList(client, 'cases', {
    id: 'b.case_id',
    tracking_code: `bench_tracking_code(s.created_at + b.shift * interval '1 day', b.k)`,
  });
  const ledgerCopies = placement.ledgers
    ? await Promise.all(
        ['assessment_deadlines', 'assessment_replies', 'assessment_moves', 'supervision_notices'].map(async (table) => ({
          table,
          copy: await copyList(client, table, table === 'supervision_notices' ? { id: 'gen_random_uuid()', case_id: 'b.case_id' } : { case_id: 'b.case_id' }),
        })),
      )
    : [];
  const hash = `(hashint8(k) & 2147483647)`;
  const lastDay = placement.days - 1;
  const shift = placement.asOfSpanEnd
    ? `CASE WHEN t.open THEN ${localDays(templatesEndDay, placement.fromDay) + lastDay} - ${hash} % 7
            ELSE ('${placement.fromDay}'::date + ${hash} % (${placement.days} - t.lasted_days)) - i.day END`
    : `('${placement.fromDay}'::date + ${hash} % ${placement.days}) - i.day`;
  for (let start = placement.first; start < placement.first + placement.count; start += batchSize) {
    const end = Math.min(placement.first + placement.count - 1, start + batchSize - 1);
    // The copy's id, its template, and the whole days that move the template into place (the
    // template keeps its time of day).
    await client.unsafe(`
      DROP TABLE IF EXISTS bench_batch;
      CREATE UNLOGGED TABLE bench_batch AS
        SELECT k, ('b0000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid AS case_id, t.case_id AS template_id, ${shift} AS shift
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

/**
 * After copying: the intake rollup counts every case, and each monthly rollup (kept by the
 * trigger on the daily ones) is its daily one summed by month. Throws on any difference.
 */
export async function checkRollups(client: Client): Promise<void> {
  for (const [monthly, daily, keys, sums] of [
    ['analytics_intake_monthly', 'analytics_intake_daily', 'area_unit_id, channel, kind', 'sum(cases)'],
    ['analytics_deadline_monthly', 'analytics_deadline_daily', 'unit_id, step', 'sum(on_time), sum(late), sum(minutes)'],
    ['analytics_rating_monthly', 'analytics_rating_daily', 'unit_id, first_reply, level', 'sum(ratings)'],
  ] as const) {
    const [difference] = await client.unsafe<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM (
        (SELECT month, ${keys}, ${sums} FROM ${monthly} WHERE city_id = '${demoCityId}' GROUP BY month, ${keys}
         EXCEPT SELECT date_trunc('month', day)::date, ${keys}, ${sums} FROM ${daily} WHERE city_id = '${demoCityId}' GROUP BY 1, ${keys})
        UNION ALL
        (SELECT date_trunc('month', day)::date, ${keys}, ${sums} FROM ${daily} WHERE city_id = '${demoCityId}' GROUP BY 1, ${keys}
         EXCEPT SELECT month, ${keys}, ${sums} FROM ${monthly} WHERE city_id = '${demoCityId}' GROUP BY month, ${keys})) AS differing`);
    if (difference!.n !== 0) throw new Error(`${monthly} differs from ${daily} summed by month in ${difference!.n} rows`);
  }
  const [row] = await client<{ counted: string }[]>`
    SELECT (SELECT sum(cases) FROM analytics_intake_daily WHERE city_id = ${demoCityId})::bigint - (SELECT count(*) FROM cases WHERE city_id = ${demoCityId}) AS counted`;
  if (Number(row!.counted) !== 0) throw new Error(`the intake rollup and the cases disagree by ${row!.counted}`);
}
