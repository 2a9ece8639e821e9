import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { cases } from '../../db/schema/index.js';
import { caseKinds, caseStatuses } from '@huying/core';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { executeCaseCommand } from '../../services/cases/commands.js';
import {
  assertStaffCanSee,
  deadlineFilterStates,
  hotSpots,
  listPatrolReports,
  listStaffCases,
  staffCaseSorts,
  staffCaseSummary,
  staffCaseView,
  supervisionBoard,
} from '../../services/cases/staff-queries.js';
import { submitCase } from '../../services/cases/submit.js';
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

const PatrolReportBody = z
  .object({
    kind: CaseKindSchema.default('complaint'),
    urgency: UrgencySchema.optional(),
    categoryId: z.uuid().nullish(),
    buildingId: z.uuid().nullish(),
    address: z.string().trim().max(300).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    description: z.string().trim().min(5, 'describe the problem in at least 5 characters').max(5000),
    attachmentIds: z
      .array(z.uuid())
      .max(9, 'attach at most 9 files')
      .optional()
      .openapi({ description: 'Photos you uploaded beforehand with POST /attachments (only your own, each claimed once, within a day).' }),
  })
  .strict()
  .refine((body) => body.buildingId || body.address || (body.latitude != null && body.longitude != null), {
    message: 'say where: a building, an address, or the latitude and longitude',
    path: ['buildingId'],
  })
  .openapi('PatrolReport', {
    example: { kind: 'complaint', buildingId: '8d0f8f0e-3f1e-4a53-9c1a-4a0d4f0b6c11', description: '3号楼东侧井盖破损，夜间行人容易踩空' },
  });

const PatrolReportReceiptSchema = z
  .object({ trackingCode: z.string(), case: StaffCaseSummarySchema })
  .openapi('PatrolReportReceipt');

router.openapi(
  createRoute({
    method: 'post',
    path: '/staff/patrol-reports',
    tags: ['Staff'],
    summary: 'Report a problem found on patrol (channel `patrol`), opened at your own unit',
    description:
      'A grid member\'s quick report: the case opens at the reporter\'s unit, which then accepts and works it or sends it up like any other. Send an `Idempotency-Key` so that a retry on a weak connection never files it twice (keys are your own).',
    security,
    request: {
      headers: z.object({ 'idempotency-key': z.string().regex(/^[\x21-\x7e]{1,255}$/, 'use 1–255 visible ASCII characters, e.g. a UUID').optional() }),
      body: { required: true, content: { 'application/json': { schema: PatrolReportBody } } },
    },
    responses: {
      201: { description: 'Filed', content: { 'application/json': { schema: PatrolReportReceiptSchema } } },
      ...problemResponses(400, 401, 403, 404, 422),
    },
  }),
  async (c) => {
    const staff = c.get('staff');
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const result = await submitCase(deps, {
      cityId: staff.cityId,
      input: { ...body, channel: 'patrol', language: 'zh-CN' },
      idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null,
      reporter: staff,
    });
    if (result.replayed) c.header('idempotent-replayed', 'true');
    const [filed] = await deps.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.cityId, staff.cityId), eq(cases.trackingCode, result.body.trackingCode)));
    const summary = filed && (await staffCaseSummary(deps.database.db, filed.id, deps.clock.now()));
    if (!summary) throw new Error(`the patrol report ${result.body.trackingCode} was filed but cannot be read back`);
    return c.json({ trackingCode: result.body.trackingCode, case: summary }, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/patrol-reports',
    tags: ['Staff'],
    summary: 'Your own patrol reports, newest first, with where each stands',
    security,
    request: { query: z.object({ limit: limitSchema(100, 20), cursor: z.string().max(200).optional() }) },
    responses: {
      200: { description: 'A page of your reports', content: { 'application/json': { schema: z.object({ data: z.array(StaffCaseSummarySchema), nextCursor: z.string().nullable() }) } } },
      ...problemResponses(400, 401, 403),
    },
  }),
  async (c) => {
    const { database, clock } = c.get('deps');
    return c.json(await listPatrolReports(database.db, c.get('staff'), c.req.valid('query'), clock.now()), 200);
  },
);

const HotSpotSchema = z
  .object({
    building: z.object({ id: z.uuid(), name: z.string() }),
    cases: z.number().int().openapi({ description: 'Cases filed at the building in the window.' }),
    open: z.number().int().openapi({ description: 'Of those, the ones still open.' }),
    categories: z.array(z.object({ id: z.uuid(), name: z.string(), cases: z.number().int() })).openapi({ description: 'The categories most filed there (up to three).' }),
    latestAt: z.iso.datetime(),
  })
  .openapi('HotSpot');

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/hot-spots',
    tags: ['Staff'],
    summary: 'Buildings where cases gather, most first',
    description: 'Among the cases you may see, the buildings with at least `minCases` cases filed in the last `days` days.',
    security,
    request: {
      query: z.object({
        days: z.coerce.number().int().min(1).max(90).default(7),
        minCases: z.coerce.number().int().min(1).max(100).default(2),
        limit: limitSchema(50, 10),
      }),
    },
    responses: {
      200: { description: 'The hot spots', content: { 'application/json': { schema: z.object({ data: z.array(HotSpotSchema) }) } } },
      ...problemResponses(400, 401, 403),
    },
  }),
  async (c) => {
    const { database, clock } = c.get('deps');
    return c.json({ data: await hotSpots(database.db, c.get('staff'), c.req.valid('query'), clock.now()) }, 200);
  },
);

const SupervisionBoardSchema = z
  .object({
    overdue: z.array(StaffCaseSummarySchema).openapi({ description: 'Cases past a running deadline, earliest first.' }),
    supervised: z.array(StaffCaseSummarySchema).openapi({ description: 'Cases under a supervision notice not answered yet.' }),
    units: z
      .array(
        z.object({
          unit: UnitSummarySchema,
          held: z.number().int(),
          overdue: z.number().int(),
          nearing: z.number().int(),
          supervised: z.number().int(),
        }),
      )
      .openapi({ description: 'Per holding unit: open cases, overdue, past the warning time, under supervision; most overdue first.' }),
  })
  .openapi('SupervisionBoard');

router.openapi(
  createRoute({
    method: 'get',
    path: '/staff/supervision-board',
    tags: ['Staff'],
    summary: 'Overdue and supervised cases across every unit of your subtree, and each unit\'s count',
    security,
    request: { query: z.object({ limit: limitSchema(200, 50) }) },
    responses: {
      200: { description: 'The board', content: { 'application/json': { schema: SupervisionBoardSchema } } },
      ...problemResponses(400, 401, 403),
    },
  }),
  async (c) => {
    const { database, clock } = c.get('deps');
    return c.json(await supervisionBoard(database.db, c.get('staff'), c.req.valid('query'), clock.now()), 200);
  },
);

// Behind the same staff authentication.
router.route('/', loopSettingsRoutes);
router.route('/', supervisionRoutes);

export const staffRoutes = router;
