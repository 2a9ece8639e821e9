/**
 * Signage benchmark: 9,600 signs (the article's count) into one PDF, with the real building names
 * and addresses of the full demo city, against baselines measured in the same run on the same
 * machine: the PDF library writing 9,600 plain pages, and QR encoding alone. Also the scan page's
 * transfer size. Run from the repository root:
 *
 *   pnpm exec tsx bench/signage.ts            (add --count N for a shorter run)
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../packages/api/src/db/client.js';
import { currentSign } from '../packages/api/src/services/qr/signs.js';
import { encodeSignToken } from '../packages/api/src/services/qr/token.js';
import { signFonts } from '../packages/api/src/services/signage/font.js';
import type { SignContent } from '../packages/api/src/services/signage/layout.js';
import { qrRuns } from '../packages/api/src/services/signage/qr.js';
import { renderSignsPdf } from '../packages/api/src/services/signage/render.js';
import { buildDemoCity, defaultDataDir } from '../packages/api/src/seed/demo-city.js';
import { createTestApp, createTestCity } from '../packages/api/src/testing/city.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '9600' } } });
const count = Number(values.count);
const require = createRequire(new URL('../packages/api/package.json', import.meta.url));
const PDFDocument = require('pdfkit') as typeof import('pdfkit');
const folder = mkdtempSync(join(tmpdir(), 'huying-bench-'));
const publicUrl = 'https://huying.zhaoyuan.gov.cn';

async function timed<T>(work: () => Promise<T> | T): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

const megabytes = (file: string) => statSync(file).size / 1024 / 1024;

const demo = await buildDemoCity({ dataDir: defaultDataDir(), scale: 'full', now: new Date('2026-03-01T00:00:00+08:00') });
if (demo.buildings.length < count) throw new Error(`the full demo city has ${demo.buildings.length} buildings, fewer than ${count}`);
const units = new Map(demo.units.map((unit) => [unit.key, unit]));
const secret = Buffer.alloc(32, 42);
const contents: SignContent[] = demo.buildings.slice(0, count).map((building, index) => {
  const grid = units.get(building.gridKey)!;
  const community = units.get(grid.parentKey!)!;
  const street = units.get(community.parentKey!)!;
  const token = encodeSignToken(secret, { cityId: 'zhaoyuan', serial: index + 1, buildingId: building.key, version: 1, kid: 1 });
  return {
    buildingName: building.name,
    address: building.address,
    gridLine: [street.name, community.name, grid.name].join(' · '),
    url: `${publicUrl}/s/${token}`,
    hotline: demo.city.hotline,
    cityName: demo.city.name,
    serial: index + 1,
    version: 1,
  };
});

// Baseline 1: the PDF library alone, one plain page per sign (built-in font, no QR, no CJK).
const plainFile = join(folder, 'plain.pdf');
const plain = await timed(
  () =>
    new Promise<void>((resolve) => {
      const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
      const out = createWriteStream(plainFile);
      out.on('finish', resolve);
      doc.pipe(out);
      for (const content of contents) doc.addPage().font('Helvetica').fontSize(24).text(`Sign ${content.serial}`, 72, 72, { lineBreak: false });
      doc.end();
    }),
);

// Baseline 2: QR encoding alone.
const qrOnly = await timed(() => contents.reduce((modules, content) => modules + qrRuns(content.url).runs.length, 0));

// The real thing: fonts loaded, every sign laid out, QR drawn, CJK subset embedded.
const fonts = await timed(() => signFonts());
const oneUpFile = join(folder, 'signs-1-up.pdf');
const oneUp = await timed(() => renderSignsPdf(contents, createWriteStream(oneUpFile), { perPage: 1 }));
const nineUpFile = join(folder, 'signs-9-up.pdf');
const nineUp = await timed(() => renderSignsPdf(contents, createWriteStream(nineUpFile), { perPage: 9 }));

// The scan page a resident's phone loads, with the test city's building and the real app.
const database = await openDatabase({ engine: 'pglite', dataDir: null });
await database.migrate();
const city = await createTestCity(database);
const { app } = createTestApp(database);
const { token } = await currentSign(database.db, city.cityId, city.building('liangjingyuan-3'));
const pageBytes = async (encoding: string) => {
  const response = await app.request(`/s/${token}`, { headers: { 'accept-encoding': encoding, 'accept-language': 'zh-CN' } });
  return (await response.arrayBuffer()).byteLength;
};
const [pageGzip, pagePlain] = [await pageBytes('gzip'), await pageBytes('identity')];
await database.close();

const row = (label: string, seconds: number, extra = '') => `| ${label} | ${seconds.toFixed(2)} s | ${(seconds / plain.seconds).toFixed(2)} × | ${extra} |`;
console.log(`\n${count} signs, ${new Date().toISOString()}, node ${process.version}\n`);
console.log('| step | time | × plain PDF | output |');
console.log('|---|---|---|---|');
console.log(row('plain PDF, one page per sign (baseline)', plain.seconds, `${megabytes(plainFile).toFixed(1)} MB`));
console.log(row('QR encoding alone', qrOnly.seconds, `${qrOnly.result} runs`));
console.log(row('loading the CJK fonts (once)', fonts.seconds));
console.log(row('signs, 1 per A4 page', oneUp.seconds, `${oneUp.result.pages} pages, ${megabytes(oneUpFile).toFixed(1)} MB, ${((statSync(oneUpFile).size / count) / 1024).toFixed(1)} KB a sign`));
console.log(row('signs, 9 per A4 page', nineUp.seconds, `${nineUp.result.pages} pages, ${megabytes(nineUpFile).toFixed(1)} MB`));
console.log(`\nscan page /s/{token}: ${(pageGzip / 1024).toFixed(1)} KB gzip (${(pagePlain / 1024).toFixed(1)} KB uncompressed), one request; the report form's script loads only when asked for`);
console.log(`signs per second (1 per page): ${(count / oneUp.seconds).toFixed(0)}`);
rmSync(folder, { recursive: true, force: true });
