import { eq, inArray, sql } from 'drizzle-orm';
import { stableId } from '../../city/ids.js';
import { queryRows, type Database, type DatabaseHandle } from '../../db/client.js';
import { kbArticles, kbDocuments, kbSettings } from '../../db/schema/index.js';
import { forgetCityContext } from './city-context.js';
import type { CorpusSource } from './corpus.js';
import type { ParsedDocument } from './document.js';
import { arrayLiteral, copyField, transactionWithCopy } from './copy.js';
import { searchTerms, tsvectorLiteral } from './terms.js';

export interface ImportFailure {
  source: string;
  reason: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  failed: ImportFailure[];
  articlesWritten: number;
  /** Documents whose status changed because a newer version arrived (or left). */
  statusChanges: number;
  durationMs: number;
}

export interface ImportOptions {
  cityId: string;
  sources: CorpusSource[];
  onProgress?: (done: number, total: number) => void;
  /** Documents written per transaction. */
  batchSize?: number;
}

export const documentId = (cityId: string, sourceKey: string) => stableId(cityId, 'kb-document', sourceKey);

/**
 * Article ids derive from the document and the article's number (and which occurrence of it),
 * so when a changed file is imported again an unchanged 第二十条 keeps its id and citations of it
 * still resolve.
 */
function articleRows(cityId: string, docId: string, parsed: ParsedDocument) {
  const seen = new Map<string, number>();
  return parsed.articles.map((article, index) => {
    const label = article.number ?? '';
    const occurrence = (seen.get(label) ?? 0) + 1;
    seen.set(label, occurrence);
    return {
      id: stableId(docId, 'kb-article', label, String(occurrence)),
      documentId: docId,
      cityId,
      ordinal: index + 1,
      number: article.number,
      headings: article.headings,
      body: article.body,
      search: tsvectorLiteral(searchTerms([...article.headings.slice(-1), article.body].join('\n'))),
    };
  });
}

function documentRow(cityId: string, parsed: ParsedDocument, now: Date) {
  const { articles, ...fields } = parsed;
  return {
    ...fields,
    id: documentId(cityId, parsed.sourceKey),
    cityId,
    // Provisional: the versions of each touched title are ranked once the batch is written.
    status: 'in_force' as const,
    articleCount: articles.length,
    titleSearch: sql`${tsvectorLiteral(searchTerms(`${parsed.title}\n${parsed.subtitle ?? ''}`))}::tsvector`,
    updatedAt: now,
  };
}

const updatableColumns = [
  'contentHash',
  'title',
  'subtitle',
  'versionGroup',
  'versionDate',
  'category',
  'subcategory',
  'region',
  'province',
  'locality',
  'issuingLevel',
  'issuer',
  'promulgatedOn',
  'effectiveOn',
  'history',
  'guide',
  'articleCount',
  'titleSearch',
  'updatedAt',
] as const satisfies readonly (keyof typeof kbDocuments.$inferInsert)[];

const excludedSet = Object.fromEntries(
  updatableColumns.map((column) => [column, sql.raw(`excluded."${kbDocuments[column].name}"`)]),
) as Record<(typeof updatableColumns)[number], ReturnType<typeof sql.raw>>;

const articleTarget = 'kb_articles (id, document_id, city_id, ordinal, number, headings, body, search)';

/**
 * Writes a batch of documents in one transaction: upserts the documents, drops the provisions of
 * the ones that changed, and COPYs in the new provisions.
 */
async function writeBatch(handle: DatabaseHandle, cityId: string, batch: ParsedDocument[], now: Date): Promise<number> {
  const rows = batch.map((parsed) => documentRow(cityId, parsed, now));
  const upsert = handle.db.insert(kbDocuments).values(rows).onConflictDoUpdate({ target: [kbDocuments.cityId, kbDocuments.sourceKey], set: excludedSet }).toSQL();
  // A changed document's provisions are replaced whole; ids that survive keep their citations.
  const replace = handle.db.delete(kbArticles).where(inArray(kbArticles.documentId, rows.map((row) => row.id))).toSQL();
  const articles = batch.flatMap((parsed, index) => articleRows(cityId, rows[index]!.id, parsed));
  const text = articles
    .map((article) =>
      [article.id, article.documentId, cityId, article.ordinal, article.number, arrayLiteral(article.headings), article.body, article.search]
        .map(copyField)
        .join('\t'),
    )
    .join('\n');
  await transactionWithCopy(
    handle,
    [
      // New index entries collect in the GIN pending list and merge in a few large steps instead of
      // many small ones; an import that dies half-way is simply run again, so no commit waits for disk.
      { sql: "SET LOCAL gin_pending_list_limit = '256MB'", params: [] },
      { sql: 'SET LOCAL synchronous_commit = off', params: [] },
      upsert,
      replace,
    ],
    articleTarget,
    text ? `${text}\n` : '',
  );
  return articles.length;
}

/** Ranks the versions of each title: the latest is in force, the older ones superseded. */
async function rankVersions(db: Database, cityId: string, groups: string[]): Promise<number> {
  if (groups.length === 0) return 0;
  const changed = await queryRows<{ id: string }>(
    db,
    sql`UPDATE kb_documents AS d SET status = ranked.status
        FROM (
          SELECT id, CASE WHEN row_number() OVER (
                   PARTITION BY version_group ORDER BY version_date DESC NULLS LAST, source_key DESC) = 1
                 THEN 'in_force' ELSE 'superseded' END AS status
          FROM kb_documents WHERE city_id = ${cityId} AND version_group = ANY(${sql.param(groups)}::text[])
        ) AS ranked
        WHERE d.id = ranked.id AND d.status <> ranked.status
        RETURNING d.id`,
  );
  return changed.length;
}

/**
 * Rebuilds how many articles hold each term, which search uses to tell rare words (that find the
 * answer) from common ones (that only rank it). ts_stat reads the stored vectors, so the figures
 * always match what is indexed.
 */
export async function refreshTermStats(db: Database, cityId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM kb_term_stats WHERE city_id = ${cityId}`);
    await tx.execute(
      sql`INSERT INTO kb_term_stats (city_id, term, articles)
          SELECT ${cityId}, word, ndoc FROM ts_stat(format('SELECT search FROM kb_articles WHERE city_id = %L', ${cityId}::text))`,
    );
    const [{ count } = { count: 0 }] = await queryRows<{ count: number }>(
      tx,
      sql`SELECT count(*)::int AS count FROM kb_articles WHERE city_id = ${cityId}`,
    );
    await tx
      .insert(kbSettings)
      .values({ cityId, articleCount: count, statsRefreshedAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: kbSettings.cityId, set: { articleCount: count, statsRefreshedAt: now, updatedAt: now } });
  });
}

/**
 * Imports knowledge-base sources into a city, idempotently: a source whose content hash is
 * already stored is skipped without a write, a changed one replaces its document, and one that
 * cannot be parsed (or written) is reported and skipped while the rest go on.
 */
export async function importKnowledgeBase(handle: DatabaseHandle, options: ImportOptions): Promise<ImportReport> {
  const { db } = handle;
  const started = performance.now();
  const { cityId, sources } = options;
  const batchSize = options.batchSize ?? 200;
  const now = new Date();
  const stored = new Map(
    (
      await db
        .select({ sourceKey: kbDocuments.sourceKey, contentHash: kbDocuments.contentHash, versionGroup: kbDocuments.versionGroup })
        .from(kbDocuments)
        .where(eq(kbDocuments.cityId, cityId))
    ).map((row) => [row.sourceKey, row]),
  );
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, failed: [], articlesWritten: 0, statusChanges: 0, durationMs: 0 };
  const touchedGroups = new Set<string>();
  let done = 0;
  let pending: ParsedDocument[] = [];

  const count = (parsed: ParsedDocument) => {
    const before = stored.get(parsed.sourceKey);
    if (before) {
      report.updated++;
      touchedGroups.add(before.versionGroup);
    } else report.added++;
    touchedGroups.add(parsed.versionGroup);
  };
  const write = async (batch: ParsedDocument[], doneWhenQueued: number) => {
    try {
      // Two writes may be in flight: add what each wrote after it finished, never across an await.
      const written = await writeBatch(handle, cityId, batch, now);
      report.articlesWritten += written;
      batch.forEach(count);
    } catch {
      // Find the document the database refused; the others of the batch still go in.
      for (const parsed of batch) {
        try {
          const written = await writeBatch(handle, cityId, [parsed], now);
          report.articlesWritten += written;
          count(parsed);
        } catch (error) {
          report.failed.push({ source: parsed.sourceKey, reason: `the database refused it: ${(error as Error).message}` });
        }
      }
    }
    options.onProgress?.(doneWhenQueued, sources.length);
  };
  // The server writes two batches at once (it has the cores) while the next one is parsed here;
  // PGlite runs in this thread, so its batches go one after another.
  const concurrency = handle.engine === 'postgres' ? 2 : 1;
  const writing = new Set<Promise<void>>();
  const flush = async () => {
    if (pending.length === 0) return;
    const job: Promise<void> = write(pending, done).finally(() => writing.delete(job));
    pending = [];
    writing.add(job);
    if (writing.size >= concurrency) await Promise.race(writing);
  };

  for (const source of sources) {
    done++;
    if (stored.get(source.key)?.contentHash === source.contentHash) {
      report.unchanged++;
      if (done % 500 === 0) options.onProgress?.(done, sources.length);
      continue;
    }
    try {
      pending.push(source.parse());
    } catch (error) {
      report.failed.push({ source: source.key, reason: (error as Error).message });
    }
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(writing);
  options.onProgress?.(sources.length, sources.length);

  if (report.added + report.updated > 0) {
    report.statusChanges = await rankVersions(db, cityId, [...touchedGroups]);
    await refreshTermStats(db, cityId, now);
    // Searches read the GIN pending list row by row until it is merged into the index; merge it
    // now rather than leave it to autovacuum. Fresh planner statistics too, or the first searches
    // after a large import plan as if the tables were empty.
    await db.execute(sql`SELECT gin_clean_pending_list('kb_articles_search_idx'::regclass)`);
    await db.execute(sql`ANALYZE kb_documents, kb_articles`);
    forgetCityContext(cityId);
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
