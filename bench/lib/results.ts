/** Where the benchmarks leave their figures, and the machine's load while they ran. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Writes `bench/results/<name>.json`, stamped with the time of writing. */
export function writeResults(name: string, figures: Record<string, unknown>): void {
  const folder = new URL('../results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2)}\n`);
}

/** The 1, 5 and 15-minute load averages, as `uptime` shows them. */
export const loadAverage = () => loadavg().map((value) => Number(value.toFixed(2))) as [number, number, number];
