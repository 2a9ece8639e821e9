import { cjkTerms } from '@huying/core';

/**
 * The index terms of a text: its character bigrams and Latin words (see core's cjkTerms), each
 * once. Search asks for the bigrams of a word, so 低保 finds 城市低保对象 with no dictionary.
 */
export function searchTerms(text: string): string[] {
  return [...new Set(cjkTerms(text))];
}

/** A lexeme quoted for tsvector and tsquery input, so PostgreSQL takes it as it is, on any locale. */
const quoteLexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A tsvector literal of the terms (no positions: ranking counts which words an article holds, not where). */
export function tsvectorLiteral(terms: Iterable<string>): string {
  return [...terms].map(quoteLexeme).join(' ');
}

/** A tsquery requiring every term: a word is found where all its bigrams are. */
export function allTermsQuery(terms: readonly string[]): string {
  return terms.map(quoteLexeme).join(' & ');
}

/** A tsquery matching any of the alternatives, each a list of required terms. */
export function anyOfQuery(alternatives: readonly (readonly string[])[]): string {
  return alternatives.map((terms) => `(${allTermsQuery(terms)})`).join(' | ');
}
