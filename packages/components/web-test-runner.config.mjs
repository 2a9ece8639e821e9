import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';

const packageDir = dirname(fileURLToPath(import.meta.url));
// pnpm keeps dependencies in the workspace root's node_modules/.pnpm, which the dev server
// only serves from inside its rootDir.
const workspaceRoot = resolve(packageDir, '../..');

const userDataDir = mkdtempSync(join(tmpdir(), 'huying-wtr-chromium-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));

const commonjs = fromRollup(rollupCommonjs);

export default {
  rootDir: workspaceRoot,
  files: [join(packageDir, 'src/**/*.test.ts')],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(packageDir, 'tsconfig.json') }),
    commonjs({
      // Packages shipped only as CommonJS or UMD that the elements and tests import.
      include: ['**/node_modules/{qrcode,dijkstrajs,jsqr,axe-core}/**'],
      requireReturnsDefault: 'preferred',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        userDataDir,
        args: [
          // Chromium refuses to start its sandbox as root, which is how CI runs.
          '--no-sandbox',
          '--disable-gpu',
          // Without these Chromium keeps dialling Google services on a closed network.
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
