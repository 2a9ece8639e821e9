import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

/** Debian's Chromium (or CHROME_PATH), headless, with the flags this closed network needs. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'huying-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    // A resident's phone in China; and axe is injected into pages whose CSP would refuse it.
    locale: 'zh-CN',
    bypassCSP: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's violations on the page as it stands, as short strings (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/**
 * Reads the QR code in a PNG picture, as a phone camera would; null when none is found. `region`
 * (fractions of the picture) picks one sign out of a sheet of several.
 */
export function decodeQrPng(png: Buffer, region = { left: 0, top: 0, width: 1, height: 1 }): string | null {
  const image = PNG.sync.read(png);
  const x = Math.round(region.left * image.width);
  const y = Math.round(region.top * image.height);
  const width = Math.round(region.width * image.width);
  const height = Math.round(region.height * image.height);
  const part = new PNG({ width, height });
  PNG.bitblt(image, part, x, y, width, height, 0, 0);
  return jsQR(new Uint8ClampedArray(part.data.buffer, part.data.byteOffset, part.data.length), width, height)?.data ?? null;
}
