import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import type { AppDependencies } from '../src/context.js';
import type { App } from '../src/app.js';
import { defaultEmbedDir } from '../src/routes/embed/index.js';
import { serveOnFreePort, startTestCity, type TestCity } from '../src/testing/index.js';
import { axeViolations, decodeQrPng, launchChromium } from './browser/chromium.js';

/**
 * Signs and the scan page in a real browser: the printed QR code is read back from a rendered
 * PDF page and from the SVG, and the page it opens is checked on a phone-sized screen.
 */

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const phone = { width: 390, height: 844 };

beforeAll(async () => {
  ({ database, city, app, deps } = await startTestCity());
  server = await serveOnFreePort(app);
  // The signs must point at this server, so a scan in the browser reaches it.
  deps.publicUrl = server.url;
  browser = await launchChromium();
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await database?.close();
});

beforeAll(() => {
  // The scan page loads the report form from the same bundle other sites embed; build it if this checkout has not yet.
  if (existsSync(join(defaultEmbedDir, 'huying.js'))) return;
  const build = spawnSync('pnpm', ['--filter', '@huying/components', 'run', 'build'], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`building the embed bundle failed:\n${build.stdout}\n${build.stderr}`);
}, 200_000);

const staffGet = (path: string, unit = 'community-b1') => app.request(path, { headers: city.staffHeaders(unit) });


/** Renders page 1 of a PDF with pdf.js in Chromium, at print-like resolution, as a PNG. */
async function renderPdfPage(page: Page, pdf: Buffer, scale = 2): Promise<Buffer> {
  await page.route('http://render.test/**', async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'sign.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
    if (name === 'index.html') return route.fulfill({ body: '<!doctype html><canvas id="c"></canvas>', contentType: 'text/html' });
    if (name === 'pdf.mjs' || name === 'pdf.worker.mjs') return route.fulfill({ body: readFileSync(join(pdfjsDir, 'build', name)), contentType: 'text/javascript' });
    return route.fulfill({ status: 404 });
  });
  await page.goto('http://render.test/index.html');
  // A string, so the test runner's transform leaves the browser's own dynamic import alone.
  const dataUrl = await page.evaluate<string>(`(async () => {
    const pdfjs = await import('http://render.test/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = 'http://render.test/pdf.worker.mjs';
    const document = await pdfjs.getDocument({ url: 'http://render.test/sign.pdf' }).promise;
    const first = await document.getPage(1);
    const viewport = first.getViewport({ scale: ${scale} });
    const canvas = window.document.getElementById('c');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    return canvas.toDataURL('image/png');
  })()`);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function signToken(buildingKey: string): Promise<{ token: string; url: string }> {
  // Printing issues the sign; its history then names the version, and a reissue would change it.
  const pdf = await staffGet(`/api/v1/buildings/${city.building(buildingKey)}/sign?format=svg`);
  const svg = await pdf.text();
  const url = /扫码 (http:\/\/[^\s，]+)/.exec(svg)?.[1];
  if (!url) throw new Error('the sign names no URL');
  return { token: url.split('/s/')[1]!, url };
}

const caseCount = async () =>
  (await queryRows<{ count: number }>(database.db, sql`SELECT count(*)::int AS count FROM cases WHERE city_id = ${city.cityId}`))[0]!.count;

describe('printed signs', () => {
  it('a PDF sign, rendered to PNG, carries a QR code that decodes to the building\'s sign URL', async () => {
    const response = await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The CJK font is embedded as a subset: the file stays small.
    expect(pdf.length).toBeLessThan(400_000);
    const page = await context.newPage();
    const png = await renderPdfPage(page, pdf);
    await page.close();
    writeFileSync(join(tmpdir(), 'huying-sign-page-1.png'), png);
    const decoded = decodeQrPng(png);
    const { url } = await signToken('liangjingyuan-3');
    expect(decoded).toBe(url);
    expect(decoded).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{14,40}$`));
    const scanned = await (await app.request(`/api/v1/qr/${decoded!.split('/s/')[1]}`)).json();
    expect(scanned.building).toMatchObject({ id: city.building('liangjingyuan-3'), name: '丽景苑3号楼' });
  });

  it('a sheet of nine copies decodes too, each QR as small as it gets', async () => {
    const response = await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign?perPage=9`);
    const page = await context.newPage();
    const png = await renderPdfPage(page, Buffer.from(await response.arrayBuffer()), 1.5);
    await page.close();
    const { url } = await signToken('liangjingyuan-3');
    // The first and the last of the nine, each read on its own as a camera framing one sign would.
    expect(decodeQrPng(png, { left: 0, top: 0, width: 1 / 3, height: 1 / 3 })).toBe(url);
    expect(decodeQrPng(png, { left: 2 / 3, top: 2 / 3, width: 1 / 3, height: 1 / 3 })).toBe(url);
  });

  it('an SVG sign draws the same QR code and names the building for screen readers', async () => {
    const response = await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign?format=svg`);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toContain('<title id="sign-title">有呼必应一码通 · 丽景苑3号楼</title>');
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 1131 });
    await page.setContent(`<!doctype html><body style="margin:0">${svg.replace('width="210mm" height="297mm"', 'width="800" height="1131"')}</body>`);
    const png = await page.screenshot();
    await page.close();
    expect(decodeQrPng(png)).toBe((await signToken('liangjingyuan-3')).url);
  });

  it('only staff of the building\'s subtree may print it', async () => {
    expect((await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign`, 'community-a1')).status).toBe(404);
    expect((await app.request(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign`)).status).toBe(401);
    expect((await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign?perPage=2`)).status).toBe(400);
  });
});

describe('the scan page on a phone', () => {
  it('shows the building, its open problems and the actions, in Chinese, with no accessibility violations', async () => {
    const { url } = await signToken('liangjingyuan-3');
    await app.request('/api/v1/cases', {
      method: 'POST',
      headers: city.cityHeaders,
      body: JSON.stringify({ kind: 'complaint', buildingId: city.building('liangjingyuan-3'), categoryId: city.category('01.01.01'), description: '楼下垃圾桶满了三天没人清运。' }),
    });
    const page = await context.newPage();
    await page.setViewportSize(phone);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('丽景苑3号楼');
    await expect(page.getByRole('heading', { name: '本楼正在处理的问题' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '我要反映问题' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'huying-scan-page.png'), fullPage: true });
    const openList = await page.getByRole('list').textContent();
    expect(openList).toContain('城管执法');
    expect(openList).toContain('金晖社区第一网格正在处理');
    // Nothing personal from the case reaches the page.
    expect(await page.content()).not.toContain('垃圾桶满了');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('speaks English when asked, and stays accessible', async () => {
    const { url } = await signToken('liangjingyuan-3');
    const page = await context.newPage();
    await page.setViewportSize(phone);
    await page.goto(`${url}?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('button', { name: 'Report a problem' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '中文' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('checks a tracking code before leaving for the tracking page', async () => {
    const { url } = await signToken('liangjingyuan-3');
    const page = await context.newPage();
    await page.setViewportSize(phone);
    await page.goto(url);
    const code = page.getByRole('textbox', { name: '查询码' });
    await code.fill('1234');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('请输入 12 位数字的查询码');
    await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
    await code.fill('2611-0372-8841');
    await Promise.all([page.waitForURL(/\/track\/261103728841/), page.getByRole('button', { name: '查询', exact: true }).click()]);
    await page.close();
  });

  it('refuses a tampered sign with a friendly page that offers to choose the place, and files nothing', async () => {
    const { token } = await signToken('liangjingyuan-3');
    const bytes = Buffer.from(token, 'base64url');
    bytes[bytes.length - 1]! ^= 0x01;
    const before = await caseCount();
    const page = await context.newPage();
    await page.setViewportSize(phone);
    const response = await page.goto(`${server.url}/s/${bytes.toString('base64url')}`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('无法识别这个二维码');
    expect(await page.content()).not.toContain('丽景苑3号楼');
    expect(await axeViolations(page)).toEqual([]);
    // The resident can still report: the same form, with the place left for them to choose.
    await page.getByRole('button', { name: '选择地点并反映问题' }).click();
    await page.getByRole('combobox', { name: '楼栋或小区' }).waitFor();
    await expect(page.getByText('来自楼栋二维码').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(await caseCount()).toBe(before);
  });

  it('stays small for a slow connection', async () => {
    const { url } = await signToken('liangjingyuan-3');
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const compressed = Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength);
    expect(compressed).toBeLessThan(6 * 1024);
  });
});

describe('end to end: from a printed sign to a case at the right building', () => {
  it('prints a sign, reads its QR code, opens it on a phone and files a report there with channel qr', async () => {
    // The printed sign, rendered as a print shop would, read back as a phone camera would.
    const pdf = Buffer.from(await (await staffGet(`/api/v1/buildings/${city.building('liangjingyuan-3')}/sign`)).arrayBuffer());
    const renderer = await context.newPage();
    const scannedUrl = decodeQrPng(await renderPdfPage(renderer, pdf));
    await renderer.close();
    expect(scannedUrl).toMatch(new RegExp(`^${server.url}/s/`));

    const page = await context.newPage();
    await page.setViewportSize(phone);
    await page.goto(scannedUrl!);
    await page.getByRole('button', { name: '我要反映问题' }).click();
    // The form reads the sign itself and locks the place to this building.
    await page.getByText('来自楼栋二维码').waitFor();
    const description = '3单元楼道的声控灯坏了一个星期，晚上上下楼很危险，请尽快修理。';
    await page.getByRole('textbox', { name: '问题描述' }).fill(description);
    await page.getByRole('radio', { name: /匿名反映/ }).check();
    await page.getByRole('checkbox', { name: /我已阅读并同意隐私说明/ }).check();
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('提交成功').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const [filed] = await queryRows<{ channel: string; building_id: string; holder: string; intake: string }>(
      database.db,
      sql`SELECT c.channel, c.building_id, h.name AS holder, i.name AS intake FROM cases c
          JOIN units h ON h.id = c.holder_unit_id JOIN units i ON i.id = c.intake_unit_id
          WHERE c.city_id = ${city.cityId} AND c.description = ${description}`,
    );
    expect(filed).toEqual({ channel: 'qr', building_id: city.building('liangjingyuan-3'), holder: '金晖社区第一网格', intake: '金晖社区第一网格' });
  });
});
