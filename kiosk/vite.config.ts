import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    VitePWA({
      strategies: 'generateSW',
      // src/register-service-worker.ts registers it with workbox-window, which also handles
      // updates; the plugin's own registration script would register it a second time.
      injectRegister: false,
      // globPatterns below already precaches every icon; listing them again duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: '有呼必应 自助终端',
        short_name: '有呼必应',
        description: '服务大厅自助终端：反映问题、查询进度、政策咨询、评价办理结果。',
        lang: 'zh-CN',
        start_url: '.',
        scope: '.',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#b3261e',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app shell, so a kiosk restarted while the hall's network is down still
        // opens on its first screen.
        // The web manifest is not listed: the plugin always adds it itself.
        globPatterns: ['**/*.{html,js,css,svg,png}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
