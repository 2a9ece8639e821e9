import { defineConfig } from 'vitest/config';
import { databaseProjects } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser file's SQL is covered on both engines by qr-signs.test.ts; Chromium runs once.
    projects: databaseProjects({ databaseFree: ['test/seed/**', 'test/signs-in-browser.test.ts', 'test/kb-parsing.test.ts'] }),
  },
});
