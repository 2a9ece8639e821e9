import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { cities } from './cities.js';
import { cityId, createdAt, id } from './columns.js';

/**
 * Residents who reported "me too" on an open case instead of filing a duplicate (FixMyStreet's
 * "support", Open311's follower count). A follower gets a follow link of their own (the tracking
 * code stays the reporter's) showing the case's public status with live updates; the count tells
 * the handling unit how many people the problem affects.
 */
export const caseFollowers = pgTable(
  'case_followers',
  {
    id: id(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** SHA-256 of the follow token in the follower's link; the token itself is not stored. */
    tokenHash: text('token_hash').notNull(),
    /** Optional, so the unit can call back; one follow per phone per case. */
    contactPhone: text('contact_phone'),
    createdAt: createdAt(),
  },
  (table) => [
    index('case_followers_case_idx').on(table.caseId),
    uniqueIndex('case_followers_case_phone_idx').on(table.caseId, table.contactPhone),
    uniqueIndex('case_followers_token_idx').on(table.tokenHash),
  ],
);
