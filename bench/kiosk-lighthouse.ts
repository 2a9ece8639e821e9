/**
 * Lighthouse on the built kiosk, the way a hall runs it: the kiosk built for production and
 * served by `vite preview`, registered with a device key on a real API (a test city), opened in
 * Chromium. Lighthouse audits the first screen a visitor sees (the attract screen, after the
 * registration, figures and taxonomy are loaded), in the desktop preset (a kiosk is a large screen
 * on the hall's wired network) and the mobile preset (a slow phone on 4G: 4× CPU slow-down and
 * simulated throttling), three runs each, the median reported. Run from the repository root:
 *
 *   CHROME_PATH=/usr/bin/chromium pnpm exec tsx bench/kiosk-lighthouse.ts
 *
 * Figures go to bench/results/kiosk-lighthouse.json and docs/performance.md (kiosk section).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort } from '../packages/api/src/testing/server.js';
import { startKioskPlatform } from '../kiosk/test/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 3;

/** Chromium with a debugging port for Lighthouse, on a fresh profile (so no service worker yet). */
async function launchChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'huying-lighthouse-'));
  const chromium = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    ['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', 'about:blank'],
    { stdio: 'ignore' },
  );
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (tries > 100) throw new Error('Chromium did not open its debugging port');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const platform = await startKioskPlatform();
try {
  const url = `${platform.kiosk}/?device-key=${platform.deviceKey}`;
  const presets = [
    { name: 'desktop', config: desktopConfig },
    { name: 'mobile', config: undefined },
  ];
  const results = [];
  for (const preset of presets) {
    const scores = { performance: [] as number[], accessibility: [] as number[], lcpMs: [] as number[], tbtMs: [] as number[], cls: [] as number[] };
    for (let run = 0; run < runs; run++) {
      const chromium = await launchChromium();
      try {
        const flags: Flags = { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
        const result = await lighthouse(url, flags, preset.config);
        const lhr = result!.lhr;
        const failedA11y = Object.values(lhr.audits).filter((audit) => audit.score === 0 && lhr.categories.accessibility!.auditRefs.some((ref) => ref.id === audit.id));
        if (failedA11y.length) console.log(`  accessibility audits failed: ${failedA11y.map((audit) => audit.id).join(', ')}`);
        scores.performance.push(Math.round(lhr.categories.performance!.score! * 100));
        scores.accessibility.push(Math.round(lhr.categories.accessibility!.score! * 100));
        scores.lcpMs.push(Math.round(lhr.audits['largest-contentful-paint']!.numericValue!));
        scores.tbtMs.push(Math.round(lhr.audits['total-blocking-time']!.numericValue!));
        scores.cls.push(Number(lhr.audits['cumulative-layout-shift']!.numericValue!.toFixed(3)));
      } finally {
        await chromium.close();
      }
    }
    const summary = {
      preset: preset.name,
      runs,
      performance: median(scores.performance),
      accessibility: median(scores.accessibility),
      largestContentfulPaintMs: median(scores.lcpMs),
      totalBlockingTimeMs: median(scores.tbtMs),
      cumulativeLayoutShift: median(scores.cls),
      all: scores,
    };
    console.log(
      `${preset.name.padEnd(8)} performance ${summary.performance}  accessibility ${summary.accessibility}  LCP ${summary.largestContentfulPaintMs} ms  TBT ${summary.totalBlockingTimeMs} ms  CLS ${summary.cumulativeLayoutShift}  (median of ${runs}; performance ${scores.performance.join('/')})`,
    );
    results.push(summary);
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/kiosk-lighthouse.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: '12.2', results }, null, 2)}\n`);
} finally {
  await platform.close();
}
