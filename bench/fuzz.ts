/**
 * The long fuzzing run: schema-shaped requests with hostile values (packages/api/test/fuzz-requests.ts)
 * to every operation of the OpenAPI document, on a database of its own on the PostgreSQL server,
 * as staff of two units, with a bad token and anonymously. Counts responses by status and fails
 * on any 5xx, any refusal that is not problem+json (Open311 keeps its own error format) and any
 * refused write that changed the city's rows. The test suite runs 300 of these; run 100,000 here:
 *
 *   pnpm exec tsx bench/fuzz.ts [--server postgres://postgres@127.0.0.1:5432/postgres] [--runs 100000] [--seed N]
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
import { cityFingerprint, knownIds, operationsOf, requestTo } from '../packages/api/test/fuzz-requests.js';
import { createScratchDatabase } from '../packages/api/test/scale-out-fleet.js';

// The logger is the API package's dependency.
const pino = createRequire(new URL('../packages/api/package.json', import.meta.url))('pino') as typeof import('pino').default;

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

const scratch = await createScratchDatabase(values.server, 'huying_bench_fuzz');
const failures: string[] = [];
const statuses: Record<string, number> = {};
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
  const samples = fc.sample(requests, { numRuns: runs, seed });
  for (const [index, request] of samples.entries()) {
    const writes = request.method !== 'GET';
    const before = writes ? await cityFingerprint(database.db, city.cityId) : '';
    const response = await app.request(request.path, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const label = `${request.method} ${request.path} ${request.body?.slice(0, 200) ?? ''}`;
    const type = response.headers.get('content-type') ?? '';
    await response.arrayBuffer();
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
const result = { date: new Date().toISOString(), seed, runs, seconds: Math.round((performance.now() - started) / 1000), statuses, failures: failures.slice(0, 50), failureCount: failures.length };
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/fuzz.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exitCode = failures.length > 0 ? 1 : 0;
