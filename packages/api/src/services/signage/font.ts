import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The sign's typeface: Noto Sans Hans (SIL OFL), covering GB 2312, from the npm package
 * @embedpdf/fonts-sc, so a fresh machine needs nothing but `pnpm install`. PDFs embed only the
 * glyphs a document uses; SVGs draw them as outlines.
 */

export type FontWeight = 'regular' | 'bold';
export type SignFont = fontkit.Font;

const files: Record<FontWeight, string> = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };
const require = createRequire(import.meta.url);

export interface SignFonts {
  regular: SignFont;
  bold: SignFont;
  /** The raw font files, for PDF embedding. */
  files: Record<FontWeight, Buffer>;
}

let loaded: SignFonts | undefined;

export function signFonts(): SignFonts {
  if (loaded) return loaded;
  // The package exports only its entry (dist/index.*); the fonts sit beside dist/.
  const fontsDir = join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts');
  const buffers = { regular: readFileSync(join(fontsDir, files.regular)), bold: readFileSync(join(fontsDir, files.bold)) };
  const open = (buffer: Buffer) => fontkit.create(buffer) as SignFont;
  loaded = { regular: open(buffers.regular), bold: open(buffers.bold), files: buffers };
  return loaded;
}

const advanceCache = new WeakMap<SignFont, Map<number, number>>();

/**
 * Width of a line of text at a size, in the same units as the size. Chinese text has no kerning
 * or ligatures, so the sum of each character's advance is exact, and thousands of times cheaper
 * than full shaping when laying out thousands of signs.
 */
export function textWidth(font: SignFont, text: string, size: number): number {
  let advances = advanceCache.get(font);
  if (!advances) advanceCache.set(font, (advances = new Map()));
  let total = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let advance = advances.get(codePoint);
    if (advance === undefined) advances.set(codePoint, (advance = font.glyphForCodePoint(codePoint).advanceWidth));
    total += advance;
  }
  return (total / font.unitsPerEm) * size;
}

/** Characters the font cannot draw: they would print as empty boxes. */
export function missingCharacters(text: string, fonts: SignFonts = signFonts()): string[] {
  return [...new Set([...text])].filter((char) => !/\s/.test(char) && !fonts.regular.hasGlyphForCodePoint(char.codePointAt(0)!));
}
