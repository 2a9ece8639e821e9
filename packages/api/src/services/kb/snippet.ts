import { normalizeText } from '@huying/core';

/** A highlighted stretch of text: `[start, end)` in UTF-16 code units of the text it belongs to. */
export type HighlightRange = [start: number, end: number];

export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

/**
 * Where the words occur in a text, longest words first and without overlaps. Matching is on the
 * normalised text (full-width forms folded), which keeps the length of CJK text, so the ranges
 * apply to the original.
 */
export function highlightRanges(text: string, words: readonly string[]): HighlightRange[] {
  const normalized = normalizeText(text);
  // NFKC can change the length of rare characters; ranges would then point at the wrong place.
  if (normalized.length !== text.length) return [];
  const taken = new Uint8Array(text.length);
  const ranges: HighlightRange[] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (taken.subarray(at, end).some(Boolean)) continue;
      taken.fill(1, at, end);
      ranges.push([at, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * A short passage of `body` around its densest cluster of highlights, with `…` where it was cut,
 * and the highlight ranges relative to the passage.
 */
export function makeSnippet(body: string, words: readonly string[], length = 120): Snippet {
  const text = body.replace(/\s*\n\s*/g, ' ');
  const ranges = highlightRanges(text, words);
  if (text.length <= length) return { text, highlights: ranges };
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const windowStart = Math.max(0, start - Math.floor(length / 5));
    const count = ranges.filter(([s, e]) => s >= windowStart && e <= windowStart + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = windowStart;
    }
  }
  bestStart = Math.min(bestStart, text.length - length);
  const prefix = bestStart > 0 ? '…' : '';
  const end = bestStart + length;
  const suffix = end < text.length ? '…' : '';
  return {
    text: `${prefix}${text.slice(bestStart, end)}${suffix}`,
    highlights: ranges
      .filter(([s, e]) => s >= bestStart && e <= end)
      .map(([s, e]) => [s - bestStart + prefix.length, e - bestStart + prefix.length] as HighlightRange),
  };
}
