import { z } from '@hono/zod-openapi';
import { suggestionOutcomes } from '../../db/schema/index.js';
import { CaseKindSchema, UnitSummarySchema } from '../schemas.js';

const text = (max: number) => z.string().trim().max(max);

/**
 * A registered schema or null. `.nullable()` on a registered schema makes the component itself
 * nullable in the OpenAPI document (and so in the SDK's types) everywhere it is used; a union
 * keeps the component as it is.
 */
export const nullable = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const SuggestionRequestSchema = z
  .object({
    title: text(200).default(''),
    description: text(8000).min(2, 'describe the case in at least 2 characters'),
    kind: CaseKindSchema.default('complaint').openapi({ description: "The case's kind: intake rules may depend on it." }),
    buildingId: z.uuid().nullish().openapi({ description: "The case's building: adds where the city's rules would send it and who resolved such cases nearby." }),
    categoryId: z.uuid().nullish().openapi({ description: 'A category already chosen: units are ranked for it instead of for the guesses.' }),
    limit: z.number().int().min(1).max(10).default(5),
  })
  .strict()
  .openapi('SuggestionRequest');

export const SuggestionCategorySchema = z
  .object({ id: z.uuid(), code: z.string(), level1: z.string(), level2: z.string(), level3: z.string() })
  .openapi('SuggestionCategory');

const categoryReason = { categoryId: z.uuid() };
export const UnitReasonSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('category_owner'), ...categoryReason }),
    z.object({ type: z.literal('routing_rule'), ...categoryReason, ruleId: z.string() }),
    z.object({ type: z.literal('place'), ...categoryReason }),
    z.object({ type: z.literal('command_centre'), ...categoryReason }),
    z.object({ type: z.literal('history'), ...categoryReason, resolved: z.number().int(), share: z.number() }),
    z.object({ type: z.literal('nearby_history'), ...categoryReason, resolved: z.number().int(), share: z.number() }),
  ])
  .openapi('UnitReason', {
    description:
      'Why a unit is proposed: it owns the category, a routing rule sends the category there, it is the building\'s own unit, the command centre decides, or it resolved recent cases of the category (city-wide or in the same community).',
  });

export const RoutingSuggestionSchema = z
  .object({
    modelVersion: z.string(),
    knownTerms: z.number().int().openapi({ description: 'How many of the text\'s terms the model reads; 0 means it had nothing to go on.' }),
    level1: z.array(z.object({ name: z.string(), score: z.number() })),
    categories: z.array(
      z.object({
        category: SuggestionCategorySchema,
        score: z.number().openapi({ description: 'Probability-like, calibrated on held-out messages.' }),
        terms: z.array(z.string()).openapi({ description: 'The words that pulled hardest towards this category.' }),
      }),
    ),
    basedOnCategory: nullable(SuggestionCategorySchema).openapi({ description: 'The chosen category the units were ranked for, when there was one.' }),
    units: z.array(z.object({ unit: UnitSummarySchema, score: z.number(), reasons: z.array(UnitReasonSchema) })),
  })
  .openapi('RoutingSuggestion');

export const DecisionBodySchema = z
  .object({
    categoryId: z.uuid().nullish().openapi({ description: 'The category chosen: the suggested one (accept) or another (override); omit to leave undecided.' }),
    unitId: z.uuid().nullish().openapi({ description: 'The handling unit chosen, likewise.' }),
    note: z.string().trim().max(1000).nullish().openapi({ description: 'Why, especially when overriding.' }),
  })
  .strict()
  .openapi('SuggestionDecisionBody');

const OutcomeSchema = z.enum(suggestionOutcomes);

export const DecisionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    modelVersion: z.string(),
    suggested: z.object({ categoryId: z.uuid().nullable(), unitId: z.uuid().nullable() }),
    chosen: z.object({ categoryId: z.uuid().nullable(), unitId: z.uuid().nullable() }),
    categoryOutcome: OutcomeSchema,
    unitOutcome: OutcomeSchema,
    chosenCategoryRank: z.number().int().nullable(),
    chosenUnitRank: z.number().int().nullable(),
    note: z.string().nullable(),
    decidedBy: z.object({ accountId: z.uuid(), unitId: z.uuid() }),
    decidedAt: z.iso.datetime(),
  })
  .openapi('SuggestionDecision');

const rates = z.object({
  accepted: z.number().int(),
  overridden: z.number().int(),
  acceptanceRate: z.number().nullable(),
  topThreeRate: z.number().nullable(),
});

export const AcceptanceSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    data: z.array(z.object({ modelVersion: z.string(), decisions: z.number().int(), category: rates, unit: rates })),
  })
  .openapi('SuggestionAcceptance');
