import { encodeQrMatrix } from './qr-encoder.js';

export const errorCorrectionLevels = ['L', 'M', 'Q', 'H'] as const;
export type ErrorCorrectionLevel = (typeof errorCorrectionLevels)[number];

/** The light margin a reader needs around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const quietZone = 4;

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** Dark modules as one SVG path in module units, already offset by the quiet zone. */
  readonly darkPath: string;
}

export function isErrorCorrectionLevel(value: unknown): value is ErrorCorrectionLevel {
  return errorCorrectionLevels.includes(value as ErrorCorrectionLevel);
}

/**
 * Encodes text (see qr-encoder.ts) and traces the module matrix as horizontal runs: one
 * rectangle per run of dark modules keeps the path short and free of the hairline seams that
 * abutting per-module squares show when scaled.
 *
 * Throws a RangeError when the text does not fit any QR version at this level.
 */
export function encodeQr(text: string, level: ErrorCorrectionLevel): QrSymbol {
  const modules = encodeQrMatrix(text, level);
  const { size } = modules;
  let darkPath = '';
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const runStart = column;
      while (column < size && modules.get(row, column)) column++;
      const runLength = column - runStart;
      darkPath += `M${runStart + quietZone} ${row + quietZone}h${runLength}v1h-${runLength}z`;
    }
  }
  return { size, darkPath };
}
