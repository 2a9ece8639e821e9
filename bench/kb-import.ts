/**
 * Knowledge-base import benchmark: the whole policy corpus (3,475 documents, ~147,000 articles)
 * and the 2,262 service guides, into a fresh database on the PostgreSQL server and on PGlite,
 * against two baselines measured in the same run on the same machine:
 *   - parsing alone (read, hash, parse every file, build every search vector), no database;
 *   - a raw COPY of the same article rows (id, body, search vector) into a bare table.
 * Then an unchanged re-import (must write nothing), and on PGlite the demo subset `huying seed`
 * imports. Run from the repository root:
 *
 *   pnpm exec tsx bench/kb-import.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--skip-pglite] [--skip-server]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { installCity } from '../packages/api/src/city/install.js';
import { openDatabase, type DatabaseHandle } from '../packages/api/src/db/client.js';
import { defaultDataDir } from '../packages/api/src/seed/demo-city.js';
import { copyField } from '../packages/api/src/services/kb/copy.js';
import { demoSubset, readCorpus, type CorpusSource } from '../packages/api/src/services/kb/corpus.js';
import { importKnowledgeBase, type ImportReport } from '../packages/api/src/services/kb/import.js';
import { searchTerms, tsvectorLiteral } from '../packages/api/src/services/kb/terms.js';
import { testCitySpec } from '../packages/api/src/testing/city.js';

// The database drivers are the API package's dependencies.
const require = createRequire(new URL('../packages/api/package.json', import.meta.url));
const postgres = require('postgres') as typeof import('postgres');
const { PGlite } = (await import(require.resolve('@electric-sql/pglite'))) as typeof import('@electric-sql/pglite');

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'skip-server': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
    data: { type: 'string', default: defaultDataDir() },
  },
});

const seconds = (milliseconds: number) => Math.round(milliseconds / 100) / 10;
async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

// Baseline 1: everything but the database.
const parsed = await timed(() => {
  const sources = readCorpus(values.data);
  const rows: string[] = [];
  let failed = 0;
  for (const source of sources) {
    try {
      const document = source.parse();
      for (const article of document.articles) {
        const search = tsvectorLiteral(searchTerms([...article.headings.slice(-1), article.body].join('\n')));
        rows.push(`${crypto.randomUUID()}\t${copyField(article.body)}\t${copyField(search)}`);
      }
    } catch {
      failed++;
    }
  }
  return { sources, rows, failed };
});
const { sources, rows } = parsed.result;
const policies = sources.filter((source) => !source.key.startsWith('guides/')).length;
console.log(`parse only: ${sources.length} sources (${policies} policy files, ${sources.length - policies} guides), ${rows.length} articles, ${parsed.result.failed} malformed, ${seconds(parsed.ms)} s`);

const copyText = `${rows.join('\n')}\n`;
const rawTable = 'CREATE TABLE bench_raw_articles (id uuid, body text, search tsvector)';

interface EngineResult {
  engine: string;
  rawCopyMs: number;
  importMs: number;
  reimportMs: number;
  report: ImportReport;
  subset?: { importMs: number; articles: number; documents: number };
}
const results: EngineResult[] = [];

async function importInto(handle: DatabaseHandle, cityId: string, list: CorpusSource[]) {
  await installCity(handle.db, { ...testCitySpec(cityId), city: { ...testCitySpec(cityId).city, name: '招远市', province: '山东省' } });
  return timed(() => importKnowledgeBase(handle, { cityId, sources: list }));
}

if (!values['skip-server']) {
  const admin = postgres(values.server, { max: 1, onnotice: () => {} });
  const name = `huying_bench_kb_${Date.now().toString(36)}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(values.server);
  url.pathname = `/${name}`;
  try {
    const raw = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await raw.unsafe(rawTable);
    const rawCopy = await timed(async () => {
      const stream = await raw`COPY bench_raw_articles (id, body, search) FROM STDIN`.writable();
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.end(copyText, () => resolve());
      });
    });
    await raw.unsafe('DROP TABLE bench_raw_articles');
    await raw.end();
    const handle = await openDatabase({ engine: 'postgres', url: url.toString() });
    await handle.migrate();
    const first = await importInto(handle, 'zhaoyuan', sources);
    const again = await timed(() => importKnowledgeBase(handle, { cityId: 'zhaoyuan', sources }));
    await handle.close();
    results.push({ engine: 'PostgreSQL 15 server', rawCopyMs: rawCopy.ms, importMs: first.ms, reimportMs: again.ms, report: first.result });
    console.log(`server: raw COPY ${seconds(rawCopy.ms)} s, import ${seconds(first.ms)} s, unchanged re-import ${seconds(again.ms)} s`);
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (!values['skip-pglite']) {
  const folder = mkdtempSync(join(tmpdir(), 'huying-bench-kb-'));
  try {
    const raw = await PGlite.create({ dataDir: join(folder, 'raw') });
    await raw.exec(rawTable);
    const rawCopy = await timed(() => raw.query(`COPY bench_raw_articles (id, body, search) FROM '/dev/blob'`, [], { blob: new Blob([copyText]) }));
    await raw.close();
    const handle = await openDatabase({ engine: 'pglite', dataDir: join(folder, 'full') });
    await handle.migrate();
    const first = await importInto(handle, 'zhaoyuan', sources);
    const again = await timed(() => importKnowledgeBase(handle, { cityId: 'zhaoyuan', sources }));
    await handle.close();
    const subsetSources = sources.filter((source) => demoSubset(source.key));
    const subsetHandle = await openDatabase({ engine: 'pglite', dataDir: join(folder, 'subset') });
    await subsetHandle.migrate();
    const subset = await importInto(subsetHandle, 'zhaoyuan', subsetSources);
    await subsetHandle.close();
    results.push({
      engine: 'PGlite 0.5 (PostgreSQL 18, WebAssembly)',
      rawCopyMs: rawCopy.ms,
      importMs: first.ms,
      reimportMs: again.ms,
      report: first.result,
      subset: { importMs: subset.ms, articles: subset.result.articlesWritten, documents: subset.result.added },
    });
    console.log(`PGlite: raw COPY ${seconds(rawCopy.ms)} s, import ${seconds(first.ms)} s, unchanged re-import ${seconds(again.ms)} s, demo subset ${seconds(subset.ms)} s`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

console.log('\n| engine | step | time | × parse only | × raw COPY |');
console.log('|---|---|---|---|---|');
console.log(`| (no database) | parse ${sources.length} sources, build ${rows.length} search vectors | ${seconds(parsed.ms)} s | 1.00 × | |`);
for (const result of results) {
  const row = (step: string, ms: number) =>
    console.log(`| ${result.engine} | ${step} | ${seconds(ms)} s | ${(ms / parsed.ms).toFixed(2)} × | ${(ms / result.rawCopyMs).toFixed(2)} × |`);
  row(`raw COPY of the ${rows.length} article rows into a bare table (baseline)`, result.rawCopyMs);
  row(`full import: ${result.report.added} documents, ${result.report.articlesWritten} articles, ${result.report.failed.length} malformed skipped`, result.importMs);
  row('unchanged re-import (nothing written)', result.reimportMs);
  if (result.subset) row(`demo subset (\`huying seed\`): ${result.subset.documents} documents, ${result.subset.articles} articles`, result.subset.importMs);
}

mkdirSync(new URL('./results', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/kb-import.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), parseOnlyMs: parsed.ms, sources: sources.length, articles: rows.length, engines: results.map(({ report, ...rest }) => ({ ...rest, added: report.added, articlesWritten: report.articlesWritten, failed: report.failed })) }, null, 2)}\n`,
);
