import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { ProblemError } from '../http/problems.js';

export interface StoredResponse<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** Canonical JSON (sorted keys), so the same request hashes the same however it was serialised. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const hashRequest = (request: unknown) => createHash('sha256').update(canonical(request)).digest('hex');

/**
 * Runs `action` at most once per (scope, key), inside the caller's transaction: the key row is
 * written first, so a concurrent retry waits on it and then reads the stored response. A key
 * reused for a different request is refused rather than answered with someone else's result.
 */
export async function runOnce<T>(
  tx: Database,
  { scope, key, request }: { scope: string; key: string; request: unknown },
  action: () => Promise<{ status: number; body: T }>,
): Promise<StoredResponse<T>> {
  const requestHash = hashRequest(request);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope, key, requestHash, status: 0, body: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [stored] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!stored) throw new ProblemError('service-unavailable', 'the idempotency record vanished; retry the request');
    if (stored.requestHash !== requestHash) {
      throw new ProblemError('idempotency-key-reused', 'this Idempotency-Key was already used with a different request body; use a new key for a new request');
    }
    return { status: stored.status, body: stored.body as T, replayed: true };
  }
  const response = await action();
  await tx
    .update(idempotencyKeys)
    .set({ status: response.status, body: response.body as unknown })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  return { ...response, replayed: false };
}

/** Records older than a day are no longer needed: clients retry within minutes. */
export async function purgeIdempotencyKeys(db: Database, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const deleted = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff)).returning({ key: idempotencyKeys.key });
  return deleted.length;
}
