import { defineConfig } from 'vitest/config';

/** The end-to-end run: the real API, the examples served by Vite, Chromium driven by playwright-core. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
