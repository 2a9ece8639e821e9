/**
 * What each request leaves to the old generation: one request at a time, so nothing is in flight
 * when the young generation is collected, through the app in-process (`app.request`, on the
 * PostgreSQL server) — case submission, a submission through the service alone (no HTTP layer), a
 * tracking lookup and the bare health check — in a child process with V8's name=value GC trace,
 * counting the bytes promoted by its young collections per request after a warm-up. A request
 * that ends before the next collection should leave nothing; whatever it does leave fills the old
 * generation, and that is what brings on the full collections behind the API's slowest answers
 * under load (docs/performance.md, "What the young generation kept").
 *
 *   pnpm exec tsx bench/young-generation.ts [--requests 3000] [--warm-up 3000] [--node-flags=--no-opt]
 *     [--server postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Figures go to bench/results/young-generation.json. This measures; it sets no goal.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createTestApp, createTestCity } from '../packages/api/src/testing/index.js';
import { tracedCollections } from '../packages/api/test/gc-trace.js';
import { createScratchDatabase } from '../packages/api/test/scale-out-fleet.js';
import { submitCase } from '../packages/api/src/services/cases/submit.js';
import { defaultServer } from './lib/drivers.js';
import { reportBody } from './lib/reports.js';

const workloads = ['submit', 'submit-service', 'track', 'healthz'] as const;
type Workload = (typeof workloads)[number];

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    requests: { type: 'string', default: '3000' },
    'warm-up': { type: 'string', default: '3000' },
    /** Node or V8 flags for the measured process (`--no-opt` measures code before it is optimized). */
    'node-flags': { type: 'string', default: '' },
    /** Set in the child process: the one workload it runs. */
    workload: { type: 'string' },
  },
});
const requests = Number(values.requests);
const warmUp = Number(values['warm-up']);
const measuring = '--- measuring';

/** The child: one workload, one request at a time, a line marking where the count starts. */
async function runWorkload(workload: Workload) {
  const scratch = await createScratchDatabase(values.server, 'huying_bench_young');
  try {
    const city = await createTestCity(scratch.handle);
    const { app, deps } = createTestApp(scratch.handle);
    const headers = { ...city.cityHeaders, 'content-type': 'application/json' };
    const submit = async () => {
      const answer = await app.request('/api/v1/cases', { method: 'POST', headers, body: reportBody(city) });
      if (answer.status !== 201) throw new Error(`submission answered ${answer.status}: ${await answer.text()}`);
      return ((await answer.json()) as { trackingCode: string }).trackingCode;
    };
    const codes = workload === 'track' ? await Promise.all(Array.from({ length: 50 }, submit)) : [];
    const once: Record<Workload, () => Promise<unknown>> = {
      submit,
      'submit-service': () => submitCase(deps, { cityId: city.cityId, input: { channel: 'web', ...JSON.parse(reportBody(city)) }, idempotencyKey: null }),
      track: async () => {
        const answer = await app.request(`/api/v1/track/${codes[Math.floor(Math.random() * codes.length)]}`, { headers: city.cityHeaders });
        if (answer.status !== 200) throw new Error(`tracking answered ${answer.status}`);
        await answer.arrayBuffer();
      },
      healthz: async () => (await app.request('/healthz')).arrayBuffer(),
    };
    for (let i = 0; i < warmUp; i++) await once[workload]();
    console.log(measuring);
    for (let i = 0; i < requests; i++) await once[workload]();
    console.log('--- done');
  } finally {
    await scratch.drop();
  }
}

/** Runs `workload` in a child with the GC trace and sums what its young collections promoted. */
function measure(workload: Workload): Promise<{ workload: Workload; youngCollections: number; promotedBytesPerRequest: number; survivedKbPerCollection: number }> {
  const args = ['--trace-gc-nvp', ...values['node-flags'].split(/\s+/).filter(Boolean), '--import', 'tsx', fileURLToPath(import.meta.url)];
  args.push('--workload', workload, '--requests', String(requests), '--warm-up', String(warmUp), '--server', values.server);
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${workload}: ${error.message}\n${stderr}`));
      const window = stdout.slice(stdout.indexOf(measuring), stdout.indexOf('--- done'));
      const young = tracedCollections(window).filter((collection) => collection.kind === 'young');
      const sum = (key: 'promotedBytes' | 'survivedBytes') => young.reduce((total, collection) => total + collection[key], 0);
      resolve({
        workload,
        youngCollections: young.length,
        promotedBytesPerRequest: Math.round(sum('promotedBytes') / requests),
        survivedKbPerCollection: young.length ? Math.round(sum('survivedBytes') / young.length / 1024) : 0,
      });
    }),
  );
}

if (values.workload) {
  await runWorkload(values.workload as Workload);
} else {
  const results = [];
  for (const workload of workloads) {
    const result = await measure(workload);
    console.log(`${workload}: ${result.promotedBytesPerRequest} bytes promoted a request (${result.youngCollections} young collections, ${result.survivedKbPerCollection} KB surviving each)`);
    results.push(result);
  }
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(new URL('young-generation.json', outDir), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, nodeFlags: values['node-flags'], requests, warmUp, results }, null, 2)}\n`);
}
