/**
 * Supervision notices (督办单) and deadline warnings (预警) for the units that receive them.
 * Mounted inside the staff routes, behind their authentication.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { answerSupervisionNotice, getSupervisionNotice, listDeadlineWarnings, listSupervisionNotices } from '../../services/loop/supervision.js';
import { DeadlineStepSchema } from '../loop/schemas.js';
import { IdParams, limitSchema, problemResponses, UnitSummarySchema } from '../schemas.js';

const security = [{ staffToken: [] }];
const tags = ['Supervision'];

const NoticeSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    trackingCode: z.string(),
    caseTitle: z.string(),
    unit: UnitSummarySchema,
    round: z.number().int(),
    step: DeadlineStepSchema.nullable(),
    deadlineDueAt: z.iso.datetime().nullable(),
    reason: z.string(),
    issuedBy: z.object({ type: z.enum(['system', 'staff']), unitId: z.uuid().nullable(), accountId: z.uuid().nullable() }),
    issuedAt: z.iso.datetime(),
    answerDueAt: z.iso.datetime().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    answer: z.string().nullable(),
    overdue: z.boolean().openapi({ description: 'Open and past its answer time.' }),
  })
  .openapi('SupervisionNotice');

const WarningSchema = z
  .object({
    id: z.number().int(),
    caseId: z.uuid(),
    trackingCode: z.string(),
    caseTitle: z.string(),
    unit: UnitSummarySchema,
    round: z.number().int(),
    step: DeadlineStepSchema,
    level: z.enum(['nearing', 'overdue']),
    dueAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi('DeadlineWarning');

const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });

const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/supervision-notices',
    tags,
    security,
    summary: 'Supervision notices sent to your unit (or below it, or issued by it), newest first',
    request: {
      query: z.object({
        status: z.enum(['open', 'answered', 'all']).default('open'),
        scope: z.enum(['unit', 'subtree', 'issued']).default('unit'),
        overdue: z.enum(['true', 'false']).optional().openapi({ description: 'Only open notices past their answer time.' }),
        limit: limitSchema(200, 50),
        cursor: z.string().max(200).optional(),
      }),
    },
    responses: { 200: { description: 'A page of notices', content: { 'application/json': { schema: page(NoticeSchema) } } }, ...problemResponses(400, 401) },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const deps = c.get('deps');
    const result = await listSupervisionNotices(
      deps.database.db,
      c.get('staff'),
      { status: query.status, scope: query.scope, overdue: query.overdue === 'true', limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) },
      deps.clock.now(),
    );
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/supervision-notices/{id}',
    tags,
    security,
    summary: 'One supervision notice',
    request: { params: IdParams },
    responses: { 200: { description: 'The notice', content: { 'application/json': { schema: NoticeSchema } } }, ...problemResponses(400, 401, 404) },
  }),
  async (c) => {
    const deps = c.get('deps');
    return c.json(await getSupervisionNotice(deps.database.db, c.get('staff'), c.req.valid('param').id, deps.clock.now()), 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/supervision-notices/{id}/answer',
    tags,
    security,
    summary: 'Answer a supervision notice sent to your unit (recorded on the case)',
    request: {
      params: IdParams,
      body: { required: true, content: { 'application/json': { schema: z.object({ answer: z.string().trim().min(1).max(4000) }).strict() } } },
    },
    responses: { 200: { description: 'The answered notice', content: { 'application/json': { schema: NoticeSchema } } }, ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  async (c) => c.json(await answerSupervisionNotice(c.get('deps'), c.get('staff'), c.req.valid('param').id, c.req.valid('json').answer), 200),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/deadline-warnings',
    tags,
    security,
    summary: 'Deadline warnings for your unit (or your subtree), newest first',
    request: {
      query: z.object({
        level: z.enum(['nearing', 'overdue']).optional(),
        scope: z.enum(['unit', 'subtree']).default('unit'),
        since: z.iso.datetime({ offset: true }).optional(),
        limit: limitSchema(200, 50),
        cursor: z.string().max(200).optional(),
      }),
    },
    responses: { 200: { description: 'A page of warnings', content: { 'application/json': { schema: page(WarningSchema) } } }, ...problemResponses(400, 401) },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const result = await listDeadlineWarnings(c.get('deps').database.db, c.get('staff'), {
      scope: query.scope,
      limit: query.limit,
      ...(query.level ? { level: query.level } : {}),
      ...(query.since ? { since: new Date(query.since) } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return c.json(result, 200);
  },
);

export const supervisionRoutes = router;
