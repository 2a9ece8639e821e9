import { z } from '@hono/zod-openapi';
import { caseKinds, caseStatuses, channels, ratingLevels, unitKinds, urgencies } from '@huying/core';

/** Schemas shared by several areas. Each `.openapi(name)` becomes a component of the OpenAPI document. */

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** Error responses every route may give, documented once. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );

/** A required JSON request body, for `createRoute`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** A JSON response, for `createRoute`. */
export const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

export const uuidSchema = z.uuid();
export const IdParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const UnitSummarySchema = z
  .object({ id: z.uuid(), name: z.string(), kind: z.enum(unitKinds) })
  .openapi('UnitSummary');

export const CategorySummarySchema = z
  .object({ id: z.uuid(), code: z.string(), level1: z.string(), level2: z.string(), level3: z.string() })
  .openapi('CategorySummary');

export const AttachmentSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(255),
    contentType: z.string().min(1).max(100),
    size: z.number().int().nonnegative(),
  })
  .openapi('Attachment');

/** An attachment as a case view shows it: with a signed, expiring link when the file is stored here. */
export const AttachmentViewSchema = AttachmentSchema.extend({
  url: z.string().nullable().optional().openapi({ description: 'A signed link to the content, valid for one to two hours; null or absent when the file is not stored on the platform or the view carries no links.' }),
}).openapi('AttachmentView');

export const CitationSchema = z
  .object({
    documentId: z.string().min(1).max(100),
    title: z.string().min(1).max(300),
    articleNumber: z.string().max(50).nullable(),
    articleId: z.string().max(100).nullable(),
    version: z.string().max(50).nullable(),
  })
  .openapi('Citation');

export const CitationLinkSchema = CitationSchema.extend({
  href: z.string().openapi({ description: 'Where the resident reads the cited provision (an API path of the knowledge base)' }),
}).openapi('CitationLink');

export const CaseKindSchema = z.enum(caseKinds).openapi('CaseKind');
export const CaseStatusSchema = z.enum(caseStatuses).openapi('CaseStatus');
export const ChannelSchema = z.enum(channels).openapi('Channel');
export const UrgencySchema = z.enum(urgencies).openapi('Urgency');
export const RatingLevelSchema = z.enum(ratingLevels).openapi('RatingLevel');

/** Accepts `a,b` or repeated `?x=a&x=b` for list filters in a query string. */
export const csvEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

export const limitSchema = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const TimelineEntrySchema = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    at: z.iso.datetime(),
    status: CaseStatusSchema,
    unit: UnitSummarySchema,
    fromUnit: UnitSummarySchema.nullable(),
    message: z.string().nullable(),
    attachments: z.array(AttachmentViewSchema),
    rating: RatingLevelSchema.nullable(),
    citations: z.array(CitationLinkSchema),
  })
  .openapi('TimelineEntry');

export const PlaceSchema = z
  .object({
    buildingId: z.uuid().nullable(),
    buildingName: z.string().nullable(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .openapi('Place');

export const CaseStatusViewSchema = z
  .object({
    trackingCode: z.string(),
    kind: CaseKindSchema,
    status: CaseStatusSchema,
    open: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('CaseStatusView');

export const ResidentCaseViewSchema = CaseStatusViewSchema.extend({
  title: z.string(),
  description: z.string(),
  channel: ChannelSchema,
  urgency: UrgencySchema,
  category: CategorySummarySchema.nullable(),
  place: PlaceSchema,
  holder: UnitSummarySchema,
  attachments: z.array(AttachmentViewSchema),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  round: z.number().int(),
  rating: RatingLevelSchema.nullable(),
  timeline: z.array(TimelineEntrySchema),
}).openapi('ResidentCaseView');
