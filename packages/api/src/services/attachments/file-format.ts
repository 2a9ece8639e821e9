/**
 * What a file really is, decided from its bytes (the client's file name and MIME type are only
 * claims), and the same file with the metadata that can identify a person removed: EXIF (camera,
 * time, GPS position), XMP, IPTC, comments and text chunks. Pixels are never re-encoded.
 */

export type AttachmentFormat = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export const fileExtensions: Record<AttachmentFormat, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

export interface CleanFile {
  format: AttachmentFormat;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

/** The file is not what it claims or is damaged: a 415 for an unknown kind, a 400 for broken content. */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly kind: 'unsupported' | 'damaged',
  ) {
    super(message);
  }
}

const damaged = (what: string) => new FileFormatError(`the ${what} is damaged or truncated`, 'damaged');

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

export function sniffFormat(bytes: Uint8Array): AttachmentFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JPEG: a sequence of marker segments up to the start of scan, then the compressed image.

/** APPn segments kept: JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour transform (APP14). */
const keptAppMarkers = new Set([0xe0, 0xe2, 0xee]);
const startOfFrameMarkers = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** The EXIF orientation (1–8) of an APP1 Exif segment's payload, if it has one. */
function exifOrientation(payload: Uint8Array): number | null {
  if (ascii(payload, 0, 6) !== 'Exif\0\0') return null;
  const tiff = payload.subarray(6);
  if (tiff.length < 8) return null;
  const little = ascii(tiff, 0, 2) === 'II';
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let entry = 0; entry < count; entry++) {
    const at = ifd + 2 + entry * 12;
    if (at + 12 > tiff.length) return null;
    if (u16(at) === 0x0112) {
      const value = u16(at + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/**
 * A minimal APP1 Exif segment holding the orientation alone, so a phone photo that was stored
 * sideways with a "rotate me" flag still stands the right way once everything else is gone.
 */
function orientationSegment(orientation: number): Uint8Array {
  // "Exif\0\0", big-endian TIFF header, one IFD with one SHORT entry (0x0112), no next IFD.
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

function endOfScan(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) throw damaged('JPEG image');
    const next = bytes[at + 1]!;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) at += next === 0xff ? 1 : 2;
    else return at;
  }
}

function cleanJpeg(bytes: Uint8Array): CleanFile {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientation: number | null = null;
  let width: number | null = null;
  let height: number | null = null;
  let insertAt = 1; // after SOI, or after JFIF when there is one
  let offset = 2;
  for (;;) {
    if (offset + 2 > bytes.length || bytes[offset] !== 0xff) throw damaged('JPEG image');
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      kept.push(bytes.subarray(offset, offset + 2));
      offset += 2;
      continue;
    }
    if (marker === 0xd9) {
      // End of image. Anything after it (the second picture of a "multi-picture" file, with its
      // own EXIF) is dropped.
      kept.push(bytes.subarray(offset, offset + 2));
      break;
    }
    if (offset + 4 > bytes.length) throw damaged('JPEG image');
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) throw damaged('JPEG image');
    const segment = bytes.subarray(offset, end);
    if (marker === 0xda) {
      // Start of scan: compressed data follows up to the next marker that is not a stuffed
      // 0xFF00 or a restart marker. Progressive images have several scans.
      const scanEnd = endOfScan(bytes, end);
      kept.push(bytes.subarray(offset, scanEnd));
      offset = scanEnd;
      continue;
    }
    if (marker === 0xe1) {
      orientation ??= exifOrientation(segment.subarray(4));
    } else if (marker >= 0xe0 && marker <= 0xef) {
      // APP2 carries both ICC profiles (kept) and the multi-picture index (dropped with its pictures).
      if (keptAppMarkers.has(marker) && (marker !== 0xe2 || ascii(segment, 4, 12) === 'ICC_PROFILE\0')) {
        kept.push(segment);
        if (marker === 0xe0 && kept.length === 2) insertAt = 2;
      }
    } else if (marker !== 0xfe) {
      // Tables, frame headers, restart intervals: the image itself. 0xFE (comment) is dropped.
      if (startOfFrameMarkers.has(marker) && length >= 7) {
        height = (segment[5]! << 8) | segment[6]!;
        width = (segment[7]! << 8) | segment[8]!;
      }
      kept.push(segment);
    }
    offset = end;
  }
  if (width === null || height === null || width === 0 || height === 0) throw damaged('JPEG image');
  if (orientation !== null && orientation !== 1) kept.splice(insertAt, 0, orientationSegment(orientation));
  return { format: 'image/jpeg', bytes: concat(kept), width, height };
}

// ---------------------------------------------------------------------------------------------
// PNG: a signature, then length-type-data-CRC chunks ending with IEND.

/** Ancillary chunks that carry text, time or EXIF rather than how the image looks. */
const droppedPngChunks = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function cleanPng(bytes: Uint8Array): CleanFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let offset = 8;
  let width: number | null = null;
  let height: number | null = null;
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = ascii(bytes, offset + 4, 4);
    const end = offset + 12 + length;
    if (end > bytes.length) throw damaged('PNG image');
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
    }
    if (!droppedPngChunks.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || !width || !height) throw damaged('PNG image');
  return { format: 'image/png', bytes: concat(kept), width, height };
}

// ---------------------------------------------------------------------------------------------
// WebP: a RIFF container of chunks; the VP8X header's flags say which optional chunks exist.

const vp8xExifFlag = 0x08;
const vp8xXmpFlag = 0x04;

function cleanWebp(bytes: Uint8Array): CleanFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let offset = 12;
  let width: number | null = null;
  let height: number | null = null;
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  while (offset + 8 <= riffEnd) {
    const type = ascii(bytes, offset, 4);
    const size = view.getUint32(offset + 4, true);
    const end = offset + 8 + size + (size % 2);
    if (offset + 8 + size > riffEnd) throw damaged('WebP image');
    const data = bytes.subarray(offset + 8, offset + 8 + size);
    if (type === 'VP8X' && size >= 10) {
      const chunk = bytes.slice(offset, Math.min(end, riffEnd));
      chunk[8] = chunk[8]! & ~(vp8xExifFlag | vp8xXmpFlag);
      kept.push(chunk);
      width = 1 + (data[4]! | (data[5]! << 8) | (data[6]! << 16));
      height = 1 + (data[7]! | (data[8]! << 8) | (data[9]! << 16));
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      kept.push(bytes.subarray(offset, Math.min(end, riffEnd)));
      if (type === 'VP8 ' && width === null && size >= 10 && startsWith(data, [0x9d, 0x01, 0x2a], 3)) {
        width = (data[6]! | (data[7]! << 8)) & 0x3fff;
        height = (data[8]! | (data[9]! << 8)) & 0x3fff;
      } else if (type === 'VP8L' && width === null && size >= 5 && data[0] === 0x2f) {
        const bits = data[1]! | (data[2]! << 8) | (data[3]! << 16) | (data[4]! << 24);
        width = (bits & 0x3fff) + 1;
        height = ((bits >>> 14) & 0x3fff) + 1;
      }
    }
    offset = end;
  }
  if (!width || !height) throw damaged('WebP image');
  const body = concat(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return { format: 'image/webp', bytes: concat([header, body]), width, height };
}

// ---------------------------------------------------------------------------------------------

function checkPdf(bytes: Uint8Array): CleanFile {
  // A PDF's trailer sits in its last kilobyte; a file without one was cut short.
  const tail = ascii(bytes, Math.max(0, bytes.length - 1024), 1024);
  if (!tail.includes('%%EOF')) throw damaged('PDF document');
  return { format: 'application/pdf', bytes, width: null, height: null };
}

/**
 * Identifies the file from its bytes and returns it without identifying metadata. Throws
 * `FileFormatError` for anything that is not one of `accepted`, or is damaged.
 */
export function cleanFile(bytes: Uint8Array, accepted: readonly AttachmentFormat[]): CleanFile {
  const format = sniffFormat(bytes);
  if (!format || !accepted.includes(format)) {
    const kinds = accepted.map((type) => fileExtensions[type].toUpperCase()).join(', ');
    throw new FileFormatError(`only ${kinds} files can be attached here; this file is ${format ? fileExtensions[format].toUpperCase() : 'of another kind'}`, 'unsupported');
  }
  try {
    switch (format) {
      case 'image/jpeg':
        return cleanJpeg(bytes);
      case 'image/png':
        return cleanPng(bytes);
      case 'image/webp':
        return cleanWebp(bytes);
      case 'application/pdf':
        return checkPdf(bytes);
    }
  } catch (error) {
    // A malformed length field can send a reader past the end: that is a damaged file, not a bug.
    if (error instanceof RangeError) throw damaged(format === 'application/pdf' ? 'PDF document' : 'image');
    throw error;
  }
}
