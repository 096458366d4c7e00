import { ThaiDateError } from '../ThaiDateError';
import { daysInMonth } from './calendar';

/** A Gregorian calendar date, without time or time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;

/**
 * Reads a `Date` (by its UTC fields, as `Intl` with timeZone 'UTC' does) or a string: an exact
 * 'YYYY-MM-DD' is taken as written, anything else is given to `Date`. Throws `invalid-date`
 * with what to pass instead.
 *
 * @example
 * toCalendarDate('2021-05-26', 'The date'); // { year: 2021, month: 5, day: 26 }
 */
export function toCalendarDate(value: Date | string, what: string): CalendarDate {
  if (typeof value === 'string') {
    const iso = ISO_DAY.exec(value);
    if (iso !== null) {
      const year = Number(iso[1]);
      const month = Number(iso[2]);
      const day = Number(iso[3]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
        return { year, month, day };
      throw new ThaiDateError(
        'invalid-date',
        `${what} "${value}" is not a calendar date. Pass an existing day as 'YYYY-MM-DD' or a valid Date.`,
        value,
      );
    }
  }
  const date = value instanceof Date ? value : new Date(value);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new ThaiDateError(
      'invalid-date',
      `${what} ${JSON.stringify(String(value))} is not a valid date. Pass a valid Date or a string such as '2021-05-26'.`,
      String(value),
    );
  }
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
