import { bigint, doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { staffAccounts } from './access.js';
import { cases } from './cases.js';
import { categories } from './categories.js';
import { cities } from './cities.js';
import { cityId, createdAt, id } from './columns.js';
import { units } from './units.js';

export const suggestionOutcomes = ['accepted', 'overridden', 'undecided'] as const;
/** What a dispatcher did with one half (category or unit) of a routing suggestion. */
export type SuggestionOutcome = (typeof suggestionOutcomes)[number];

/** The ranked lists the dispatcher was shown, kept as they were so later analysis needs no model. */
export interface RecordedSuggestion {
  categories: { categoryId: string; score: number }[];
  units: { unitId: string; score: number }[];
}

/**
 * A dispatcher's answer to a routing suggestion for a case: accepted, overridden (with what), or
 * left undecided, separately for the category and the handling unit. Append-only; a case may
 * collect several (a later round, a second look), the newest being current. Acceptance rates per
 * model version come straight from these rows.
 *
 * The unit-history query behind each suggestion reads `cases` through an index that a custom
 * migration adds (`cases_category_handler_idx`): drizzle cannot declare an index on a table
 * from another schema file.
 */
export const routingSuggestionDecisions = pgTable(
  'routing_suggestion_decisions',
  {
    id: id(),
    /** Order of recording: two decisions may share a timestamp, never a sequence number. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    cityId: cityId().references(() => cities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    modelVersion: text('model_version').notNull(),
    suggestedCategoryId: uuid('suggested_category_id').references(() => categories.id),
    suggestedCategoryScore: doublePrecision('suggested_category_score'),
    suggestedUnitId: uuid('suggested_unit_id').references(() => units.id),
    suggestedUnitScore: doublePrecision('suggested_unit_score'),
    chosenCategoryId: uuid('chosen_category_id').references(() => categories.id),
    chosenUnitId: uuid('chosen_unit_id').references(() => units.id),
    categoryOutcome: text('category_outcome').$type<SuggestionOutcome>().notNull(),
    unitOutcome: text('unit_outcome').$type<SuggestionOutcome>().notNull(),
    /** Where the chosen category and unit stood in the lists shown (1 = first); null when not among them. */
    chosenCategoryRank: integer('chosen_category_rank'),
    chosenUnitRank: integer('chosen_unit_rank'),
    suggestion: jsonb('suggestion').$type<RecordedSuggestion>().notNull(),
    note: text('note'),
    decidedByAccountId: uuid('decided_by_account_id')
      .notNull()
      .references(() => staffAccounts.id),
    decidedByUnitId: uuid('decided_by_unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: createdAt(),
  },
  (table) => [
    index('routing_suggestion_decisions_case_idx').on(table.caseId, table.seq),
    index('routing_suggestion_decisions_city_idx').on(table.cityId, table.createdAt),
  ],
);
