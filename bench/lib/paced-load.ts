/**
 * An open-loop load driver: `workers` concurrent loops share one schedule of start times spaced
 * evenly at `rate` a second, so the offered load is the same in every millisecond of the run.
 *
 * autocannon's `overallRate` does not do this: each connection sends its whole quota for the
 * second back to back as the second begins and then waits for the next one, so "half of the
 * maximum rate" through it is the maximum rate for half of each second and idle for the rest,
 * and its latencies are those of a saturated server.
 *
 * A request's latency counts from its scheduled start, not from when a free worker took it up:
 * when every worker is busy the wait is part of what the caller sees (no coordinated omission).
 * Without a rate, each worker starts its next request as soon as its last one ends (closed loop).
 * A second of the same load runs first, unrecorded (`warmUpSeconds`); `onMeasuring` is called as
 * the recorded run starts, and `onAnswered` with each recorded answer.
 */
import { Agent, request } from 'node:http';
import { percentile } from './timing.js';

export interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /** The first failure's message, when there was one. */
  firstError?: string;
}

/** What one request came to: `true` for a 2xx, `false` for any other status; throws on failure. */
export type Send = () => Promise<boolean>;

export async function pacedLoad(
  options: {
    durationSeconds: number;
    workers: number;
    rate?: number;
    warmUpSeconds?: number;
    onMeasuring?: () => void;
    /** Each recorded answer: when its request was due (epoch ms) and its latency from then. */
    onAnswered?: (answer: { dueAt: number; ms: number }) => void;
  },
  send: Send,
): Promise<Measured> {
  const { durationSeconds, workers, rate, warmUpSeconds = 1 } = options;
  // Unrecorded first: the client's connections open and its statements are prepared, which
  // otherwise makes every worker's first request of the run late.
  if (warmUpSeconds > 0) await pacedLoad({ durationSeconds: warmUpSeconds, workers, rate, warmUpSeconds: 0 }, send);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let firstError: string | undefined;
  options.onMeasuring?.();
  const started = performance.now();
  const until = started + durationSeconds * 1000;
  let nextStart = started;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        let scheduled = performance.now();
        if (rate) {
          scheduled = nextStart;
          nextStart += 1000 / rate;
          if (scheduled >= until) break;
          const wait = scheduled - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
        try {
          if (await send()) latencies.push(performance.now() - scheduled);
          else non2xx++;
          options.onAnswered?.({ dueAt: performance.timeOrigin + scheduled, ms: performance.now() - scheduled });
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    }),
  );
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requestsPerSecond: Math.round(latencies.length / durationSeconds),
    p50: latencies.length ? round(percentile(latencies, 0.5)) : 0,
    p99: latencies.length ? round(percentile(latencies, 0.99)) : 0,
    errors,
    non2xx,
    total: latencies.length + non2xx + errors,
    ...(firstError ? { firstError } : {}),
  };
}

/**
 * One HTTP request at a time per call over a keep-alive pool of `sockets` connections, the body
 * read to its end: what a client of the API does, with as little of the client's own work as
 * Node allows.
 */
export function httpSender(base: string, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<boolean>((resolve, reject) => {
      const outgoing = request(`${base}${path}`, { method, headers, agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode! >= 200 && response.statusCode! < 300));
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return { send, close: () => agent.destroy() };
}
