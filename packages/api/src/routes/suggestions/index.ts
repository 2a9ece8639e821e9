/**
 * Routing suggestions for staff: categories and handling units for a case's text, for free text
 * (units that route cases), for a case (its holder and the units above it), the dispatcher's
 * decision on one, and the acceptance figures per model version.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../context.js';
import { createRouter } from '../../http/router.js';
import { invalid } from '../../http/problems.js';
import { requireStaff } from '../../http/staff-auth.js';
import {
  acceptanceSummary,
  assertMayAskFreeText,
  assertMayReadAcceptance,
  caseForSuggestion,
  latestDecision,
  recordDecision,
} from '../../services/suggestions/decisions.js';
import { suggestRouting, type SuggestionRequest } from '../../services/suggestions/suggest.js';
import { IdParams, problemResponses } from '../schemas.js';
import {
  AcceptanceSchema,
  DecisionBodySchema,
  DecisionSchema,
  nullable,
  RoutingSuggestionSchema,
  SuggestionCategorySchema,
  SuggestionRequestSchema,
} from './schemas.js';

const security = [{ staffToken: [] }];
const tags = ['Routing suggestions'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** The staff routes may have authenticated the request already; authenticate once either way. */
const staffOnce = createMiddleware<AppEnv>(async (c, next) => (c.get('staff') ? next() : requireStaff(c, next)));

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(10).default(5) });

const router = createRouter();
router.use('/staff/suggestions', staffOnce);
router.use('/staff/suggestions/*', staffOnce);
router.use('/staff/cases/:id/suggestion', staffOnce);
router.use('/staff/cases/:id/suggestion/*', staffOnce);

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/suggestions',
    tags,
    summary: 'Suggest categories and handling units for a text (staff of units that route cases)',
    security,
    request: { body: { required: true, content: { 'application/json': { schema: SuggestionRequestSchema } } } },
    responses: { 200: json(RoutingSuggestionSchema, 'Ranked categories and units, with the words and facts behind them'), ...problemResponses(400, 401, 403, 422) },
  }),
  async (c) => {
    const staff = c.get('staff');
    assertMayAskFreeText(staff);
    const body = c.req.valid('json');
    const deps = c.get('deps');
    const request: SuggestionRequest = {
      cityId: staff.cityId,
      title: body.title,
      description: body.description,
      kind: body.kind,
      buildingId: body.buildingId ?? null,
      categoryId: body.categoryId ?? null,
      unknownCategory: 'refuse',
      limit: body.limit,
      now: deps.clock.now(),
    };
    return c.json(await suggestRouting(deps.database.db, request), 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/suggestions/acceptance',
    tags,
    summary: "How often dispatchers accepted the suggestions, per model version (the command centre's managers)",
    security,
    request: {
      query: z.object({
        from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Start (inclusive); default 30 days before `to`.' }),
        to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'End (exclusive); default just after now.' }),
      }),
    },
    responses: { 200: json(AcceptanceSchema, 'Acceptance per model version'), ...problemResponses(400, 401, 403) },
  }),
  async (c) => {
    const staff = c.get('staff');
    assertMayReadAcceptance(staff);
    const query = c.req.valid('query');
    const deps = c.get('deps');
    // By default the period runs up to and including now.
    const to = query.to ? new Date(query.to) : new Date(deps.clock.now().getTime() + 1);
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * 24 * 3600 * 1000);
    if (!(from < to)) throw invalid('query.from', '`from` must come before `to`');
    const data = await acceptanceSummary(deps.database.db, staff.cityId, from, to);
    return c.json({ from: from.toISOString(), to: to.toISOString(), data }, 200);
  },
);

/** The suggestion for a case as its holder (or a unit above) sees it: units follow the case's category when it has one. */
async function caseSuggestion(c: Context<AppEnv>, caseId: string, limit: number) {
  const staff = c.get('staff');
  const deps = c.get('deps');
  const found = await caseForSuggestion(deps.database.db, staff, caseId);
  const suggestion = await suggestRouting(deps.database.db, {
    cityId: staff.cityId,
    title: found.title,
    description: found.description,
    kind: found.kind,
    buildingId: found.buildingId,
    categoryId: found.categoryId,
    unknownCategory: 'ignore',
    limit,
    now: deps.clock.now(),
  });
  return { found, suggestion };
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/cases/{id}/suggestion',
    tags,
    summary: 'The routing suggestion for a case, and the latest decision on it (its holder and the units above)',
    security,
    request: { params: IdParams, query: limitQuery },
    responses: {
      200: json(
        z
          .object({ caseId: z.uuid(), suggestion: RoutingSuggestionSchema, currentCategory: nullable(SuggestionCategorySchema), decision: nullable(DecisionSchema) })
          .openapi('CaseRoutingSuggestion'),
        'The suggestion',
      ),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { suggestion } = await caseSuggestion(c, id, c.req.valid('query').limit);
    const decision = await latestDecision(c.get('deps').database.db, id);
    return c.json({ caseId: id, suggestion, currentCategory: suggestion.basedOnCategory, decision }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/cases/{id}/suggestion/decision',
    tags,
    summary: "Accept or override a case's routing suggestion (records the decision; dispatching is its own action)",
    security,
    request: {
      params: IdParams,
      headers: z.object({
        'idempotency-key': z
          .string()
          .regex(/^[\x21-\x7e]{1,255}$/, 'use 1–255 visible ASCII characters, e.g. a UUID')
          .optional()
          .openapi({ description: 'A retry with the same key returns the first record instead of counting the decision twice.' }),
      }),
      body: { required: true, content: { 'application/json': { schema: DecisionBodySchema } } },
    },
    responses: { 201: json(z.object({ decision: DecisionSchema }), 'The decision as recorded'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    // The suggestion the decision answers is the one shown for this case: the server recomputes
    // it rather than trusting the client's copy, so the recorded outcome cannot be misreported.
    const { suggestion } = await caseSuggestion(c, id, 10);
    const recorded = await recordDecision(
      c.get('deps').database.db,
      c.get('staff'),
      id,
      suggestion,
      { categoryId: body.categoryId ?? null, unitId: body.unitId ?? null, note: body.note ?? null, idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null },
      c.get('deps').clock.now(),
    );
    if (recorded.replayed) c.header('idempotent-replayed', 'true');
    return c.json({ decision: recorded.body }, 201);
  },
);

export const suggestionsRoutes = router;
