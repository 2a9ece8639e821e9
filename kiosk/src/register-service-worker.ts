import { Workbox } from 'workbox-window';

/**
 * Registers the precaching service worker so the kiosk still starts when the hall's network
 * drops. A kiosk has nobody to click "update", so a new version takes over at once and the
 * page reloads into it; the first screen holds no input a reload could lose.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  workbox.addEventListener('waiting', () => workbox.messageSkipWaiting());
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  workbox.register().catch((error: unknown) => console.error('The kiosk service worker did not register:', error));
}
