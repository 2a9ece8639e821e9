// Draws the kiosk's app icons, SVG and PNG, from one description of the mark: a speech
// bubble (a call from a resident) with a check in it (answered). PNGs are rasterised here
// rather than by a browser or an image library, so the icons can be regenerated anywhere
// Node runs: `node scripts/generate-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outputDir = join(dirname(fileURLToPath(import.meta.url)), '../public/icons');
const brand = [0xb3, 0x26, 0x1e];
const white = [0xff, 0xff, 0xff];

/**
 * The mark in a unit square. Everything but the background stays within 0.4 of the centre,
 * the safe zone that maskable icons keep when a launcher crops them to a circle.
 */
function mark({ maskable }) {
  return [
    { kind: 'roundRect', radius: maskable ? 0 : 0.18, color: brand },
    { kind: 'circle', cx: 0.5, cy: 0.46, r: 0.27, color: white },
    { kind: 'triangle', points: [[0.31, 0.6], [0.47, 0.71], [0.28, 0.82]], color: white },
    { kind: 'polyline', points: [[0.375, 0.47], [0.465, 0.56], [0.635, 0.385]], width: 0.07, color: brand },
  ];
}

function distanceToSegment([x, y], [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function covers(shape, point) {
  const [x, y] = point;
  switch (shape.kind) {
    case 'roundRect': {
      const inner = 0.5 - shape.radius;
      const dx = Math.max(Math.abs(x - 0.5) - inner, 0);
      const dy = Math.max(Math.abs(y - 0.5) - inner, 0);
      return dx * dx + dy * dy <= shape.radius * shape.radius;
    }
    case 'circle':
      return Math.hypot(x - shape.cx, y - shape.cy) <= shape.r;
    case 'triangle': {
      const side = ([ax, ay], [bx, by]) => (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      const [a, b, c] = shape.points;
      const signs = [side(a, b), side(b, c), side(c, a)];
      return signs.every((s) => s >= 0) || signs.every((s) => s <= 0);
    }
    case 'polyline':
      return shape.points
        .slice(1)
        .some((end, index) => distanceToSegment(point, shape.points[index], end) <= shape.width / 2);
    default:
      throw new Error(`Unknown shape ${shape.kind}`);
  }
}

function toSvg(shapes) {
  const unit = 512;
  const hex = (color) => `#${color.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  const scaled = (points) => points.map(([x, y]) => `${x * unit} ${y * unit}`);
  const elements = shapes.map((shape) => {
    switch (shape.kind) {
      case 'roundRect':
        return `<rect width="${unit}" height="${unit}" rx="${shape.radius * unit}" fill="${hex(shape.color)}"/>`;
      case 'circle':
        return `<circle cx="${shape.cx * unit}" cy="${shape.cy * unit}" r="${shape.r * unit}" fill="${hex(shape.color)}"/>`;
      case 'triangle':
        return `<path d="M${scaled(shape.points).join('L')}Z" fill="${hex(shape.color)}"/>`;
      case 'polyline':
        return `<path d="M${scaled(shape.points).join('L')}" fill="none" stroke="${hex(shape.color)}" stroke-width="${shape.width * unit}" stroke-linecap="round" stroke-linejoin="round"/>`;
      default:
        throw new Error(`Unknown shape ${shape.kind}`);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${unit} ${unit}">${elements.join('')}</svg>\n`;
}

/** Paints the shapes in order, averaging 4 × 4 samples a pixel for smooth edges. */
function rasterize(shapes, size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const point = [(column + (sx + 0.5) / samples) / size, (row + (sy + 0.5) / samples) / size];
          const top = shapes.findLast((shape) => covers(shape, point));
          if (!top) continue;
          for (let channel = 0; channel < 3; channel++) sum[channel] += top.color[channel];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) rgba[offset + channel] = covered ? Math.round(sum[channel] / covered) : 0;
      rgba[offset + 3] = Math.round(sum[3] / (samples * samples));
    }
  }
  return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rowBytes = size * 4;
  const scanlines = Buffer.alloc(size * (rowBytes + 1));
  for (let row = 0; row < size; row++) rgba.copy(scanlines, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanlines, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const icons = [
  { file: 'icon.svg', maskable: false },
  { file: 'icon-192.png', maskable: false, size: 192 },
  { file: 'icon-512.png', maskable: false, size: 512 },
  { file: 'icon-maskable-512.png', maskable: true, size: 512 },
  // iOS draws its own rounded corners and shows transparency as black.
  { file: 'apple-touch-icon-180.png', maskable: true, size: 180 },
];

mkdirSync(outputDir, { recursive: true });
for (const { file, maskable, size } of icons) {
  const shapes = mark({ maskable });
  writeFileSync(join(outputDir, file), size ? encodePng(rasterize(shapes, size), size) : toSvg(shapes));
  console.log(`wrote public/icons/${file}`);
}
