import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.js';
import type { KbIssuingLevel, KbRegion, KbSource, KbStatus } from '../../db/schema/index.js';
import type { KbDocumentDescription } from './documents.js';
import { invalid } from '../../http/problems.js';
import { cityContext } from './city-context.js';
import { parseQuery, type QueryWord } from './query.js';
import { highlightRanges, makeSnippet, type HighlightRange, type Snippet } from './snippet.js';
import { anyOfQuery } from './terms.js';

/**
 * Knowledge-base search. A query becomes words (query.ts); each word is weighted by how rare it
 * is in the city's articles (an inverse document frequency from kb_term_stats), so 最低生活保障
 * counts for more than 申请. Articles holding the rare words are the candidates (found through
 * the GIN index on their bigram vectors); each candidate scores the weights of the words it
 * holds, and documents score from their articles and their title:
 *
 *   best article + ½ · words covered anywhere in the document + 1½ · title words + ½ · ln(1 + articles hit)
 *
 * then × 0.85 for a superseded version, and × 1.1 for a document of the city itself (or its
 * prefecture), × 1.06 of its province, × 1 national, × 0.85 of another city of the province and
 * × 0.8 of another province: those last rules and service guides do not apply to the city's
 * residents. With equal text the local rule comes first, and another place's rule needs clearly
 * better text to outrank one that applies.
 */

export type KbStatusFilter = KbStatus | 'all';

export interface KbSearchFilters {
  categories?: string[];
  regions?: KbRegion[];
  issuingLevels?: KbIssuingLevel[];
  sources?: KbSource[];
  province?: string;
  status?: KbStatusFilter;
  /** Promulgated (or, lacking that, version date) on or after / on or before, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface KbSearchHit {
  articleId: string;
  number: string | null;
  headings: string[];
  snippet: Snippet;
}

export interface KbSearchResult extends KbDocumentDescription {
  documentId: string;
  titleHighlights: HighlightRange[];
  score: number;
  /** The best article: what to show and cite first. */
  articleId: string | null;
  articleNumber: string | null;
  snippet: Snippet;
  /** How many of the document's articles hold the query's rare words. */
  hitCount: number;
  /** The best articles of the document, best first (up to three). */
  hits: KbSearchHit[];
}

export interface KbSearchPage {
  data: KbSearchResult[];
  /** Documents found (before paging). */
  total: number;
  nextCursor: string | null;
  /** How the query was read, so a person can see why something was (not) found. */
  query: { words: { text: string; alternatives: string[] }[] };
}

export interface KbSearchOptions {
  cityId: string;
  q: string;
  filters?: KbSearchFilters;
  limit: number;
  cursor?: string | undefined;
}

/** Candidates scored per query at most; enough for any word worth searching for. */
const candidateCap = 2000;
/** Articles the rare words of a query may find together before common words stop gating. */
const candidateBudget = 2000;
const hitsPerDocument = 3;
/** Documents whose titles match best, whose provisions are scored whatever the gate. */
const titleDocuments = 30;
const maxOffset = 1000;

interface WeightedWord extends QueryWord {
  articles: number;
  weight: number;
  query: string;
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const offset = /^\d{1,4}$/.test(cursor) ? Number(cursor) : Number.NaN;
  if (!Number.isInteger(offset) || offset > maxOffset) throw invalid('cursor', 'pass the nextCursor of the previous page');
  return offset;
}

async function weighWords(db: Database, cityId: string, words: QueryWord[], total: number): Promise<WeightedWord[]> {
  const terms = [...new Set(words.flatMap((word) => word.terms.flat()))];
  const stats = await queryRows<{ term: string; articles: number }>(
    db,
    sql`SELECT term, articles FROM kb_term_stats WHERE city_id = ${cityId} AND term = ANY(${sql.param(terms)}::text[])`,
  );
  const frequency = new Map(stats.map((row) => [row.term, Number(row.articles)]));
  return words.map((word) => {
    // A word is in at most as many articles as its rarest bigram; alternatives add up.
    const articles = Math.min(
      total,
      word.terms.reduce((sum, terms) => sum + Math.min(...terms.map((term) => frequency.get(term) ?? 0)), 0),
    );
    return { ...word, articles, weight: Math.log(1 + total / (articles + 1)), query: anyOfQuery(word.terms) };
  });
}

/** The articles worth scoring: those with the query's rare words, or failing any, with all its words. */
function candidateGate(words: WeightedWord[], total: number): string | null {
  const present = words.filter((word) => word.articles > 0).sort((a, b) => a.articles - b.articles);
  if (present.length === 0) return null;
  const rareLimit = Math.max(500, total * 0.005);
  const gate: WeightedWord[] = [];
  let budget = 0;
  for (const word of present) {
    if (word.articles > rareLimit || budget + word.articles > candidateBudget) break;
    gate.push(word);
    budget += word.articles;
  }
  if (gate.length > 0) return gate.map((word) => `(${word.query})`).join(' | ');
  return present.map((word) => `(${word.query})`).join(' & ');
}

const matchMask = (column: SQL, words: WeightedWord[]) =>
  sql.join(
    words.map((word, index) => sql`CASE WHEN ${column} @@ ${word.query}::tsquery THEN ${2 ** index}::int ELSE 0 END`),
    sql` | `,
  );
const maskWeight = (mask: SQL, words: WeightedWord[]) =>
  sql.join(
    words.map((word, index) => sql`CASE WHEN (${mask} & ${2 ** index}::int) <> 0 THEN ${word.weight}::float8 ELSE 0 END`),
    sql` + `,
  );

/** Only documents in force, nothing else asked: the filter every resident search starts with. */
const isDefault = (filters: KbSearchFilters) =>
  (filters.status ?? 'in_force') === 'in_force' &&
  !filters.categories?.length &&
  !filters.regions?.length &&
  !filters.issuingLevels?.length &&
  !filters.sources?.length &&
  !filters.province &&
  !filters.from &&
  !filters.to;

function filterSql(filters: KbSearchFilters): SQL {
  const conditions: SQL[] = [];
  const status = filters.status ?? 'in_force';
  if (status !== 'all') conditions.push(sql`d.status = ${status}`);
  if (filters.categories?.length) conditions.push(sql`d.category = ANY(${sql.param(filters.categories)}::text[])`);
  if (filters.regions?.length) conditions.push(sql`d.region = ANY(${sql.param(filters.regions)}::text[])`);
  if (filters.issuingLevels?.length) conditions.push(sql`d.issuing_level = ANY(${sql.param(filters.issuingLevels)}::text[])`);
  if (filters.sources?.length) conditions.push(sql`d.source = ANY(${sql.param(filters.sources)}::text[])`);
  if (filters.province) conditions.push(sql`d.province = ${filters.province}`);
  if (filters.from) conditions.push(sql`coalesce(d.promulgated_on, d.version_date) >= ${filters.from}::date`);
  if (filters.to) conditions.push(sql`coalesce(d.promulgated_on, d.version_date) <= ${filters.to}::date`);
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`true`;
}

interface ScoredRow extends KbDocumentDescription {
  id: string;
  score: number;
  hits: number;
  total: number;
  /** JSON: postgres.js parses it, PGlite may hand over the text. */
  articles: ArticleRow[] | string | null;
}

interface ArticleRow {
  id: string;
  number: string | null;
  headings: string[];
  body: string;
}

export async function searchKnowledgeBase(db: Database, options: KbSearchOptions): Promise<KbSearchPage> {
  const offset = decodeCursor(options.cursor);
  const filters = options.filters ?? {};
  if (filters.from && filters.to && filters.from > filters.to) throw invalid('from', 'from must not be after to');
  const context = await cityContext(db, options.cityId);
  const parsed = parseQuery(options.q, context.lexicon);
  const queryEcho = { words: parsed.words.map((word) => ({ text: word.text, alternatives: word.alternatives })) };
  if (parsed.words.length === 0) return { data: [], total: 0, nextCursor: null, query: queryEcho };

  const weighted = await weighWords(db, options.cityId, parsed.words, context.articleCount);
  const gate = candidateGate(weighted, context.articleCount);
  const anyWord = weighted.map((word) => `(${word.query})`).join(' | ');
  const filter = isDefault(filters) ? null : filterSql(filters);
  const cityId = options.cityId;

  const articleMask = matchMask(sql`a.search`, weighted);
  const titleMask = matchMask(sql`d.title_search`, weighted);
  const defaultFilters = filter === null;
  // With the usual filters (in force, nothing else) candidates are scored from the index and the
  // article rows alone; other filters need each candidate's document.
  const candidateFilter = defaultFilters
    ? sql`true`
    : sql`a.document_id IN (SELECT d.id FROM kb_documents d WHERE d.city_id = ${cityId} AND ${filterSql(filters)})`;
  const gated = gate
    ? sql`SELECT a.id, a.document_id, ${articleMask} AS mask
          FROM kb_articles a
          WHERE a.city_id = ${cityId} AND a.search @@ ${gate}::tsquery AND ${candidateFilter}
          LIMIT ${candidateCap}`
    : sql`SELECT NULL::uuid AS id, NULL::uuid AS document_id, 0 AS mask WHERE false`;

  // How much a document's territory matters to this city's residents (see the comment at the top).
  const locality = sql`(CASE WHEN d.locality = ANY(${sql.param(context.localAreas)}::text[]) THEN 1.1
                            WHEN d.region = 'province' AND d.province = ${context.province} THEN 1.06
                            WHEN d.region = 'national' THEN 1
                            WHEN d.province = ${context.province} THEN 0.85
                            ELSE 0.8 END)`;
  const mainQuery = sql`WITH by_title AS (
          SELECT d.id AS document_id, ${titleMask} AS mask, ${locality} AS place
          FROM kb_documents d
          WHERE d.city_id = ${cityId} AND d.title_search @@ ${anyWord}::tsquery AND ${filterSql(filters)}
        ),
        candidates AS (
          (${gated})
          UNION
          -- The provisions of the documents whose titles answer the query best are scored too,
          -- even when the query's rare words are elsewhere (遛狗 → the 养犬 regulations).
          (SELECT a.id, a.document_id, ${articleMask} AS mask
           FROM kb_articles a
           WHERE a.document_id IN (SELECT document_id FROM by_title ORDER BY (${maskWeight(sql`mask`, weighted)}) * place DESC, document_id LIMIT ${titleDocuments})
             AND a.search @@ ${anyWord}::tsquery)
        ),
        scored AS (SELECT *, ${maskWeight(sql`mask`, weighted)} AS score FROM candidates),
        by_document AS (
          SELECT document_id, max(score) AS best, count(*)::int AS hits, bit_or(mask) AS mask,
                 (array_agg(id ORDER BY score DESC, id))[1:${hitsPerDocument}] AS top_articles
          FROM scored GROUP BY document_id
        ),
        found AS (
          SELECT coalesce(b.document_id, t.document_id) AS document_id, coalesce(b.best, 0) AS best,
                 coalesce(b.hits, 0) AS hits, b.top_articles, coalesce(t.mask, 0) AS title_mask,
                 coalesce(b.mask, 0) | coalesce(t.mask, 0) AS mask
          FROM by_document b FULL JOIN by_title t ON t.document_id = b.document_id
        ),
        ranked AS (
          SELECT f.document_id, f.hits, f.top_articles, d.status, d.version_date,
                 (f.best + 0.5 * (${maskWeight(sql`f.mask`, weighted)}) + 1.5 * (${maskWeight(sql`f.title_mask`, weighted)}) + 0.5 * ln(1 + f.hits))
                   * (CASE WHEN d.status = 'superseded' THEN 0.85 ELSE 1 END)
                   * ${locality} AS score,
                 count(*) OVER ()::int AS total
          -- Each found document by its key: a few hundred index lookups, never a read of the whole table.
          FROM found f CROSS JOIN LATERAL (
            SELECT d.status, d.version_date, d.locality, d.region, d.province FROM kb_documents d
            WHERE d.id = f.document_id AND ${filterSql(filters)} OFFSET 0
          ) AS d
          ORDER BY score DESC, d.status = 'superseded', d.version_date DESC NULLS LAST, f.document_id
          LIMIT ${options.limit} OFFSET ${offset}
        )
        SELECT d.id, d.title, d.subtitle, d.category, d.subcategory, d.region, d.province, d.locality,
               d.issuing_level AS "issuingLevel", d.source, d.status, d.version_date::text AS version,
               d.promulgated_on::text AS "promulgatedOn", d.effective_on::text AS "effectiveOn",
               r.hits, r.score, r.total,
               (SELECT json_agg(json_build_object('id', a.id, 'number', a.number, 'headings', a.headings, 'body', a.body)
                                ORDER BY array_position(r.top_articles, a.id), a.ordinal)
                FROM kb_articles a
                WHERE a.id = ANY(coalesce(r.top_articles, ARRAY(
                  SELECT first.id FROM kb_articles first WHERE first.document_id = r.document_id ORDER BY first.ordinal LIMIT 1)))) AS articles
        FROM ranked r JOIN kb_documents d ON d.id = r.document_id
        ORDER BY r.score DESC, r.status = 'superseded', r.version_date DESC NULLS LAST, r.document_id`;
  const rows = await queryRows<ScoredRow>(db, mainQuery);

  const data = rows.map((row): KbSearchResult => {
    const hits = (typeof row.articles === 'string' ? (JSON.parse(row.articles) as ArticleRow[]) : (row.articles ?? [])).map((article) => ({
      articleId: article.id,
      number: article.number,
      headings: article.headings,
      snippet: makeSnippet(article.body, parsed.highlights),
    }));
    const best = hits[0];
    const { id, score: _score, hits: _hits, total: _total, articles: _articles, ...description } = row;
    return {
      ...description,
      documentId: id,
      titleHighlights: highlightRanges(row.title, parsed.highlights),
      score: Math.round(Number(row.score) * 1000) / 1000,
      articleId: best?.articleId ?? null,
      articleNumber: best?.number ?? null,
      snippet: best?.snippet ?? { text: '', highlights: [] },
      hitCount: Number(row.hits),
      hits,
    };
  });
  const found = Number(rows[0]?.total ?? 0);
  const next = offset + rows.length;
  return { data, total: found, nextCursor: rows.length === options.limit && next < found && next <= maxOffset ? String(next) : null, query: queryEcho };
}
