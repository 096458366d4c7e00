import { parseThaiTime, type ThaiDateErrorCode } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';

describe('parseThaiTime', () => {
  it.each<[string, string, string | null]>([
    ['เวลา ๐๘.๓๐ – ๑๗.๐๐ น.', '08:30', '17:00'],
    ['13.00-16.30น.', '13:00', '16:30'],
    ['10.00 น.', '10:00', null],
    ['เวลา 14.00 น.', '14:00', null],
    ['14:10', '14:10', null],
    ['08:52', '08:52', null],
    ['14:10:33', '14:10', null],
    ['14.30', '14:30', null],
    ['9.05 นาฬิกา', '09:05', null],
  ])('%s → %s–%s', (input, start, end) => {
    expect(parseThaiTime(input)).toEqual({ start, end });
  });

  it.each<[string, ThaiDateErrorCode]>([
    ['', 'empty-input'],
    ['บ่ายโมง', 'unrecognized'],
    ['25.00 น.', 'invalid-time'],
    ['12.75 น.', 'invalid-time'],
    ['24.30', 'invalid-time'],
    ['14.00 น. ห้องประชุม', 'trailing-text'],
  ])('%j → %s', (input, code) => {
    expect(() => parseThaiTime(input)).toThrow(expect.objectContaining({ code, name: 'ThaiDateError' }));
  });
});
