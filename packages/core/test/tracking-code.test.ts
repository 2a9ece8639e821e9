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

  it('secrets are 8 digits', () => {
    expect(createCaseSecret()).toMatch(/^\d{8}$/);
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
