import { createRoute, z } from '@hono/zod-openapi';
import { kbIssuingLevels, kbLexiconKinds, kbRegions, kbSources, kbStatuses, type StaffRole } from '../../db/schema/index.js';
import { requestCityId } from '../../http/city.js';
import { forbidden } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import { assertStaffCanSee } from '../../services/cases/staff-queries.js';
import { getArticle, getDocument, kbFacets } from '../../services/kb/documents.js';
import { putLexiconEntry, removeLexiconEntry } from '../../services/kb/lexicon-edits.js';
import { listLexicon } from '../../services/kb/lexicon.js';
import { searchKnowledgeBase, type KbSearchFilters } from '../../services/kb/search.js';
import { getKbSettings, putKbSettings } from '../../services/kb/settings.js';
import { caseSuggestions } from '../../services/kb/suggestions.js';
import { csvEnum, IdParams, jsonBody, jsonResponse, limitSchema, problemResponses } from '../schemas.js';

const security = [{ staffToken: [] }];
const lexiconEditors: readonly StaffRole[] = ['information_officer', 'admin'];

const HighlightSchema = z.tuple([z.number().int(), z.number().int()]).openapi({ description: '[start, end) in UTF-16 code units' });
const SnippetSchema = z
  .object({ text: z.string(), highlights: z.array(HighlightSchema) })
  .openapi('KbSnippet', { description: 'A passage of the article; highlight ranges index into its text.' });

const documentFields = {
  title: z.string(),
  subtitle: z.string().nullable(),
  category: z.string(),
  subcategory: z.string().nullable(),
  region: z.enum(kbRegions),
  province: z.string().nullable(),
  locality: z.string().nullable(),
  issuingLevel: z.enum(kbIssuingLevels),
  source: z.enum(kbSources),
  status: z.enum(kbStatuses),
  version: z.string().nullable().openapi({ description: 'The version date (YYYY-MM-DD); the latest version of a title is in force.' }),
  promulgatedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
};

const SearchHitSchema = z
  .object({ articleId: z.uuid(), number: z.string().nullable(), headings: z.array(z.string()), snippet: SnippetSchema })
  .openapi('KbSearchHit');

const SearchResultSchema = z
  .object({
    documentId: z.uuid(),
    ...documentFields,
    titleHighlights: z.array(HighlightSchema),
    score: z.number(),
    articleId: z.uuid().nullable(),
    articleNumber: z.string().nullable(),
    snippet: SnippetSchema,
    hitCount: z.number().int(),
    hits: z.array(SearchHitSchema),
  })
  .openapi('KbSearchResult');

const SearchPageSchema = z
  .object({
    data: z.array(SearchResultSchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    query: z.object({ words: z.array(z.object({ text: z.string(), alternatives: z.array(z.string()) })) }),
  })
  .openapi('KbSearchPage');

const isoDay = z.iso.date().optional();
const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type what you are looking for').max(200).openapi({ example: '低保怎么申请' }),
  limit: limitSchema(50, 10),
  cursor: z.string().max(10).optional(),
  category: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(40)).max(20))
    .optional()
    .openapi({ description: 'Categories (comma-separated), e.g. 社会法,地方性法规' }),
  region: csvEnum(kbRegions),
  level: csvEnum(kbIssuingLevels),
  source: csvEnum(kbSources),
  province: z.string().trim().max(20).optional(),
  status: z.enum(['in_force', 'superseded', 'all']).default('in_force').openapi({ description: 'Superseded versions are searched only when asked for.' }),
  from: isoDay.openapi({ description: 'Promulgated on or after (YYYY-MM-DD)' }),
  to: isoDay.openapi({ description: 'Promulgated on or before (YYYY-MM-DD)' }),
  city: z.string().max(63).optional(),
});

const ArticleSchema = z
  .object({ id: z.uuid(), ordinal: z.number().int(), number: z.string().nullable(), headings: z.array(z.string()), body: z.string() })
  .openapi('KbArticle');

const DocumentSummarySchema = z
  .object({ id: z.uuid(), ...documentFields, issuer: z.string().nullable(), articleCount: z.number().int() })
  .openapi('KbDocumentSummary');

const GuideSchema = z
  .object({
    department: z.string(),
    timeLimit: z.string().nullable(),
    legalTimeLimit: z.string().nullable(),
    materials: z.array(z.string()),
    consultPhone: z.string().nullable(),
    complaintPhone: z.string().nullable(),
    location: z.string().nullable(),
    coDepartments: z.string().nullable(),
    serviceType: z.string().nullable(),
    url: z.string().nullable(),
  })
  .openapi('KbServiceGuide');

const DocumentSchema = DocumentSummarySchema.extend({
  history: z.array(z.string()),
  guide: GuideSchema.nullable(),
  versions: z.array(z.object({ id: z.uuid(), version: z.string().nullable(), status: z.enum(kbStatuses) })),
  articles: z.array(ArticleSchema),
}).openapi('KbDocument');

const ArticleDetailSchema = z
  .object({
    article: ArticleSchema,
    document: DocumentSummarySchema,
    previous: z.object({ id: z.uuid(), number: z.string().nullable() }).nullable(),
    next: z.object({ id: z.uuid(), number: z.string().nullable() }).nullable(),
  })
  .openapi('KbArticleDetail');

const FacetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
const FacetsSchema = z
  .object({ categories: FacetSchema, regions: FacetSchema, issuingLevels: FacetSchema, provinces: FacetSchema, sources: FacetSchema, statuses: FacetSchema })
  .openapi('KbFacets');

const LexiconEntrySchema = z
  .object({
    kind: z.enum(kbLexiconKinds),
    term: z.string(),
    expansions: z.array(z.string()),
    origin: z.enum(['built_in', 'edited', 'custom']),
    disabled: z.boolean(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .openapi('KbLexiconEntry');

const LexiconParams = z.object({
  kind: z.enum(['synonyms', 'stopwords']).openapi({ param: { name: 'kind', in: 'path' } }),
  term: z.string().min(1).max(40).openapi({ param: { name: 'term', in: 'path' }, example: '低保' }),
});

const SettingsSchema = z
  .object({
    localAreas: z.array(z.string()).openapi({ description: 'Places whose city-level documents rank as local, e.g. 招远市, 烟台市' }),
    articleCount: z.number().int(),
    statsRefreshedAt: z.iso.datetime().nullable(),
  })
  .openapi('KbSettings');

const LexiconChangeSchema = z
  .object({ expansions: z.array(z.string().min(1).max(40)).max(20).default([]) })
  .strict()
  .openapi('KbLexiconChange', { example: { expansions: ['最低生活保障'] } });

const SettingsChangeSchema = z
  .object({ localAreas: z.array(z.string().trim().min(2).max(20)).max(10) })
  .strict()
  .openapi('KbSettingsChange', { example: { localAreas: ['招远市', '烟台市'] } });

const CityQuery = z.object({ city: z.string().max(63).optional() });
const kindOf = (plural: 'synonyms' | 'stopwords') => (plural === 'synonyms' ? 'synonym' : 'stopword');

function requireRole(role: StaffRole, allowed: readonly StaffRole[], what: string): void {
  if (!allowed.includes(role)) throw forbidden(`${what} is for ${allowed.join(' or ')} accounts`);
}

export const kbRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/search',
      tags: ['Knowledge base'],
      summary: 'Search laws, regulations, cases and service guides in everyday words',
      description:
        'Chinese text is matched by character bigrams, so two-character words (低保, 医保) are found; everyday words are mapped to statute words by the city\'s lexicon. Results are documents, best first, each with its best articles and highlighted snippets.',
      request: { query: SearchQuery },
      responses: {
        200: jsonResponse('A page of documents', SearchPageSchema),
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const filters: KbSearchFilters = {
        status: query.status,
        ...(query.category?.length ? { categories: query.category } : {}),
        ...(query.region?.length ? { regions: query.region } : {}),
        ...(query.level?.length ? { issuingLevels: query.level } : {}),
        ...(query.source?.length ? { sources: query.source } : {}),
        ...(query.province ? { province: query.province } : {}),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      };
      const cityId = await requestCityId(c);
      return c.json(await searchKnowledgeBase(c.get('deps').database.db, { cityId, q: query.q, filters, limit: query.limit, cursor: query.cursor }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/facets',
      tags: ['Knowledge base'],
      summary: 'What the knowledge base holds, by category, region, level, province and source',
      request: { query: CityQuery },
      responses: { 200: jsonResponse('Counts of documents in force', FacetsSchema), ...problemResponses(400, 404) },
    }),
    async (c) => {
      c.header('cache-control', 'public, max-age=300');
      return c.json(await kbFacets(c.get('deps').database.db, await requestCityId(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/documents/{id}',
      tags: ['Knowledge base'],
      summary: 'A whole document: its articles under their chapters, its dates and versions',
      request: { params: IdParams, query: CityQuery },
      responses: { 200: jsonResponse('The document', DocumentSchema), ...problemResponses(400, 404) },
    }),
    async (c) => c.json(await getDocument(c.get('deps').database.db, await requestCityId(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/articles/{id}',
      tags: ['Knowledge base'],
      summary: 'One article with its document and the articles before and after it',
      request: { params: IdParams, query: CityQuery },
      responses: { 200: jsonResponse('The article', ArticleDetailSchema), ...problemResponses(400, 404) },
    }),
    async (c) => c.json(await getArticle(c.get('deps').database.db, await requestCityId(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/suggestions/{id}',
      tags: ['Knowledge base'],
      summary: 'Articles that may answer a case, from its own words (for staff answering a consultation)',
      security,
      middleware: [requireStaff] as const,
      request: { params: IdParams, query: z.object({ limit: limitSchema(20, 5) }) },
      responses: { 200: jsonResponse('Suggested documents', SearchPageSchema), ...problemResponses(400, 401, 404) },
    }),
    async (c) => {
      const staff = c.get('staff');
      const { db } = c.get('deps').database;
      const { id } = c.req.valid('param');
      await assertStaffCanSee(db, staff, id);
      return c.json(await caseSuggestions(db, staff.cityId, id, c.req.valid('query').limit), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/lexicon',
      tags: ['Knowledge base'],
      summary: 'The synonyms and stop-words search uses: built-in ones with the city\'s changes, and its own',
      security,
      middleware: [requireStaff] as const,
      responses: {
        200: jsonResponse('The lexicon', z.object({ data: z.array(LexiconEntrySchema) })),
        ...problemResponses(401),
      },
    }),
    async (c) => c.json({ data: await listLexicon(c.get('deps').database.db, c.get('staff').cityId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/kb/lexicon/{kind}/{term}',
      tags: ['Knowledge base'],
      summary: 'Add or change a synonym (everyday word → statute words), or add a stop-word',
      description: 'For information officers and administrators. Search uses the change at once.',
      security,
      middleware: [requireStaff] as const,
      request: {
        params: LexiconParams,
        body: jsonBody(LexiconChangeSchema),
      },
      responses: { 200: jsonResponse('The entry', LexiconEntrySchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireRole(staff.role, lexiconEditors, 'editing the lexicon');
      const { kind, term } = c.req.valid('param');
      const entry = await putLexiconEntry(c.get('deps').database.db, {
        cityId: staff.cityId,
        kind: kindOf(kind),
        term,
        expansions: c.req.valid('json').expansions,
        accountId: staff.accountId,
        now: c.get('deps').clock.now(),
      });
      return c.json(entry, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/kb/lexicon/{kind}/{term}',
      tags: ['Knowledge base'],
      summary: 'Remove a synonym or stop-word (a built-in one is switched off, and can be put back)',
      security,
      middleware: [requireStaff] as const,
      request: { params: LexiconParams },
      responses: { 204: { description: 'Removed' }, ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireRole(staff.role, lexiconEditors, 'editing the lexicon');
      const { kind, term } = c.req.valid('param');
      await removeLexiconEntry(c.get('deps').database.db, { cityId: staff.cityId, kind: kindOf(kind), term, accountId: staff.accountId, now: c.get('deps').clock.now() });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kb/settings',
      tags: ['Knowledge base'],
      summary: 'The city\'s knowledge-base settings and corpus size',
      security,
      middleware: [requireStaff] as const,
      responses: { 200: jsonResponse('Settings', SettingsSchema), ...problemResponses(401) },
    }),
    async (c) => c.json(await getKbSettings(c.get('deps').database.db, c.get('staff').cityId), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/kb/settings',
      tags: ['Knowledge base'],
      summary: 'Set which places count as local for ranking (administrators)',
      security,
      middleware: [requireStaff] as const,
      request: {
        body: jsonBody(SettingsChangeSchema),
      },
      responses: { 200: jsonResponse('Settings', SettingsSchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireRole(staff.role, ['admin'], 'changing knowledge-base settings');
      return c.json(await putKbSettings(c.get('deps').database.db, staff.cityId, c.req.valid('json').localAreas, c.get('deps').clock.now()), 200);
    },
  );
