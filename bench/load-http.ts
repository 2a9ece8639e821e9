/**
 * HTTP load benchmark on the PostgreSQL server: case submission, tracking lookup, the staff inbox
 * and knowledge-base search through `huying serve --no-worker` (its own process), driven by
 * autocannon from this process. Each is set against a ceiling measured in the same run:
 *   - submission against raw PostgreSQL doing the same writes (the case row and its `submitted`
 *     event in one transaction, copied from a real submission) from a postgres.js loop with as
 *     many connections as the API's pool;
 *   - the reads against bare Hono endpoints (same Node, same @hono/node-server, no middleware,
 *     validation or ORM): one answering with nothing behind it, and one doing a tracking lookup's
 *     work (the same SELECT by tracking code through postgres.js with the API's pool size).
 * Then submission and tracking at half of their measured maximum, for the latency a service sees
 * below saturation (and the raw writes at that rate, for what the database gives there): requests
 * started evenly through each second by an open-loop driver (lib/paced-load.ts), and for
 * comparison through autocannon's `overallRate`, which sends each second's quota in a burst; and
 * optionally a soak at 80 % of the maximum submission and tracking rates that samples the API
 * process's memory (resident set) every 10 s.
 *
 *   pnpm exec tsx bench/load-http.ts [--server postgres://postgres@127.0.0.1:5432/postgres]
 *     [--duration 10] [--connections 16] [--soak-minutes 10]
 *
 * Figures go to bench/results/load-http.json. The database (huying_bench_load_…) is dropped at the end.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { createTestCity, installKnowledgeBase } from '../packages/api/src/testing/index.js';
import { createScratchDatabase, startApiProcess } from '../packages/api/test/scale-out-fleet.js';
import { defaultServer, postgres } from './lib/drivers.js';
import { httpSender, pacedLoad, type Measured } from './lib/paced-load.js';
import { cpuMs, residentSetMb } from './lib/process-stats.js';
import { messageBodies, pick, reportBody } from './lib/reports.js';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: defaultServer },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'soak-minutes': { type: 'string', default: '0' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const soakMinutes = Number(values['soak-minutes']);
/** The API's pool (db/client.ts): the raw baseline gets as many connections. */
const apiPoolSize = 10;

const questions = (JSON.parse(readFileSync(new URL('../packages/api/test/fixtures/kb-eval.json', import.meta.url), 'utf8')) as { questions: { question: string }[] }).questions.map((q) => q.question);

async function cannon(options: autocannon.Options): Promise<Measured> {
  const result = await autocannon({ connections, duration, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

function startBareHono(databaseUrl: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [new URL('./lib/bare-hono.mjs', import.meta.url).pathname], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    });
  });
}

/** Numbers the raw baseline's tracking codes across its runs, which share one table. */
let rawSerial = 0;

/**
 * Raw PostgreSQL doing a submission's writes: the case row and its first event, one transaction
 * each; as fast as it goes, or started evenly at `rate` a second.
 */
async function rawSubmissions(url: string, template: { caseRow: Record<string, unknown>; eventRow: Record<string, unknown> }, rate?: number): Promise<Measured> {
  const client = postgres(url, { max: apiPoolSize, onnotice: () => {} });
  try {
    return await pacedLoad({ durationSeconds: duration, workers: connections, rate }, async () => {
      const id = randomUUID();
      const trackingCode = `9${String(process.pid % 1000).padStart(3, '0')}${String(rawSerial++).padStart(8, '0')}`;
      await client.begin(async (tx) => {
        await tx`INSERT INTO cases ${tx({ ...template.caseRow, id, tracking_code: trackingCode, description: pick(messageBodies) } as Record<string, unknown>)}`;
        await tx`INSERT INTO case_events ${tx({ ...template.eventRow, case_id: id } as Record<string, unknown>)}`;
      });
      return true;
    });
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function main() {
  const scratch = await createScratchDatabase(values.server, 'huying_bench_load');
  const api = await (async () => {
    const city = await createTestCity(scratch.handle);
    await installKnowledgeBase(scratch.handle, city.cityId);
    return { city, process: await startApiProcess(scratch.url, { HUYING_DEFAULT_CITY: city.cityId }) };
  })();
  const bare = await startBareHono(scratch.url);
  const { city } = api;
  const base = api.process.url;
  const direct = postgres(scratch.url, { max: 2, onnotice: () => {} });
  const client = httpSender(base, connections);
  const results: Record<string, unknown> = { date: new Date().toISOString(), duration, connections, node: process.version, loadAverageBefore: loadavg().map((x) => +x.toFixed(2)) };
  try {
    const submissionBody = () => reportBody(city);
    const submissionRequest = (rate?: number): autocannon.Options => ({
      url: `${base}/api/v1/cases`,
      ...(rate ? { overallRate: rate } : {}),
      requests: [{ method: 'POST', headers: city.cityHeaders, setupRequest: (request) => ({ ...request, body: submissionBody() }) }],
    });
    /**
     * Requests started evenly at `rate` a second from as many connections as autocannon's, with
     * the API process's CPU time per request answered (its own work, apart from the database's).
     */
    const paced = async (rate: number, send: () => Promise<boolean>) => {
      const pid = api.process.child.pid!;
      let before = 0;
      const measured = await pacedLoad({ durationSeconds: duration, workers: connections, rate, onMeasuring: () => (before = cpuMs(pid)) }, send);
      return { ...measured, apiCpuMsPerRequest: +((cpuMs(pid) - before) / measured.total).toFixed(2) };
    };
    // Warm-up: the code paths compile, the pool fills, and the cases to look up exist.
    await cannon({ ...submissionRequest(), duration: 3 });

    const bareMax = await cannon({ url: `${bare.url}/track/261103728841` });
    const submissionMax = await cannon(submissionRequest());
    // The cases filed through the API so far, before the raw baseline adds rows with codes of its own.
    const codes = (await direct<{ code: string }[]>`SELECT tracking_code AS code FROM cases WHERE city_id = ${city.cityId} LIMIT 20000`).map((row) => row.code);
    const [template] = await direct<{ case_row: Record<string, unknown>; event_row: Record<string, unknown> }[]>`SELECT to_jsonb(c) - 'id' - 'tracking_code' AS case_row, to_jsonb(e) - 'id' - 'case_id' AS event_row
          FROM cases c JOIN case_events e ON e.case_id = c.id AND e.seq = 1 WHERE c.city_id = ${city.cityId} LIMIT 1`;
    const rawTemplate = { caseRow: template!.case_row, eventRow: template!.event_row };
    const rawMax = await rawSubmissions(scratch.url, rawTemplate);
    // The reads below run on a table thousands of cases bigger than a minute ago: give the planner
    // the statistics autovacuum would have gathered by then in a live city.
    await direct`ANALYZE`;

    const trackingRequest = (rate?: number): autocannon.Options => ({
      url: `${base}/api/v1/track/0`,
      ...(rate ? { overallRate: rate } : {}),
      requests: [{ method: 'GET', headers: city.cityHeaders, setupRequest: (request) => ({ ...request, path: `/api/v1/track/${pick(codes)}` }) }],
    });
    const bareLookupMax = await cannon({
      url: `${bare.url}/track-lookup/0`,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/track-lookup/${pick(codes)}` }) }],
    });
    const trackingMax = await cannon(trackingRequest());
    const inboxMax = await cannon({ url: `${base}/api/v1/staff/cases?scope=subtree&limit=20`, headers: city.staffHeaders('city') });
    const searchMax = await cannon({
      url: `${base}/api/v1/kb/search?q=x`,
      requests: [{ method: 'GET', headers: city.cityHeaders, setupRequest: (request) => ({ ...request, path: `/api/v1/kb/search?q=${encodeURIComponent(pick(questions))}` }) }],
    });
    const halfRate = Math.max(1, Math.round(submissionMax.requestsPerSecond / 2));
    const submissionHalf = await paced(halfRate, () => client.send('POST', '/api/v1/cases', city.cityHeaders, submissionBody()));
    const submissionHalfInBursts = await cannon(submissionRequest(halfRate));
    // The same rate of raw writes: the latency the database and these cores give below saturation.
    const rawHalf = await rawSubmissions(scratch.url, rawTemplate, halfRate);
    const trackingHalfRate = Math.max(1, Math.round(trackingMax.requestsPerSecond / 2));
    const trackingHalf = await paced(trackingHalfRate, () => client.send('GET', `/api/v1/track/${pick(codes)}`, city.cityHeaders));
    const trackingHalfInBursts = await cannon(trackingRequest(trackingHalfRate));

    Object.assign(results, {
      bareHono: bareMax,
      bareHonoLookup: bareLookupMax,
      rawPostgresSubmission: rawMax,
      rawPostgresSubmissionAtHalf: rawHalf,
      submission: { max: submissionMax, half: submissionHalf, halfInBursts: submissionHalfInBursts, ratioToRawPostgres: +(submissionMax.requestsPerSecond / rawMax.requestsPerSecond).toFixed(2) },
      tracking: {
        max: trackingMax,
        half: trackingHalf,
        halfInBursts: trackingHalfInBursts,
        ratioToBareHonoLookup: +(trackingMax.requestsPerSecond / bareLookupMax.requestsPerSecond).toFixed(2),
        ratioToBareHono: +(trackingMax.requestsPerSecond / bareMax.requestsPerSecond).toFixed(2),
      },
      staffInbox: { max: inboxMax, ratioToBareHono: +(inboxMax.requestsPerSecond / bareMax.requestsPerSecond).toFixed(2) },
      kbSearch: { max: searchMax, ratioToBareHono: +(searchMax.requestsPerSecond / bareMax.requestsPerSecond).toFixed(2) },
      loadAverageAfterPhases: loadavg().map((x) => +x.toFixed(2)),
      casesAtEnd: (await direct<{ count: number }[]>`SELECT count(*)::int AS count FROM cases`)[0]!.count,
    });

    if (soakMinutes > 0) {
      // 80 % of the measured maximum of each, together: submissions and lookups share the process.
      const samples: { minute: number; rssMb: number }[] = [];
      const pid = api.process.child.pid!;
      const started = Date.now();
      const sampler = setInterval(() => samples.push({ minute: +((Date.now() - started) / 60_000).toFixed(2), rssMb: residentSetMb(pid) }), 10_000);
      const soakSeconds = Math.round(soakMinutes * 60);
      const [soakSubmission, soakTracking] = await Promise.all([
        cannon({ ...submissionRequest(Math.round(submissionMax.requestsPerSecond * 0.4)), duration: soakSeconds, connections: Math.ceil(connections / 2) }),
        cannon({ ...trackingRequest(Math.round(trackingMax.requestsPerSecond * 0.4)), duration: soakSeconds, connections: Math.ceil(connections / 2) }),
      ]);
      clearInterval(sampler);
      const firstMinute = samples.filter((s) => s.minute <= 1).map((s) => s.rssMb);
      const lastMinute = samples.filter((s) => s.minute >= soakMinutes - 1).map((s) => s.rssMb);
      const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
      results.soak = { minutes: soakMinutes, submission: soakSubmission, tracking: soakTracking, rssMbFirstMinute: mean(firstMinute), rssMbLastMinute: mean(lastMinute), rssMbMax: Math.max(...samples.map((s) => s.rssMb)), samples };
    }
  } finally {
    client.close();
    await direct.end({ timeout: 5 });
    bare.stop();
    await api.process.stop();
    await scratch.drop();
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/load-http.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, (key, value) => (key === 'samples' ? undefined : value), 2));
}

await main();
