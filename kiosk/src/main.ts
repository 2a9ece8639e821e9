import '@huying/components/qr-code/define';
import { define } from '@huying/components/internal/define';
import { KioskHome } from './kiosk-home.js';
import { registerServiceWorker } from './register-service-worker.js';

define('kiosk-home', KioskHome);
registerServiceWorker();

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-home': KioskHome;
  }
}
