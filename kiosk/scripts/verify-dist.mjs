// Checks that a kiosk build can start offline: a service worker, the Workbox runtime it
// imports, and a precache manifest that covers the app shell, every entry of which exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

const swPath = join(dist, 'sw.js');
check(existsSync(swPath), 'dist/sw.js is missing');
const sw = existsSync(swPath) ? readFileSync(swPath, 'utf8') : '';

// generateSW writes the manifest as a literal argument: precacheAndRoute([{url:"…",revision:…},…], …)
const manifestLiteral = sw.match(/precacheAndRoute\((\[[\s\S]*?\])\s*,/)?.[1];
check(manifestLiteral !== undefined, 'dist/sw.js has no precacheAndRoute([...]) manifest');
const precached = [...(manifestLiteral ?? '').matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1]);

for (const required of ['index.html', 'manifest.webmanifest']) {
  check(precached.includes(required), `the precache manifest does not list ${required}`);
}
check(precached.some((url) => /^assets\/.+\.js$/.test(url)), 'the precache manifest lists no script from assets/');
for (const url of precached) check(existsSync(join(dist, url)), `precached ${url} is not in dist/`);

// sw.js loads it as an AMD dependency, without the extension: define(["./workbox-<hash>"], …)
const runtime = sw.match(/define\(\["\.\/(workbox-[\w-]+)"\]/)?.[1];
check(runtime !== undefined && existsSync(join(dist, `${runtime}.js`)), 'the Workbox runtime that sw.js imports is not in dist/');

const webManifestPath = join(dist, 'manifest.webmanifest');
if (existsSync(webManifestPath)) {
  const webManifest = JSON.parse(readFileSync(webManifestPath, 'utf8'));
  check(webManifest.name === '有呼必应 自助终端', `the web manifest is named ${JSON.stringify(webManifest.name)}`);
  for (const icon of webManifest.icons ?? []) check(existsSync(join(dist, icon.src)), `manifest icon ${icon.src} is not in dist/`);
  check((webManifest.icons ?? []).some((icon) => icon.purpose === 'maskable'), 'the web manifest has no maskable icon');
} else {
  check(false, 'dist/manifest.webmanifest is missing');
}

if (failures.length > 0) {
  console.error(`The kiosk build cannot start offline:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/ is an installable offline kiosk: sw.js precaches ${precached.length} files, index.html among them.`);
