import { toArabicDigits } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('toArabicDigits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['วันที่ ๒๖ พฤษภาคม ๒๕๖๔', 'วันที่ 26 พฤษภาคม 2564'],
    ['ห้อง ๓๐๒ ชั้น 3', 'ห้อง 302 ชั้น 3'],
    ['ไม่มีตัวเลข', 'ไม่มีตัวเลข'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toArabicDigits(input)).toBe(expected);
  });

  it('keeps the length and every non-digit character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const converted = toArabicDigits(text);
        expect(converted.length).toBe(text.length);
        const expected = Array.from(text, (char) => {
          const code = char.charCodeAt(0);
          return code >= 0x0e50 && code <= 0x0e59 ? String(code - 0x0e50) : char;
        }).join('');
        expect(converted).toBe(expected);
      }),
    );
  });
});
