import { defineConfig } from 'vitest/config';

/** The end-to-end run: the real API on a test city, the built kiosk served by `vite preview`, Chromium. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
