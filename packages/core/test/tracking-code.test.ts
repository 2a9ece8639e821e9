import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCaseSecret,
  createTrackingCode,
  formatTrackingCode,
  maskPhone,
  normalizePhone,
  normalizeTrackingCode,
} from '../src/index.js';

describe('tracking codes', () => {
  it('start with the month filed in the city time zone and pass their own check', () => {
    // 2026-02-28 17:00 UTC is already 1 March in China.
    const code = createTrackingCode(new Date('2026-02-28T17:00:00Z'));
    expect(code).toMatch(/^2603\d{8}$/);
    expect(normalizeTrackingCode(formatTrackingCode(code))).toBe(code);
  });

  it('catch any single mistyped digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const code = createTrackingCode(new Date());
        const digit = (Number(code[position]) + delta) % 10;
        const typo = code.slice(0, position) + digit + code.slice(position + 1);
        expect(normalizeTrackingCode(typo)).toBeNull();
      }),
    );
  });

  it('accept spaces and dashes, refuse other shapes', () => {
    const code = createTrackingCode(new Date());
    expect(normalizeTrackingCode(` ${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)} `)).toBe(code);
    for (const bad of ['', 'abc', code.slice(1), `${code}1`, `${code.slice(0, 11)}x`]) {
      expect(normalizeTrackingCode(bad)).toBeNull();
    }
  });

  it('turn the month at local midnight in a zone half an hour off the hour', () => {
    // Asia/Kolkata is UTC+5:30: 18:29 UTC on 28 February is 23:59 there, 18:31 UTC is 1 March.
    expect(createTrackingCode(new Date('2026-02-28T18:29:00Z'), undefined, 'Asia/Kolkata')).toMatch(/^2602/);
    expect(createTrackingCode(new Date('2026-02-28T18:31:00Z'), undefined, 'Asia/Kolkata')).toMatch(/^2603/);
  });

  it('secrets are 8 digits, every digit equally likely, across many draws of the random pool', () => {
    const secrets = Array.from({ length: 5_000 }, () => createCaseSecret());
    for (const secret of secrets) expect(secret).toMatch(/^\d{8}$/);
    // Among 5,000 random 8-digit secrets a repeat or two is plain chance; a pool handed out twice would repeat hundreds.
    expect(new Set(secrets).size).toBeGreaterThan(secrets.length - 10);
    const counts = Array.from({ length: 10 }, () => 0);
    for (const digit of secrets.join('')) counts[Number(digit)]!++;
    // 40,000 digits: each expected 4,000 times; ±10 % is over six standard deviations.
    for (const count of counts) {
      expect(count).toBeGreaterThan(3_600);
      expect(count).toBeLessThan(4_400);
    }
  });
});

describe('phones', () => {
  it('normalise mobile and landline numbers, refuse the rest', () => {
    expect(normalizePhone('+86 138-1234-1234')).toBe('13812341234');
    expect(normalizePhone('0535-8212345')).toBe('05358212345');
    expect(normalizePhone('12812341234')).toBeNull();
    expect(normalizePhone('1381234')).toBeNull();
  });

  it('mask all but the prefix and the last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('05358212345')).toBe('053****2345');
  });
});
