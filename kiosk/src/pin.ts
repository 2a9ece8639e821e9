import { deviceStore } from './config.js';
import type { KioskRegistration } from './device.js';

const maxTries = 5;
const lockMinutes = 5;

export type PinOutcome = { ok: true } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: 'locked'; minutes: number } | { ok: false; reason: 'unavailable' };

const toBytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/**
 * The staff corner's PIN, checked on the device against the hash the platform gave it (so it
 * opens with the network down). After 5 wrong PINs it stays locked for 5 minutes, counted in
 * device storage so that a reload does not reset it.
 */
export class PinGate {
  async check(pin: string, stored: KioskRegistration['adminPin'] | null): Promise<PinOutcome> {
    if (!stored) return { ok: false, reason: 'unavailable' };
    const now = Date.now();
    const lock = deviceStore.get<{ failures: number; until: number }>('pin-lock') ?? { failures: 0, until: 0 };
    if (lock.until > now) return { ok: false, reason: 'locked', minutes: Math.ceil((lock.until - now) / 60_000) };
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: toBytes(stored.salt), iterations: stored.iterations }, material, 256);
    const computed = new Uint8Array(bits);
    const expected = toBytes(stored.hash);
    let difference = computed.length ^ expected.length;
    for (let index = 0; index < Math.min(computed.length, expected.length); index++) difference |= computed[index]! ^ expected[index]!;
    if (difference === 0) {
      deviceStore.set('pin-lock', { failures: 0, until: 0 });
      return { ok: true };
    }
    const failures = (lock.until && lock.until <= now ? 0 : lock.failures) + 1;
    const locked = failures >= maxTries;
    deviceStore.set('pin-lock', { failures: locked ? 0 : failures, until: locked ? now + lockMinutes * 60_000 : 0 });
    return locked ? { ok: false, reason: 'locked', minutes: lockMinutes } : { ok: false, reason: 'wrong', triesLeft: maxTries - failures };
  }
}
