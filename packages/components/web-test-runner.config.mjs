import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { register } from 'tsx/esm/api';

const packageDir = dirname(fileURLToPath(import.meta.url));
// pnpm keeps dependencies in the workspace root's node_modules/.pnpm, which the dev server
// only serves from inside its rootDir.
const workspaceRoot = resolve(packageDir, '../..');

const userDataDir = mkdtempSync(join(tmpdir(), 'huying-wtr-chromium-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));

const commonjs = fromRollup(rollupCommonjs);

/**
 * The real API for the element tests: started once per run on an in-memory database with a test
 * city and a site key for the test pages' origin. Tests read where it is, and the staff tokens to
 * move cases along, from /__huying/test-api.json (see src/test/api.ts).
 */
function huyingTestApi() {
  let api;
  return {
    name: 'huying-test-api',
    async serverStart({ config }) {
      // The API is TypeScript run from source, as everywhere in the workspace.
      register();
      const { startBrowserTestApi } = await import('@huying/api/testing');
      api = await startBrowserTestApi({ allowedOrigins: [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`] });
    },
    async serverStop() {
      await api?.close();
    },
    serve(context) {
      if (context.path === '/__huying/test-api.json') {
        const { close: _close, ...description } = api;
        return { body: JSON.stringify(description), type: 'application/json' };
      }
    },
  };
}

export default {
  rootDir: workspaceRoot,
  files: [join(packageDir, 'src/**/*.test.ts')],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    huyingTestApi(),
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
