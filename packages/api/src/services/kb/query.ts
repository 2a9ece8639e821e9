import { normalizeText } from '@huying/core';
import type { Lexicon } from './lexicon.js';
import { searchTerms } from './terms.js';

/**
 * Turns what a resident types into the words search looks for. Chinese has no spaces, so:
 *  1. quoted text ("…", “…”, 「…」) is one exact word;
 *  2. words of the lexicon's synonym map are found in the raw text, longest first, and each
 *     stands for itself or its statute words (遛狗 → 遛狗 | 养犬 | 犬只 | 携犬出户);
 *  3. the rest is cut into words by the platform's dictionary segmenter (Intl.Segmenter, ICU),
 *     stop-words are dropped, and runs of single characters the dictionary did not know are
 *     joined again (低/保 → 低保), since the index finds any two-character sequence.
 * Each word is then the set of bigrams the index must hold for it.
 */

export interface QueryWord {
  /** The word as found in the query. */
  text: string;
  /** The strings that count as this word: itself and, for a synonym, its statute words. */
  alternatives: string[];
  /** The index terms of each alternative (all must be present). */
  terms: string[][];
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Every string worth highlighting in a result, longest first. */
  highlights: string[];
}

/** A query longer than this is cut (a case description used for suggestions can be long). */
export const maxQueryLength = 2000;
/** More words than this add noise and time, not answers. */
const maxWords = 24;

const quoted = /["“”「」『』]([^"“”「」『』]{1,40})["“”「」『』]/g;
const singleHan = /^\p{Script=Han}$/u;
/**
 * Segments that carry no subject whatever the lexicon says: an adverb with a negation (都不,
 * 也没) and counts (一声, 几个, 好几千, 一分钱). Residents' questions are full of them, and being
 * rare in statutes they would otherwise weigh the most.
 */
const noSubject = /^(?:[都也还就又才][不没]|[一二两三四五六七八九十几好]+[个只次声些点位件天块元千百万分毛钱]*)$/u;

let segmenter: Intl.Segmenter | undefined;
const segments = (text: string) =>
  [...(segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);

function synonymSpans(text: string, lexicon: Lexicon): { start: number; end: number; term: string }[] {
  const keys = [...lexicon.synonyms.keys()].sort((a, b) => b.length - a.length);
  const spans: { start: number; end: number; term: string }[] = [];
  for (let index = 0; index < text.length; ) {
    const key = keys.find((candidate) => text.startsWith(candidate, index));
    if (key) {
      spans.push({ start: index, end: index + key.length, term: key });
      index += key.length;
    } else index++;
  }
  return spans;
}

/** The words of a stretch of text between synonyms: segmented, without stop-words, single characters rejoined. */
function plainWords(text: string, lexicon: Lexicon): string[] {
  const words: string[] = [];
  let singles = '';
  const flushSingles = () => {
    if (singles.length >= 2) words.push(singles);
    singles = '';
  };
  for (const segment of segments(text)) {
    if (lexicon.stopwords.has(segment) || noSubject.test(segment)) {
      flushSingles();
      continue;
    }
    if (singleHan.test(segment)) {
      singles += segment;
      continue;
    }
    flushSingles();
    words.push(segment);
  }
  flushSingles();
  return words;
}

export function parseQuery(raw: string, lexicon: Lexicon): ParsedQuery {
  // 了 marks aspect in a question (喝了酒开车, 被骗了) and splits the words around it; without it
  // 喝酒开车 is found as one phrase.
  let text = normalizeText(raw.slice(0, maxQueryLength)).replace(/了(?!解)/g, '');
  const found: { text: string; alternatives: string[] }[] = [];
  text = text.replace(quoted, (_, phrase: string) => {
    found.push({ text: phrase.trim(), alternatives: [phrase.trim()] });
    return ' ';
  });
  let last = 0;
  for (const span of synonymSpans(text, lexicon)) {
    for (const word of plainWords(text.slice(last, span.start), lexicon)) found.push({ text: word, alternatives: [word] });
    found.push({ text: span.term, alternatives: [span.term, ...(lexicon.synonyms.get(span.term) ?? [])] });
    last = span.end;
  }
  for (const word of plainWords(text.slice(last), lexicon)) found.push({ text: word, alternatives: [word] });

  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const candidate of found) {
    const alternatives = [...new Set(candidate.alternatives)];
    const terms = alternatives.map(searchTerms).filter((list) => list.length > 0);
    const key = alternatives.join('|');
    if (terms.length === 0 || seen.has(key)) continue;
    seen.add(key);
    words.push({ text: candidate.text, alternatives, terms });
    if (words.length === maxWords) break;
  }
  const highlights = [...new Set(words.flatMap((word) => word.alternatives))].sort((a, b) => b.length - a.length);
  return { words, highlights };
}
