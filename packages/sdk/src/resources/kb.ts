import type { APIClient } from '../core/client.js';
import { PagePromise } from '../core/pagination.js';
import type { components } from '../generated/api.js';

type Schemas = components['schemas'];

export type KbSearchPage = Schemas['KbSearchPage'];
export type KbSearchResult = Schemas['KbSearchResult'];
export type KbSearchHit = Schemas['KbSearchHit'];
export type KbSnippet = Schemas['KbSnippet'];
export type KbDocument = Schemas['KbDocument'];
export type KbDocumentSummary = Schemas['KbDocumentSummary'];
export type KbArticle = Schemas['KbArticle'];
export type KbArticleDetail = Schemas['KbArticleDetail'];
export type KbFacets = Schemas['KbFacets'];
export type KbLexiconEntry = Schemas['KbLexiconEntry'];
export type KbSettings = Schemas['KbSettings'];
export type Citation = Schemas['Citation'];
export type CitationLink = Schemas['CitationLink'];

/** What to search for and where: the words, and filters the API accepts (arrays for several values). */
export interface KbSearchParams {
  q: string;
  limit?: number;
  cursor?: string;
  category?: string[];
  region?: KbSearchResult['region'][];
  level?: KbSearchResult['issuingLevel'][];
  source?: KbSearchResult['source'][];
  province?: string;
  /** `in_force` (default), `superseded`, or `all` versions. */
  status?: 'in_force' | 'superseded' | 'all';
  /** Promulgated on or after / before, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

const path = (segment: string, id: string) => `/api/v1/kb/${segment}/${encodeURIComponent(id)}`;

/** Staff edits to the city's lexicon: everyday words → statute words, and stop-words. */
export class KbLexicon {
  constructor(private readonly client: APIClient) {}

  async list(): Promise<KbLexiconEntry[]> {
    return (await this.client.request<{ data: KbLexiconEntry[] }>('GET', '/api/v1/kb/lexicon')).data;
  }
  /** Adds or changes a synonym: `term` (what residents say) stands for `expansions` (statute words). */
  setSynonym(term: string, expansions: string[]): Promise<KbLexiconEntry> {
    return this.client.request('PUT', path('lexicon/synonyms', term), { body: { expansions } });
  }
  /** Removes a synonym; a built-in one is switched off (set it again to switch it back on). */
  removeSynonym(term: string): Promise<void> {
    return this.client.request('DELETE', path('lexicon/synonyms', term));
  }
  addStopword(term: string): Promise<KbLexiconEntry> {
    return this.client.request('PUT', path('lexicon/stopwords', term), { body: {} });
  }
  removeStopword(term: string): Promise<void> {
    return this.client.request('DELETE', path('lexicon/stopwords', term));
  }
}

/**
 * The knowledge base (知识库): laws, regulations, cases and service guides, searched in everyday
 * words. Searching and reading are public; suggestions, the lexicon and settings need a staff token.
 */
export class KnowledgeBase {
  readonly lexicon: KbLexicon;

  constructor(private readonly client: APIClient) {
    this.lexicon = new KbLexicon(client);
  }

  /** One page of documents, best first, with their best articles and highlighted snippets. */
  search(params: KbSearchParams, options: { signal?: AbortSignal } = {}): Promise<KbSearchPage> {
    return this.client.request('GET', '/api/v1/kb/search', { query: { ...params }, ...(options.signal ? { signal: options.signal } : {}) });
  }

  /** Every result across pages, for `for await`. */
  results(params: Omit<KbSearchParams, 'cursor'>): PagePromise<KbSearchResult> {
    return new PagePromise((cursor) => this.search({ ...params, ...(cursor ? { cursor } : {}) }));
  }

  /** A whole document: articles under their chapters, dates, versions; a guide's department, materials and phones. */
  document(id: string, options: { signal?: AbortSignal } = {}): Promise<KbDocument> {
    return this.client.request('GET', path('documents', id), options.signal ? { signal: options.signal } : {});
  }

  /** One article with its document and neighbours. */
  article(id: string, options: { signal?: AbortSignal } = {}): Promise<KbArticleDetail> {
    return this.client.request('GET', path('articles', id), options.signal ? { signal: options.signal } : {});
  }

  /** Counts of documents in force by category, region, level, province and source. */
  facets(): Promise<KbFacets> {
    return this.client.request('GET', '/api/v1/kb/facets');
  }

  /** Articles that may answer a case, from the resident's words (staff who can see the case). */
  suggestions(caseId: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<KbSearchPage> {
    return this.client.request('GET', path('suggestions', caseId), {
      query: { limit: options.limit },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  settings(): Promise<KbSettings> {
    return this.client.request('GET', '/api/v1/kb/settings');
  }

  /** Which places' city-level documents rank as local (administrators). */
  setLocalAreas(localAreas: string[]): Promise<KbSettings> {
    return this.client.request('PUT', '/api/v1/kb/settings', { body: { localAreas } });
  }

  /** A citation of a search result's best article, ready for a reply's `citations`. */
  static citationOf(result: Pick<KbSearchResult, 'documentId' | 'title' | 'articleId' | 'articleNumber' | 'version'>): Citation {
    return { documentId: result.documentId, title: result.title, articleId: result.articleId, articleNumber: result.articleNumber, version: result.version };
  }
}
