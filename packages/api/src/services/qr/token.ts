import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token a sign's QR code carries: `base64url(kid · varint(serial) · mac)`, about 19
 * characters, so the printed URL stays short and the QR symbol small and robust. The serial names
 * the sign (and through it the building and version); the MAC binds serial, building, version,
 * city and key together under the city's secret, so a token cannot be forged or altered to
 * point at another building.
 */

const macLength = 10;
const macContext = 'huying-sign-v1';
const tokenPattern = /^[A-Za-z0-9_-]{14,40}$/;

export interface SignClaims {
  cityId: string;
  serial: number;
  buildingId: string;
  version: number;
  kid: number;
}

export interface DecodedToken {
  kid: number;
  serial: number;
  mac: Buffer;
}

function encodeVarint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

export function signMac(secret: Buffer, claims: SignClaims): Buffer {
  const message = [macContext, claims.cityId, claims.serial, claims.buildingId, claims.version, claims.kid].join('|');
  return createHmac('sha256', secret).update(message).digest().subarray(0, macLength);
}

export function encodeSignToken(secret: Buffer, claims: SignClaims): string {
  if (!Number.isInteger(claims.kid) || claims.kid < 1 || claims.kid > 255) throw new RangeError(`key id ${claims.kid} is outside 1–255`);
  if (!Number.isSafeInteger(claims.serial) || claims.serial < 1) throw new RangeError(`sign serial ${claims.serial} is not a positive integer`);
  return Buffer.concat([Buffer.from([claims.kid, ...encodeVarint(claims.serial)]), signMac(secret, claims)]).toString('base64url');
}

/**
 * Reads a token's parts without trusting them; null when it is not a well-formed token. Only the
 * canonical spelling is accepted, so one sign has exactly one token.
 */
export function decodeSignToken(token: string): DecodedToken | null {
  if (!tokenPattern.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.toString('base64url') !== token) return null;
  const kid = bytes[0] ?? 0;
  if (kid === 0) return null;
  let serial = 0;
  let scale = 1;
  let offset = 1;
  for (;;) {
    const byte = bytes[offset];
    if (byte === undefined || offset > 8) return null;
    offset++;
    serial += (byte & 0x7f) * scale;
    scale *= 0x80;
    if ((byte & 0x80) === 0) {
      // A zero final byte after others would be a second spelling of a shorter number.
      if (byte === 0 && offset > 2) return null;
      break;
    }
  }
  if (serial < 1 || !Number.isSafeInteger(serial)) return null;
  const mac = bytes.subarray(offset);
  if (mac.length !== macLength) return null;
  return { kid, serial, mac };
}

export function macMatches(secret: Buffer, claims: SignClaims, mac: Buffer): boolean {
  const expected = signMac(secret, claims);
  return expected.length === mac.length && timingSafeEqual(expected, mac);
}
