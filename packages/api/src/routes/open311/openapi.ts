/**
 * The Open311 routes in the OpenAPI document. They are plain Hono routes (the format is part of
 * the resource name, `services.json`, which a zod route cannot express), so they are described
 * here, with the paths as GeoReport writes them: `/open311/v2/services/{service_code}.{format}`.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { open311Formats } from '../../services/open311/format.js';
import { maxPageSize, maxWindowDays } from './params.js';
import {
  Open311CreatedSchema,
  Open311DiscoverySchema,
  Open311ErrorsSchema,
  Open311RequestSchema,
  Open311ServiceDefinitionSchema,
  Open311ServiceSchema,
  Open311TokenSchema,
} from './schemas.js';

const FormatParam = z.enum(open311Formats).openapi({ param: { name: 'format', in: 'path' }, description: 'json or xml' });

const JurisdictionQuery = z.object({
  jurisdiction_id: z.string().optional().openapi({ description: 'The city id (e.g. zhaoyuan); the API key\'s city, or the platform\'s, when left out.' }),
});

const ReadQuery = JurisdictionQuery.extend({
  api_key: z.string().optional().openapi({ description: 'An integrator API key holding open311.read (or send it as a bearer token or the Huying-Api-Key header).' }),
  extensions: z.enum(['true', 'false']).optional().openapi({ description: 'true adds `extended_attributes` (tracking code, detailed status, kind, channel, holder, round).' }),
  locale: z.string().optional().openapi({ description: 'en for English status notes; Chinese otherwise (Accept-Language works too).' }),
});

const answer = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema }, 'text/xml': { schema: z.string().openapi({ description: 'The same document in GeoReport v2 XML' }) } },
});

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: 'GeoReport v2 errors',
        content: { 'application/json': { schema: Open311ErrorsSchema }, 'text/xml': { schema: z.string() } },
      },
    ]),
  );

/** Either the api_key parameter or the key as a bearer token. */
const integratorSecurity: Record<string, string[]>[] = [{ open311ApiKey: [] }, { integratorKey: [] }];

export function documentOpen311(router: OpenAPIHono<AppEnv>): void {
  const registry = router.openAPIRegistry;
  registry.registerComponent('securitySchemes', 'open311ApiKey', {
    type: 'apiKey',
    in: 'query',
    name: 'api_key',
    description: 'Open311\'s api_key parameter: an integrator API key (hy_key_…). POST requests may carry it in the form.',
  });
  const tags = ['Open311'];

  registry.registerPath({
    method: 'get',
    path: '/discovery.{format}',
    tags,
    summary: 'Service discovery',
    description: 'Where the GeoReport v2 endpoint is, its formats, and how to obtain an API key.',
    request: { params: z.object({ format: FormatParam }), query: JurisdictionQuery },
    responses: { 200: answer('The discovery document', Open311DiscoverySchema), ...errors(400, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v2/services.{format}',
    tags,
    summary: 'List services',
    description: 'One service per active category of the city (the service code is the category code), plus `other` for requests the command centre classifies.',
    request: { params: z.object({ format: FormatParam }), query: JurisdictionQuery },
    responses: { 200: answer('The services', z.array(Open311ServiceSchema)), ...errors(400, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v2/services/{service_code}.{format}',
    tags,
    summary: 'Service definition',
    description: 'The attributes a request of this service may answer: the kind of request, its urgency and a title.',
    request: {
      params: z.object({ service_code: z.string().openapi({ param: { name: 'service_code', in: 'path' }, example: '01.02.01' }), format: FormatParam }),
      query: JurisdictionQuery,
    },
    responses: { 200: answer('The service definition', Open311ServiceDefinitionSchema), ...errors(400, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v2/requests.{format}',
    tags,
    summary: 'File a service request',
    description:
      'Files a case (channel `open311`), routed like any other. Form-encoded; needs an API key holding open311.submit. Say where with lat and long, address_string or address_id (a building id). Answers to the service\'s attributes go as attribute[kind], attribute[urgency], attribute[title]. email, device_id and account_id are accepted but not kept. Send an Idempotency-Key header so a retry files nothing twice.',
    security: integratorSecurity,
    request: {
      params: z.object({ format: FormatParam }),
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: z
              .object({
                api_key: z.string(),
                jurisdiction_id: z.string().optional(),
                service_code: z.string().openapi({ example: '01.02.01' }),
                lat: z.string().optional(),
                long: z.string().optional(),
                address_string: z.string().optional(),
                address_id: z.string().optional(),
                description: z.string().openapi({ example: '小区门口人行道堆放沙石水泥，妨碍通行' }),
                media_url: z.string().optional(),
                first_name: z.string().optional(),
                last_name: z.string().optional(),
                phone: z.string().optional(),
                email: z.string().optional(),
                device_id: z.string().optional(),
                account_id: z.string().optional(),
                'attribute[kind]': z.string().optional(),
                'attribute[urgency]': z.string().optional(),
                'attribute[title]': z.string().optional(),
                extensions: z.enum(['true', 'false']).optional(),
                locale: z.string().optional(),
              })
              .openapi('Open311RequestForm'),
          },
        },
      },
    },
    responses: { 200: answer('The new request', Open311CreatedSchema), ...errors(400, 403, 404, 413, 415, 422) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v2/requests.{format}',
    tags,
    summary: 'Query service requests',
    description: `Newest first. Without dates, the last ${maxWindowDays} days; start_date and end_date may not span more than ${maxWindowDays} days. service_request_id overrides every other filter. Pages of up to ${maxPageSize} (page, page_size). A key limited to a unit sees the cases its subtree holds.`,
    security: integratorSecurity,
    request: {
      params: z.object({ format: FormatParam }),
      query: ReadQuery.extend({
        service_request_id: z.string().optional().openapi({ description: 'Tracking codes, comma-delimited' }),
        service_code: z.string().optional().openapi({ description: 'Service codes, comma-delimited' }),
        start_date: z.string().optional().openapi({ description: 'ISO 8601 with a time zone; requests filed at or after it' }),
        end_date: z.string().optional().openapi({ description: 'ISO 8601 with a time zone; requests filed before it' }),
        status: z.string().optional().openapi({ description: 'open, closed, or both comma-delimited' }),
        page: z.string().optional().openapi({ description: 'From 1' }),
        page_size: z.string().optional().openapi({ description: `1 to ${maxPageSize}` }),
      }),
    },
    responses: { 200: answer('The requests', z.array(Open311RequestSchema)), ...errors(400, 403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v2/requests/{service_request_id}.{format}',
    tags,
    summary: 'One service request',
    security: integratorSecurity,
    request: {
      params: z.object({ service_request_id: z.string().openapi({ param: { name: 'service_request_id', in: 'path' }, description: 'The tracking code' }), format: FormatParam }),
      query: ReadQuery,
    },
    responses: { 200: answer('A list of one request', z.array(Open311RequestSchema)), ...errors(403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v2/tokens/{token_id}.{format}',
    tags,
    summary: 'The request behind a token',
    description: 'Requests are created at once, so every token resolves; the token is the one POST requests answered with.',
    security: integratorSecurity,
    request: {
      params: z.object({ token_id: z.string().openapi({ param: { name: 'token_id', in: 'path' } }), format: FormatParam }),
      query: JurisdictionQuery.extend({ api_key: z.string().optional() }),
    },
    responses: { 200: answer('The token and its request', Open311TokenSchema), ...errors(403, 404) },
  });
}
