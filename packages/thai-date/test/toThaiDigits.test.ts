import { toArabicDigits, toThaiDigits } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('toThaiDigits', () => {
  it.each([
    ['0123456789', '๐๑๒๓๔๕๖๗๘๙'],
    ['ประชุมครั้งที่ 3/2566 เวลา 09.30 น.', 'ประชุมครั้งที่ ๓/๒๕๖๖ เวลา ๐๙.๓๐ น.'],
    ['ABC-๑', 'ABC-๑'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });

  it('is undone by toArabicDigits on text without Thai digits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const arabic = toArabicDigits(text);
        expect(toArabicDigits(toThaiDigits(arabic))).toBe(arabic);
        expect(toThaiDigits(arabic).length).toBe(text.length);
      }),
    );
  });
});
