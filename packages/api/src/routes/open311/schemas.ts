/**
 * The Open311 GeoReport v2 documents, as zod schemas for the OpenAPI document (and so the SDK's
 * types). They follow the official JSON Schemas; the tests check real answers against those.
 */
import { z } from '@hono/zod-openapi';
import { caseKinds, caseStatuses, urgencies } from '@huying/core';

export const Open311ErrorsSchema = z
  .array(z.object({ code: z.number().int().openapi({ example: 400 }), description: z.string() }))
  .openapi('Open311Errors', { description: 'GeoReport v2 errors: the HTTP status as `code`, and what to fix.' });

export const Open311DiscoverySchema = z
  .object({
    changeset: z.string(),
    contact: z.string(),
    key_service: z.string(),
    endpoints: z.array(
      z.object({ specification: z.string(), url: z.string(), changeset: z.string(), type: z.enum(['production', 'test']), formats: z.array(z.string()) }),
    ),
  })
  .openapi('Open311Discovery');

export const Open311ServiceSchema = z
  .object({
    service_code: z.string().openapi({ example: '01.02.01' }),
    service_name: z.string(),
    description: z.string().nullable(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string().nullable(),
    group: z.string().nullable(),
  })
  .openapi('Open311Service');

export const Open311ServiceDefinitionSchema = z
  .object({
    service_code: z.string(),
    attributes: z.array(
      z.object({
        variable: z.boolean(),
        code: z.string(),
        datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
        required: z.boolean(),
        datatype_description: z.string().nullable(),
        order: z.number().int(),
        description: z.string(),
        values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
      }),
    ),
  })
  .openapi('Open311ServiceDefinition');

const zoned = (description: string) => z.string().openapi({ description: `${description} ISO 8601 with the city's offset.`, example: '2026-03-02T09:00:00+08:00' });

export const Open311RequestSchema = z
  .object({
    service_request_id: z.string().openapi({ description: 'The tracking code', example: '2603-0372-8841' }),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable().openapi({ description: 'Where the case stands in the loop; for a replied case, the reply.' }),
    service_name: z.string().nullable(),
    service_code: z.string(),
    description: z.string().nullable(),
    agency_responsible: z.string().nullable().openapi({ description: 'The unit holding the case now' }),
    service_notice: z.string().nullable(),
    requested_datetime: zoned('When it was filed.'),
    updated_datetime: zoned('When it last changed; for a closed request, when it was closed.').nullable(),
    expected_datetime: zoned('The resolution deadline of the current round, in the city\'s working time.').nullable(),
    address: z.string().nullable(),
    address_id: z.string().nullable().openapi({ description: 'The building id, when the case names a building' }),
    zipcode: z.string().nullable(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    media_url: z.string().nullable(),
    extended_attributes: z
      .object({
        tracking_code: z.string(),
        title: z.string(),
        kind: z.enum(caseKinds),
        channel: z.string(),
        urgency: z.enum(urgencies),
        detailed_status: z.enum(caseStatuses),
        round: z.number().int(),
        category: z.object({ level1: z.string(), level2: z.string(), level3: z.string() }).nullable(),
        agency_responsible_id: z.string(),
        agency_responsible_kind: z.string(),
        closed_datetime: z.string().nullable(),
      })
      .optional()
      .openapi({ description: 'Only with extensions=true.' }),
  })
  .openapi('Open311Request');

export const Open311CreatedSchema = z
  .array(
    z.object({
      service_request_id: z.string(),
      token: z.string().openapi({ description: 'Resolves to the same service_request_id through GET tokens' }),
      service_notice: z.string(),
      account_id: z.null(),
      extended_attributes: z
        .object({ tracking_url: z.string().openapi({ description: 'The resident\'s tracking link, with the secret that shows them the whole case' }) })
        .optional()
        .openapi({ description: 'Only with extensions=true.' }),
    }),
  )
  .openapi('Open311Created');

export const Open311TokenSchema = z.array(z.object({ service_request_id: z.string(), token: z.string() })).openapi('Open311Token');
