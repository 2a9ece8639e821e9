/**
 * Where the kiosk's settings come from, most specific first: the address it was opened with (a
 * kiosk launcher's URL, e.g. `/?device-key=…&idle=60`), what that address left in the device's
 * storage on an earlier start, and the values the kiosk was built with (kiosk/.env.example).
 */

/** Storage keys with this prefix belong to the device, not to a visitor: the privacy wipe keeps them. */
export const devicePrefix = 'huying-kiosk:';

const stored = (name: string): string | null => {
  try {
    return localStorage.getItem(`${devicePrefix}${name}`);
  } catch {
    return null;
  }
};

const remember = (name: string, value: string): void => {
  try {
    localStorage.setItem(`${devicePrefix}${name}`, value);
  } catch {
    // storage full or refused: the value still applies to this start
  }
};

/** First-run setup: the key entered on the kiosk's own screen, kept like one from the launcher's address. */
export const rememberDeviceKey = (key: string): void => remember('device-key', key);

function setting(name: string, fromBuild: string | undefined): string {
  const fromUrl = new URL(window.location.href).searchParams.get(name);
  if (fromUrl) {
    remember(name, fromUrl);
    return fromUrl;
  }
  return stored(name) ?? fromBuild ?? '';
}

const seconds = (text: string, fallback: number, min: number) => {
  const value = Number(text);
  return Number.isFinite(value) && value >= min ? value : fallback;
};

export interface KioskConfig {
  readonly apiUrl: string;
  readonly deviceKey: string;
  readonly idleSeconds: number;
  readonly countdownSeconds: number;
}

export function readConfig(): KioskConfig {
  const apiUrl = (import.meta.env.VITE_HUYING_API_URL || window.location.origin).replace(/\/+$/, '');
  return {
    apiUrl,
    deviceKey: setting('device-key', import.meta.env.VITE_HUYING_DEVICE_KEY),
    idleSeconds: seconds(setting('idle', import.meta.env.VITE_KIOSK_IDLE_SECONDS), 90, 5),
    countdownSeconds: seconds(setting('countdown', import.meta.env.VITE_KIOSK_COUNTDOWN_SECONDS), 20, 3),
  };
}

/** Device-level values kept across visitors (registration, taxonomy, figures), as JSON. */
export const deviceStore = {
  get<T>(name: string): T | null {
    const text = stored(name);
    if (!text) return null;
    try {
      return JSON.parse(text) as T;
    } catch {
      return null;
    }
  },
  set(name: string, value: unknown): void {
    remember(name, JSON.stringify(value));
  },
};
