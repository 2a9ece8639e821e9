import type { ServiceGuideDetails } from '../../db/schema/index.js';
import type { KbDocumentDescription } from './documents.js';

/** One provision as parsed: an article (条), or a paragraph or section of a document without articles. */
export interface ParsedArticle {
  /** 第二十条, 一、, or a section label such as 基本案情 or 申请材料; null for a plain paragraph. */
  number: string | null;
  headings: string[];
  body: string;
}

/** A source file or guide turned into the knowledge base's shape, before it touches the database. */
export interface ParsedDocument extends Omit<KbDocumentDescription, 'status' | 'version'> {
  sourceKey: string;
  contentHash: string;
  versionGroup: string;
  versionDate: string | null;
  issuer: string | null;
  history: string[];
  guide: ServiceGuideDetails | null;
  articles: ParsedArticle[];
}

/** A source that cannot become a document; the import reports it and goes on with the rest. */
export class MalformedSourceError extends Error {
  constructor(
    readonly sourceKey: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'MalformedSourceError';
  }
}
