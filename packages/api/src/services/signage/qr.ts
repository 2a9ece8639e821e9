import QRCode from 'qrcode';

/** A QR symbol as horizontal runs of dark modules: few rectangles, no seams between them when scaled. */
export interface QrRuns {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: { row: number; column: number; length: number }[];
}

/** ISO/IEC 18004 asks for four light modules around the symbol. */
export const qrQuietZone = 4;

/**
 * Level Q recovers a quarter of the symbol: a sign outdoors gets dirty, scratched or sun-bleached.
 * The short sign URL keeps the symbol at version 3–4 even so.
 */
export function qrRuns(text: string): QrRuns {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const { size, data } = modules;
  const runs: QrRuns['runs'] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return { size, runs };
}
