import { createRoute, z } from '@hono/zod-openapi';
import { caseKinds, caseStatuses } from '@huying/core';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { executeCaseCommand } from '../../services/cases/commands.js';
import { assertStaffCanSee, deadlineFilterStates, listStaffCases, staffCaseSorts, staffCaseView } from '../../services/cases/staff-queries.js';
import {
  AttachmentSchema,
  CaseKindSchema,
  CaseStatusSchema,
  CategorySummarySchema,
  ChannelSchema,
  csvEnum,
  IdParams,
  limitSchema,
  PlaceSchema,
  problemResponses,
  RatingLevelSchema,
  TimelineEntrySchema,
  UnitSummarySchema,
  UrgencySchema,
} from '../schemas.js';
import { loopSettingsRoutes } from '../loop/index.js';
import { DeadlineSchema, DeadlineStepSchema, ExtensionRequestSchema, OpenSupervisionSchema } from '../loop/schemas.js';
import { supervisionRoutes } from '../supervision/index.js';
import { staffCaseActions, withExpectedVersion, type StaffCaseAction } from './commands.js';

const security = [{ staffToken: [] }];

const StaffCaseSummarySchema = z
  .object({
    id: z.uuid(),
    trackingCode: z.string(),
    kind: CaseKindSchema,
    channel: ChannelSchema,
    urgency: UrgencySchema,
    status: CaseStatusSchema,
    title: z.string(),
    category: CategorySummarySchema.nullable(),
    building: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    holder: UnitSummarySchema,
    round: z.number().int(),
    hops: z.number().int(),
    dueAt: z.iso.datetime().nullable().openapi({ description: 'The earliest running deadline.' }),
    resolutionDueAt: z.iso.datetime().nullable(),
    deadline: z
      .object({
        step: DeadlineStepSchema,
        state: z.enum(['running', 'nearing', 'overdue', 'paused']),
        dueAt: z.iso.datetime(),
        warnAt: z.iso.datetime(),
      })
      .nullable()
      .openapi({ description: 'The most pressing deadline and how it stands now: overdue before nearing (the warning time passed) before running before paused, then the earliest.' }),
    openSupervisions: z.number().int().openapi({ description: 'Supervision notices on the case not answered yet.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('StaffCaseSummary');

const StaffCaseViewSchema = StaffCaseSummarySchema.omit({ building: true, deadline: true, openSupervisions: true })
  .extend({
    open: z.boolean(),
    version: z.number().int(),
    description: z.string(),
    language: z.string(),
    place: PlaceSchema,
    attachments: z.array(AttachmentSchema),
    contact: z
      .object({
        name: z.string().nullable(),
        phone: z.string().nullable().openapi({ description: 'Always masked (138****1234).' }),
        revealable: z.boolean().openapi({ description: 'Your unit holds the case: POST …/contact/reveal gives the full number (audited).' }),
      })
      .nullable(),
    rating: RatingLevelSchema.nullable(),
    arrival: z.string(),
    dispatcherUnitId: z.uuid().nullable(),
    returnedByUnitId: z.uuid().nullable(),
    joint: z.unknown().nullable(),
    coUnitIds: z.array(z.uuid()),
    deadlines: z.array(DeadlineSchema),
    acceptDueAt: z.iso.datetime().nullable(),
    firstResponseDueAt: z.iso.datetime().nullable(),
    resolutionDueAt: z.iso.datetime().nullable(),
    pausedAt: z.iso.datetime().nullable().openapi({ description: 'Set while the case waits for the resident: the clock is stopped.' }),
    closesAt: z.iso.datetime().nullable().openapi({ description: 'When the platform closes the resolved or rated case by itself.' }),
    supervisions: z.array(OpenSupervisionSchema),
    pendingExtension: ExtensionRequestSchema.nullable(),
    firstRating: RatingLevelSchema.nullable(),
    finalRating: RatingLevelSchema.nullable(),
    returnRulings: z.array(z.object({ at: z.iso.datetime(), returnedByUnitId: z.string(), upheld: z.boolean(), rulingUnitId: z.uuid().nullable() })),
    acceptedAt: z.iso.datetime().nullable(),
    respondedAt: z.iso.datetime().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    allowedActions: z.array(z.string()),
    timeline: z.array(
      z.object({
        seq: z.number().int(),
        type: z.string(),
        at: z.iso.datetime(),
        actor: z.object({ type: z.enum(['resident', 'staff', 'system']), accountId: z.uuid().nullable(), unitId: z.uuid().nullable() }),
        fromStatus: CaseStatusSchema.nullable(),
        toStatus: CaseStatusSchema,
        unit: UnitSummarySchema,
        fromUnit: UnitSummarySchema.nullable(),
        reason: z.string().nullable(),
        round: z.number().int(),
        payload: z.record(z.string(), z.unknown()),
        timers: z.unknown().nullable().openapi({ description: 'The deadlines after the event, when it changed them.' }),
      }),
    ),
    residentTimeline: z.array(TimelineEntrySchema),
  })
  .openapi('StaffCaseView');

const router = createRouter();
router.use('/staff/*', requireStaff);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/cases',
    tags: ['Staff'],
    summary: 'Cases held in your unit\'s subtree, newest first',
    security,
    request: {
      query: z.object({
        status: csvEnum(caseStatuses),
        kind: csvEnum(caseKinds),
        categoryId: z.uuid().optional(),
        buildingId: z.uuid().optional(),
        scope: z.enum(['held', 'subtree', 'parts']).default('subtree').openapi({
          description: '`held`: your unit holds it; `subtree`: held at or below your unit; `parts`: joint handlings where your unit has a part to report.',
        }),
        dueBefore: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Only cases with a running deadline due by then; now gives the overdue ones.' }),
        deadline: csvEnum(deadlineFilterStates).openapi({
          description: 'Only cases whose most pressing running deadline is `overdue`, `nearing` (its warning time passed), `running` (neither), or that have `none` running; comma-separated.',
        }),
        sort: z.enum(staffCaseSorts).default('newest').openapi({ description: '`newest` or `oldest` filed first, or `due`: the earliest running deadline first (cases without one last).' }),
        limit: limitSchema(200, 50),
        cursor: z.string().max(200).optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of cases',
        content: { 'application/json': { schema: z.object({ data: z.array(StaffCaseSummarySchema), nextCursor: z.string().nullable() }) } },
      },
      ...problemResponses(400, 401),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const { database, clock } = c.get('deps');
    const result = await listStaffCases(database.db, c.get('staff'), {
      ...(query.status ? { status: query.status } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.categoryId ? { categoryId: query.categoryId } : {}),
      ...(query.buildingId ? { buildingId: query.buildingId } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
      ...(query.dueBefore ? { dueBefore: new Date(query.dueBefore) } : {}),
      ...(query.deadline ? { deadline: query.deadline } : {}),
      scope: query.scope,
      sort: query.sort,
      limit: query.limit,
    }, clock.now());
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/cases/{id}',
    tags: ['Staff'],
    summary: 'One case with its full timeline and the actions you may take now',
    security,
    request: { params: IdParams },
    responses: {
      200: { description: 'The case', content: { 'application/json': { schema: StaffCaseViewSchema } } },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => c.json(await staffCaseView(c.get('deps').database.db, c.get('staff'), c.req.valid('param').id, c.get('deps').clock.now()), 200),
);

for (const [action, definition] of Object.entries(staffCaseActions) as [StaffCaseAction, (typeof staffCaseActions)[StaffCaseAction]][]) {
  router.openapi(
    createRoute({
      method: 'post',
      path: `/staff/cases/{id}/${action}`,
      tags: ['Case actions'],
      summary: definition.summary,
      security,
      request: {
        params: IdParams,
        body: { required: true, content: { 'application/json': { schema: withExpectedVersion(definition.body) } } },
      },
      responses: {
        200: { description: 'The case after the action', content: { 'application/json': { schema: StaffCaseViewSchema } } },
        ...problemResponses(400, 401, 403, 404, 409, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { expectedVersion, ...body } = c.req.valid('json') as { expectedVersion?: number } & Record<string, unknown>;
      const staff = c.get('staff');
      const deps = c.get('deps');
      await assertStaffCanSee(deps.database.db, staff, id);
      const actor = { type: 'staff', accountId: staff.accountId, unit: staff.unit } as const;
      const then = 'then' in definition ? definition.then(body as never) : null;
      // An action and its follow-up (a reply closed at once) succeed or fail together.
      await deps.database.db.transaction(async (tx) => {
        await executeCaseCommand(deps, { caseId: id, cityId: staff.cityId, command: definition.toCommand(body as never), actor, expectedVersion, tx });
        if (then) await executeCaseCommand(deps, { caseId: id, cityId: staff.cityId, command: then, actor, tx });
      });
      return c.json(await staffCaseView(deps.database.db, staff, id, deps.clock.now()), 200);
    },
  );
}

// Behind the same staff authentication.
router.route('/', loopSettingsRoutes);
router.route('/', supervisionRoutes);

export const staffRoutes = router;
