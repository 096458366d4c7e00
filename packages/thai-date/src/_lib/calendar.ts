/**
 * Proleptic Gregorian leap-year rule.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Number of days in a Gregorian month (month 1–12).
 *
 * @example
 * daysInMonth(2021, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 *
 * @example
 * daysFromEpoch(1970, 1, 2); // 1
 */
export function daysFromEpoch(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Day of the week of a Gregorian date, 0 = Sunday … 6 = Saturday, as `Date#getUTCDay()`.
 *
 * @example
 * dayOfWeek(2021, 5, 26); // 3 (Wednesday)
 */
export function dayOfWeek(year: number, month: number, day: number): number {
  const THURSDAY = 4; // 1970-01-01
  return (((daysFromEpoch(year, month, day) + THURSDAY) % 7) + 7) % 7;
}
