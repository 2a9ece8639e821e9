/**
 * A QR Code Model 2 encoder (ISO/IEC 18004), byte mode, versions 1–40, all four error
 * correction levels, with the mask chosen by the standard's penalty rules. Written for size:
 * the resident widgets ship to phones on slow connections, and a general encoder with numeric,
 * alphanumeric and kanji segments costs three times as much for what are almost always links.
 */

export type EccLevel = 'L' | 'M' | 'Q' | 'H';

const levelIndex: Record<EccLevel, number> = { L: 0, M: 1, Q: 2, H: 3 };
/** The two format bits of each level, in the order L, M, Q, H. */
const levelBits = [1, 0, 3, 2];

// Per level, per version 1–40: error correction codewords per block, and the number of blocks.
const eccPerBlock = [
  [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
  [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
];
const blockCount = [
  [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
  [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
  [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
];

/** Centre coordinates of the alignment patterns of a version. */
function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = version * 4 + 17;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const positions = [6];
  for (let position = size - 7; positions.length < count; position -= step) positions.splice(1, 0, position);
  return positions;
}

/** Modules left for data and error correction once every function pattern is placed. */
function rawDataModules(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const count = Math.floor(version / 7) + 2;
    modules -= (25 * count - 10) * count - 55;
    if (version >= 7) modules -= 36;
  }
  return modules;
}

// Arithmetic in GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
function multiply(x: number, y: number): number {
  let product = 0;
  for (let bit = 7; bit >= 0; bit--) {
    product = (product << 1) ^ ((product >>> 7) * 0x11d);
    product ^= ((y >>> bit) & 1) * x;
  }
  return product;
}

function reedSolomon(data: number[], degree: number): number[] {
  // The generator polynomial (x - α^0)(x - α^1)…(x - α^(degree-1)), leading 1 left out.
  const divisor = new Array<number>(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) divisor[j] = multiply(divisor[j]!, root) ^ (j + 1 < degree ? divisor[j + 1]! : 0);
    root = multiply(root, 0x02);
  }
  const remainder = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ remainder.shift()!;
    remainder.push(0);
    divisor.forEach((coefficient, index) => (remainder[index] = remainder[index]! ^ multiply(coefficient, factor)));
  }
  return remainder;
}

export interface QrMatrix {
  /** Modules per side. */
  readonly size: number;
  /** Whether the module at (row, column) is dark. */
  get(row: number, column: number): boolean;
}

/**
 * Encodes text (as UTF-8) in the smallest version that holds it at `level`. Throws a RangeError
 * when no version does. `mask` forces a mask pattern (0–7) instead of the least penalised one.
 */
export function encodeQrMatrix(text: string, level: EccLevel, mask?: number): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const ecl = levelIndex[level];
  let version = 1;
  let capacity = 0;
  for (; version <= 40; version++) {
    capacity = Math.floor(rawDataModules(version) / 8) - eccPerBlock[ecl]![version - 1]! * blockCount[ecl]![version - 1]!;
    if (4 + (version < 10 ? 8 : 16) + bytes.length * 8 <= capacity * 8) break;
  }
  if (version > 40) throw new RangeError(`${bytes.length} bytes do not fit a QR code at level ${level}`);

  // The bit stream: byte mode, the count, the bytes, a terminator, then padding codewords.
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let bit = length - 1; bit >= 0; bit--) bits.push((value >>> bit) & 1);
  };
  push(4, 4);
  push(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) push(byte, 8);
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let index = 0; index < bits.length; index += 8) data.push(parseInt(bits.slice(index, index + 8).join(''), 2));
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);

  // Blocks of data, each followed by its error correction, read out interleaved.
  const blocks = blockCount[ecl]![version - 1]!;
  const eccLength = eccPerBlock[ecl]![version - 1]!;
  const rawCodewords = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (rawCodewords % blocks);
  const shortLength = Math.floor(rawCodewords / blocks);
  const dataBlocks: number[][] = [];
  const eccBlocks: number[][] = [];
  for (let index = 0, offset = 0; index < blocks; index++) {
    const length = shortLength - eccLength + (index < shortBlocks ? 0 : 1);
    const block = data.slice(offset, offset + length);
    offset += length;
    dataBlocks.push(block);
    eccBlocks.push(reedSolomon(block, eccLength));
  }
  const codewords: number[] = [];
  for (let index = 0; index <= shortLength - eccLength; index++) for (const block of dataBlocks) if (index < block.length) codewords.push(block[index]!);
  for (let index = 0; index < eccLength; index++) for (const block of eccBlocks) codewords.push(block[index]!);

  const size = version * 4 + 17;
  const modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const set = (x: number, y: number, dark: boolean) => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };

  // Timing patterns, finder patterns with their separators, alignment patterns.
  for (let index = 0; index < size; index++) {
    set(6, index, index % 2 === 0);
    set(index, 6, index % 2 === 0);
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) {
          const distance = Math.max(Math.abs(dx), Math.abs(dy));
          set(x, y, distance !== 2 && distance !== 4);
        }
      }
    }
  }
  const centres = alignmentPositions(version);
  for (const cy of centres) {
    for (const cx of centres) {
      // Not where a finder pattern sits.
      if ((cx === 6 && cy === 6) || (cx === 6 && cy === size - 7) || (cx === size - 7 && cy === 6)) continue;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }
  }

  const drawFormat = (mask: number) => {
    const value = (levelBits[ecl]! << 3) | mask;
    let remainder = value;
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    const format = ((value << 10) | remainder) ^ 0x5412;
    const bit = (index: number) => ((format >>> index) & 1) === 1;
    for (let index = 0; index <= 5; index++) set(8, index, bit(index));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let index = 9; index < 15; index++) set(14 - index, 8, bit(index));
    for (let index = 0; index < 8; index++) set(size - 1 - index, 8, bit(index));
    for (let index = 8; index < 15; index++) set(8, size - 15 + index, bit(index));
    set(8, size - 8, true);
  };
  drawFormat(0);
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits18 = (version << 12) | remainder;
    for (let index = 0; index < 18; index++) {
      const dark = ((bits18 >>> index) & 1) === 1;
      const a = size - 11 + (index % 3);
      const b = Math.floor(index / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }

  // Data in two-module columns, zigzagging up and down from the bottom right.
  let bitIndex = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vertical = 0; vertical < size; vertical++) {
      for (let column = 0; column < 2; column++) {
        const x = right - column;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vertical : vertical;
        if (!reserved[y]![x] && bitIndex < codewords.length * 8) {
          modules[y]![x] = ((codewords[bitIndex >>> 3]! >>> (7 - (bitIndex & 7))) & 1) === 1;
          bitIndex++;
        }
      }
    }
  }

  const masks: ((x: number, y: number) => boolean)[] = [
    (x, y) => (x + y) % 2 === 0,
    (_x, y) => y % 2 === 0,
    (x) => x % 3 === 0,
    (x, y) => (x + y) % 3 === 0,
    (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
    (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
    (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
    (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
  ];
  const applyMask = (mask: number) => {
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!reserved[y]![x] && masks[mask]!(x, y)) modules[y]![x] = !modules[y]![x];
  };

  let best = mask ?? 0;
  let lowest = Infinity;
  for (let candidate = 0; candidate < 8 && mask === undefined; candidate++) {
    applyMask(candidate);
    drawFormat(candidate);
    const score = penalty(modules, size);
    if (score < lowest) {
      lowest = score;
      best = candidate;
    }
    applyMask(candidate);
  }
  applyMask(best);
  drawFormat(best);
  return { size, get: (row, column) => modules[row]![column]! };
}

/** The standard's penalty: long runs, 2×2 blocks, finder-like patterns, and an unbalanced dark share. */
function penalty(modules: boolean[][], size: number): number {
  let score = 0;
  let dark = 0;
  const line = (get: (index: number) => boolean) => {
    let run = 1;
    let pattern = 0;
    for (let index = 0; index < size; index++) {
      const value = get(index);
      if (index > 0) {
        if (value === get(index - 1)) {
          run++;
          if (run === 5) score += 3;
          else if (run > 5) score++;
        } else run = 1;
      }
      // 1:1:3:1:1 with four light modules on one side, seen as an 11-bit window.
      pattern = ((pattern << 1) | (value ? 1 : 0)) & 0x7ff;
      if (index >= 10 && (pattern === 0x05d || pattern === 0x5d0)) score += 40;
    }
  };
  for (let y = 0; y < size; y++) {
    line((x) => modules[y]![x]!);
    line((x) => modules[x]![y]!);
    for (let x = 0; x < size; x++) {
      if (modules[y]![x]) dark++;
      if (x < size - 1 && y < size - 1) {
        const value = modules[y]![x];
        if (value === modules[y]![x + 1] && value === modules[y + 1]![x] && value === modules[y + 1]![x + 1]) score += 3;
      }
    }
  }
  const total = size * size;
  return score + Math.max(0, Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}
