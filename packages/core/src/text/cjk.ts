/**
 * Chinese text has no spaces between words, so search and classification work on overlapping
 * character bigrams (最低生活保障 → 最低 低生 生活 活保 保障) plus whole Latin words and numbers.
 * Bigrams find two-character words (低保, 医保) wherever they occur, with no dictionary.
 */

const hanRun = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const latinRun = /[a-z0-9]+/g;

/** Full-width letters and digits to ASCII, lower-case: ＡＢＣ１２３ → abc123. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The character bigrams of each run of Han characters; a single character stands alone. */
export function hanBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of normalizeText(text).match(hanRun) ?? []) {
    if (run.length === 1) grams.push(run);
    for (let index = 0; index + 1 < run.length; index++) grams.push(run.slice(index, index + 2));
  }
  return grams;
}

/** Bigrams of the Han text plus the Latin words and numbers in it. */
export function cjkTerms(text: string): string[] {
  const normalized = normalizeText(text);
  return [...hanBigrams(normalized), ...(normalized.match(latinRun) ?? [])];
}
