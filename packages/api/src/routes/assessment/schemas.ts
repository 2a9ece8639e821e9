import { z } from '@hono/zod-openapi';
import { caseKinds, channels, countFigures, deadlineSteps, scoredRates, unitKinds } from '@huying/core';

export const MonthSchema = z
  .string()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'give the month as YYYY-MM, e.g. 2026-03')
  .openapi({ example: '2026-03' });

export const MonthParams = z.object({ month: MonthSchema.openapi({ param: { name: 'month', in: 'path' } }) });

const rateValue = z.number().nullable();

export const FiguresSchema = z
  .object({
    ...Object.fromEntries(countFigures.map((key) => [key, z.number().int()])),
    handlingHoursAverage: z.number().nullable(),
    handlingHoursP90: z.number().nullable(),
  } as Record<(typeof countFigures)[number], z.ZodNumber> & { handlingHoursAverage: z.ZodNullable<z.ZodNumber>; handlingHoursP90: z.ZodNullable<z.ZodNumber> })
  .openapi('AssessmentFigures');

export const RatesSchema = z
  .object(Object.fromEntries(scoredRates.map((key) => [key, rateValue])) as Record<(typeof scoredRates)[number], typeof rateValue>)
  .openapi('AssessmentRates');

export const WeightsSchema = z
  .object(Object.fromEntries(scoredRates.map((key) => [key, z.number().min(0).max(100)])) as Record<(typeof scoredRates)[number], z.ZodNumber>)
  .strict()
  .openapi('AssessmentWeights');

export const ScoringConfigSchema = z
  .object({
    weights: WeightsSchema,
    coefficientBasis: z.enum(['finalSatisfactionRate', 'firstSatisfactionRate']),
    coefficientBands: z
      .array(z.object({ from: z.number().min(0).max(1), coefficient: z.number().min(0).max(2) }).strict())
      .min(1)
      .max(20)
      .openapi({ description: 'From the highest satisfaction down; each band applies from its `from` up to the next band.' }),
    coefficientWithoutRatings: z.number().min(0).max(2),
    basicallySatisfiedCredit: z.number().min(0).max(1).openapi({ description: 'How much a 基本满意 counts towards satisfaction in scoring.' }),
  })
  .strict()
  .openapi('AssessmentScoringConfig');

export const ConfigVersionSchema = z
  .object({
    version: z.number().int(),
    effectiveFrom: MonthSchema,
    config: ScoringConfigSchema,
    note: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
    createdByAccountId: z.uuid().nullable(),
  })
  .openapi('AssessmentConfigVersion');

export const ConfigBodySchema = z
  .object({
    effectiveFrom: MonthSchema.optional().openapi({ description: 'The first month scored with it: this month (the default) or later.' }),
    config: ScoringConfigSchema,
    note: z.string().max(500).optional(),
  })
  .strict()
  .openapi('AssessmentConfigBody');

export const ScoreSchema = z
  .object({
    unitId: z.uuid(),
    kind: z.enum(unitKinds),
    rates: RatesSchema,
    measureScores: z.record(z.string(), z.number().nullable()),
    overall: z.number().nullable(),
    satisfaction: z.number().nullable(),
    coefficient: z.number(),
    final: z.number().nullable(),
    rank: z.number().int().nullable(),
    rankedAmong: z.number().int(),
  })
  .openapi('AssessmentScore');

export const TableRowSchema = z
  .object({
    unit: z.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable(), kind: z.enum(unitKinds), parentId: z.uuid().nullable() }),
    figures: FiguresSchema,
    score: ScoreSchema,
  })
  .openapi('AssessmentTableRow');

export const RevisionSchema = z
  .object({
    id: z.uuid(),
    month: MonthSchema,
    revision: z.number().int(),
    asOf: z.iso.datetime().openapi({ description: 'Everything recorded up to this moment, nothing after: in the table and in its drill-down.' }),
    trigger: z.enum(['close', 'settle', 'manual']),
    configVersion: z.number().int(),
    generatedByAccountId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('AssessmentRevision');

export const TableSchema = RevisionSchema.extend({
  config: ScoringConfigSchema,
  rows: z.array(TableRowSchema),
}).openapi('AssessmentTable');

export const GeneratedSchema = z.object({ created: z.boolean().openapi({ description: 'False when nothing changed since the latest revision, which is returned.' }), table: TableSchema });

export const DrillDownSchema = z
  .object({
    month: MonthSchema,
    revision: z.number().int(),
    asOf: z.iso.datetime(),
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds) }),
    measure: z.enum(countFigures),
    figure: z.number().int().openapi({ description: 'The figure in the table, equal to `total`.' }),
    total: z.number().int(),
    data: z.array(
      z.object({
        caseId: z.uuid(),
        trackingCode: z.string(),
        title: z.string(),
        kind: z.string(),
        status: z.string(),
        at: z.iso.datetime().openapi({ description: 'When the row counted: the arrival, the reply, the settling of the deadline, the notice.' }),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('AssessmentDrillDown');

export const DashboardQuerySchema = z.object({
  from: MonthSchema.optional().openapi({ description: 'First month shown (default: eleven months before `to`).' }),
  to: MonthSchema.optional().openapi({ description: 'Last month shown (default: this month).' }),
  interval: z.enum(['day', 'month']).optional().openapi({ description: 'Points per day or per month (default: day up to three months, else month).' }),
  unitId: z.uuid().optional().openapi({ description: 'A unit of your subtree (default: your own unit).' }),
});

const stepValue = z.enum(deadlineSteps);

export const DashboardSchema = z
  .object({
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds) }),
    from: MonthSchema,
    to: MonthSchema,
    interval: z.enum(['day', 'month']),
    asOf: z.iso.datetime(),
    volume: z.array(z.object({ period: z.iso.date(), channel: z.enum(channels), kind: z.enum(caseKinds), cases: z.number().int() })),
    categories: z.array(
      z.object({ categoryId: z.uuid().nullable(), level1: z.string().nullable(), level2: z.string().nullable(), level3: z.string().nullable(), cases: z.number().int() }),
    ),
    hotSpots: z.object({
      communities: z.array(
        z.object({ unitId: z.uuid(), name: z.string(), total: z.number().int(), months: z.array(z.object({ month: MonthSchema, cases: z.number().int() })) }),
      ),
      buildings: z.array(z.object({ buildingId: z.uuid(), name: z.string(), communityId: z.uuid(), communityName: z.string(), cases: z.number().int() })),
    }),
    deadlines: z.array(z.object({ period: z.iso.date(), step: stepValue, onTime: z.number().int(), late: z.number().int() })),
    stepTimes: z.array(z.object({ step: stepValue, ended: z.number().int(), onTime: z.number().int(), late: z.number().int(), averageHours: z.number().nullable() })),
    satisfaction: z.array(
      z.object({
        period: z.iso.date(),
        firstRated: z.number().int(),
        firstSatisfied: z.number().int().openapi({ description: 'First replies rated satisfied or basically satisfied.' }),
        rated: z.number().int(),
        satisfied: z.number().int(),
        basicallySatisfied: z.number().int(),
        unsatisfied: z.number().int(),
      }),
    ),
  })
  .openapi('AnalyticsDashboard');

export const PublicStatsSchema = z
  .object({
    resolvedThisMonth: z.number().int().openapi({ description: 'Cases replied to (办结) this month, in the city or the unit and those below it.' }),
    satisfactionRate: z.number().min(0).max(1).nullable().openapi({ description: 'Share of this month\'s ratings that were satisfied or basically satisfied; null when nobody rated.' }),
    averageResponseHours: z.number().nullable().openapi({ description: 'Mean hours from a case reaching a unit to its first response, over the first responses of this month; null without any.' }),
    asOf: z.iso.datetime(),
  })
  .openapi('PublicStats');
