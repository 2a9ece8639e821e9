import { eq, inArray, sql } from 'drizzle-orm';
import { stableId } from '../../city/ids.js';
import { queryRows, type Database } from '../../db/client.js';
import { kbArticles, kbDocuments, kbSettings } from '../../db/schema/index.js';
import { forgetCityContext } from './city-context.js';
import type { CorpusSource } from './corpus.js';
import type { ParsedDocument } from './document.js';
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
      search: sql`${tsvectorLiteral(searchTerms([...article.headings.slice(-1), article.body].join('\n')))}::tsvector`,
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

async function writeBatch(db: Database, cityId: string, batch: ParsedDocument[], now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    // New index entries collect in the GIN pending list and merge in a few large steps instead of
    // many small ones; an import that dies half-way is simply run again, so no commit waits for disk.
    await tx.execute(sql`SET LOCAL gin_pending_list_limit = '64MB'`);
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    const rows = batch.map((parsed) => documentRow(cityId, parsed, now));
    await tx.insert(kbDocuments).values(rows).onConflictDoUpdate({ target: [kbDocuments.cityId, kbDocuments.sourceKey], set: excludedSet });
    // A changed document's provisions are replaced whole; ids that survive keep their citations.
    await tx.delete(kbArticles).where(inArray(kbArticles.documentId, rows.map((row) => row.id)));
    let written = 0;
    const articles = batch.flatMap((parsed, index) => articleRows(cityId, rows[index]!.id, parsed));
    for (let start = 0; start < articles.length; start += 1000) {
      const chunk = articles.slice(start, start + 1000);
      await tx.insert(kbArticles).values(chunk);
      written += chunk.length;
    }
    return written;
  });
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

/** The article search index exactly as the migration defines it. */
const createSearchIndex = sql`CREATE INDEX IF NOT EXISTS kb_articles_search_idx ON kb_articles USING gin (search)`;

/**
 * Imports knowledge-base sources into a city, idempotently: a source whose content hash is
 * already stored is skipped without a write, a changed one replaces its document, and one that
 * cannot be parsed (or written) is reported and skipped while the rest go on.
 */
export async function importKnowledgeBase(db: Database, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const { cityId, sources } = options;
  const batchSize = options.batchSize ?? 50;
  const now = new Date();
  const stored = new Map(
    (
      await db
        .select({ sourceKey: kbDocuments.sourceKey, contentHash: kbDocuments.contentHash, versionGroup: kbDocuments.versionGroup })
        .from(kbDocuments)
        .where(eq(kbDocuments.cityId, cityId))
    ).map((row) => [row.sourceKey, row]),
  );
  // Into an empty table, building the search index once at the end is several times faster than
  // growing it row by row. The index is put back first thing in every import, so one that died
  // half-way leaves nothing missing after the next run.
  await db.execute(createSearchIndex);
  const bulk = stored.size === 0 && (await queryRows(db, sql`SELECT 1 FROM kb_articles LIMIT 1`)).length === 0;
  if (bulk) await db.execute(sql`DROP INDEX IF EXISTS kb_articles_search_idx`);
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
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      report.articlesWritten += await writeBatch(db, cityId, batch, now);
      batch.forEach(count);
    } catch {
      // Find the document the database refused; the others of the batch still go in.
      for (const parsed of batch) {
        try {
          report.articlesWritten += await writeBatch(db, cityId, [parsed], now);
          count(parsed);
        } catch (error) {
          report.failed.push({ source: parsed.sourceKey, reason: `the database refused it: ${(error as Error).message}` });
        }
      }
    }
    options.onProgress?.(done, sources.length);
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
  if (bulk) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
      await tx.execute(createSearchIndex);
    });
  }
  options.onProgress?.(sources.length, sources.length);

  if (report.added + report.updated > 0) {
    report.statusChanges = await rankVersions(db, cityId, [...touchedGroups]);
    await refreshTermStats(db, cityId, now);
    // Fresh planner statistics, or the first searches after a large import plan as if the tables were empty.
    await db.execute(sql`ANALYZE kb_documents, kb_articles`);
    forgetCityContext(cityId);
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
