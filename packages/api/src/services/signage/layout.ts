import { textWidth, type FontWeight, type SignFonts } from './font.js';
import { qrQuietZone, qrRuns, type QrRuns } from './qr.js';

/**
 * The design of one 一码通 sign, as drawing operations in a box (points, y down). The PDF and
 * SVG renderers draw the same operations, so both outputs look the same.
 */

export interface SignContent {
  buildingName: string;
  address: string;
  /** Grid · community · street, so staff can sort printed signs. */
  gridLine: string;
  url: string;
  hotline: string;
  cityName: string;
  serial: number;
  version: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type DrawOp =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'text'; text: string; x: number; baseline: number; size: number; weight: FontWeight; fill: string }
  | { type: 'qr'; x: number; y: number; moduleSize: number; symbol: QrRuns }
  | { type: 'frame'; x: number; y: number; width: number; height: number };

export const signColors = { red: '#b3121f', ink: '#1b1b1b', grey: '#4a4a4a', light: '#f7e3e5', white: '#ffffff' } as const;

export const signTitle = '有呼必应一码通';
export const signSubtitle = '扫码反映问题 · 查询办理进度';
export const signInstructions = ['① 用微信或手机相机扫描二维码', '② 描述问题，可附照片，地点已自动填写', '③ 凭查询码查看办理进度和答复'];

/** Every fixed text on a sign, for checking the font covers it. */
export const fixedSignText = [signTitle, signSubtitle, ...signInstructions, '服务热线', '标识', '第', '版'].join('');

/** A4 portrait in points; signs keep its proportions (1, 4 or 9 to a page). */
export const a4 = { width: 595.28, height: 841.89 } as const;
export const signsPerPageChoices = [1, 4, 9] as const;
export type SignsPerPage = (typeof signsPerPageChoices)[number];

/** Text of one line, shrunk until it fits `maxWidth` (down to `minSize`), then cut with an ellipsis. */
function fitLine(fonts: SignFonts, weight: FontWeight, text: string, size: number, minSize: number, maxWidth: number): { text: string; size: number } {
  const font = fonts[weight];
  let fitted = size;
  while (fitted > minSize && textWidth(font, text, fitted) > maxWidth) fitted = Math.max(minSize, fitted * 0.94);
  let line = text;
  while (line.length > 1 && textWidth(font, line, fitted) > maxWidth) line = `${line.slice(0, -2)}…`;
  return { text: line, size: fitted };
}

/** Breaks text into at most `maxLines` lines of `maxWidth`, between any two characters (CJK has no spaces). */
function wrapLines(fonts: SignFonts, weight: FontWeight, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const font = fonts[weight];
  const lines: string[] = [];
  let current = '';
  for (const char of text) {
    if (current && textWidth(font, current + char, size) > maxWidth) {
      lines.push(current);
      current = char.trim() ? char : '';
    } else current += char;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitLine(fonts, weight, lines.slice(maxLines - 1).join(''), size, size, maxWidth).text;
  return kept;
}

function centred(fonts: SignFonts, weight: FontWeight, text: string, size: number, box: Box, baseline: number, fill: string): DrawOp {
  const width = textWidth(fonts[weight], text, size);
  return { type: 'text', text, x: box.x + (box.width - width) / 2, baseline, size, weight, fill };
}

export function layoutSign(fonts: SignFonts, content: SignContent, box: Box): DrawOp[] {
  const { width: w, height: h } = box;
  const top = (fraction: number) => box.y + fraction * h;
  const inner = w * 0.88;
  const ops: DrawOp[] = [{ type: 'rect', x: box.x, y: box.y, width: w, height: h, fill: signColors.white }];

  const bandHeight = 0.12 * h;
  ops.push({ type: 'rect', x: box.x, y: box.y, width: w, height: bandHeight, fill: signColors.red });
  const title = fitLine(fonts, 'bold', signTitle, 0.1 * w, 0.05 * w, inner);
  ops.push(centred(fonts, 'bold', title.text, title.size, box, box.y + bandHeight / 2 + title.size * 0.36, signColors.white));
  ops.push(centred(fonts, 'regular', signSubtitle, 0.036 * w, box, top(0.165), signColors.red));

  const name = fitLine(fonts, 'bold', content.buildingName, 0.08 * w, 0.045 * w, inner);
  ops.push(centred(fonts, 'bold', name.text, name.size, box, top(0.235), signColors.ink));
  const addressSize = 0.03 * w;
  wrapLines(fonts, 'regular', content.address, addressSize, inner, 2).forEach((line, index) => {
    ops.push(centred(fonts, 'regular', line, addressSize, box, top(0.272) + index * addressSize * 1.3, signColors.grey));
  });

  const symbol = qrRuns(content.url);
  const qrSize = 0.56 * w;
  const moduleSize = qrSize / (symbol.size + 2 * qrQuietZone);
  const qrTop = top(0.315);
  ops.push({ type: 'qr', x: box.x + (w - qrSize) / 2, y: qrTop, moduleSize, symbol });
  const urlText = fitLine(fonts, 'regular', content.url.replace(/^https?:\/\//, ''), 0.022 * w, 0.014 * w, inner);
  ops.push(centred(fonts, 'regular', urlText.text, urlText.size, box, qrTop + qrSize + urlText.size * 0.6, signColors.grey));

  const stepSize = 0.03 * w;
  const stepWidth = Math.max(...signInstructions.map((line) => textWidth(fonts.regular, line, stepSize)));
  const stepX = box.x + Math.max(w * 0.06, (w - stepWidth) / 2);
  signInstructions.forEach((line, index) => {
    ops.push({ type: 'text', text: line, x: stepX, baseline: top(0.8) + index * stepSize * 1.55, size: stepSize, weight: 'regular', fill: signColors.ink });
  });

  const footerTop = top(0.915);
  ops.push({ type: 'rect', x: box.x, y: footerTop, width: w, height: box.y + h - footerTop, fill: signColors.light });
  const hotline = fitLine(fonts, 'bold', `服务热线 ${content.hotline}`, 0.05 * w, 0.03 * w, inner * 0.62);
  ops.push({ type: 'text', text: hotline.text, x: box.x + w * 0.06, baseline: footerTop + (h * 0.085) / 2 + hotline.size * 0.36, size: hotline.size, weight: 'bold', fill: signColors.red });
  const smallSize = 0.017 * w;
  const serialLines = [content.gridLine, `${content.cityName} · 标识 ${content.serial} · 第${content.version}版`].map(
    (line) => fitLine(fonts, 'regular', line, smallSize, smallSize * 0.7, w * 0.36),
  );
  serialLines.forEach((line, index) => {
    const lineWidth = textWidth(fonts.regular, line.text, line.size);
    ops.push({
      type: 'text',
      text: line.text,
      x: box.x + w * 0.94 - lineWidth,
      baseline: footerTop + (h * 0.085) / 2 + (index === 0 ? -0.2 : 1.1) * smallSize,
      size: line.size,
      weight: 'regular',
      fill: signColors.grey,
    });
  });
  return ops;
}

/** The boxes of the signs on one A4 page: 1, 4 (2 × 2) or 9 (3 × 3), each with A4's proportions. */
export function pageBoxes(perPage: SignsPerPage): Box[] {
  const across = Math.sqrt(perPage);
  const width = a4.width / across;
  const height = a4.height / across;
  return Array.from({ length: perPage }, (_, index) => ({ x: (index % across) * width, y: Math.floor(index / across) * height, width, height }));
}

/** A page's operations: each sign, and cut lines between them when several share the page. */
export function layoutPage(fonts: SignFonts, contents: readonly SignContent[], perPage: SignsPerPage): DrawOp[] {
  const boxes = pageBoxes(perPage);
  const ops = contents.flatMap((content, index) => layoutSign(fonts, content, boxes[index]!));
  if (perPage > 1) for (const box of boxes.slice(0, contents.length)) ops.push({ type: 'frame', ...box });
  return ops;
}
