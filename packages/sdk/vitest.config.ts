import { databaseProjects } from '../../vitest.shared.js';
import { defineConfig } from 'vitest/config';

/** The SDK is tested against the real API, on PGlite and (with TEST_DATABASE_URL) on the server. */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: databaseProjects({ databaseFree: ['test/generated-types.test.ts', 'test/package-shape.test.ts'] }),
  },
});
