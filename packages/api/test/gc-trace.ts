/**
 * V8's garbage-collection trace as `--trace-gc-nvp` prints it (a line of name=value pairs per
 * collection), read by the driver's tests and by the benchmarks that count what each request
 * leaves to the old generation.
 */

export interface TracedCollection {
  /** A young-generation collection (scavenge) or a full one (mark-compact). */
  kind: 'young' | 'full';
  pauseMs: number;
  /** Bytes the collection moved from the young generation to the old. */
  promotedBytes: number;
  /** Bytes of the young generation that survived it, promoted or not. */
  survivedBytes: number;
}

/** The young and full collections in `trace`, in order; other lines are skipped. */
export function tracedCollections(trace: string): TracedCollection[] {
  const found: TracedCollection[] = [];
  for (const line of trace.split('\n')) {
    const kind = /\bgc=(s|mc)\b/.exec(line)?.[1];
    if (!kind) continue;
    const number = (name: string) => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
    found.push({ kind: kind === 's' ? 'young' : 'full', pauseMs: number('pause'), promotedBytes: number('promoted'), survivedBytes: number('new_space_survived') });
  }
  return found;
}

/** The bytes the young collections in `trace` promoted, in all. */
export const promotedByYoungCollections = (trace: string) =>
  tracedCollections(trace)
    .filter((collection) => collection.kind === 'young')
    .reduce((sum, collection) => sum + collection.promotedBytes, 0);
