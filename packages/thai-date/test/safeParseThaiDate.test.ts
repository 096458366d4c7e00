import { safeParseThaiDate, ThaiDateError } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('safeParseThaiDate', () => {
  it('returns the data on success', () => {
    const result = safeParseThaiDate('26 พ.ค. 2564');
    expect(result).toMatchObject({ success: true, data: { start: '2021-05-26' } });
  });

  it.each([
    ['29 ก.พ. 2564', 'invalid-day'],
    ['วันจันทร์ที่ 23 มิถุนายน 2563', 'weekday-mismatch'],
    ['ไม่ใช่วันที่', 'unrecognized'],
  ])('returns the %s error instead of throwing', (input, code) => {
    const result = safeParseThaiDate(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ThaiDateError);
      expect(result.error.code).toBe(code);
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(typeof safeParseThaiDate(input).success).toBe('boolean');
      }),
    );
  });
});
