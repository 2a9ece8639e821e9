/**
 * The city's loop settings (routing rules, time limits, calendars, policy) and loop reports, for
 * staff. Everyone in the city may read them; only the command centre's dispatchers and
 * administrators change them. Mounted inside the staff routes, behind their authentication.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { caseKinds, urgencies } from '@huying/core';
import { createRouter } from '../../http/router.js';
import { calendarYearDays, deleteCalendarYear, dueDate, listCalendarYears, putCalendarYear } from '../../services/loop/calendar.js';
import { getLoopPolicy, putLoopPolicy } from '../../services/loop/policy.js';
import { returnRulingCounts } from '../../services/loop/reports.js';
import { listSlaRules, matchSlaRule, putSlaRules, resetSlaRules } from '../../services/loop/sla.js';
import { createRoutingRule, deleteRoutingRule, listRoutingRules, previewIntake, replaceRoutingRule } from '../../services/routing/rules.js';
import { IdParams, problemResponses, UnitSummarySchema } from '../schemas.js';
import {
  CalendarYearBodySchema,
  CalendarYearSchema,
  DurationSchema,
  LoopPolicySchema,
  RoutingRuleBodySchema,
  RoutingRuleSchema,
  SlaRuleBodySchema,
  SlaRuleSchema,
} from './schemas.js';

const security = [{ staffToken: [] }];
const tags = ['Loop settings'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100).openapi({ param: { name: 'year', in: 'path' } }) });
const readErrors = problemResponses(400, 401);
const writeErrors = problemResponses(400, 401, 403, 404);

const PolicyViewSchema = LoopPolicySchema.extend({ isDefault: z.boolean() }).openapi('LoopPolicyView');
const DayKindSchema = z.enum(['weekday', 'weekend', 'holiday', 'make_up_workday']);

const router = createRouter();

router.openapi(
  createRoute({ method: 'get', path: '/staff/loop/policy', tags, security, summary: "The city's loop policy", responses: { 200: json(PolicyViewSchema, 'The policy'), ...readErrors } }),
  async (c) => c.json(await getLoopPolicy(c.get('deps').database.db, c.get('staff').cityId), 200),
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/staff/loop/policy',
    tags,
    security,
    summary: 'Set the loop policy: intake level, warnings, office hours, supervision, rating period, reopening, auto-escalation',
    request: body(LoopPolicySchema),
    responses: { 200: json(PolicyViewSchema, 'The policy now'), ...writeErrors },
  }),
  async (c) => {
    const deps = c.get('deps');
    return c.json(await putLoopPolicy(deps.database.db, c.get('staff'), c.req.valid('json'), deps.clock.now()), 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/loop/calendar',
    tags,
    security,
    summary: 'The working calendar: time zone, office hours, and every year of holidays and make-up working days with its source',
    responses: {
      200: json(z.object({ timeZone: z.string(), workingHours: LoopPolicySchema.shape.workingHours, years: z.array(CalendarYearSchema) }), 'The calendar'),
      ...readErrors,
    },
  }),
  async (c) => c.json(await listCalendarYears(c.get('deps').database.db, c.get('staff').cityId), 200),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/loop/due-date',
    tags,
    security,
    summary: 'When a time limit started at a moment ends on this calendar',
    request: {
      query: z.object({
        from: z.iso.datetime({ offset: true }),
        amount: z.coerce.number().positive().max(100_000),
        unit: DurationSchema.shape.unit,
      }),
    },
    responses: { 200: json(z.object({ from: z.iso.datetime(), duration: DurationSchema, dueAt: z.iso.datetime() }), 'The end of the time limit'), ...readErrors },
  }),
  async (c) => {
    const query = c.req.valid('query');
    return c.json(await dueDate(c.get('deps').database.db, c.get('staff').cityId, new Date(query.from), { amount: query.amount, unit: query.unit }), 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/loop/calendar/{year}',
    tags,
    security,
    summary: 'Every day of a year with its kind (weekday, weekend, holiday, make-up working day)',
    request: { params: YearParams },
    responses: {
      200: json(z.object({ year: z.number().int(), known: z.boolean(), days: z.array(z.object({ date: z.string(), kind: DayKindSchema, name: z.string().nullable() })) }), 'The year'),
      ...readErrors,
    },
  }),
  async (c) => c.json(await calendarYearDays(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('param').year), 200),
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/staff/loop/calendar/{year}',
    tags,
    security,
    summary: "Enter a year's holidays and make-up working days from the State Council's notice",
    request: { params: YearParams, ...body(CalendarYearBodySchema) },
    responses: { 200: json(CalendarYearSchema, 'The year as entered'), ...writeErrors },
  }),
  async (c) => {
    const deps = c.get('deps');
    const { year } = c.req.valid('param');
    return c.json(await putCalendarYear(deps.database.db, c.get('staff'), { year, ...c.req.valid('json') }, deps.clock.now()), 200);
  },
);

router.openapi(
  createRoute({
    method: 'delete',
    path: '/staff/loop/calendar/{year}',
    tags,
    security,
    summary: "Remove the city's entry for a year (the built-in national year applies again)",
    request: { params: YearParams },
    responses: { 200: json(z.object({ year: z.number().int(), nationalDataAvailable: z.boolean() }), 'Removed'), ...writeErrors },
  }),
  async (c) => c.json(await deleteCalendarYear(c.get('deps').database.db, c.get('staff'), c.req.valid('param').year), 200),
);

const SlaListSchema = z.object({ isDefault: z.boolean(), data: z.array(SlaRuleSchema) });

router.openapi(
  createRoute({ method: 'get', path: '/staff/loop/sla-rules', tags, security, summary: 'Time-limit rules, in order: the first that matches a case sets its limits', responses: { 200: json(SlaListSchema, 'The rules'), ...readErrors } }),
  async (c) => c.json(await listSlaRules(c.get('deps').database.db, c.get('staff').cityId), 200),
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/staff/loop/sla-rules',
    tags,
    security,
    summary: 'Replace the time-limit rules (the whole ordered list)',
    request: body(z.array(SlaRuleBodySchema).min(1).max(100)),
    responses: { 200: json(SlaListSchema, 'The rules now'), ...writeErrors },
  }),
  async (c) => {
    const deps = c.get('deps');
    return c.json(await putSlaRules(deps.database.db, c.get('staff'), c.req.valid('json'), deps.clock.now()), 200);
  },
);

router.openapi(
  createRoute({ method: 'delete', path: '/staff/loop/sla-rules', tags, security, summary: 'Go back to the default time limits', responses: { 200: json(SlaListSchema, 'The defaults'), ...writeErrors } }),
  async (c) => c.json(await resetSlaRules(c.get('deps').database.db, c.get('staff')), 200),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/loop/sla-rules/match',
    tags,
    security,
    summary: 'Which time-limit rule a case of this kind, urgency and category gets',
    request: { query: z.object({ kind: z.enum(caseKinds), urgency: z.enum(urgencies).default('normal'), categoryId: z.uuid().optional() }) },
    responses: { 200: json(SlaRuleSchema, 'The rule'), ...readErrors },
  }),
  async (c) => c.json(await matchSlaRule(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('query')), 200),
);

router.openapi(
  createRoute({ method: 'get', path: '/staff/loop/routing-rules', tags, security, summary: 'Intake routing rules (category × area → unit), in order', responses: { 200: json(z.object({ data: z.array(RoutingRuleSchema) }), 'The rules'), ...readErrors } }),
  async (c) => c.json(await listRoutingRules(c.get('deps').database.db, c.get('staff').cityId), 200),
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/loop/routing-rules',
    tags,
    security,
    summary: 'Add an intake routing rule',
    request: body(RoutingRuleBodySchema),
    responses: { 201: json(RoutingRuleSchema, 'The rule'), ...writeErrors },
  }),
  async (c) => {
    const deps = c.get('deps');
    return c.json(await createRoutingRule(deps.database.db, c.get('staff'), c.req.valid('json'), deps.clock.now()), 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/loop/routing-rules/preview',
    tags,
    security,
    summary: 'Where a new case of this kind, category and building would land now, and why',
    request: body(z.object({ kind: z.enum(caseKinds), categoryId: z.uuid().optional(), buildingId: z.uuid().optional() }).strict()),
    responses: {
      200: json(z.object({ unit: UnitSummarySchema, reason: z.enum(['rule', 'department_category', 'place', 'no_place']), ruleId: z.uuid().nullable() }), 'The landing unit'),
      ...readErrors,
    },
  }),
  async (c) => c.json(await previewIntake(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('json')), 200),
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/staff/loop/routing-rules/{id}',
    tags,
    security,
    summary: 'Replace an intake routing rule',
    request: { params: IdParams, ...body(RoutingRuleBodySchema) },
    responses: { 200: json(RoutingRuleSchema, 'The rule'), ...writeErrors },
  }),
  async (c) => {
    const deps = c.get('deps');
    return c.json(await replaceRoutingRule(deps.database.db, c.get('staff'), c.req.valid('param').id, c.req.valid('json'), deps.clock.now()), 200);
  },
);

router.openapi(
  createRoute({
    method: 'delete',
    path: '/staff/loop/routing-rules/{id}',
    tags,
    security,
    summary: 'Delete an intake routing rule',
    request: { params: IdParams },
    responses: { 204: { description: 'Deleted' }, ...writeErrors },
  }),
  async (c) => {
    await deleteRoutingRule(c.get('deps').database.db, c.get('staff'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/loop/reports/returns',
    tags: ['Loop reports'],
    security,
    summary: 'Returns (退单) per returning unit in your subtree, with the rulings: upheld (a wrong dispatch) or rejected',
    request: { query: z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }) },
    responses: {
      200: json(
        z.object({
          from: z.iso.datetime(),
          to: z.iso.datetime(),
          data: z.array(z.object({ unit: UnitSummarySchema, returned: z.number().int(), upheld: z.number().int(), rejected: z.number().int() })),
        }),
        'Counts per unit',
      ),
      ...readErrors,
    },
  }),
  async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await returnRulingCounts(c.get('deps').database.db, c.get('staff'), { from: new Date(from), to: new Date(to) }), 200);
  },
);

export const loopSettingsRoutes = router;
