import { z } from '@hono/zod-openapi';
import { caseKinds, deadlineSteps, durationUnits, intakeLevels, placeTargets, reopenTargets, unitKinds, urgencies } from '@huying/core';

/** Schemas of the loop's deadlines, policies and calendars, shared by the staff and settings routes. */

export const DurationSchema = z
  .object({ amount: z.number().positive().max(100_000), unit: z.enum(durationUnits) })
  .strict()
  .openapi('Duration', { example: { amount: 5, unit: 'working_days' } });

export const DeadlineStepSchema = z.enum(deadlineSteps).openapi('DeadlineStep');

export const DeadlineSchema = z
  .object({
    step: DeadlineStepSchema,
    unitId: z.uuid(),
    startedAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    warnAt: z.iso.datetime(),
    basis: z.enum(['clock', 'working']),
    paused: z.object({ warnIn: z.number(), dueIn: z.number() }).nullable(),
    warnedAt: z.iso.datetime().nullable(),
    overdueAt: z.iso.datetime().nullable(),
    noticeId: z.uuid().nullable(),
    escalateAt: z.iso.datetime().nullable(),
    extensions: z.number().int(),
    state: z.enum(['paused', 'overdue', 'nearing', 'running']),
  })
  .openapi('Deadline');

export const OpenSupervisionSchema = z
  .object({ noticeId: z.uuid(), unitId: z.uuid(), step: DeadlineStepSchema.nullable(), issuedAt: z.iso.datetime(), answerDueAt: z.iso.datetime().nullable() })
  .openapi('OpenSupervision');

export const ExtensionRequestSchema = z
  .object({
    step: z.enum(['resolution', 'part']),
    unitId: z.uuid(),
    unitPath: z.array(z.string()),
    until: z.iso.datetime(),
    reason: z.string(),
    requestedAt: z.iso.datetime(),
  })
  .openapi('ExtensionRequest');

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'write times as HH:MM, e.g. 08:30');

export const LoopPolicySchema = z
  .object({
    intakeLevel: z.enum(intakeLevels).openapi({ description: 'Where a case about a known building lands: its grid or its community.' }),
    warnAtPercent: z.number().int().min(1).max(99).openapi({ description: 'A nearing warning when this share of a time limit is gone.' }),
    workingHours: z.array(z.object({ start: clockTime, end: clockTime }).strict()).min(1).max(6),
    supervisionAnswerWithin: DurationSchema,
    closeUnratedAfter: DurationSchema.openapi({ description: 'A resolved case unrated for this long closes; so does an unsatisfied one not reopened.' }),
    reopenTo: z.enum(reopenTargets),
    autoEscalation: z
      .object({
        enabled: z.boolean(),
        steps: z.array(z.enum(['accept', 'first_response', 'resolution'])).max(3),
        after: DurationSchema.nullable(),
        fromKinds: z.array(z.enum(unitKinds)).max(6),
      })
      .strict(),
  })
  .strict()
  .openapi('LoopPolicy');

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const CalendarYearBodySchema = z
  .object({
    holidays: z.array(z.object({ name: z.string().trim().min(1).max(50), from: localDate, to: localDate }).strict()).max(40),
    workdays: z.array(z.object({ date: localDate, name: z.string().trim().min(1).max(50) }).strict()).max(40),
    source: z
      .object({
        issuer: z.string().trim().min(1).max(100),
        title: z.string().trim().min(1).max(200),
        reference: z.string().trim().max(100).nullable().default(null),
        publishedOn: localDate.nullable().default(null),
        url: z.url().max(500).nullable().default(null),
      })
      .strict(),
  })
  .strict()
  .openapi('CalendarYearBody');

export const CalendarYearSchema = CalendarYearBodySchema.extend({
  year: z.number().int(),
  origin: z.enum(['city', 'national']).openapi({ description: 'Entered for this city, or the built-in national notice.' }),
}).openapi('CalendarYear');

export const SlaRuleBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    kinds: z.array(z.enum(caseKinds)).max(5).default([]),
    urgencies: z.array(z.enum(urgencies)).max(2).default([]),
    categoryCodes: z.array(z.string().regex(/^\d{2}(\.\d{2}){0,2}$/, 'category codes look like 02, 02.01 or 02.01.03')).max(100).default([]),
    categoryNames: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
    accept: DurationSchema.nullable(),
    firstResponse: DurationSchema.nullable(),
    resolution: DurationSchema.nullable(),
  })
  .strict()
  .openapi('SlaRuleBody');

export const SlaRuleSchema = SlaRuleBodySchema.extend({ id: z.string().nullable(), position: z.number().int() }).openapi('SlaRule');

export const RoutingRuleBodySchema = z
  .object({
    kinds: z.array(z.enum(caseKinds)).max(5).default([]),
    categoryCode: z
      .string()
      .regex(/^\d{2}(\.\d{2}){0,2}$/, 'category codes look like 02, 02.01 or 02.01.03')
      .nullable()
      .default(null)
      .openapi({ description: 'A category code prefix; null matches every category.' }),
    areaUnitId: z.uuid().nullable().default(null).openapi({ description: 'Only buildings within this unit; null: anywhere.' }),
    targetUnitId: z.uuid().nullable().default(null),
    targetPlace: z
      .enum(placeTargets)
      .nullable()
      .default(null)
      .openapi({ description: "Instead of a unit: the building's grid, community, street or property company." }),
    note: z.string().trim().max(500).nullable().default(null),
    position: z.number().int().min(0).max(100_000).optional().openapi({ description: 'Lower comes first; default: after the last rule.' }),
  })
  .strict()
  .openapi('RoutingRuleBody');

export const RoutingRuleSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    kinds: z.array(z.enum(caseKinds)),
    categoryCode: z.string().nullable(),
    areaUnitId: z.uuid().nullable(),
    targetUnitId: z.uuid().nullable(),
    targetPlace: z.enum(placeTargets).nullable(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('RoutingRule');
