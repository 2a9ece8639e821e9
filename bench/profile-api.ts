/**
 * Where an API request's time goes: `huying serve --no-worker` in its own process on the
 * PostgreSQL server, under an evenly paced load of one endpoint (submission or tracking lookup)
 * with V8's GC trace and optionally its CPU profiler on, recorded after a warm-up of the same load
 * (a fresh process's heap needs about that long to grow to the size it keeps). The reports are
 * load-http.ts's, and so is the latency: from each request's due time (lib/paced-load.ts). Prints
 * the latency, the API's CPU time per request, its collections (with the bytes each young one
 * promoted to the old generation), and the requests that were slow,
 * each burst of them beside any full collection (Mark-Compact) that ran at the same time; with
 * `--cpu-prof`, the packages and functions that held the API thread, by self time.
 *
 *   pnpm exec tsx bench/profile-api.ts [--endpoint submit|track] [--rate 300] [--seconds 30]
 *     [--warm-up 30] [--cpu-prof] [--slow-ms 25] [--node-flags=--single-threaded-gc] [--server postgres://postgres@127.0.0.1:5432/postgres]
 *
 * The profile (open it in Chrome's DevTools; it covers the process's whole life, start and warm-up
 * included), the API's output (the GC trace) and a summary go to bench/results/profile-api/.
 * This measures; it sets no goal. The figures it gave are in docs/performance.md.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestCity } from '../packages/api/src/testing/index.js';
import { tracedCollections, type TracedCollection } from '../packages/api/test/gc-trace.js';
import { createScratchDatabase, startApiProcess } from '../packages/api/test/scale-out-fleet.js';
import { defaultServer, postgres } from './lib/drivers.js';
import { httpSender, pacedLoad } from './lib/paced-load.js';
import { cpuMs } from './lib/process-stats.js';
import { pick, reportBody } from './lib/reports.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    endpoint: { type: 'string', default: 'submit' },
    rate: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '30' },
    'warm-up': { type: 'string', default: '30' },
    'cpu-prof': { type: 'boolean', default: false },
    'slow-ms': { type: 'string', default: '25' },
    /** Node or V8 flags for the API process, to try a setting against the same load. */
    'node-flags': { type: 'string', default: '' },
  },
});
const endpoint = values.endpoint === 'track' ? 'track' : 'submit';
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const slowMs = Number(values['slow-ms']);
const outDir = new URL('./results/profile-api/', import.meta.url).pathname;

/** A collection from the API's GC trace, stamped with when its line arrived. */
type Collection = TracedCollection & { at: number };

/** Self time by package and by function, from a V8 CPU profile, in per cent of the time not idle. */
function profileSummary(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packageOf = (url: string) => {
    const dependency = /node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@/.exec(url);
    if (dependency) return dependency[1]!.replace('+', '/');
    if (url.includes('/packages/')) return url.replace(/.*\/packages\//, '');
    return url || '(native)';
  };
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const delta = profile.timeDeltas[index] ?? 0;
    busy += delta;
    const place = packageOf(frame.url);
    packages.set(place, (packages.get(place) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} ${place}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, time]) => ({ name, percent: +((100 * time) / busy).toFixed(1) }));
  return { busyMs: Math.round(busy / 1000), packages: top(packages, 15), functions: top(functions, 25) };
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const scratch = await createScratchDatabase(values.server, 'huying_bench_profile');
  const city = await createTestCity(scratch.handle);
  const collections: Collection[] = [];
  const api = await startApiProcess(scratch.url, { HUYING_DEFAULT_CITY: city.cityId }, {
    nodeArgs: ['--trace-gc-nvp', ...values['node-flags'].split(/\s+/).filter(Boolean), ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : [])],
    onStdout: (text) => {
      const at = Date.now();
      collections.push(...tracedCollections(text).map((collection) => Object.assign(collection, { at })));
      appendFileSync(join(outDir, 'api-stdout.log'), text);
    },
  });
  const client = httpSender(api.url, 16);
  const headers = { ...city.cityHeaders, 'content-type': 'application/json' };
  const submit = () => client.send('POST', '/api/v1/cases', headers, reportBody(city));
  try {
    let codes: string[] = [];
    if (endpoint === 'track') {
      // Cases to look up, filed through the API as fast as it takes them.
      await pacedLoad({ durationSeconds: 5, workers: 16, warmUpSeconds: 0 }, submit);
      const direct = postgres(scratch.url, { max: 1, onnotice: () => {} });
      codes = (await direct<{ code: string }[]>`SELECT tracking_code AS code FROM cases`).map((row) => row.code);
      await direct.end();
    }
    const send = endpoint === 'track' ? () => client.send('GET', `/api/v1/track/${pick(codes)}`, city.cityHeaders) : submit;
    const slow: { dueAt: number; ms: number }[] = [];
    let cpuBefore = 0;
    let measuringFrom = 0;
    const measured = await pacedLoad(
      {
        durationSeconds: seconds,
        workers: 16,
        rate,
        warmUpSeconds: Number(values['warm-up']),
        onMeasuring: () => ((measuringFrom = Date.now()), (cpuBefore = cpuMs(api.child.pid!))),
        onAnswered: (answer) => answer.ms > slowMs && slow.push(answer),
      },
      send,
    );
    const apiCpuMsPerRequest = +((cpuMs(api.child.pid!) - cpuBefore) / measured.total).toFixed(3);
    const during = collections.filter((collection) => collection.at >= measuringFrom);
    const youngCollections = during.filter((collection) => collection.kind === 'young');
    const fullCollections = during.filter((collection) => collection.kind === 'full');

    // Bursts of slow requests (each due within 200 ms of the end of the one before), and whether a
    // full collection was reported while the burst lasted (give or take 100 ms).
    slow.sort((a, b) => a.dueAt - b.dueAt);
    const bursts: { at: string; requests: number; worstMs: number; fullCollection: boolean }[] = [];
    let burst: { from: number; to: number; requests: number; worstMs: number } | undefined;
    const close = () => {
      if (!burst) return;
      const { from, to } = burst;
      bursts.push({
        at: new Date(from).toISOString().slice(11, 23),
        requests: burst.requests,
        worstMs: Math.round(burst.worstMs),
        fullCollection: fullCollections.some((collection) => collection.at >= from - 100 && collection.at <= to + 100),
      });
    };
    for (const request of slow) {
      if (burst && request.dueAt - burst.to <= 200) {
        burst.to = Math.max(burst.to, request.dueAt + request.ms);
        burst.requests++;
        burst.worstMs = Math.max(burst.worstMs, request.ms);
      } else {
        close();
        burst = { from: request.dueAt, to: request.dueAt + request.ms, requests: 1, worstMs: request.ms };
      }
    }
    close();

    const summary: Record<string, unknown> = {
      date: new Date().toISOString(),
      endpoint,
      nodeFlags: values['node-flags'],
      rate,
      seconds,
      achieved: measured.requestsPerSecond,
      errors: measured.errors,
      non2xx: measured.non2xx,
      p50: measured.p50,
      p99: measured.p99,
      apiCpuMsPerRequest,
      collections: {
        scavenges: youngCollections.length,
        markCompacts: fullCollections.length,
        promotedKbPerScavenge: youngCollections.length ? Math.round(youngCollections.reduce((sum, collection) => sum + collection.promotedBytes, 0) / youngCollections.length / 1024) : 0,
        longestPauseMs: Math.max(0, ...during.map((collection) => collection.pauseMs)),
      },
      slowMs,
      slowRequests: slow.length,
      slowInBurstsWithFullCollection: bursts.filter((b) => b.fullCollection).reduce((sum, b) => sum + b.requests, 0),
      bursts,
    };
    await api.stop();
    if (values['cpu-prof']) {
      const file = readdirSync(outDir).filter((name) => name.endsWith('.cpuprofile')).sort()[0];
      if (file) summary.profile = { file: join('bench/results/profile-api', file), ...profileSummary(join(outDir, file)) };
    }
    writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    client.close();
    await api.stop();
    await scratch.drop();
  }
}

await main();
