import { defineConfig } from 'vitest/config';

/** The SDK is tested against the real API, on PGlite and (with TEST_DATABASE_URL) on the server. */
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: engines.map((engine) => ({
      extends: true,
      test: { name: engine, env: { HUYING_TEST_ENGINE: engine }, globalSetup: ['@huying/api/testing/global-setup'] },
    })),
  },
});
