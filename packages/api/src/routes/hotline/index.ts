import { createRoute, z } from '@hono/zod-openapi';
import { requestCityId } from '../../http/city.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { lookUpCaller, logHotlineCall } from '../../services/hotline/calls.js';
import { searchHotlines } from '../../services/hotline/directory.js';
import { CaseKindSchema, CaseStatusSchema, CitationSchema, jsonBody, jsonResponse, limitSchema, problemResponses, UnitSummarySchema, UrgencySchema } from '../schemas.js';

const HotlineLabelSchema = z.enum(['service', 'consult', 'complaint']).openapi('HotlineLabel', { description: 'service 服务热线, consult 咨询电话, complaint 投诉电话' });

const HotlineSchema = z
  .object({ id: z.uuid(), label: HotlineLabelSchema, number: z.string(), source: z.string(), unit: UnitSummarySchema })
  .openapi('Hotline');

const CallerHistorySchema = z
  .object({
    masked: z.string().openapi({ example: '139****5678' }),
    previousCalls: z.number().int().openapi({ description: 'Calls logged from this number before this one.' }),
    lastCallAt: z.iso.datetime().nullable(),
    recentCases: z.array(z.object({ trackingCode: z.string(), kind: CaseKindSchema, status: CaseStatusSchema, title: z.string(), calledAt: z.iso.datetime() })),
  })
  .openapi('HotlineCallerHistory');

const phoneText = z.string().trim().min(3).max(40);

const LogCallSchema = z
  .object({
    dialledNumber: phoneText.openapi({ description: 'The directory number the resident called.', example: '12345' }),
    callerNumber: phoneText.openapi({ description: 'The caller’s number (caller ID); kept only masked and as an HMAC.', example: '13912345678' }),
    kind: CaseKindSchema,
    description: z.string().trim().min(5).max(5000),
    title: z.string().trim().min(1).max(100).optional(),
    urgency: UrgencySchema.optional(),
    categoryId: z.uuid().optional(),
    buildingId: z.uuid().optional(),
    address: z.string().trim().min(1).max(300).optional(),
    caller: z
      .object({
        name: z.string().trim().min(1).max(50).optional(),
        callBack: z.boolean().optional().openapi({ description: 'The caller wants to be called back: their number goes on the case for its handlers.' }),
      })
      .strict()
      .optional(),
    answer: z
      .object({ reply: z.string().trim().min(2).max(5000), citations: z.array(CitationSchema).max(20).optional() })
      .strict()
      .optional()
      .openapi({ description: 'For a consultation answered on the call: the case is resolved at once with this reply.' }),
  })
  .strict()
  .openapi('LogHotlineCall');

const LoggedCallSchema = z
  .object({
    call: z.object({
      id: z.uuid(),
      dialled: HotlineSchema.omit({ source: true }),
      callerMasked: z.string(),
      answeredOnCall: z.boolean(),
      createdAt: z.iso.datetime(),
    }),
    case: z.object({ id: z.uuid(), trackingCode: z.string(), secret: z.string(), trackingUrl: z.string(), status: CaseStatusSchema }),
    caller: CallerHistorySchema,
  })
  .openapi('LoggedHotlineCall');

const router = createRouter();
router.use('/staff/hotline/*', requireStaff);

export const hotlineRoutes = router
  .openapi(
    createRoute({
      method: 'get',
      path: '/hotlines',
      tags: ['Hotline'],
      summary: 'The hotline directory: every unit’s public numbers',
      description: 'Search by any part of a number or by the unit’s name.',
      request: {
        query: z.object({
          q: z.string().trim().max(50).regex(/^[^\u0000]*$/, 'must not contain a NUL character').optional(),
          unitId: z.uuid().optional(),
          label: HotlineLabelSchema.optional(),
          limit: limitSchema(100, 20),
          offset: z.coerce.number().int().min(0).max(10_000).default(0),
          city: z.string().max(63).optional(),
        }),
      },
      responses: { 200: jsonResponse('Numbers', z.object({ data: z.array(HotlineSchema), total: z.number().int() })), ...problemResponses(400, 404) },
    }),
    async (c) => {
      const cityId = await requestCityId(c);
      return c.json(await searchHotlines(c.get('deps').database.db, cityId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/hotline/callers/lookup',
      tags: ['Hotline'],
      summary: 'How often a caller called before',
      description: 'For the operator while the phone rings. The number is sent in the body so that it stays out of URLs and logs.',
      security: [{ staffToken: [] }],
      request: { body: jsonBody(z.object({ callerNumber: phoneText }).strict().openapi('HotlineCallerLookup')) },
      responses: { 200: jsonResponse('The caller’s history', CallerHistorySchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await lookUpCaller(c.get('deps'), c.get('staff'), c.req.valid('json').callerNumber), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/hotline/calls',
      tags: ['Hotline'],
      summary: 'Log a hotline call as a case',
      description: 'Files a case of channel `hotline`, routed by the city’s intake rules, and records the call. A consultation answered on the call is resolved at once.',
      security: [{ staffToken: [] }],
      request: { body: jsonBody(LogCallSchema) },
      responses: { 201: jsonResponse('Logged', LoggedCallSchema), ...problemResponses(400, 401, 403, 409, 422) },
    }),
    async (c) => c.json(await logHotlineCall(c.get('deps'), c.get('staff'), c.req.valid('json')), 201),
  );
