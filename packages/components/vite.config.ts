import { defineConfig } from 'vite';

/**
 * The embed bundle: one classic script (IIFE) that works from a plain `<script src>` and from
 * `<script type="module">` alike, with Lit, the SDK and every element inside, minified.
 * The npm build (tsc, tsconfig.build.json) is separate: ES modules that leave Lit and the
 * SDK to the host's bundler.
 */
export default defineConfig({
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed.ts',
      name: 'Huying',
      formats: ['iife'],
      fileName: () => 'huying.js',
    },
  },
});
