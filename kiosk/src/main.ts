import { define } from '@huying/components/internal/define';
import { deviceStore, readConfig, rememberDeviceKey } from './config.js';
import { kioskClient, loadCategories, loadRegistration, refusalOf, type KioskRegistration } from './device.js';
import { loadFigures, type PublicFigures } from './figures.js';
import { KioskApp, type KioskServices } from './kiosk-app.js';
import { KioskKeypad } from './keypad.js';
import { Outbox } from './outbox.js';
import { forgetVisitor, IdleWatch } from './privacy.js';
import { registerServiceWorker } from './register-service-worker.js';

define('kiosk-keypad', KioskKeypad);
define('kiosk-app', KioskApp);
registerServiceWorker();

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
    'kiosk-keypad': KioskKeypad;
  }
}

/** How often the hall's registration (notices, PIN) and the public figures are read again. */
const refreshMs = 10 * 60_000;

const config = readConfig();
// The key came in the launcher's address: it is kept on the device; no visitor should see it.
if (new URL(window.location.href).searchParams.has('device-key')) {
  const clean = new URL(window.location.href);
  clean.searchParams.delete('device-key');
  history.replaceState(null, '', clean);
}

const client = kioskClient(config);
const outbox = new Outbox(() => client);
let registration: KioskRegistration | null = null;
let figures: PublicFigures | null = deviceStore.get<PublicFigures>('figures');
let refusal: KioskServices['refusal'] = null;
let app: KioskApp | null = null;

const services: KioskServices = {
  config,
  client,
  outbox,
  registration: null,
  categories: [],
  figures: () => figures,
  refusal: null,
  finish: () => startVisit(),
  register(deviceKey) {
    rememberDeviceKey(deviceKey);
    window.location.replace(window.location.pathname);
  },
};

/** A fresh app element for the next visitor: whatever the last one entered goes with the old element. */
function startVisit(): void {
  forgetVisitor();
  const next = document.createElement('kiosk-app');
  next.services = { ...services, registration, refusal };
  const host = document.getElementById('kiosk')!;
  host.replaceChildren(next);
  app = next;
  idle.restart();
}

const idle = new IdleWatch(
  config.idleSeconds * 1000,
  () => app?.startCountdown(config.countdownSeconds),
  () => app?.stopCountdown(),
);

async function refresh(): Promise<void> {
  const latestFigures = loadFigures(client);
  try {
    registration = await loadRegistration(client, config);
    refusal = null;
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    registration = null;
    refusal = { code: refused.code, message: refused.message };
  }
  if (!registration && !refusal) refusal = { code: 'unreachable', message: '' };
  figures = await latestFigures;
  // A visitor in the middle of a report keeps their screen; the next one sees the new notices.
  if (app && !app.inUse) startVisit();
}

async function start(): Promise<void> {
  // The taxonomy is read beside the registration; a refused kiosk shows its refusal instead.
  const categories = loadCategories(client).catch((error: unknown) => {
    if (refusalOf(error) || !config.deviceKey) return [];
    throw error;
  });
  await refresh();
  services.categories = await categories;
  startVisit();
  idle.start();
  outbox.start();
  setInterval(() => void refresh().catch((error: unknown) => console.error('The kiosk could not refresh its registration:', error)), refreshMs);
}

void start().catch((error: unknown) => {
  console.error('The kiosk did not start:', error);
  refusal = { code: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  startVisit();
});
