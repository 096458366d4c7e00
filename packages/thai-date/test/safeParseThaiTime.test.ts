import { safeParseThaiTime, ThaiDateError } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';

describe('safeParseThaiTime', () => {
  it('returns the data on success', () => {
    expect(safeParseThaiTime('เวลา ๑๓.๓๐ - ๑๖.๐๐ น.')).toEqual({
      success: true,
      data: { start: '13:30', end: '16:00' },
    });
  });

  it('returns the error instead of throwing', () => {
    const result = safeParseThaiTime('25.00 น.');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ThaiDateError);
      expect(result.error.code).toBe('invalid-time');
    }
  });
});
