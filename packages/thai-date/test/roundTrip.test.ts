import { type FormatThaiDateOptions, formatThaiDate, parseThaiDate } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const FIRST = Date.UTC(1800, 0, 1);
const LAST = Date.UTC(2300, 11, 31);
const STYLES = ['full', 'long', 'medium', 'short'] as const;

/**
 * What the reader needs to undo a format: the era of years printed without an era word, and
 * for the short style (two-digit years) a reference date within 45 years, since 26/5/64 does
 * not say which century it is in.
 */
function parseOptionsFor(date: Date, options: FormatThaiDateOptions, referenceShiftYears = 0) {
  const reference = new Date(date);
  reference.setUTCFullYear(date.getUTCFullYear() + referenceShiftYears, 5, 15);
  return {
    era: options.era ?? 'BE',
    historical: options.historical ?? true,
    ...(options.style === 'short' ? { referenceDate: reference } : {}),
  };
}

describe('formatThaiDate → parseThaiDate round trip', () => {
  it('holds for random days 1800–2300, every style × digits × era × historical, short style with a reference date within 45 years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: (LAST - FIRST) / DAY }),
        fc.constantFrom(...STYLES),
        fc.constantFrom('arabic' as const, 'thai' as const),
        fc.constantFrom('BE' as const, 'CE' as const),
        fc.boolean(),
        fc.integer({ min: -45, max: 45 }),
        (dayIndex, style, digits, era, historical, shift) => {
          const date = new Date(FIRST + dayIndex * DAY);
          const options = { style, digits, era, historical };
          const text = formatThaiDate(date, options);
          const parsed = parseThaiDate(text, parseOptionsFor(date, options, shift));
          expect(parsed.start).toBe(date.toISOString().slice(0, 10));
          expect(parsed.end).toBe(parsed.start);
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);

  /**
   * Every day of [first, last] in every style × era with one historical setting; the digit
   * system alternates from day to day (each is used on every other day), which halves the run
   * time while the random property above mixes all 32 combinations.
   */
  function exhaustiveFailures(
    first: number,
    last: number,
    historical: boolean,
  ): { failures: string[]; checked: number } {
    const failures: string[] = [];
    let checked = 0;
    const combinations = STYLES.flatMap((style) =>
      (['BE', 'CE'] as const).map((era) => ({ style, era, historical })),
    );
    for (let time = first, dayIndex = 0; time <= last; time += DAY, dayIndex++) {
      const date = new Date(time);
      const iso = date.toISOString().slice(0, 10);
      const digits = dayIndex % 2 === 0 ? 'arabic' : 'thai';
      for (const combination of combinations) {
        const options = { ...combination, digits } as const;
        const text = formatThaiDate(date, options);
        const parsed = parseThaiDate(text, parseOptionsFor(date, options));
        checked++;
        if (parsed.start !== iso && failures.length < 10) {
          failures.push(`${iso} ${JSON.stringify(options)} ${text} → ${parsed.start}`);
        }
      }
    }
    return { failures, checked };
  }

  it('holds for every day 1800–2300 in every style × era, both digit systems (historical, the default)', () => {
    const { failures, checked } = exhaustiveFailures(FIRST, LAST, true);
    expect(failures).toEqual([]);
    expect(checked).toBe(182_986 * 8);
  }, 120_000);

  it('holds for every day 1800–1940 with historical: false (later days print the same either way)', () => {
    const { failures, checked } = exhaustiveFailures(FIRST, Date.UTC(1940, 11, 31), false);
    expect(failures).toEqual([]);
    expect(checked).toBe(51_499 * 8);
  }, 120_000);
});
