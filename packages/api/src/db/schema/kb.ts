import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffAccounts } from './access.js';
import { cities } from './cities.js';
import { cityId, createdAt, timestampTz, updatedAt } from './columns.js';

/**
 * A full-text vector. The knowledge base fills it with the character bigrams of Chinese text
 * (see services/kb/terms.ts), written as a tsvector literal, so indexing is the same on every
 * engine and locale: PostgreSQL's own parser never has to understand Chinese.
 */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const kbSources = ['policy', 'service_guide'] as const;
/** Where a document came from: the policy corpus (laws, regulations, cases) or a government-service guide. */
export type KbSource = (typeof kbSources)[number];

export const kbRegions = ['national', 'province', 'city'] as const;
/** The territory a document governs: the whole country, one province, or one city. */
export type KbRegion = (typeof kbRegions)[number];

export const kbIssuingLevels = [
  'constitution',
  'law',
  'administrative_regulation',
  'departmental_rule',
  'judicial_interpretation',
  'local_regulation',
  'case',
  'service_guide',
  'other',
] as const;
/** 宪法, 法律, 行政法规, 部门规章, 司法解释, 地方性法规, 典型案例, 办事指南, 其他. */
export type KbIssuingLevel = (typeof kbIssuingLevels)[number];

export const kbStatuses = ['in_force', 'superseded'] as const;
/** The latest version of a title is in force; older versions are superseded but kept and citable. */
export type KbStatus = (typeof kbStatuses)[number];

/** What a government-service guide (办事指南) tells a resident besides its text. */
export interface ServiceGuideDetails {
  department: string;
  /** The promised time limit as published, e.g. `7(工作日)`. */
  timeLimit: string | null;
  /** The legal time limit, e.g. `30(工作日)`. */
  legalTimeLimit: string | null;
  materials: string[];
  consultPhone: string | null;
  complaintPhone: string | null;
  location: string | null;
  coDepartments: string | null;
  serviceType: string | null;
  url: string | null;
}

/** One document of the knowledge base: a law, regulation, rule, interpretation, case or service guide, in one version. */
export const kbDocuments = pgTable(
  'kb_documents',
  {
    id: uuid('id').primaryKey(),
    cityId: cityId().references(() => cities.id),
    source: text('source').$type<KbSource>().notNull(),
    /** The file's path inside the corpus, or the guide's task code: what a re-import recognises. */
    sourceKey: text('source_key').notNull(),
    /** SHA-256 of the source bytes: an unchanged file is skipped without a write. */
    contentHash: text('content_hash').notNull(),
    title: text('title').notNull(),
    /** A part of a split law, e.g. 人格权编 of the Civil Code. */
    subtitle: text('subtitle'),
    /** Documents with the same group are versions of one text. */
    versionGroup: text('version_group').notNull(),
    /** The version's date (from the file name, else the info block). */
    versionDate: date('version_date', { mode: 'string' }),
    status: text('status').$type<KbStatus>().notNull(),
    category: text('category').notNull(),
    subcategory: text('subcategory'),
    region: text('region').$type<KbRegion>().notNull(),
    province: text('province'),
    /** The city a city-level document governs, e.g. 烟台市. */
    locality: text('locality'),
    issuingLevel: text('issuing_level').$type<KbIssuingLevel>().notNull(),
    issuer: text('issuer'),
    promulgatedOn: date('promulgated_on', { mode: 'string' }),
    effectiveOn: date('effective_on', { mode: 'string' }),
    /** The info block: adoption, amendments, promulgation, as printed. */
    history: text('history').array().notNull().default(sql`'{}'::text[]`),
    guide: jsonb('guide').$type<ServiceGuideDetails>(),
    articleCount: integer('article_count').notNull(),
    titleSearch: tsvector('title_search').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('kb_documents_city_source_idx').on(table.cityId, table.sourceKey),
    index('kb_documents_city_group_idx').on(table.cityId, table.versionGroup),
    index('kb_documents_city_filter_idx').on(table.cityId, table.status, table.category),
    index('kb_documents_title_search_idx').using('gin', table.titleSearch),
  ],
);

/**
 * One provision (条) of a document, under its chapter and section headings; documents without
 * numbered articles (cases, notices, guides) keep their paragraphs or sections here instead.
 * Ids derive from the document and the position, so a re-import keeps cited ids.
 */
export const kbArticles = pgTable(
  'kb_articles',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => kbDocuments.id, { onDelete: 'cascade' }),
    cityId: cityId(),
    ordinal: integer('ordinal').notNull(),
    /** e.g. 第二十条; null for an unnumbered provision. */
    number: text('number'),
    /** Chapter, section… headings above the article, outermost first. */
    headings: text('headings').array().notNull().default(sql`'{}'::text[]`),
    body: text('body').notNull(),
    search: tsvector('search').notNull(),
  },
  (table) => [
    uniqueIndex('kb_articles_document_ordinal_idx').on(table.documentId, table.ordinal),
    index('kb_articles_search_idx').using('gin', table.search),
  ],
);

/**
 * How many articles hold each search term, per city: rare terms decide which articles are
 * candidates and weigh more in ranking. Rebuilt after every import that changed something.
 */
export const kbTermStats = pgTable(
  'kb_term_stats',
  {
    cityId: cityId(),
    term: text('term').notNull(),
    articles: integer('articles').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.term] })],
);

/** Per-city knowledge-base settings and corpus figures. */
export const kbSettings = pgTable('kb_settings', {
  cityId: text('city_id')
    .primaryKey()
    .references(() => cities.id),
  /** Places whose city-level documents count as local (the city itself, its prefecture), e.g. 招远市, 烟台市. */
  localAreas: text('local_areas').array().notNull().default(sql`'{}'::text[]`),
  articleCount: integer('article_count').notNull().default(0),
  statsRefreshedAt: timestampTz('stats_refreshed_at'),
  updatedAt: updatedAt(),
});

export const kbLexiconKinds = ['synonym', 'stopword'] as const;
export type KbLexiconKind = (typeof kbLexiconKinds)[number];

/**
 * A city's changes to the built-in lexicon: synonyms it added or edited, stop-words it added,
 * and built-in entries it switched off (`disabled`). The built-in list itself lives in code.
 */
export const kbLexicon = pgTable(
  'kb_lexicon',
  {
    cityId: cityId().references(() => cities.id),
    kind: text('kind').$type<KbLexiconKind>().notNull(),
    term: text('term').notNull(),
    /** For a synonym: the statute words the term stands for. */
    expansions: text('expansions').array().notNull().default(sql`'{}'::text[]`),
    disabled: boolean('disabled').notNull().default(false),
    updatedBy: uuid('updated_by').references(() => staffAccounts.id),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.cityId, table.kind, table.term] })],
);
