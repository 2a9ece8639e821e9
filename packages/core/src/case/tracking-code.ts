/**
 * Tracking codes and case secrets.
 *
 * A tracking code is public: residents read it aloud on the hotline and type it on a kiosk's
 * numeric keypad, so it is digits only, with a check digit that catches a mistyped or swapped
 * digit before any lookup. The secret is what proves the resident filed the case; without it (or
 * the last four digits of the contact phone) a lookup shows the status only.
 *
 * Layout: YYMM (month filed) + 7 random digits + 1 Luhn check digit = 12 digits, shown as 4-4-4.
 */

import { localDateTime } from '../calendar/zoned.js';

export type RandomDigits = (count: number) => string;

/**
 * Random bytes from the platform's CSPRNG (Web Crypto, in browsers and Node alike), drawn a pool at
 * a time: each draw is a system call, and a case takes a code and a secret.
 */
const randomPool = new Uint8Array(256);
let randomPoolUsed = randomPool.length;

function randomByte(): number {
  if (randomPoolUsed === randomPool.length) {
    globalThis.crypto.getRandomValues(randomPool);
    randomPoolUsed = 0;
  }
  return randomPool[randomPoolUsed++]!;
}

/** Random digits, uniform: 250 is the largest multiple of 10 below 256, and bytes above it are drawn again. */
export const cryptoRandomDigits: RandomDigits = (count) => {
  let out = '';
  while (out.length < count) {
    const byte = randomByte();
    if (byte < 250) out += String(byte % 10);
  }
  return out;
};

export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function createTrackingCode(filedAt: Date, randomDigits: RandomDigits = cryptoRandomDigits, timeZone = 'Asia/Shanghai'): string {
  // The local date through the zone's remembered offset: formatting the instant costs more than the rest of a code.
  const { date } = localDateTime(filedAt, timeZone);
  const body = `${date.slice(2, 4)}${date.slice(5, 7)}${randomDigits(7)}`;
  return body + luhnCheckDigit(body);
}

/** Strips spaces and dashes a person may type, and checks the length and check digit. */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '');
  if (!/^\d{12}$/.test(code)) return null;
  return luhnCheckDigit(code.slice(0, 11)) === code[11] ? code : null;
}

/** 261103728841 → 2611-0372-8841 */
export function formatTrackingCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1-');
}

/** An 8-digit secret: typeable on a keypad, and with the lookup rate limit, not guessable. */
export function createCaseSecret(randomDigits: RandomDigits = cryptoRandomDigits): string {
  return randomDigits(8);
}
