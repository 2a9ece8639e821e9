import { purgeIdempotencyKeys } from '../services/idempotency.js';
import type { JobDependencies } from './deadline-sweep.js';

/** Forgets idempotency records older than a day: clients retry within minutes. */
export async function purgeExpiredIdempotencyKeys(deps: JobDependencies): Promise<{ purged: number }> {
  return { purged: await purgeIdempotencyKeys(deps.database.db, deps.clock.now()) };
}
