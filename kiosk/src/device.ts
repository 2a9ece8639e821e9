import { APIError, ResidentClient, type Category } from '@huying/sdk';
import { deviceStore, type KioskConfig } from './config.js';

/** The kiosk's registration as the platform returns it (GET /api/v1/kiosk/device). */
export interface KioskRegistration {
  id: string;
  label: string;
  hallName: string;
  hallNameEn: string | null;
  city: { id: string; name: string; nameEn: string; hotline: string };
  unit: { id: string; name: string; kind: string };
  place: { building: { id: string; name: string } | null; address: string };
  notices: { zh: string; en: string }[];
  adminPin: { algorithm: 'PBKDF2-SHA256'; iterations: number; salt: string; hash: string };
}

/** Why the platform will not serve this kiosk: its key is unknown, or the kiosk was withdrawn. */
export class KioskRefusedError extends Error {
  constructor(
    readonly code: 'kiosk-key-invalid' | 'kiosk-revoked' | 'no-device-key',
    message: string,
  ) {
    super(message);
  }
}

export const refusalOf = (error: unknown): KioskRefusedError | null => {
  if (error instanceof KioskRefusedError) return error;
  if (error instanceof APIError && (error.code === 'kiosk-revoked' || error.code === 'kiosk-key-invalid')) return new KioskRefusedError(error.code, error.message);
  return null;
};

/**
 * The API client of this kiosk: every request carries the device key, which the platform checks
 * and turns into the hall's place and the channel `kiosk`. Short timeouts and one retry, because
 * a visitor is waiting; the outbox retries for longer.
 */
export function kioskClient(config: KioskConfig): ResidentClient {
  return new ResidentClient({ baseUrl: config.apiUrl, headers: { 'huying-device-key': config.deviceKey }, maxRetries: 1, timeoutMs: 10_000 });
}

/**
 * Loads the registration, keeping the last one for starts without a network. A refusal is
 * remembered too, so a withdrawn kiosk says so even after a restart offline.
 */
export async function loadRegistration(client: ResidentClient, config: KioskConfig): Promise<KioskRegistration | null> {
  if (!config.deviceKey) throw new KioskRefusedError('no-device-key', 'no device key');
  try {
    const registration = await client.request<KioskRegistration>('GET', '/api/v1/kiosk/device');
    deviceStore.set('registration', { key: config.deviceKey, registration, refused: null });
    return registration;
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) {
      deviceStore.set('registration', { key: config.deviceKey, registration: null, refused: { code: refusal.code, message: refusal.message } });
      throw refusal;
    }
    const cached = deviceStore.get<{ key: string; registration: KioskRegistration | null; refused: { code: KioskRefusedError['code']; message: string } | null }>('registration');
    if (cached?.key !== config.deviceKey) return null;
    if (cached.refused) throw new KioskRefusedError(cached.refused.code, cached.refused.message);
    return cached.registration;
  }
}

/** The city's taxonomy, kept on the device so that reports can be made offline. */
export async function loadCategories(client: ResidentClient): Promise<Category[]> {
  try {
    const categories = await client.categories.list();
    deviceStore.set('categories', categories);
    return categories;
  } catch (error) {
    if (refusalOf(error)) throw refusalOf(error);
    return deviceStore.get<Category[]>('categories') ?? [];
  }
}
