import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, daysFromEpoch, daysInMonth, isLeapYear } from '../src/_lib/calendar';
import { buddhistYearOfDate, gregorianYearOfMonth } from '../src/_lib/eraYear';

describe('calendar helpers', () => {
  it('agree with Date on weekdays and day numbers for years 1–9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(dayOfWeek(year, month, day)).toBe(date.getUTCDay());
          expect(daysFromEpoch(year, month, day)).toBe(Math.floor(date.getTime() / 86_400_000));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('know leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2021, 9)).toBe(30);
  });

  it('convert between BE and Gregorian years with the April new year before 2484 BE', () => {
    expect(gregorianYearOfMonth({ calendar: 'BE', value: 2482 }, 2, true)).toBe(1940);
    expect(gregorianYearOfMonth({ calendar: 'BE', value: 2482 }, 2, false)).toBe(1939);
    expect(gregorianYearOfMonth({ calendar: 'BE', value: 2483 }, 2, true)).toBeNull();
    expect(gregorianYearOfMonth({ calendar: 'RS', value: 1 }, 4, true)).toBe(1782);
    expect(gregorianYearOfMonth({ calendar: 'RS', value: 1 }, 3, true)).toBe(1783);
    expect(buddhistYearOfDate({ year: 1940, month: 2 }, true)).toBe(2482);
    expect(buddhistYearOfDate({ year: 1941, month: 2 }, true)).toBe(2484);
  });
});
