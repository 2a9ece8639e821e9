/**
 * The long fuzzing run: schema-shaped requests with hostile values (packages/api/test/fuzz-requests.ts)
 * to every operation of the OpenAPI document, on a database of its own on the PostgreSQL server,
 * as staff of two units, with a bad token and anonymously. Counts responses by status and fails
 * on any 5xx, any refusal that is not problem+json (Open311 keeps its own error format) and any
 * refused write that changed the city's rows, and reports the slowest operations (what a hostile
 * input makes slow is a denial-of-service risk). The test suite runs a sample; run 100,000 here:
 *
 *   pnpm exec tsx bench/fuzz.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--runs 100000]
 *     [--time-limit-minutes 20] [--seed N]
 *
 * Figures go to bench/results/fuzz.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { createApp } from '../packages/api/src/app.js';
import { FakeClock } from '../packages/api/src/clock.js';
import { createTestCity } from '../packages/api/src/testing/index.js';
import { cityFingerprint, finish, knownIds, operationsOf, requestTo, type FuzzRequest } from '../packages/api/test/fuzz-requests.js';
import { createScratchDatabase } from '../packages/api/test/scale-out-fleet.js';

// The logger is the API package's dependency.
const pino = createRequire(new URL('../packages/api/package.json', import.meta.url))('pino') as typeof import('pino').default;

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    runs: { type: 'string', default: '100000' },
    'time-limit-minutes': { type: 'string', default: '0' },
    seed: { type: 'string' },
  },
});
const runs = Number(values.runs);
/** Stops early (and says how many ran) when set: a run that fits the time there is. */
const timeLimitMs = Number(values['time-limit-minutes']) * 60_000 || Infinity;
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

const scratch = await createScratchDatabase(values.server, 'huying_bench_fuzz');
const failures: string[] = [];
const statuses: Record<string, number> = {};
/** Time per operation (the request and reading its response), to find what a hostile input makes slow. */
const timings: Record<string, { count: number; totalMs: number; maxMs: number; slowest: string }> = {};
let batch: FuzzRequest[] = [];
let sent = 0;
const started = performance.now();
try {
  const database = scratch.handle;
  const city = await createTestCity(database);
  const app = createApp({ database, clock: new FakeClock('2026-03-02T09:00:00+08:00'), logger: pino({ level: 'silent' }), defaultCityId: city.cityId, publicUrl: 'http://huying.test', bodyLimitBytes: 64 * 1024 });
  for (const description of ['楼道灯坏了，晚上很黑。', '小区门口垃圾没人清运。', '噪音扰民，请处理。']) {
    await app.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ kind: 'complaint', buildingId: city.building('dongsheng-1'), description }) });
  }
  const document = await (await app.request('/openapi.json')).json();
  const ids = await knownIds(database.db, city.cityId);
  const auth = fc.constantFrom<Record<string, string>>(
    { 'huying-city': city.cityId },
    { 'huying-city': city.cityId, authorization: city.staffHeaders('city').authorization! },
    { 'huying-city': city.cityId, authorization: city.staffHeaders('grid-a1-1').authorization! },
    { 'huying-city': city.cityId, authorization: 'Bearer hy_staff_not-a-real-token' },
  );
  const operations = operationsOf(document);
  const requests = fc.oneof(...operations.map((operation) => requestTo(operation, document.components?.schemas ?? {}, ids, auth)));
  // Drawn in batches (seed, seed + 1, …), so a long run never holds all its requests at once.
  const batchSize = 1000;
  for (let index = 0; index < runs && performance.now() - started < timeLimitMs; index++) {
    if (index % batchSize === 0) batch = fc.sample(requests, { numRuns: Math.min(batchSize, runs - index), seed: seed + index / batchSize });
    const request = batch[index % batchSize]!;
    sent = index + 1;
    const writes = request.method !== 'GET';
    const before = writes ? await cityFingerprint(database.db, city.cityId) : '';
    const requestStarted = performance.now();
    const watchdog = setTimeout(() => console.error(`still waiting after 5 s: ${request.operation} ${request.path.slice(0, 160)} ${request.body?.slice(0, 300) ?? ''}`), 5000);
    const response = await app.request(request.path, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) });
    await finish(response);
    clearTimeout(watchdog);
    const took = performance.now() - requestStarted;
    if (took > 2000) console.error(`slow (${Math.round(took)} ms): ${request.operation} ${request.path.slice(0, 160)} ${request.body?.slice(0, 300) ?? ''}`);
    const timing = (timings[request.operation] ??= { count: 0, totalMs: 0, maxMs: 0, slowest: '' });
    timing.count++;
    timing.totalMs += took;
    if (took > timing.maxMs) Object.assign(timing, { maxMs: took, slowest: `${request.path.slice(0, 160)} ${request.body?.slice(0, 200) ?? ''}` });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const label = `${request.method} ${request.path} ${request.body?.slice(0, 200) ?? ''}`;
    const type = response.headers.get('content-type') ?? '';
    if (response.status >= 500) failures.push(`${response.status} ${label}`);
    else if (response.status >= 400) {
      if (!request.path.startsWith('/open311/') && !type.includes('application/problem+json')) failures.push(`not problem+json: ${label}`);
      if (writes && (await cityFingerprint(database.db, city.cityId)) !== before) failures.push(`refused but stored: ${label}`);
    }
    if ((index + 1) % 10_000 === 0) console.log(`${index + 1} requests, ${failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s`);
  }
} finally {
  await scratch.drop();
}
const slowest = Object.entries(timings)
  .map(([operation, t]) => ({ operation, count: t.count, meanMs: +(t.totalMs / t.count).toFixed(1), maxMs: Math.round(t.maxMs), slowest: t.slowest }))
  .sort((a, b) => b.maxMs - a.maxMs)
  .slice(0, 15);
const result = { date: new Date().toISOString(), seed, runs: sent, requested: runs, seconds: Math.round((performance.now() - started) / 1000), statuses, failures: failures.slice(0, 50), failureCount: failures.length, slowest };
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/fuzz.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exitCode = failures.length > 0 ? 1 : 0;
