#!/usr/bin/env node
/**
 * The two commands of the README, for a fresh machine with only Node.js:
 *   npm start   install what is missing, seed the demo city, start API + kiosk + examples
 *   npm test    install what is missing, then typecheck and run every package's tests
 * Plain Node with no dependencies, because it runs before anything is installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(/^pnpm@/, '');
const [command = 'help'] = process.argv.slice(2);

/** pnpm at the pinned version: the global one if it matches, else through npx. */
function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (found.status === 0 && found.stdout.trim() === pinned) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pinned}`];
}

function run(argv, options = {}) {
  const [program, ...args] = argv;
  const result = spawnSync(program, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${argv.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const pnpm = pnpmCommand();
const huyingBin = join(root, 'packages', 'api', 'bin', 'huying.mjs');

function install() {
  // A lockfile install is quick when nothing changed, and makes a fresh clone complete.
  run([...pnpm, 'install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

function test() {
  install();
  run([...pnpm, 'run', 'typecheck']);
  const engines = process.env.TEST_DATABASE_URL ? 'PGlite and the PostgreSQL server' : 'PGlite (set TEST_DATABASE_URL to add a PostgreSQL server)';
  console.log(`\n▶ tests on ${engines}; browser tests use ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}\n`);
  // One package at a time: the browser and database tests each want both cores.
  run([...pnpm, '-r', '--workspace-concurrency=1', 'run', 'test']);
}

async function start() {
  install();
  const apiPort = process.env.HUYING_PORT ?? '8080';
  const host = process.env.HUYING_HOST ?? '127.0.0.1';
  const apiUrl = `http://${host}:${apiPort}`;
  const env = { ...process.env, HUYING_PORT: apiPort, HUYING_HOST: host, HUYING_PUBLIC_URL: process.env.HUYING_PUBLIC_URL ?? apiUrl };
  run(['node', huyingBin, 'seed'], { env: { ...env, HUYING_DATA_DIR: env.HUYING_DATA_DIR ?? join(root, '.huying', 'db') } });

  const apps = [
    { name: 'API', url: apiUrl, argv: ['node', huyingBin, 'serve'] },
    {
      name: 'Kiosk',
      url: `http://${host}:5173`,
      build: [...pnpm, '--filter', '@huying/kiosk', 'run', 'build'],
      argv: [...pnpm, '--filter', '@huying/kiosk', 'exec', 'vite', 'preview', '--host', host, '--port', '5173', '--strictPort'],
    },
  ];
  const examples = JSON.parse(readFileSync(join(root, 'examples', 'package.json'), 'utf8'));
  if (examples.scripts?.dev) {
    apps.push({ name: 'Examples', url: `http://${host}:5174`, argv: [...pnpm, '--filter', '@huying/examples', 'run', 'dev', '--host', host, '--port', '5174', '--strictPort'] });
  }

  const appEnv = { ...env, HUYING_DATA_DIR: env.HUYING_DATA_DIR ?? join(root, '.huying', 'db'), VITE_HUYING_API_URL: apiUrl, VITE_TRACKING_URL: `${apiUrl}/track` };
  // The kiosk is built with the device key `huying seed` gives the demo kiosk in 金晖社区
  // (packages/api/src/services/kiosks/demo.ts); a hall's own build sets its own.
  appEnv.VITE_HUYING_DEVICE_KEY ??= 'hy_kiosk_zhaoyuan_jinhui_demo';
  // The API serves the elements as one script (/embed/huying.js) to pages on any site.
  run([...pnpm, '--filter', '@huying/components', 'run', 'build:embed'], { env: appEnv });
  for (const app of apps) if (app.build) run(app.build, { env: appEnv });
  const children = apps.map((app) => {
    const [program, ...args] = app.argv;
    const child = spawn(program, args, { cwd: root, env: appEnv, stdio: ['ignore', 'inherit', 'inherit'], detached: process.platform !== 'win32' });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${app.name} stopped (${code ?? signal}); stopping the platform`);
        stop(1);
      }
    });
    return child;
  });
  let stopping = false;
  const stop = (code = 0) => {
    stopping = true;
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
    setTimeout(() => process.exit(code), 1500).unref();
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  await waitFor(`${apiUrl}/readyz`);
  const tokens = join(env.HUYING_DATA_DIR ?? join(root, '.huying', 'db'), '..', 'demo-tokens.json');
  console.log(`\nHuying is running with the demo city (embedded database in ${appEnv.HUYING_DATA_DIR}):`);
  for (const app of apps) console.log(`  ${app.name.padEnd(9)} ${app.url}`);
  console.log(`  API docs  ${apiUrl}/openapi.json`);
  if (existsSync(tokens)) console.log(`  Staff tokens for every demo unit: ${tokens}`);
  console.log('Press Ctrl+C to stop.\n');
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

if (command === 'test') test();
else if (command === 'start') await start();
else {
  console.log('usage: node scripts/platform.mjs start|test');
  process.exit(command === 'help' ? 0 : 2);
}
