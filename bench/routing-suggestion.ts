/**
 * Routing-suggestion benchmark: how long a suggestion takes at request time in a city with
 * 100,000 and with 1,000,000 resolved cases, on the PostgreSQL server. Each size gets a database
 * of its own (created here, dropped at the end) with the full 517-category taxonomy; the cases
 * are generated in SQL, spread evenly over the categories, resolved within the last 300 days by
 * one of the city's units, half of them at a building. Measured in the same run, at each size:
 *   - a whole suggestion (`suggestRouting`, as `POST /api/v1/staff/suggestions` runs it, with a
 *     building): the model, the city's categories, rules and policy, and the unit history;
 *   - baseline 1: the model alone (no database), the part that does not depend on the city;
 *   - the unit-history query through `cases_category_handler_idx`;
 *   - baseline 2: the same query with index scans turned off, what it would cost without the index.
 * The suggestion should stay close to the model plus a few milliseconds at both sizes, and the
 * history query grow with the cases of the suggested categories, not like baseline 2 with all
 * cases. Run from the repository root:
 *
 *   pnpm exec tsx bench/routing-suggestion.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--sizes 100000,1000000]
 *
 * Figures go to bench/results/routing-suggestion.json.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { installCity } from '../packages/api/src/city/install.js';
import { defaultDataDir } from '../packages/api/src/seed/demo-city.js';
import { routingClassifier } from '../packages/api/src/services/suggestions/routing-model.js';
import { resolvingUnits, suggestRouting } from '../packages/api/src/services/suggestions/suggest.js';
import { testCitySpec } from '../packages/api/src/testing/city.js';
import { defaultServer, type Client } from './lib/drivers.js';
import { writeResults } from './lib/results.js';
import { withScratchDatabase } from './lib/scratch-database.js';
import { ms, percentile, samples, timed } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    sizes: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '40' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1000) || !(runs >= 5)) throw new Error('--sizes are whole numbers of cases (≥ 1000), --runs ≥ 5');

const now = new Date('2026-03-02T11:00:00+08:00');
const cityId = 'bench';
const texts = [
  { title: '小区物业乱收停车费', description: '物业公司不经业主同意收取停车费，服务也很差，业主多次投诉没有结果。' },
  { title: '停水三天没有通知', description: '我们小区停水三天了，自来水公司没有任何通知，水压也一直很低。' },
  { title: '工地拖欠农民工工资', description: '包工头拖欠我们三个月工资，劳动监察也找过了，至今没有发放。' },
  { title: '烧烤店深夜噪音扰民', description: '楼下烧烤店每天营业到凌晨两点，噪音和油烟让人无法休息。' },
  { title: '孩子就近入学问题', description: '我们小区划到很远的学校，孩子为什么不能就近入学？' },
];

const taxonomy = readFileSync(new URL('messages/categories.jsonl', `file://${defaultDataDir()}/`), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { level1: string; level2: string; level3: string });

async function generateCases(client: Client, count: number) {
  const categories = (await client<{ id: string }[]>`SELECT id FROM categories WHERE city_id = ${cityId} ORDER BY code`).map((row) => row.id);
  const resolvers = (await client<{ id: string }[]>`SELECT id FROM units WHERE city_id = ${cityId} AND kind <> 'city' ORDER BY id`).map((row) => row.id);
  const buildingIds = (await client<{ id: string }[]>`SELECT id FROM buildings WHERE city_id = ${cityId} ORDER BY id`).map((row) => row.id);
  const array = (ids: string[]) => `{${ids.join(',')}}`;
  for (let start = 1; start <= count; start += 100_000) {
    const end = Math.min(count, start + 99_999);
    await client`
      INSERT INTO cases (id, city_id, tracking_code, secret_hash, kind, channel, category_id, building_id, title, description,
                         intake_unit_id, status, holder_unit_id, arrival, last_handler_unit_id, created_at, updated_at, resolved_at)
      SELECT gen_random_uuid(), ${cityId}, lpad(i::text, 12, '0'), md5(i::text), 'complaint', 'web',
             (${array(categories)}::uuid[])[1 + i % ${categories.length}],
             CASE WHEN i % 2 = 0 THEN (${array(buildingIds)}::uuid[])[1 + (i / 2) % ${buildingIds.length}] END,
             '历史诉求', '已办结的历史诉求。', r, 'resolved', r, 'intake', r,
             t - interval '3 days', t, t
      FROM generate_series(${start}::int, ${end}::int) AS i,
           LATERAL (SELECT (${array(resolvers)}::uuid[])[1 + (i * 7) % ${resolvers.length}] AS r,
                           ${now.toISOString()}::timestamptz - (i % 300) * interval '1 day' AS t) AS g`;
  }
  await client`ANALYZE cases`;
}

const medianMs = async (work: () => Promise<unknown> | unknown) => percentile(await samples(runs, async () => work()), 0.5);

interface SizeResult {
  cases: number;
  generateMs: number;
  suggestionMs: number;
  modelMs: number;
  historyIndexedMs: number;
  historySeqScanMs: number;
  historyRows: number;
}

async function measure(count: number): Promise<SizeResult> {
  return withScratchDatabase({ server: values.server, name: `huying_bench_suggest_${process.pid}_${count}` }, async ({ database, client }) => {
    const spec = testCitySpec(cityId);
    spec.categories = taxonomy.map((path, index) => ({ code: `b.${String(index).padStart(3, '0')}`, ...path, ownerKey: index % 3 === 0 ? 'dept-housing' : null }));
    await installCity(database.db, spec);
    const { ms: generateMs } = await timed(() => generateCases(client, count));
    const [building] = await client<{ id: string }[]>`SELECT id FROM buildings WHERE city_id = ${cityId} ORDER BY id LIMIT 1`;
    const classifier = routingClassifier();

    let turn = 0;
    const next = () => texts[turn++ % texts.length]!;
    const suggestionMs = await medianMs(() =>
      suggestRouting(database.db, { cityId, ...next(), kind: 'complaint', buildingId: building!.id, categoryId: null, unknownCategory: 'refuse', limit: 5, now }),
    );
    const modelMs = await medianMs(() => classifier.suggest(next(), { limit: 13 }));

    // The history query for the first text's three leading categories, with and without the index.
    const top = (await suggestRouting(database.db, { cityId, ...texts[0]!, kind: 'complaint', buildingId: building!.id, categoryId: null, unknownCategory: 'refuse', limit: 3, now })).categories.map(
      (entry) => entry.category.id,
    );
    const [community] = await client<{ id: string }[]>`SELECT g.parent_id AS id FROM buildings b JOIN units g ON g.id = b.grid_unit_id WHERE b.id = ${building!.id}`;
    const since = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
    let historyRows = 0;
    const historyIndexedMs = await medianMs(async () => {
      historyRows = (await resolvingUnits(database.db, cityId, top, community!.id, since)).reduce((sum, row) => sum + row.resolved, 0);
    });
    const historySeqScanMs = await medianMs(() =>
      database.db.transaction(async (tx) => {
        await tx.execute('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off' as never);
        return resolvingUnits(tx, cityId, top, community!.id, since);
      }),
    );
    const result = { cases: count, generateMs, suggestionMs, modelMs, historyIndexedMs, historySeqScanMs, historyRows };
    console.log(`${count.toLocaleString('en')} cases (generated in ${(generateMs / 1000).toFixed(1)} s): ${JSON.stringify(result)}`);
    return result;
  });
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measure(size));

console.log('\n| resolved cases | whole suggestion | × the model alone | model alone (baseline 1) | unit history, indexed | its rows | history without the index (baseline 2) | × indexed |');
console.log('|---|---|---|---|---|---|---|---|');
for (const result of results) {
  console.log(
    `| ${result.cases.toLocaleString('en')} | ${ms(result.suggestionMs)} | ${(result.suggestionMs / result.modelMs).toFixed(2)} × | ${ms(result.modelMs)} | ` +
      `${ms(result.historyIndexedMs)} | ${result.historyRows.toLocaleString('en')} | ${ms(result.historySeqScanMs)} | ${(result.historySeqScanMs / result.historyIndexedMs).toFixed(1)} × |`,
  );
}
writeResults('routing-suggestion', { runs, results });
