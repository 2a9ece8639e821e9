import { checkLoopPolicy, type LoopPolicy } from '@huying/core';
import type { StaffPrincipal } from '../../context.js';
import type { Database } from '../../db/client.js';
import { loopPolicies } from '../../db/schema/index.js';
import { assertCanEditLoop } from './access.js';
import { loadLoopPolicy } from './settings.js';
import { refuseProblems } from './validation.js';

export async function getLoopPolicy(db: Database, cityId: string) {
  const { policy, isDefault } = await loadLoopPolicy(db, cityId);
  return { ...policy, isDefault };
}

/** Replaces the city's policy; it applies to the next move of every case. */
export async function putLoopPolicy(db: Database, staff: StaffPrincipal, policy: LoopPolicy, now: Date) {
  assertCanEditLoop(staff);
  refuseProblems(checkLoopPolicy(policy), 'json');
  const values = { ...policy, updatedAt: now, updatedByAccountId: staff.accountId };
  await db
    .insert(loopPolicies)
    .values({ cityId: staff.cityId, ...values })
    .onConflictDoUpdate({ target: loopPolicies.cityId, set: values });
  return getLoopPolicy(db, staff.cityId);
}
