import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Shared by the packages' vitest configs. Projects for database tests: always PGlite, and the PostgreSQL server too when
 * TEST_DATABASE_URL is set. Files matching `databaseFree` run once, on the PGlite project.
 */
export function databaseProjects(options: { databaseFree?: string[] } = {}): TestProjectInlineConfiguration[] {
  const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];
  return engines.map((engine) => ({
    extends: true,
    test: {
      name: engine,
      env: { HUYING_TEST_ENGINE: engine },
      globalSetup: [new URL('./packages/api/src/testing/global-setup.ts', import.meta.url).pathname],
      ...(engine === 'postgres' && options.databaseFree ? { exclude: [...options.databaseFree, '**/node_modules/**'] } : {}),
    },
  }));
}
