import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Where the pages find the platform and which site key they embed with. `npm start` passes the
// running API; the demo seed issues this key for the examples' origin (port 5174).
process.env.VITE_HUYING_API_URL ??= 'http://127.0.0.1:8080';
process.env.VITE_HUYING_SITE_KEY ??= 'hy_site_zhaoyuan_demo';

export default defineConfig({
  server: {
    port: 5174,
    // The staff pages sign in with the platform's session cookie: served through this proxy the
    // API is on the pages' own origin (the Host header kept, so the API sees that origin), and the
    // cookie and its CSRF checks stay first-party.
    proxy: { '/api': { target: process.env.VITE_HUYING_API_URL, changeOrigin: false } },
  },
  build: {
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        community: resolve(import.meta.dirname, 'community-site/index.html'),
        portal: resolve(import.meta.dirname, 'property-portal/index.html'),
        portalStaff: resolve(import.meta.dirname, 'property-portal/staff.html'),
        staff: resolve(import.meta.dirname, 'staff/index.html'),
        hotline: resolve(import.meta.dirname, 'hotline-desk/index.html'),
      },
    },
  },
});
