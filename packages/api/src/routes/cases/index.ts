import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { requestCityId } from '../../http/city.js';
import { withAttachmentLinks } from '../../services/attachments/attachments.js';
import { submitCase } from '../../services/cases/submit.js';
import { kioskReport } from '../../services/kiosks/kiosks.js';
import { signTokenCity } from '../../services/qr/signs.js';
import { residentCommand, trackCase } from '../../services/cases/tracking.js';
import {
  CaseKindSchema,
  CaseStatusViewSchema,
  ChannelSchema,
  problemResponses,
  RatingLevelSchema,
  ResidentCaseViewSchema,
  UrgencySchema,
} from '../schemas.js';

const SubmitCaseBody = z
  .object({
    kind: CaseKindSchema,
    channel: ChannelSchema.exclude(['open311', 'hotline', 'patrol', 'counter', 'kiosk']).default('web').openapi({
      description: 'Public submissions come from the web or a QR scan; other channels have their own authenticated intake.',
    }),
    urgency: UrgencySchema.optional(),
    categoryId: z.uuid().nullish(),
    buildingId: z.uuid().nullish(),
    qrToken: z
      .string()
      .max(64)
      .nullish()
      .openapi({ description: 'The token of the scanned sign (the last part of its `/s/{token}` address). It sets the building and the channel `qr`; a different `buildingId` beside it is refused.' }),
    address: z.string().trim().max(300).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    title: z.string().trim().max(200).nullish(),
    attachmentIds: z
      .array(z.uuid())
      .max(9, 'attach at most 9 files')
      .optional()
      .openapi({ description: 'Photos uploaded beforehand with POST /attachments (each claimed once, within a day).' }),
    description: z.string().trim().min(5, 'describe the problem in at least 5 characters').max(5000),
    contact: z
      .object({ name: z.string().trim().max(100).nullish(), phone: z.string().trim().max(32).nullish() })
      .nullish()
      .openapi({ description: 'Leave out to report anonymously.' }),
    language: z.enum(['zh-CN', 'en']).optional(),
  })
  .strict()
  .openapi('SubmitCase', {
    example: {
      kind: 'complaint',
      channel: 'web',
      address: '招远市温泉街道金晖社区丽景苑小区',
      description: '小区门口人行道堆放沙石水泥，妨碍通行，请尽快清理。',
      contact: { phone: '13812341234' },
    },
  });

const SubmittedCaseSchema = z
  .object({ trackingCode: z.string(), secret: z.string(), trackingUrl: z.string(), case: ResidentCaseViewSchema })
  .openapi('SubmittedCase');

const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, 'use 1–255 visible ASCII characters, e.g. a UUID')
    .optional()
    .openapi({ description: 'A retry with the same key returns the first result instead of filing a second case.' }),
});

const TrackingParams = z.object({
  code: z.string().max(40).openapi({ param: { name: 'code', in: 'path' }, example: '2611-0372-8841' }),
});

const ProofQuery = z.object({
  secret: z.string().regex(/^\d{8}$/, 'the secret has 8 digits').optional(),
  phoneLast4: z.string().regex(/^\d{4}$/, 'give the last 4 digits of the contact phone').optional(),
});

const ProofBody = z.object({
  secret: z.string().regex(/^\d{8}$/, 'the secret has 8 digits').optional(),
  phoneLast4: z.string().regex(/^\d{4}$/, 'give the last 4 digits of the contact phone').optional(),
});

const requireProof = <T extends { secret?: string | undefined; phoneLast4?: string | undefined }>(body: T) => body.secret !== undefined || body.phoneLast4 !== undefined;

/** A resident's own action on their case: proof of ownership plus the action's fields. */
function residentActionRoute<Shape extends z.ZodRawShape>(action: string, summary: string, description: string, shape: Shape) {
  return createRoute({
    method: 'post',
    path: `/track/{code}/${action}`,
    tags: ['Tracking'],
    summary,
    description,
    request: {
      params: TrackingParams,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: ProofBody.extend(shape).strict().refine(requireProof, { message: 'send the secret or the phone digits', path: ['secret'] }),
          },
        },
      },
    },
    responses: {
      200: { description: 'The case after the action', content: { 'application/json': { schema: ResidentCaseViewSchema } } },
      ...problemResponses(400, 403, 404, 409),
    },
  });
}

export const casesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/cases',
      tags: ['Cases'],
      summary: 'Submit a case',
      description: 'Files a request from a resident. Send an `Idempotency-Key` so that a retry never files it twice.',
      request: {
        headers: IdempotencyHeaders,
        body: { required: true, content: { 'application/json': { schema: SubmitCaseBody } } },
      },
      responses: {
        201: { description: 'Filed', content: { 'application/json': { schema: SubmittedCaseSchema } } },
        ...problemResponses(400, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      // A kiosk's report gets the channel and the hall's place from its registration.
      const input = kioskReport(c.get('kiosk'), c.req.valid('json'));
      const key = c.req.valid('header')['idempotency-key'] ?? null;
      // A scanned sign knows its city: a report that names none (the scan page's does not) follows it.
      const namesCity = c.req.header('huying-city') !== undefined || c.req.query('city') !== undefined || c.get('site') !== undefined;
      const signCity = input.qrToken && !namesCity ? await signTokenCity(c.get('deps').database.db, input.qrToken) : null;
      const cityId = signCity ?? (await requestCityId(c));
      const result = await submitCase(c.get('deps'), { cityId, input, idempotencyKey: key });
      if (result.replayed) c.header('idempotent-replayed', 'true');
      c.header('location', `/api/v1/track/${result.body.trackingCode}`);
      return c.json(Object.assign({}, result.body, { case: await withAttachmentLinks(c.get('deps'), result.body.case) }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/track/{code}',
      tags: ['Tracking'],
      summary: 'Track a case',
      description:
        'Anyone with the tracking code sees the status. With the secret from the receipt (or the last 4 digits of the contact phone) the resident sees the whole case and its timeline.',
      request: { params: TrackingParams, query: ProofQuery },
      responses: {
        200: {
          description: 'The case',
          content: {
            'application/json': {
              schema: z.union([
                z.object({ verified: z.literal(false), case: CaseStatusViewSchema }),
                z.object({ verified: z.literal(true), case: ResidentCaseViewSchema }),
              ]),
            },
          },
        },
        ...problemResponses(400, 403, 404),
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const proof = c.req.valid('query');
      c.header('cache-control', 'no-store');
      const tracked = await trackCase(c.get('deps').database.db, code, proof);
      return c.json(tracked.verified ? { verified: true as const, case: await withAttachmentLinks(c.get('deps'), tracked.case) } : tracked, 200);
    },
  )
  .openapi(
    residentActionRoute('rating', 'Rate the reply', 'One rating per handling round. An unsatisfied rating can then reopen the case.', {
      level: RatingLevelSchema,
      comment: z.string().trim().max(1000).optional(),
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const { secret, phoneLast4, level, comment } = c.req.valid('json');
      const view = await residentCommand(c.get('deps'), code, { secret, phoneLast4 }, { type: 'rate', level, ...(comment ? { comment } : {}) });
      return c.json(await withAttachmentLinks(c.get('deps'), view), 200);
    },
  )
  .openapi(
    residentActionRoute('reopen', 'Reopen after an unsatisfied rating', 'Sends the case back into handling at the unit that replied, with new deadlines.', {
      reason: z.string().trim().min(2).max(1000),
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const { secret, phoneLast4, reason } = c.req.valid('json');
      const view = await residentCommand(c.get('deps'), code, { secret, phoneLast4 }, { type: 'reopen', reason });
      return c.json(await withAttachmentLinks(c.get('deps'), view), 200);
    },
  );
