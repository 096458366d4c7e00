import { parseThaiNumber } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('parseThaiNumber', () => {
  it.each([
    ['๓.๕', 3.5],
    ['7,791', 7791],
    ['1,234,567.5', 1234567.5],
    ['๕๐ ล้าน', 50_000_000],
    ['6.31 หมื่น', 63_100],
    ['4.6 แสน', 460_000],
    ['หมื่นล้าน', 10_000_000_000],
    ['พันล้าน', 1_000_000_000],
    ['แสนล้าน', 100_000_000_000],
    ['ล้านล้าน', 1_000_000_000_000],
    ['3,653.72 ล้าน', 3_653_720_000],
    ['3.5 ล้าน', 3_500_000],
    ['1.5 หมื่นล้าน', 15_000_000_000],
    ['2 พัน 5 ร้อย', 2_500],
    ['สามสิบหก', 36],
    ['หนึ่งร้อยยี่สิบ', 120],
    ['ยี่สิบเอ็ด', 21],
    ['สองพันห้าร้อย', 2_500],
    ['สิบ', 10],
    ['สิบเอ็ด', 11],
    ['ร้อยเอ็ด', 101],
    ['ศูนย์', 0],
    ['เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้า', 999_999],
    ['สามล้านห้าแสน', 3_500_000],
    ['หนึ่งล้านห้า', 1_000_005],
    ['  42  ', 42],
    ['-12.5', -12.5],
    ['0.1', 0.1],
  ])('%s → %d', (input, expected) => {
    expect(parseThaiNumber(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '5 ล้านบาท',
    'ห้าห้า',
    '5 6',
    'ร้อยพัน',
    'ยี่',
    'ยี่ร้อย',
    'เอ็ด',
    '1,23',
    '3..5',
    '๕/๒๕๕๖',
  ])('%j is not a number (NaN)', (input) => {
    expect(parseThaiNumber(input)).toBeNaN();
  });

  it('agrees with Number() on plain decimal numerals, in both digit systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), (units, places) => {
        const numeral = places === 0 ? String(units) : (units / 10 ** places).toFixed(places);
        const thai = numeral.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
        expect(parseThaiNumber(numeral)).toBe(Number(numeral));
        expect(parseThaiNumber(thai)).toBe(Number(numeral));
      }),
    );
  });

  it('multiplies by ล้าน exactly to the precision written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 2 }), (units, places) => {
        const numeral = (units / 10 ** places).toFixed(places);
        expect(parseThaiNumber(`${numeral} ล้าน`)).toBe(units * 10 ** (6 - places));
      }),
    );
  });

  it('reads a plain numeral and one place word as the token reader does', () => {
    // A leading space is no plain number: it sends the same text through the token reader.
    const piece = fc.constantFrom('1', '๒', '0', '9', ',', '.', ' ', 'ล้าน', 'พัน', 'สิบ', 'แสน', 'ก', '-');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(parseThaiNumber(text)).toBe(parseThaiNumber(` ${text}`));
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      '1,234.5 ล้าน',
      '.5',
      '5.',
      '1,23',
      ',123',
      '1234,567',
      '9007199254740993',
      '5constructor',
    ]) {
      expect(parseThaiNumber(text)).toBe(parseThaiNumber(` ${text}`));
    }
    expect(parseThaiNumber('๓,๖๕๓.๗๒ ล้าน')).toBe(3653720000);
  });
});
