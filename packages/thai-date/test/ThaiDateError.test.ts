import { parseThaiDate, ThaiDateError } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';

describe('ThaiDateError', () => {
  it('is an Error with a name, a code and the rejected input', () => {
    const error = new ThaiDateError('invalid-day', 'Day 31 does not exist in February.', '31 ก.พ.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ThaiDateError');
    expect(error.code).toBe('invalid-day');
    expect(error.input).toBe('31 ก.พ.');
    expect(error.message).toBe('Day 31 does not exist in February.');
  });

  it('is what the parsers throw', () => {
    expect(() => parseThaiDate('31 กุมภาพันธ์ 2564')).toThrow(ThaiDateError);
  });
});
