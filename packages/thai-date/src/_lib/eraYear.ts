import { BUDDHIST_ERA_OFFSET, ERAS, FIRST_JANUARY_NEW_YEAR, type ThaiCalendar } from '../data/eras';

/** A full year number in a named calendar (two-digit years already expanded). */
export interface YearReading {
  readonly calendar: ThaiCalendar;
  readonly value: number;
}

/** The year the historical calendar shortened: 2483 BE ran from 1 April to 31 December 1940. */
const SHORTENED_YEAR = FIRST_JANUARY_NEW_YEAR - 1;
/** Before 1 January 2484 BE the year began in April. */
const OLD_NEW_YEAR_MONTH = 4;
/** A Map: looked up by a calendar that varies from call to call, faster than an object's keys. */
const offsets = new Map<ThaiCalendar, number | null>(
  ERAS.map((era) => [era.calendar, era.offsetToBuddhistEra]),
);

/**
 * The Buddhist-era year of a reading, or null for CE years (which need no conversion).
 *
 * @example
 * buddhistYear({ calendar: 'RS', value: 130 }); // 2454
 */
export function buddhistYear(reading: YearReading): number | null {
  const offset = offsets.get(reading.calendar);
  return offset === null || offset === undefined ? null : reading.value + offset;
}

/**
 * The Gregorian year of a month of a written year. With `historical`, a month from January to
 * March before 2484 BE belongs to the next Gregorian year (the Thai year began on 1 April);
 * January–March 2483 BE never existed and gives null.
 *
 * @example
 * gregorianYearOfMonth({ calendar: 'BE', value: 2482 }, 2, true); // 1940
 */
export function gregorianYearOfMonth(
  reading: YearReading,
  month: number,
  historical: boolean,
): number | null {
  const buddhist = buddhistYear(reading);
  if (buddhist === null) return reading.value;
  if (!historical || buddhist >= FIRST_JANUARY_NEW_YEAR || month >= OLD_NEW_YEAR_MONTH)
    return buddhist - BUDDHIST_ERA_OFFSET;
  if (buddhist === SHORTENED_YEAR) return null;
  return buddhist - BUDDHIST_ERA_OFFSET + 1;
}

/**
 * The year label a Gregorian date carries in a calendar: 1940-02-15 is 2482 BE with
 * `historical`, 2483 BE without. Used to pick the century of two-digit years.
 *
 * @example
 * yearInCalendar({ year: 2021, month: 5 }, 'BE', true); // 2564
 */
export function yearInCalendar(
  date: { readonly year: number; readonly month: number },
  calendar: ThaiCalendar,
  historical: boolean,
): number {
  const offset = offsets.get(calendar);
  if (offset === null || offset === undefined) return date.year;
  const buddhist = buddhistYearOfDate(date, historical);
  return buddhist - offset;
}

/**
 * The Buddhist-era year of a Gregorian date (with the April new year before 1941 when `historical`).
 *
 * @example
 * buddhistYearOfDate({ year: 1940, month: 2 }, true); // 2482
 */
export function buddhistYearOfDate(
  date: { readonly year: number; readonly month: number },
  historical: boolean,
): number {
  const buddhist = date.year + BUDDHIST_ERA_OFFSET;
  return historical && buddhist < FIRST_JANUARY_NEW_YEAR && date.month < OLD_NEW_YEAR_MONTH
    ? buddhist - 1
    : buddhist;
}

/**
 * True when the written year is historical and began in April (start April, end March).
 *
 * @example
 * beginsInApril({ calendar: 'BE', value: 2480 }, true); // true
 */
export function beginsInApril(reading: YearReading, historical: boolean): boolean {
  const buddhist = buddhistYear(reading);
  return historical && buddhist !== null && buddhist < FIRST_JANUARY_NEW_YEAR;
}

/**
 * True for 2483 BE read historically: 1 April – 31 December 1940.
 *
 * @example
 * isShortenedYear({ calendar: 'BE', value: 2483 }, true); // true
 */
export function isShortenedYear(reading: YearReading, historical: boolean): boolean {
  return historical && buddhistYear(reading) === SHORTENED_YEAR;
}
