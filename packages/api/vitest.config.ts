import { defineConfig } from 'vitest/config';

/**
 * Every database test runs on the embedded PGlite; when TEST_DATABASE_URL points at a PostgreSQL
 * server, the same tests run there too, as a second project.
 */
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: engines.map((engine) => ({
      extends: true,
      test: {
        name: engine,
        env: { HUYING_TEST_ENGINE: engine },
        globalSetup: ['./src/testing/global-setup.ts'],
        // Tests that touch no database run once, on the default project.
        ...(engine === 'postgres' ? { exclude: ['test/seed/**', 'node_modules/**'] } : {}),
      },
    })),
  },
});
