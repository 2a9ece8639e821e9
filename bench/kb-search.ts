/**
 * Knowledge-base search benchmark over the whole corpus (3,471 documents and 2,262 guides,
 * ~160,000 provisions), on the PostgreSQL server and on PGlite, against a naive baseline measured
 * in the same run on the same data: documents ranked by how many of the query's words occur in
 * their articles, found with `body ILIKE '%word%'` (the words cut by the same segmenter, with no
 * synonyms, stop-words or index).
 *
 * Latency: every query of the evaluation set plus two- and three-character terms, several rounds
 * after a warm-up; p50 and p95 of the search service (query parsing, term statistics, the ranked
 * query, snippets). Quality: recall@10 and MRR@10 on the 70 resident questions of
 * packages/api/test/fixtures/kb-eval.json. The corpus is imported first when the database does not
 * hold it yet (the import is idempotent, so reruns reuse it). Run from the repository root:
 *
 *   pnpm exec tsx bench/kb-search.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--pglite-dir DIR] [--rounds 5] [--skip-server] [--skip-pglite]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { stableId } from '../packages/api/src/city/ids.js';
import { installCity } from '../packages/api/src/city/install.js';
import { openDatabase, queryRows, type DatabaseHandle } from '../packages/api/src/db/client.js';
import { defaultDataDir } from '../packages/api/src/seed/demo-city.js';
import { readCorpus } from '../packages/api/src/services/kb/corpus.js';
import { importKnowledgeBase } from '../packages/api/src/services/kb/import.js';
import { searchKnowledgeBase } from '../packages/api/src/services/kb/search.js';
import { putKbSettings } from '../packages/api/src/services/kb/settings.js';
import { testCitySpec } from '../packages/api/src/testing/city.js';

const require = createRequire(new URL('../packages/api/package.json', import.meta.url));
const postgres = require('postgres') as typeof import('postgres');
const { sql } = require('drizzle-orm') as typeof import('drizzle-orm');

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'pglite-dir': { type: 'string', default: join(tmpdir(), 'huying-bench-kb-pglite') },
    rounds: { type: 'string', default: '5' },
    'skip-server': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
    data: { type: 'string', default: defaultDataDir() },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const cityId = 'zhaoyuan';

interface EvalQuestion {
  question: string;
  topic: string;
  answers: string[];
}
const evaluation = JSON.parse(readFileSync(new URL('../packages/api/test/fixtures/kb-eval.json', import.meta.url), 'utf8')) as { questions: EvalQuestion[] };
const terms = ['低保', '医保', '社保', '物业', '工伤', '养犬', '噪声', '拆迁', '违建', '公积金', '失业金', '居住证', '家暴', '加班费', '充电桩'];
const latencyQueries = [...evaluation.questions.map((item) => item.question), ...terms];

let segmenter: Intl.Segmenter | undefined;
/** The baseline's words: what the segmenter finds, two characters or more, nothing else. */
const plainWords = (text: string) => [
  ...new Set(
    [...(segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text)]
      .filter((part) => part.isWordLike && part.segment.length >= 2)
      .map((part) => part.segment),
  ),
];

/**
 * The naive baseline: documents ranked by how many of the words their articles contain, then by
 * how many articles contain any, every article read with ILIKE (one pass, all words per row).
 */
async function naiveSearch(handle: DatabaseHandle, query: string): Promise<string[]> {
  const words = plainWords(query).slice(0, 16);
  if (words.length === 0) return [];
  const mask = sql.join(
    words.map((word, index) => sql`CASE WHEN a.body ILIKE ${`%${word}%`} THEN ${2 ** index}::int ELSE 0 END`),
    sql` | `,
  );
  const covered = sql.join(
    words.map((_, index) => sql`((m >> ${index}) & 1)`),
    sql` + `,
  );
  const rows = await queryRows<{ id: string }>(
    handle.db,
    sql`SELECT document_id AS id FROM (
          SELECT a.document_id, bit_or(${mask}) AS m, count(*) FILTER (WHERE (${mask}) <> 0) AS articles
          FROM kb_articles a JOIN kb_documents d ON d.id = a.document_id AND d.status = 'in_force'
          WHERE a.city_id = ${cityId}
          GROUP BY a.document_id
        ) AS per_document
        WHERE m <> 0
        ORDER BY ${covered} DESC, articles DESC, document_id
        LIMIT 10`,
  );
  return rows.map((row) => row.id);
}

async function ourSearch(handle: DatabaseHandle, query: string): Promise<string[]> {
  const page = await searchKnowledgeBase(handle.db, { cityId, q: query, limit: 10 });
  return page.data.map((result) => result.documentId);
}

const percentile = (samples: number[], fraction: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
};
const milliseconds = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

interface Quality {
  recallAt10: number;
  mrr: number;
  misses: string[];
}

async function quality(handle: DatabaseHandle, search: (handle: DatabaseHandle, query: string) => Promise<string[]>): Promise<Quality> {
  let found = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const item of evaluation.questions) {
    const answers = new Set(item.answers.map((key) => stableId(cityId, 'kb-document', key)));
    const ranked = await search(handle, item.question);
    const rank = ranked.findIndex((id) => answers.has(id));
    if (rank >= 0) {
      found++;
      reciprocal += 1 / (rank + 1);
    } else misses.push(item.question);
  }
  const total = evaluation.questions.length;
  return { recallAt10: found / total, mrr: reciprocal / total, misses };
}

async function latency(
  handle: DatabaseHandle,
  search: (handle: DatabaseHandle, query: string) => Promise<string[]>,
  times: number,
  warmUp = true,
): Promise<{ p50: number; p95: number; samples: number }> {
  if (warmUp) for (const query of latencyQueries) await search(handle, query);
  const samples: number[] = [];
  for (let round = 0; round < times; round++) {
    for (const query of latencyQueries) {
      const started = performance.now();
      await search(handle, query);
      samples.push(performance.now() - started);
    }
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length };
}

async function prepare(handle: DatabaseHandle): Promise<void> {
  await handle.migrate();
  const spec = testCitySpec(cityId);
  await installCity(handle.db, { ...spec, city: { ...spec.city, name: '招远市', province: '山东省' } });
  const report = await importKnowledgeBase(handle, { cityId, sources: readCorpus(values.data) });
  if (report.added + report.updated > 0) console.log(`  imported ${report.added + report.updated} documents in ${(report.durationMs / 1000).toFixed(1)} s`);
  await putKbSettings(handle.db, cityId, ['招远市', '烟台市'], new Date());
}

interface EngineResult {
  engine: string;
  ours: { p50: number; p95: number; samples: number };
  naive: { p50: number; p95: number; samples: number };
  quality: Quality;
  naiveQuality: Quality;
}
const results: EngineResult[] = [];

async function measure(engine: string, handle: DatabaseHandle): Promise<void> {
  console.log(`${engine}: preparing`);
  await prepare(handle);
  const ours = await latency(handle, ourSearch, rounds);
  // The baseline reads every article for every query: one round, after ours warmed the cache.
  const naive = await latency(handle, naiveSearch, 1, false);
  const ourQuality = await quality(handle, ourSearch);
  const naiveQuality = await quality(handle, naiveSearch);
  results.push({ engine, ours, naive, quality: ourQuality, naiveQuality });
  console.log(`${engine}: search p50 ${milliseconds(ours.p50)} ms p95 ${milliseconds(ours.p95)} ms; naive ILIKE p50 ${milliseconds(naive.p50)} ms p95 ${milliseconds(naive.p95)} ms`);
  console.log(`${engine}: recall@10 ${(ourQuality.recallAt10 * 100).toFixed(1)} %, MRR ${ourQuality.mrr.toFixed(3)}; naive recall@10 ${(naiveQuality.recallAt10 * 100).toFixed(1)} %, MRR ${naiveQuality.mrr.toFixed(3)}`);
}

if (!values['skip-server']) {
  const admin = postgres(values.server, { max: 1, onnotice: () => {} });
  const name = 'huying_bench_kb';
  const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  if (!exists) await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(values.server);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 2 });
  try {
    await measure('PostgreSQL 15 server', handle);
  } finally {
    await handle.close();
  }
}

if (!values['skip-pglite']) {
  mkdirSync(values['pglite-dir'], { recursive: true });
  const handle = await openDatabase({ engine: 'pglite', dataDir: values['pglite-dir'] });
  try {
    await measure('PGlite 0.5 (PostgreSQL 18, WebAssembly)', handle);
  } finally {
    await handle.close();
  }
}

console.log(`\nLatency (${latencyQueries.length} queries: the ${evaluation.questions.length} questions and ${terms.length} short terms)\n`);
console.log('| engine | search p50 | search p95 | naive ILIKE p50 | naive ILIKE p95 | p95 × naive |');
console.log('|---|---|---|---|---|---|');
for (const result of results) {
  console.log(
    `| ${result.engine} | ${milliseconds(result.ours.p50)} ms | ${milliseconds(result.ours.p95)} ms | ${milliseconds(result.naive.p50)} ms | ${milliseconds(result.naive.p95)} ms | ${(result.ours.p95 / result.naive.p95).toFixed(3)} × |`,
  );
}
console.log(`\nQuality (${evaluation.questions.length} resident questions)\n`);
console.log('| engine | recall@10 | MRR@10 | naive recall@10 | naive MRR@10 |');
console.log('|---|---|---|---|---|');
for (const result of results) {
  console.log(
    `| ${result.engine} | ${(result.quality.recallAt10 * 100).toFixed(1)} % | ${result.quality.mrr.toFixed(3)} | ${(result.naiveQuality.recallAt10 * 100).toFixed(1)} % | ${result.naiveQuality.mrr.toFixed(3)} |`,
  );
}
for (const result of results) if (result.quality.misses.length) console.log(`\n${result.engine}: not in the top 10: ${result.quality.misses.join(' · ')}`);

mkdirSync(new URL('./results', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/kb-search.json', import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds, queries: latencyQueries.length, results }, null, 2)}\n`);
