import { formatThaiDate, ThaiDateError } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const STYLES = ['full', 'long', 'medium', 'short'] as const;
const DIGIT_SYSTEMS = ['arabic', 'thai'] as const;
const ERAS = ['BE', 'CE'] as const;

/** The Intl locale for a digit system and era, with both Unicode extensions in one -u- block. */
function intlLocale(digits: 'arabic' | 'thai', era: 'BE' | 'CE'): string {
  const keywords = [...(era === 'CE' ? ['ca-gregory'] : []), ...(digits === 'thai' ? ['nu-thai'] : [])];
  return keywords.length === 0 ? 'th-TH' : `th-TH-u-${keywords.join('-')}`;
}

describe('formatThaiDate', () => {
  const wednesday = new Date(Date.UTC(2021, 4, 26));
  it.each<[Parameters<typeof formatThaiDate>[1], string]>([
    [{}, '26 พฤษภาคม 2564'],
    [{ style: 'full' }, 'วันพุธที่ 26 พฤษภาคม พ.ศ. 2564'],
    [{ style: 'medium' }, '26 พ.ค. 2564'],
    [{ style: 'short' }, '26/5/64'],
    [{ style: 'full', digits: 'thai' }, 'วันพุธที่ ๒๖ พฤษภาคม พ.ศ. ๒๕๖๔'],
    [{ style: 'long', era: 'CE' }, '26 พฤษภาคม ค.ศ. 2021'],
    [{ style: 'short', era: 'CE', digits: 'thai' }, '๒๖/๕/๒๑'],
  ])('%j → %s', (options, expected) => {
    expect(formatThaiDate(wednesday, options)).toBe(expected);
    expect(formatThaiDate('2021-05-26', options)).toBe(expected);
  });

  it('numbers years before 1941 as they were numbered at the time, unless historical is false', () => {
    expect(formatThaiDate('1940-02-15')).toBe('15 กุมภาพันธ์ 2482');
    expect(formatThaiDate('1940-02-15', { historical: false })).toBe('15 กุมภาพันธ์ 2483');
    expect(formatThaiDate('1940-04-01')).toBe('1 เมษายน 2483');
    expect(formatThaiDate('1941-01-01')).toBe('1 มกราคม 2484');
  });

  it('formats a Date by its UTC day and accepts date-time strings', () => {
    expect(formatThaiDate(new Date('2021-05-26T23:30:00Z'))).toBe('26 พฤษภาคม 2564');
    expect(formatThaiDate('2021-05-26T05:00:00+07:00')).toBe('25 พฤษภาคม 2564');
  });

  it('rejects invalid dates and options with advice', () => {
    expect(() => formatThaiDate(new Date(Number.NaN))).toThrow(ThaiDateError);
    expect(() => formatThaiDate('2021-02-30')).toThrow(/not a calendar date/);
    expect(() => formatThaiDate('tomorrow')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    // @ts-expect-error: checking the runtime guard for JavaScript callers
    expect(() => formatThaiDate('2021-05-26', { style: 'tiny' })).toThrow(/style option "tiny"/);
  });

  it('equals Intl for every day from 1941 to 2100, in every style, digit system and era', () => {
    const formatters = STYLES.flatMap((style) =>
      DIGIT_SYSTEMS.flatMap((digits) =>
        ERAS.map((era) => ({
          options: { style, digits, era },
          intl: new Intl.DateTimeFormat(intlLocale(digits, era), { dateStyle: style, timeZone: 'UTC' }),
        })),
      ),
    );
    const mismatches: string[] = [];
    let checked = 0;
    for (let time = Date.UTC(1941, 0, 1); time <= Date.UTC(2100, 11, 31); time += DAY) {
      const date = new Date(time);
      for (const { options, intl } of formatters) {
        const ours = formatThaiDate(date, options);
        const expected = intl.format(date);
        checked++;
        if (ours !== expected && mismatches.length < 10) {
          mismatches.push(
            `${date.toISOString().slice(0, 10)} ${JSON.stringify(options)}: ${ours} ≠ ${expected}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(58_439 * 16);
  }, 60_000);
});
