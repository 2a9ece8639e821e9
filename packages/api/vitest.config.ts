import { defineConfig } from 'vitest/config';
import { databaseProjects } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser files run once: the SQL behind them is covered on both engines by other files (qr-signs, open311).
    projects: databaseProjects({ databaseFree: ['test/seed/**', 'test/signs-in-browser.test.ts', 'test/kb-parsing.test.ts', 'test/api-docs.test.ts'] }),
  },
});
