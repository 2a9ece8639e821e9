/** Timing and the way the benchmarks print what they measured. */

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** The best of `runs` runs: the least disturbed by other work on a shared machine. */
export async function fastest(runs: number, work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) best = Math.min(best, (await timed(work)).ms);
  return best;
}

/**
 * Each run's time, in the order run: `runs` of them, or fewer when `budgetMs` is spent first (at
 * least three), so that a query far slower than expected does not hold the run for hours.
 */
export async function samples(runs: number, work: (run: number) => Promise<unknown>, budgetMs = Number.POSITIVE_INFINITY): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  for (let run = 0; run < runs && (run < 3 || performance.now() - started < budgetMs); run++) {
    const started = performance.now();
    await work(run);
    times.push(performance.now() - started);
  }
  return times;
}

/** The value below which `fraction` of the samples lie (nearest rank). */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
export const ms = (value: number) => (value >= 1000 ? `${seconds(value)} s` : `${value.toFixed(value < 1 ? 2 : 1)} ms`);
export const times = (value: number, base: number) => `${(value / base).toFixed(2)} ×`;
export const count = (value: number) => value.toLocaleString('en');
