import type { Citation } from '@huying/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { kbArticles, kbDocuments } from '../../db/schema/index.js';
import { ProblemError, type FieldError } from '../../http/problems.js';

/**
 * Checks the citations of a reply against the knowledge base and records them as the knowledge
 * base has them: the document's title and version, the article's number. A citation of a
 * document or article the city does not have, of an article of another document, or of another
 * version than the one named refuses the whole reply, so a resident never gets a dead reference.
 */
export async function verifyCitations(db: Database, cityId: string, citations: readonly Citation[]): Promise<Citation[]> {
  if (citations.length === 0) return [];
  const documentIds = [...new Set(citations.map((citation) => citation.documentId))];
  const articleIds = [...new Set(citations.flatMap((citation) => (citation.articleId ? [citation.articleId] : [])))];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const [documents, articles] = await Promise.all([
    db
      .select({ id: kbDocuments.id, title: kbDocuments.title, version: kbDocuments.versionDate })
      .from(kbDocuments)
      .where(and(eq(kbDocuments.cityId, cityId), inArray(kbDocuments.id, documentIds.filter((id) => uuid.test(id))))),
    articleIds.some((id) => uuid.test(id))
      ? db
          .select({ id: kbArticles.id, documentId: kbArticles.documentId, number: kbArticles.number })
          .from(kbArticles)
          .where(and(eq(kbArticles.cityId, cityId), inArray(kbArticles.id, articleIds.filter((id) => uuid.test(id)))))
      : Promise.resolve([]),
  ]);
  const documentById = new Map(documents.map((document) => [document.id, document]));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const errors: FieldError[] = [];
  const verified: Citation[] = [];
  const seen = new Set<string>();
  citations.forEach((citation, index) => {
    const field = `citations.${index}`;
    const document = documentById.get(citation.documentId);
    if (!document) {
      errors.push({ field: `${field}.documentId`, message: 'no such document in the knowledge base' });
      return;
    }
    const version = document.version ?? null;
    if (citation.version !== null && citation.version !== undefined && citation.version !== version) {
      errors.push({ field: `${field}.version`, message: `the document is version ${version ?? 'without a date'}; cite that version or leave version out` });
      return;
    }
    let articleNumber: string | null = null;
    if (citation.articleId) {
      const article = articleById.get(citation.articleId);
      if (!article || article.documentId !== document.id) {
        errors.push({ field: `${field}.articleId`, message: 'no such article in the cited document' });
        return;
      }
      articleNumber = article.number;
    }
    const key = `${document.id}:${citation.articleId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    verified.push({ documentId: document.id, title: document.title, articleNumber, articleId: citation.articleId ?? null, version });
  });
  if (errors.length > 0) {
    throw new ProblemError('validation-failed', errors.length === 1 ? `${errors[0]!.field}: ${errors[0]!.message}` : `${errors.length} citations are not valid`, {
      errors,
    });
  }
  return verified;
}

/** Where a resident reads a cited provision: the article, or the whole document. */
export const citationHref = (citation: Pick<Citation, 'documentId' | 'articleId'>) =>
  citation.articleId ? `/api/v1/kb/articles/${citation.articleId}` : `/api/v1/kb/documents/${citation.documentId}`;

/** A citation as the resident's timeline shows it: with the link to the provision. */
export interface CitationLink extends Citation {
  href: string;
}

/** The citations stored in a reply's event, as links; anything else stored there is ignored. */
export function citationLinks(stored: unknown): CitationLink[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((item): item is Citation => typeof item === 'object' && item !== null && typeof (item as Citation).documentId === 'string' && typeof (item as Citation).title === 'string')
    .map((citation) => ({
      documentId: citation.documentId,
      title: citation.title,
      articleNumber: citation.articleNumber ?? null,
      articleId: citation.articleId ?? null,
      version: citation.version ?? null,
      href: citationHref(citation),
    }));
}
