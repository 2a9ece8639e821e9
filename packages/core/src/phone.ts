/**
 * Residents' phone numbers: validated on the way in, masked on the way out (138****1234) to
 * everyone but the unit holding the case.
 */

const mobilePattern = /^1[3-9]\d{9}$/;
const landlinePattern = /^0\d{2,3}\d{7,8}$/;

/**
 * Normalises a Chinese mobile or landline number (spaces, dashes, a +86 or 0086 prefix removed).
 * Returns null when it is not a plausible number.
 */
export function normalizePhone(input: string): string | null {
  let phone = input.replace(/[\s\-()（）]/g, '');
  if (phone.startsWith('+86')) phone = phone.slice(3);
  else if (phone.startsWith('0086')) phone = phone.slice(4);
  if (mobilePattern.test(phone) || landlinePattern.test(phone)) return phone;
  return null;
}

/** 13812341234 → 138****1234; a landline keeps its area code and last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  const keepStart = mobilePattern.test(phone) ? 3 : Math.min(4, phone.length - 8);
  return phone.slice(0, keepStart) + '*'.repeat(phone.length - keepStart - 4) + phone.slice(-4);
}

export function lastFourDigits(phone: string): string {
  return phone.slice(-4);
}
