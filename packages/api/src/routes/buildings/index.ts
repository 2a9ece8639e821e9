import { createRoute, z } from '@hono/zod-openapi';
import { requestCityId } from '../../http/city.js';
import { forbidden, invalid, ProblemError } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { detectFormat, importBuildings } from '../../services/buildings/import.js';
import { buildingDetail, buildingForStaff, listBuildings, openCasesAt } from '../../services/buildings/queries.js';
import { buildingSigns, reissueSign, revokeSign, scanUrl } from '../../services/qr/signs.js';
import { buildingsInScope, signContents } from '../../services/signage/contents.js';
import { signsPerPageChoices, type SignsPerPage } from '../../services/signage/layout.js';
import { renderSignsSvg, signsPdfBuffer } from '../../services/signage/render.js';
import { IdParams, limitSchema, problemResponses } from '../schemas.js';
import { BuildingDetailSchema, BuildingSchema, IssuedSignSchema, PublicCaseSummarySchema, publicDetail, SignSummarySchema } from './schemas.js';

const security = [{ staffToken: [] }];

const CityQuery = z.object({
  city: z.string().max(63).optional().openapi({ description: 'The city id; defaults to the platform\'s city. The Huying-City header works too.' }),
});

const ReasonBody = z.object({ reason: z.string().trim().min(2).max(300).openapi({ example: '原标识被损坏，重新制作' }) }).strict();

const ImportReportSchema = z
  .object({
    format: z.enum(['csv', 'jsonl']),
    rows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    dryRun: z.boolean(),
  })
  .openapi('BuildingImportReport');

const router = createRouter();
for (const path of ['/building-imports', '/buildings/:id/sign', '/buildings/:id/signs', '/buildings/:id/signs/*']) router.use(path, requireStaff);

router.openapi(
  createRoute({
    method: 'get',
    path: '/buildings',
    tags: ['Buildings'],
    summary: 'Buildings, searchable by name, address or register code, filtered by grid, community, street or property company',
    request: {
      query: CityQuery.extend({
        q: z.string().trim().max(50).optional(),
        gridUnitId: z.uuid().optional(),
        communityUnitId: z.uuid().optional(),
        streetUnitId: z.uuid().optional(),
        propertyUnitId: z.uuid().optional(),
        limit: limitSchema(200, 50),
        cursor: z.uuid().optional(),
      }),
    },
    responses: {
      200: { description: 'A page of buildings', content: { 'application/json': { schema: z.object({ data: z.array(BuildingSchema), nextCursor: z.string().nullable() }) } } },
      ...problemResponses(400, 404),
    },
  }),
  async (c) => {
    const { q, gridUnitId, communityUnitId, streetUnitId, propertyUnitId, limit, cursor } = c.req.valid('query');
    const result = await listBuildings(c.get('deps').database.db, await requestCityId(c), {
      ...(q ? { query: q } : {}),
      ...(gridUnitId ? { gridUnitId } : {}),
      ...(communityUnitId ? { communityUnitId } : {}),
      ...(streetUnitId ? { streetUnitId } : {}),
      ...(propertyUnitId ? { propertyUnitId } : {}),
      ...(cursor ? { after: cursor } : {}),
      limit,
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/buildings/{id}',
    tags: ['Buildings'],
    summary: 'One building with its grid, community, street and property company',
    request: { params: IdParams, query: CityQuery },
    responses: {
      200: { description: 'The building', content: { 'application/json': { schema: BuildingDetailSchema } } },
      ...problemResponses(400, 404),
    },
  }),
  async (c) => {
    const detail = await buildingDetail(c.get('deps').database.db, await requestCityId(c), c.req.valid('param').id);
    return c.json(publicDetail(detail), 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/buildings/{id}/cases',
    tags: ['Buildings'],
    summary: 'The building\'s open problems, as the public may see them',
    description: 'Complaints and requests for help still being handled at the building, newest first: kind, category, status and the unit on it. Never any text, name, phone or tracking code.',
    request: { params: IdParams, query: CityQuery.extend({ limit: limitSchema(50, 10) }) },
    responses: {
      200: {
        description: 'Open problems',
        content: { 'application/json': { schema: z.object({ total: z.number().int(), data: z.array(PublicCaseSummarySchema) }) } },
      },
      ...problemResponses(400, 404),
    },
  }),
  async (c) => {
    const { db } = c.get('deps').database;
    const cityId = await requestCityId(c);
    const { id } = c.req.valid('param');
    await buildingDetail(db, cityId, id);
    c.header('cache-control', 'public, max-age=60');
    return c.json(await openCasesAt(db, cityId, id, c.req.valid('query').limit), 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/building-imports',
    tags: ['Buildings'],
    summary: 'Import buildings from CSV or JSON Lines (administrators)',
    description:
      'Columns/fields: `code` (optional register code, the key a re-import matches on; without it grid + name), `name`, `address`, `grid` (id, unique name, or 街道/社区/网格 path), `property` (optional: id or name), `latitude` and `longitude` (optional, both or neither). Every row is checked first; any bad row refuses the whole file with each bad row\'s line and reason (`import-rejected`), and a good file is written in one transaction. An administrator below the city may only place buildings in grids of their own subtree.',
    security,
    request: {
      query: z.object({ dryRun: z.enum(['true', 'false']).default('false').openapi({ description: 'Check only; write nothing' }) }),
      body: {
        required: true,
        content: {
          'text/csv': { schema: z.string() },
          'application/x-ndjson': { schema: z.string() },
          'multipart/form-data': {
            schema: z.object({
              file: z.any().optional().openapi({ type: 'string', format: 'binary', description: 'The register file; `.csv`, `.jsonl` or `.ndjson`' }),
            }),
          },
        },
      },
    },
    responses: {
      200: { description: 'What was (or, for a dry run, would be) imported', content: { 'application/json': { schema: ImportReportSchema } } },
      ...problemResponses(400, 401, 403, 413, 415, 422),
    },
  }),
  async (c) => {
    const staff = c.get('staff');
    if (staff.role !== 'admin') throw forbidden('importing buildings is for administrators');
    const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let format: 'csv' | 'jsonl' | null = contentType === 'text/csv' ? 'csv' : contentType === 'application/x-ndjson' || contentType === 'application/jsonl' ? 'jsonl' : null;
    let text: string;
    if (contentType === 'multipart/form-data') {
      // An upload from a browser form: the file's name (or its first character) tells the format.
      const file = (await c.req.parseBody())['file'];
      if (!(file instanceof File)) throw invalid('file', 'attach the register as the form field "file"');
      text = await file.text();
      format = detectFormat(text, file.name);
    } else if (format) {
      text = await c.req.text();
    } else {
      throw new ProblemError('unsupported-media-type', 'send the file as text/csv, application/x-ndjson or a multipart form with a "file" field');
    }
    const report = await importBuildings(c.get('deps').database.db, {
      cityId: staff.cityId,
      text,
      format,
      dryRun: c.req.valid('query').dryRun === 'true',
      ...(staff.unit.kind === 'city' ? {} : { scopeUnitId: staff.unit.id }),
    });
    return c.json(report, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/buildings/{id}/signs',
    tags: ['Signs'],
    summary: 'Every version of the building\'s sign, with scan counts',
    description: 'For staff of the building\'s grid and the units above it, and its property company.',
    security,
    request: { params: IdParams },
    responses: {
      200: { description: 'Sign versions, newest first', content: { 'application/json': { schema: z.object({ data: z.array(SignSummarySchema) }) } } },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const { db } = c.get('deps').database;
    const staff = c.get('staff');
    const building = await buildingForStaff(db, staff, c.req.valid('param').id);
    return c.json({ data: await buildingSigns(db, staff.cityId, building.id, c.get('deps').clock.now()) }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/buildings/{id}/signs',
    tags: ['Signs'],
    summary: 'Reprint: issue the next version of the sign and withdraw the old one',
    description: 'The old sign\'s QR code is refused from the moment this returns. Use it when a sign is damaged, stolen or defaced.',
    security,
    request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: ReasonBody } } } },
    responses: {
      201: { description: 'The new sign', content: { 'application/json': { schema: IssuedSignSchema } } },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const deps = c.get('deps');
    const staff = c.get('staff');
    const building = await buildingForStaff(deps.database.db, staff, c.req.valid('param').id);
    const { sign, token } = await reissueSign(deps.database.db, staff.cityId, building.id, { reason: c.req.valid('json').reason, now: deps.clock.now() });
    return c.json({ version: sign.version, serial: sign.serial, issuedAt: sign.issuedAt.toISOString(), token, url: scanUrl(deps.publicUrl, token) }, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/buildings/{id}/signs/revoke',
    tags: ['Signs'],
    summary: 'Withdraw the building\'s sign without a replacement',
    security,
    request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: ReasonBody } } } },
    responses: {
      200: { description: 'The withdrawn sign', content: { 'application/json': { schema: SignSummarySchema } } },
      ...problemResponses(400, 401, 404, 409),
    },
  }),
  async (c) => {
    const deps = c.get('deps');
    const staff = c.get('staff');
    const building = await buildingForStaff(deps.database.db, staff, c.req.valid('param').id);
    const revoked = await revokeSign(deps.database.db, staff.cityId, building.id, { reason: c.req.valid('json').reason, now: deps.clock.now() });
    const [summary] = (await buildingSigns(deps.database.db, staff.cityId, building.id, deps.clock.now())).filter((sign) => sign.id === revoked.id);
    return c.json(summary!, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/buildings/{id}/sign',
    tags: ['Signs'],
    summary: 'The building\'s current sign, print-ready (PDF or SVG, A4)',
    description:
      'Issues version 1 if the building has no sign yet; otherwise prints the current version again (same QR code). `perPage` 4 or 9 fills an A4 sheet with copies to cut apart, one for each entrance. To replace a damaged sign, reprint with `POST /buildings/{id}/signs` first.',
    security,
    request: {
      params: IdParams,
      query: z.object({
        format: z.enum(['pdf', 'svg']).default('pdf'),
        perPage: z.coerce
          .number()
          .int()
          .refine((value) => (signsPerPageChoices as readonly number[]).includes(value), 'signs per page: 1, 4 or 9')
          .default(1),
      }),
    },
    responses: {
      200: {
        description: 'The sign',
        content: {
          'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          'image/svg+xml': { schema: z.string() },
        },
      },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const deps = c.get('deps');
    const staff = c.get('staff');
    const { format, perPage } = c.req.valid('query');
    const building = await buildingForStaff(deps.database.db, staff, c.req.valid('param').id);
    const rows = await buildingsInScope(deps.database.db, staff.cityId, { kind: 'building', buildingId: building.id });
    const { contents } = await signContents(deps.database.db, staff.cityId, rows, deps.publicUrl);
    const copies = Array.from({ length: perPage }, () => contents[0]!);
    const fileName = `sign-${(building.code ?? building.id).replace(/[^\w.-]/g, '_')}-v${contents[0]!.version}`;
    c.header('cache-control', 'private, no-store');
    if (format === 'svg') {
      c.header('content-disposition', `inline; filename="${fileName}.svg"`);
      return c.body(renderSignsSvg(copies, perPage as SignsPerPage), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
    }
    const pdf = await signsPdfBuffer(copies, { perPage: perPage as SignsPerPage, title: `${building.name} · 有呼必应一码通` });
    c.header('content-disposition', `inline; filename="${fileName}.pdf"`);
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf' });
  },
);

export const buildingsRoutes = router;
