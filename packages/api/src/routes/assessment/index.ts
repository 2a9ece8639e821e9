import { createRoute, z } from '@hono/zod-openapi';
import { addMonths, configInForce, countFigures, monthOf } from '@huying/core';
import { requireStaff } from '../../http/staff-auth.js';
import { createRouter } from '../../http/router.js';
import { invalid } from '../../http/problems.js';
import { unitInScope } from '../../services/assessment/access.js';
import { dashboard } from '../../services/assessment/analytics.js';
import { cityTimeZone, listConfigVersions, putConfig } from '../../services/assessment/config.js';
import { tableAsCsv, tableAsXlsx } from '../../services/assessment/export.js';
import { drillDown, generateMonth, getSnapshot, listMonths, listRevisions, type SnapshotRow } from '../../services/assessment/snapshots.js';
import { jsonBody, jsonResponse, problemResponses } from '../schemas.js';
import {
  ConfigBodySchema,
  ConfigVersionSchema,
  DashboardQuerySchema,
  DashboardSchema,
  DrillDownSchema,
  GeneratedSchema,
  MonthParams,
  MonthSchema,
  RevisionSchema,
  TableSchema,
} from './schemas.js';

const security = [{ staffToken: [] }];
const tags = ['Assessment'];

const RevisionQuery = z.object({
  revision: z.coerce.number().int().min(1).max(100_000).optional().openapi({ description: 'A stored revision (default: the latest).' }),
});

const revisionOf = (row: Omit<SnapshotRow, 'rows' | 'config' | 'contentHash' | 'cityId'>) => ({
  id: row.id,
  month: row.month,
  revision: row.revision,
  asOf: row.asOf.toISOString(),
  trigger: row.trigger,
  configVersion: row.configVersion,
  generatedByAccountId: row.generatedByAccountId,
  createdAt: row.createdAt.toISOString(),
});

const tableOf = (row: SnapshotRow) => ({ ...revisionOf(row), config: row.config, rows: row.rows });

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const maxDashboardMonths = 36;

const router = createRouter();
router.use('/staff/assessment/*', requireStaff);
router.use('/staff/analytics/*', requireStaff);

export const assessmentRoutes = router
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/months',
      tags,
      security,
      summary: 'The months that have an assessment table, newest first',
      responses: {
        200: jsonResponse('Months', z.object({ data: z.array(z.object({ month: MonthSchema, revisions: z.number().int(), latestAsOf: z.iso.datetime() })) })),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => c.json({ data: await listMonths(c.get('deps').database.db, c.get('staff').cityId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/months/{month}',
      tags,
      security,
      summary: "A month's assessment table (考核表): every unit's figures, rates, score, coefficient and rank within its level",
      request: { params: MonthParams, query: RevisionQuery },
      responses: { 200: jsonResponse('The table', TableSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const snapshot = await getSnapshot(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('param').month, c.req.valid('query').revision);
      return c.json(tableOf(snapshot), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/months/{month}/revisions',
      tags,
      security,
      summary: 'Every stored revision of a month, newest first',
      request: { params: MonthParams },
      responses: { 200: jsonResponse('Revisions', z.object({ data: z.array(RevisionSchema) })), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const rows = await listRevisions(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('param').month);
      return c.json({ data: rows.map(revisionOf) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/assessment/months/{month}/generate',
      tags,
      security,
      summary: 'Generate a closed month again, as of now',
      description:
        'Reads the month from the ledgers as they stand now and scores it with the configuration in force for that month. When anything changed since the latest revision (a late rating, a reopening, an answered notice) a new revision is stored and the earlier ones kept; otherwise the latest is returned with `created: false`. A month that is not over is refused with `month-not-closed`.',
      request: { params: MonthParams },
      responses: {
        200: jsonResponse('Nothing changed: the latest revision', GeneratedSchema),
        201: jsonResponse('A new revision', GeneratedSchema),
        ...problemResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      const deps = c.get('deps');
      const { snapshot, created } = await generateMonth(deps, deps.database.db, {
        cityId: staff.cityId,
        month: c.req.valid('param').month,
        trigger: 'manual',
        accountId: staff.accountId,
      });
      return created ? c.json({ created, table: tableOf(snapshot) }, 201) : c.json({ created, table: tableOf(snapshot) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/months/{month}/export',
      tags,
      security,
      summary: 'A stored table as CSV or XLSX (one sheet per level, number formats, frozen headings)',
      request: {
        params: MonthParams,
        query: RevisionQuery.extend({
          format: z.enum(['csv', 'xlsx']).default('xlsx'),
          lang: z.enum(['zh-CN', 'en']).default('zh-CN').openapi({ description: 'Language of the headings, level names and unit names.' }),
        }),
      },
      responses: {
        200: {
          description: 'The file',
          content: {
            'text/csv': { schema: z.string() },
            [xlsxType]: { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { format, lang, revision } = c.req.valid('query');
      const snapshot = await getSnapshot(c.get('deps').database.db, c.get('staff').cityId, c.req.valid('param').month, revision);
      const name = `assessment-${snapshot.month}-r${snapshot.revision}.${format}`;
      const disposition = `attachment; filename="${name}"`;
      if (format === 'csv') return c.body(tableAsCsv(snapshot, lang), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition });
      return c.body(new Uint8Array(await tableAsXlsx(snapshot, lang)), 200, { 'content-type': xlsxType, 'content-disposition': disposition });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/months/{month}/cases',
      tags,
      security,
      summary: 'The cases behind one figure of a stored table (drill-down)',
      description:
        'Lists exactly the rows the figure counted, read as of the revision\'s `asOf`, so `total` always equals the figure. Only for your own unit and the units below it.',
      request: {
        params: MonthParams,
        query: RevisionQuery.extend({
          unitId: z.uuid(),
          measure: z.enum(countFigures),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(120).optional(),
        }),
      },
      responses: { 200: jsonResponse('The cases', DrillDownSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const db = c.get('deps').database.db;
      const staff = c.get('staff');
      const query = c.req.valid('query');
      const unit = await unitInScope(db, staff, query.unitId, 'drill-down');
      const snapshot = await getSnapshot(db, staff.cityId, c.req.valid('param').month, query.revision);
      const row = snapshot.rows.find((candidate) => candidate.unit.id === unit.id);
      const page = await drillDown(db, snapshot, { unitId: unit.id, measure: query.measure, limit: query.limit, cursor: query.cursor });
      return c.json(
        {
          month: snapshot.month,
          revision: snapshot.revision,
          asOf: snapshot.asOf.toISOString(),
          unit: { id: unit.id, name: unit.name, kind: unit.kind },
          measure: query.measure,
          figure: row?.figures[query.measure] ?? 0,
          ...page,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/assessment/config',
      tags,
      security,
      summary: "The city's scoring configurations, newest version first, and the one in force this month",
      responses: {
        200: jsonResponse('Versions', z.object({ inForce: ConfigVersionSchema, versions: z.array(ConfigVersionSchema) })),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const staff = c.get('staff');
      const versions = await listConfigVersions(deps.database.db, staff.cityId);
      const month = monthOf(deps.clock.now(), await cityTimeZone(deps.database.db, staff.cityId));
      const chosen = configInForce(versions, month);
      const inForce = versions.find((version) => version.version === chosen.version)!;
      return c.json({ inForce, versions }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/assessment/config',
      tags,
      security,
      summary: 'Add a scoring configuration version (weights, satisfaction coefficient bands), in force from a month on',
      description: 'A version starts in the current month or later; a closed month keeps the rules it ran under.',
      request: { body: jsonBody(ConfigBodySchema) },
      responses: { 201: jsonResponse('The new version', ConfigVersionSchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const deps = c.get('deps');
      return c.json(await putConfig(deps.database.db, c.get('staff'), c.req.valid('json'), deps.clock.now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/analytics/dashboard',
      tags: ['Analysis'],
      security,
      summary: 'Live analysis: volume by channel and kind, categories, hot spots, deadline performance, satisfaction, time per step',
      request: { query: DashboardQuerySchema },
      responses: { 200: jsonResponse('The dashboard', DashboardSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const deps = c.get('deps');
      const db = deps.database.db;
      const staff = c.get('staff');
      const query = c.req.valid('query');
      const now = deps.clock.now();
      const to = query.to ?? monthOf(now, await cityTimeZone(db, staff.cityId));
      const from = query.from ?? addMonths(to, -11);
      if (from > to) throw invalid('query.from', `the first month (${from}) comes after the last (${to})`);
      if (addMonths(from, maxDashboardMonths - 1) < to) throw invalid('query.from', `show at most ${maxDashboardMonths} months at once`);
      const unit = await unitInScope(db, staff, query.unitId ?? staff.unit.id, 'dashboard');
      const interval = query.interval ?? (addMonths(from, 2) >= to ? 'day' : 'month');
      const result = await dashboard(db, { cityId: staff.cityId, unitId: unit.id, from, to, interval, wholeCity: unit.kind === 'city', now });
      return c.json({ unit: { id: unit.id, name: unit.name, kind: unit.kind }, ...result }, 200);
    },
  );
