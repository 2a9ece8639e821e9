import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { signFonts, type SignFonts } from './font.js';
import { a4, layoutPage, signColors, signTitle, type DrawOp, type SignContent, type SignsPerPage } from './layout.js';
import { qrQuietZone } from './qr.js';

/** Print-ready signs as PDF (one document, many pages) and SVG (one file a page). */

export interface RenderOptions {
  perPage: SignsPerPage;
  /** Document title, e.g. the community the signs are for. */
  title?: string;
  onProgress?: (done: number, total: number) => void;
}

const pages = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const fixed = (value: number) => Math.round(value * 100) / 100;

function drawPdf(doc: PDFKit.PDFDocument, ops: readonly DrawOp[]) {
  for (const op of ops) {
    switch (op.type) {
      case 'rect':
        doc.rect(op.x, op.y, op.width, op.height).fill(op.fill);
        break;
      case 'text':
        doc.font(op.weight).fontSize(op.size).fillColor(op.fill).text(op.text, op.x, op.baseline, { lineBreak: false, baseline: 'alphabetic' });
        break;
      case 'qr': {
        // One path of rectangles written straight to the content stream: thousands of signs stay fast.
        const { x, y, moduleSize: m, symbol } = op;
        doc.fillColor(signColors.ink);
        let content = '';
        for (const run of symbol.runs) {
          content += `${fixed(x + (run.column + qrQuietZone) * m)} ${fixed(y + (run.row + qrQuietZone) * m)} ${fixed(run.length * m)} ${fixed(m)} re\n`;
        }
        doc.addContent(`${content}f`);
        break;
      }
      case 'frame':
        doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#8a8a8a').rect(op.x, op.y, op.width, op.height).stroke().undash().restore();
        break;
    }
  }
}

/** Writes the signs into one PDF on `output`; resolves with the page count when it is all written. */
export function renderSignsPdf(contents: readonly SignContent[], output: Writable, options: RenderOptions, fonts: SignFonts = signFonts()): Promise<{ pages: number }> {
  const doc = new PDFDocument({
    size: [a4.width, a4.height],
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: options.title ?? signTitle, Author: 'Huying (有呼必应)', Subject: signTitle, Creator: 'huying signs' },
  });
  const finished = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(output);
  doc.registerFont('regular', fonts.files.regular);
  doc.registerFont('bold', fonts.files.bold);
  const grouped = pages(contents, options.perPage);
  let done = 0;
  for (const page of grouped) {
    doc.addPage();
    drawPdf(doc, layoutPage(fonts, page, options.perPage));
    done += page.length;
    options.onProgress?.(done, contents.length);
  }
  doc.end();
  return finished.then(() => ({ pages: grouped.length }));
}

/** The same PDF in memory, for an HTTP response. */
export async function signsPdfBuffer(contents: readonly SignContent[], options: RenderOptions): Promise<Buffer> {
  const { PassThrough } = await import('node:stream');
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await renderSignsPdf(contents, sink, options);
  return Buffer.concat(chunks);
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One page of signs as SVG. Text is drawn as glyph outlines (each glyph defined once, then
 * reused), so the file prints the same anywhere without the font; the words are in <title>/<desc>
 * for screen readers and search.
 */
export function renderSignsSvg(contents: readonly SignContent[], perPage: SignsPerPage, fonts: SignFonts = signFonts()): string {
  const ops = layoutPage(fonts, contents, perPage);
  const defined = new Map<string, string>();
  const body: string[] = [];
  for (const op of ops) {
    switch (op.type) {
      case 'rect':
        body.push(`<rect x="${fixed(op.x)}" y="${fixed(op.y)}" width="${fixed(op.width)}" height="${fixed(op.height)}" fill="${op.fill}"/>`);
        break;
      case 'text': {
        const font = fonts[op.weight];
        const scale = op.size / font.unitsPerEm;
        const run = font.layout(op.text);
        let pen = 0;
        const uses: string[] = [];
        run.glyphs.forEach((glyph, index) => {
          const id = `${op.weight[0]}${glyph.id}`;
          if (!defined.has(id)) defined.set(id, glyph.path.toSVG());
          const position = run.positions[index]!;
          if (glyph.path.commands.length > 0) uses.push(`<use href="#${id}" x="${Math.round(pen + position.xOffset)}"/>`);
          pen += position.xAdvance;
        });
        body.push(`<g fill="${op.fill}" transform="translate(${fixed(op.x)} ${fixed(op.baseline)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})">${uses.join('')}</g>`);
        break;
      }
      case 'qr': {
        let path = '';
        for (const run of op.symbol.runs) path += `M${run.column + qrQuietZone} ${run.row + qrQuietZone}h${run.length}v1h-${run.length}z`;
        body.push(`<path fill="${signColors.ink}" transform="translate(${fixed(op.x)} ${fixed(op.y)}) scale(${op.moduleSize.toFixed(4)})" d="${path}"/>`);
        break;
      }
      case 'frame':
        body.push(`<rect x="${fixed(op.x)}" y="${fixed(op.y)}" width="${fixed(op.width)}" height="${fixed(op.height)}" fill="none" stroke="#8a8a8a" stroke-width="0.5" stroke-dasharray="4 3"/>`);
        break;
    }
  }
  const description = contents.map((content) => `${signTitle}：${content.buildingName}，${content.address}。扫码 ${content.url}，服务热线 ${content.hotline}。`).join(' ');
  const defs = [...defined].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 ${a4.width} ${a4.height}" role="img" aria-labelledby="sign-title sign-desc" lang="zh-CN">` +
    `<title id="sign-title">${escapeXml(contents.length === 1 ? `${signTitle} · ${contents[0]!.buildingName}` : signTitle)}</title>` +
    `<desc id="sign-desc">${escapeXml(description)}</desc><defs>${defs}</defs>${body.join('')}</svg>`
  );
}
