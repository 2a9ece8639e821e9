/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), mounted at /open311: discovery,
 * services and their definitions, filing requests (form-encoded, with an integrator API key
 * holding `open311.submit`), reading them (a key holding `open311.read`), and tokens — each as
 * `.json` or `.xml`. Errors leave in the specification's own format, `[{ code, description }]`,
 * converted from the one problem path of the API so the statuses and texts stay the same.
 */
import { z } from '@hono/zod-openapi';
import type { IntegratorPermission } from '@huying/core';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../context.js';
import { onError } from '../../http/error-handler.js';
import { ProblemError, type Problem } from '../../http/problems.js';
import { createRouter, fieldErrors } from '../../http/router.js';
import { integratorKeyOf } from '../../http/staff-auth.js';
import { verifyIntegratorKey, type IntegratorPrincipal } from '../../services/auth/integrator-keys.js';
import { getCity } from '../../services/directory.js';
import { open311ContentTypes, open311Formats, splitFormat, toXml, type Open311Format } from '../../services/open311/format.js';
import {
  getOpen311Request,
  listOpen311Requests,
  resolveOpen311Token,
  submitOpen311Request,
  type NotesLanguage,
  type Open311Scope,
} from '../../services/open311/requests.js';
import { findServiceCategory, listOpen311Services, open311ServiceDefinition } from '../../services/open311/services.js';
import { documentOpen311 } from './openapi.js';
import { ListRequestsQuery, maxWindowDays, SubmitRequestForm } from './params.js';

/** When the Open311 surface last changed in a way clients notice (discovery's `changeset`). */
const changeset = '2026-03-01T00:00:00+08:00';

const formatOfPath = (path: string): Open311Format => (path.endsWith('.xml') ? 'xml' : 'json');

/** The answer in the format the resource asked for; `xml` builds it with GeoReport's element names. */
function respond(c: Context<AppEnv>, format: Open311Format, json: unknown, xml: () => string) {
  c.header('content-type', open311ContentTypes[format]);
  return c.body(format === 'json' ? JSON.stringify(json) : xml(), 200);
}

/** GeoReport v2 errors from a problem: one entry per field error, else the detail. */
function open311Errors(problem: Problem): { code: number; description: string }[] {
  const entries = problem.errors?.length ? problem.errors.map((error) => `${error.field}: ${error.message}`) : [problem.detail];
  return entries.map((description) => ({ code: problem.status, description }));
}

function languageOf(c: Context<AppEnv>, given: string | undefined): NotesLanguage {
  const wanted = given ?? c.req.header('accept-language') ?? '';
  return /^en\b/i.test(wanted) ? 'en' : 'zh-CN';
}

/** Throws the validation problem for a failed parse, naming every field. */
function parsed<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new ProblemError('validation-failed', errors.map((error) => `${error.field}: ${error.message}`).join('; '), { errors });
}

const jurisdictionPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

function checkedJurisdiction(given: string | undefined): string | undefined {
  if (given !== undefined && !jurisdictionPattern.test(given)) {
    throw new ProblemError('validation-failed', 'jurisdiction_id: a jurisdiction is a city id (lower-case letters, digits and dashes)', {
      errors: [{ field: 'jurisdiction_id', message: 'a jurisdiction is a city id (lower-case letters, digits and dashes)' }],
    });
  }
  return given;
}

/** The city a request is for: jurisdiction_id, else the key's city, else the platform's; unknown ones are a 404. */
async function cityFor(c: Context<AppEnv>, jurisdiction: string | undefined, integrator?: IntegratorPrincipal) {
  const id = checkedJurisdiction(jurisdiction) ?? integrator?.cityId ?? c.get('deps').defaultCityId;
  return getCity(c.get('deps').database.db, id);
}

/**
 * The integrator behind the request's API key, holding `permission` for the jurisdiction. GeoReport
 * answers a missing or invalid api_key with 403, and so do we.
 */
async function requireOpen311Key(c: Context<AppEnv>, permission: IntegratorPermission, jurisdiction: string | undefined, bodyKey?: string) {
  const key = integratorKeyOf(c) ?? bodyKey;
  if (!key) throw new ProblemError('forbidden', 'an api_key is required: send the integrator API key as the api_key parameter (or "Authorization: Bearer hy_key_…")');
  const { database, clock } = c.get('deps');
  const cityId = checkedJurisdiction(jurisdiction);
  const result = await verifyIntegratorKey(database.db, key, { permission, now: clock.now(), ...(cityId ? { cityId } : {}) });
  if (!result.ok) throw new ProblemError('forbidden', `invalid api_key: ${result.message}`);
  c.set('integrator', result.integrator);
  return result.integrator;
}

const scopeOf = (integrator: IntegratorPrincipal): Open311Scope => ({ cityId: integrator.cityId, unitId: integrator.unit?.id ?? null });

const formatted = (resource: string) => {
  const split = splitFormat(resource);
  if (!split) throw new ProblemError('not-found', 'add the format to the resource: .json or .xml');
  return split;
};

const tokenPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const serviceRequestIdPattern = /^[A-Za-z0-9-]{1,40}$/;

const open311 = createRouter();

open311.onError(async (error, c) => {
  const problemResponse = await onError(error, c);
  const problem = (await problemResponse.json()) as Problem;
  const headers = Object.fromEntries([...problemResponse.headers].filter(([name]) => name !== 'content-type' && name !== 'content-length'));
  const format = formatOfPath(c.req.path);
  const errors = open311Errors(problem);
  return new Response(format === 'json' ? JSON.stringify(errors) : toXml('errors', { error: errors }), {
    status: problem.status,
    headers: { ...headers, 'content-type': open311ContentTypes[format] },
  });
});

// Open311 clients run in other sites' pages too; nothing rides on cookies, and the key is the credential.
open311.use('*', cors({ origin: '*', allowHeaders: ['content-type', 'authorization', 'huying-api-key', 'idempotency-key', 'accept-language'], exposeHeaders: ['x-request-id'], maxAge: 600 }));
open311.use('/v2/*', (c, next) =>
  bodyLimit({
    maxSize: c.get('deps').bodyLimitBytes,
    onError: () => {
      throw new ProblemError('payload-too-large', `the request body is over ${c.get('deps').bodyLimitBytes} bytes`);
    },
  })(c, next),
);

for (const format of open311Formats) {
  open311.get(`/discovery.${format}`, async (c) => {
    const jurisdiction = c.req.query('jurisdiction_id');
    const city = await cityFor(c, jurisdiction);
    const { publicUrl } = c.get('deps');
    const discovery = {
      changeset,
      contact: `${city.name} ${city.nameEn}: hotline ${city.hotline}`,
      key_service: `API keys are issued by the city's administrators (POST ${publicUrl}/api/v1/admin/api-keys); see ${publicUrl}/docs`,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${publicUrl}/open311/v2`,
          changeset,
          type: 'production' as const,
          formats: ['text/xml', 'application/json'],
        },
      ],
    };
    return respond(c, format, discovery, () =>
      toXml('discovery', { ...discovery, endpoints: { endpoint: discovery.endpoints.map((endpoint) => ({ ...endpoint, formats: { format: endpoint.formats } })) } }),
    );
  });

  open311.get(`/v2/services.${format}`, async (c) => {
    const city = await cityFor(c, c.req.query('jurisdiction_id'));
    const services = await listOpen311Services(c.get('deps').database.db, city.id);
    return respond(c, format, services, () => toXml('services', { service: services }));
  });

  open311.post(`/v2/requests.${format}`, async (c) => {
    const contentType = c.req.header('content-type') ?? '';
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) {
      throw new ProblemError('unsupported-media-type', 'send the request form-encoded (application/x-www-form-urlencoded), as GeoReport v2 does');
    }
    const body = await c.req.parseBody({ all: true });
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(body)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((entry) => typeof entry !== 'string')) throw new ProblemError('validation-failed', `${name}: upload no files here; give a media_url instead`);
      fields[name] = values.length === 1 ? (values[0] as string) : (values as string[]);
    }
    const form = parsed(SubmitRequestForm.safeParse(fields));
    const integrator = await requireOpen311Key(c, 'open311.submit', form.jurisdiction_id, form.api_key);
    const city = await cityFor(c, form.jurisdiction_id, integrator);
    const { db } = c.get('deps').database;
    const category = await findServiceCategory(db, city.id, form.service_code).catch((error: unknown) => {
      // For a POST the unknown code is bad input (400), not a missing resource.
      if (error instanceof ProblemError && error.code === 'not-found') {
        throw new ProblemError('validation-failed', `service_code: "${form.service_code}" is not a service of this jurisdiction (GET services.${format})`);
      }
      throw error;
    });
    const language = languageOf(c, form.locale);
    const name = [form.last_name, form.first_name].filter(Boolean).join('') || null;
    const result = await submitOpen311Request(
      c.get('deps'),
      {
        cityId: city.id,
        categoryId: category?.id ?? null,
        kind: form.kind,
        urgency: form.urgency,
        title: form.title ?? null,
        description: form.media_url ? `${form.description}\n${language === 'zh-CN' ? '图片' : 'Media'}: ${form.media_url}` : form.description,
        address: form.address_string ?? null,
        buildingId: form.address_id ?? null,
        latitude: form.lat ?? null,
        longitude: form.long ?? null,
        contact: name || form.phone ? { name, phone: form.phone ?? null } : null,
        language,
      },
      c.req.header('idempotency-key') ?? null,
    );
    if (result.replayed) c.header('idempotent-replayed', 'true');
    const created = [form.extensions ? { ...result.created, extended_attributes: { tracking_url: result.trackingUrl } } : result.created];
    return respond(c, format, created, () => toXml('service_requests', { request: created }));
  });

  open311.get(`/v2/requests.${format}`, async (c) => {
    const query = parsed(ListRequestsQuery.safeParse(c.req.query()));
    const integrator = await requireOpen311Key(c, 'open311.read', query.jurisdiction_id);
    const now = c.get('deps').clock.now();
    const day = 86_400_000;
    // The specification's default window: the last 90 days; one bound given, 90 days from it.
    const end = query.end_date ?? (query.start_date ? new Date(query.start_date.getTime() + maxWindowDays * day) : new Date(now.getTime() + 1));
    const start = query.start_date ?? new Date(end.getTime() - maxWindowDays * day);
    if (end.getTime() - start.getTime() > maxWindowDays * day) {
      throw new ProblemError('validation-failed', `end_date: start_date and end_date may not span more than ${maxWindowDays} days`);
    }
    const requests = await listOpen311Requests(
      c.get('deps').database.db,
      scopeOf(integrator),
      {
        serviceRequestIds: query.service_request_id,
        serviceCodes: query.service_code,
        statuses: query.status,
        start,
        end,
        page: query.page,
        pageSize: query.page_size,
      },
      { language: languageOf(c, query.locale), extensions: query.extensions },
    );
    return respond(c, format, requests, () => toXml('service_requests', { request: requests }));
  });
}

open311.get('/v2/services/:resource', async (c) => {
  const { name, format } = formatted(c.req.param('resource'));
  const city = await cityFor(c, c.req.query('jurisdiction_id'));
  const definition = await open311ServiceDefinition(c.get('deps').database.db, city.id, name);
  return respond(c, format, definition, () =>
    toXml('service_definition', {
      service_code: definition.service_code,
      attributes: { attribute: definition.attributes.map((attribute) => ({ ...attribute, values: { value: attribute.values ?? [] } })) },
    }),
  );
});

open311.get('/v2/requests/:resource', async (c) => {
  const { name, format } = formatted(c.req.param('resource'));
  const jurisdiction = c.req.query('jurisdiction_id');
  const integrator = await requireOpen311Key(c, 'open311.read', jurisdiction);
  if (!serviceRequestIdPattern.test(name)) throw new ProblemError('not-found', `service_request_id "${name.slice(0, 40)}" was not found`);
  const request = await getOpen311Request(c.get('deps').database.db, scopeOf(integrator), name, {
    language: languageOf(c, c.req.query('locale')),
    extensions: c.req.query('extensions') === 'true',
  });
  // GeoReport v2 answers one request as a list of one.
  return respond(c, format, [request], () => toXml('service_requests', { request: [request] }));
});

open311.get('/v2/tokens/:resource', async (c) => {
  const { name, format } = formatted(c.req.param('resource'));
  const integrator = await requireOpen311Key(c, 'open311.read', c.req.query('jurisdiction_id'));
  if (!tokenPattern.test(name)) throw new ProblemError('not-found', `token "${name.slice(0, 40)}" was not found`);
  const token = await resolveOpen311Token(c.get('deps').database.db, scopeOf(integrator), name.toLowerCase());
  return respond(c, format, [token], () => toXml('service_requests', { request: [token] }));
});

// Anything else under /open311 is a 404 in GeoReport's format, not the API's.
open311.all('*', () => {
  throw new ProblemError('not-found', 'no such Open311 resource: see discovery.json for the endpoint, then services, requests and tokens');
});

documentOpen311(open311);

export const open311Routes = open311;
