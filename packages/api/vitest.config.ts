import { defineConfig } from 'vitest/config';
import { databaseProjects } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: databaseProjects({ databaseFree: ['test/seed/**'] }),
  },
});
