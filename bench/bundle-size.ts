/**
 * Bundle-size budgets of the resident elements, measured as pages receive them: each entry
 * built by Vite in library mode as one minified script (the way /embed/huying.js is built),
 * then gzip level 9. A bare LitElement is built in the same run as the baseline, so the ratios
 * say what each element adds on top of Lit itself. Run from the repository root:
 *
 *   pnpm exec tsx bench/bundle-size.ts
 *
 * Exits with status 1 when a budget is exceeded. Figures go to bench/results/bundle-size.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = join(root, 'packages/components');
const require = createRequire(join(components, 'package.json'));
const { build } = (await import(pathToFileURL(require.resolve('vite')).href)) as typeof import('vite');

const KiB = 1024;

interface Entry {
  name: string;
  source: string;
  budgetBytes?: number;
}

const entries: Entry[] = [
  {
    name: 'baseline: bare LitElement',
    source: `import { LitElement, html } from 'lit';
      class BareElement extends LitElement { render() { return html\`<p>hello</p>\`; } }
      customElements.define('bare-element', BareElement);`,
  },
  { name: '<hy-qr-code>', source: `import '@huying/components/qr-code/define';` },
  { name: '<hy-rating>', source: `import '@huying/components/rating/define';` },
  { name: '<hy-case-tracker> (with <hy-rating>)', source: `import '@huying/components/case-tracker/define';` },
  { name: '<hy-report-form> (with <hy-qr-code>)', source: `import '@huying/components/report-form/define';`, budgetBytes: 30 * KiB },
  {
    name: 'all resident elements',
    source: `import '@huying/components/report-form/define';
      import '@huying/components/case-tracker/define';
      import '@huying/components/rating/define';
      import '@huying/components/qr-code/define';`,
    budgetBytes: 60 * KiB,
  },
];

const work = mkdtempSync(join(components, '.bundle-size-'));
try {
  const results = [];
  for (const [index, entry] of entries.entries()) {
    const file = join(work, `entry-${index}.ts`);
    writeFileSync(file, entry.source);
    const outDir = join(work, `out-${index}`);
    await build({
      root: components,
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        lib: { entry: file, name: 'Bundle', formats: ['iife'], fileName: () => 'bundle.js' },
      },
    });
    const code = readFileSync(join(outDir, 'bundle.js'));
    results.push({ name: entry.name, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, budgetBytes: entry.budgetBytes ?? null });
  }
  const baseline = results[0]!.gzipBytes;
  const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
  console.log(`${'bundle'.padEnd(40)} ${'minified'.padStart(11)} ${'gzip'.padStart(10)} ${'× Lit'.padStart(7)}  budget`);
  let over = false;
  for (const result of results) {
    const verdict = result.budgetBytes === null ? '' : result.gzipBytes <= result.budgetBytes ? `≤ ${kib(result.budgetBytes)} ✓` : `> ${kib(result.budgetBytes)} ✗`;
    over ||= result.budgetBytes !== null && result.gzipBytes > result.budgetBytes;
    console.log(`${result.name.padEnd(40)} ${kib(result.minifiedBytes).padStart(11)} ${kib(result.gzipBytes).padStart(10)} ${(result.gzipBytes / baseline).toFixed(2).padStart(7)}  ${verdict}`);
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/bundle-size.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results: results.map((result) => ({ ...result, ratioToLit: result.gzipBytes / baseline })) }, null, 2)}\n`);
  if (over) {
    console.error('\nA bundle is over its budget.');
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
