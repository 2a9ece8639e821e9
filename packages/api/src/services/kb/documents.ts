import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import {
  kbArticles,
  kbDocuments,
  type KbIssuingLevel,
  type KbRegion,
  type KbSource,
  type KbStatus,
  type ServiceGuideDetails,
} from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';

/** What a document is: title, kind, territory, status and dates. */
export interface KbDocumentDescription {
  title: string;
  subtitle: string | null;
  category: string;
  subcategory: string | null;
  region: KbRegion;
  province: string | null;
  locality: string | null;
  issuingLevel: KbIssuingLevel;
  source: KbSource;
  status: KbStatus;
  version: string | null;
  promulgatedOn: string | null;
  effectiveOn: string | null;
}

/** What a reader sees of a document besides its text. */
export interface KbDocumentSummary extends KbDocumentDescription {
  id: string;
  issuer: string | null;
  articleCount: number;
}

export interface KbArticleView {
  id: string;
  ordinal: number;
  number: string | null;
  headings: string[];
  body: string;
}

export interface KbDocumentView extends KbDocumentSummary {
  history: string[];
  guide: ServiceGuideDetails | null;
  /** Every version of this title, newest first (this one included). */
  versions: { id: string; version: string | null; status: KbStatus }[];
  articles: KbArticleView[];
}

const summaryColumns = {
  id: kbDocuments.id,
  title: kbDocuments.title,
  subtitle: kbDocuments.subtitle,
  category: kbDocuments.category,
  subcategory: kbDocuments.subcategory,
  region: kbDocuments.region,
  province: kbDocuments.province,
  locality: kbDocuments.locality,
  issuingLevel: kbDocuments.issuingLevel,
  issuer: kbDocuments.issuer,
  source: kbDocuments.source,
  status: kbDocuments.status,
  version: kbDocuments.versionDate,
  promulgatedOn: kbDocuments.promulgatedOn,
  effectiveOn: kbDocuments.effectiveOn,
  articleCount: kbDocuments.articleCount,
};

const articleColumns = { id: kbArticles.id, ordinal: kbArticles.ordinal, number: kbArticles.number, headings: kbArticles.headings, body: kbArticles.body };

export async function documentSummary(db: Database, cityId: string, id: string): Promise<KbDocumentSummary> {
  const [found] = await db
    .select(summaryColumns)
    .from(kbDocuments)
    .where(and(eq(kbDocuments.cityId, cityId), eq(kbDocuments.id, id)));
  if (!found) throw notFound('the knowledge-base document');
  return found;
}

export async function getDocument(db: Database, cityId: string, id: string): Promise<KbDocumentView> {
  const [found] = await db
    .select({ ...summaryColumns, history: kbDocuments.history, guide: kbDocuments.guide, versionGroup: kbDocuments.versionGroup })
    .from(kbDocuments)
    .where(and(eq(kbDocuments.cityId, cityId), eq(kbDocuments.id, id)));
  if (!found) throw notFound('the knowledge-base document');
  const [versions, articles] = await Promise.all([
    db
      .select({ id: kbDocuments.id, version: kbDocuments.versionDate, status: kbDocuments.status })
      .from(kbDocuments)
      .where(and(eq(kbDocuments.cityId, cityId), eq(kbDocuments.versionGroup, found.versionGroup)))
      .orderBy(sql`${kbDocuments.versionDate} DESC NULLS LAST`, desc(kbDocuments.sourceKey)),
    db.select(articleColumns).from(kbArticles).where(eq(kbArticles.documentId, id)).orderBy(asc(kbArticles.ordinal)),
  ]);
  const { versionGroup: _group, ...document } = found;
  return { ...document, versions, articles };
}

export interface KbArticleDetail {
  article: KbArticleView;
  document: KbDocumentSummary;
  previous: { id: string; number: string | null } | null;
  next: { id: string; number: string | null } | null;
}

/** One article with its document, and its neighbours for reading on. */
export async function getArticle(db: Database, cityId: string, id: string): Promise<KbArticleDetail> {
  const [found] = await db
    .select({ ...articleColumns, documentId: kbArticles.documentId })
    .from(kbArticles)
    .where(and(eq(kbArticles.cityId, cityId), eq(kbArticles.id, id)));
  if (!found) throw notFound('the knowledge-base article');
  const { documentId, ...article } = found;
  const neighbour = (direction: 'previous' | 'next') =>
    db
      .select({ id: kbArticles.id, number: kbArticles.number })
      .from(kbArticles)
      .where(and(eq(kbArticles.documentId, documentId), direction === 'previous' ? lt(kbArticles.ordinal, article.ordinal) : gt(kbArticles.ordinal, article.ordinal)))
      .orderBy(direction === 'previous' ? desc(kbArticles.ordinal) : asc(kbArticles.ordinal))
      .limit(1);
  const [document, [previous], [next]] = await Promise.all([documentSummary(db, cityId, documentId), neighbour('previous'), neighbour('next')]);
  return { article, document, previous: previous ?? null, next: next ?? null };
}

export interface KbFacet {
  value: string;
  count: number;
}

/** How many documents in force there are by category, region, level, province and source: the filters a search offers. */
export async function kbFacets(db: Database, cityId: string) {
  const rows = await queryRows<{ facet: string; value: string; count: number }>(
    db,
    sql`SELECT 'category' AS facet, category AS value, count(*)::int AS count FROM kb_documents WHERE city_id = ${cityId} AND status = 'in_force' GROUP BY category
        UNION ALL SELECT 'region', region, count(*)::int FROM kb_documents WHERE city_id = ${cityId} AND status = 'in_force' GROUP BY region
        UNION ALL SELECT 'issuingLevel', issuing_level, count(*)::int FROM kb_documents WHERE city_id = ${cityId} AND status = 'in_force' GROUP BY issuing_level
        UNION ALL SELECT 'province', province, count(*)::int FROM kb_documents WHERE city_id = ${cityId} AND status = 'in_force' AND province IS NOT NULL GROUP BY province
        UNION ALL SELECT 'source', source, count(*)::int FROM kb_documents WHERE city_id = ${cityId} AND status = 'in_force' GROUP BY source
        UNION ALL SELECT 'status', status, count(*)::int FROM kb_documents WHERE city_id = ${cityId} GROUP BY status`,
  );
  const facet = (name: string): KbFacet[] =>
    rows
      .filter((row) => row.facet === name)
      .map((row) => ({ value: row.value, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
  return {
    categories: facet('category'),
    regions: facet('region'),
    issuingLevels: facet('issuingLevel'),
    provinces: facet('province'),
    sources: facet('source'),
    statuses: facet('status'),
  };
}
