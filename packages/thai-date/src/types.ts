import type { ThaiCalendar } from './data/eras';
import type { ThaiDateError } from './ThaiDateError';

export type { ThaiCalendar } from './data/eras';

/** How precisely a date was written: 26 พ.ค. 2564 is 'day', พ.ค. 2564 'month', ปี 2564 'year'. */
export type ThaiDatePrecision = 'day' | 'month' | 'year';

/**
 * What kind of expression was read: one day, one month, one year, a range between two of
 * those, or a fiscal year (ปีงบประมาณ, 1 October to 30 September).
 */
export type ThaiDateKind = 'date' | 'month' | 'year' | 'range' | 'fiscal-year';

/** Something worth knowing about a date that was still read. */
export interface ThaiDateWarning {
  readonly code: 'weekday-mismatch';
  readonly message: string;
}

/** A date expression turned into Gregorian ISO 8601 text. */
export interface ThaiDateResult {
  /** First day covered, at the precision written: '2021-05-26', '2021-10', '2021', or year-less '--05-26'. */
  readonly start: string;
  /** Last day covered, at its own precision; equal to `start` for a single date. */
  readonly end: string;
  readonly precision: ThaiDatePrecision;
  readonly endPrecision: ThaiDatePrecision;
  readonly kind: ThaiDateKind;
  /** The calendar the year was written in; null when no year was written. */
  readonly calendar: ThaiCalendar | null;
  /** The weekday written before the date, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay()`). */
  readonly weekday?: number;
  /** The year was not written and was taken from `referenceDate` or an earlier date in the text. */
  readonly yearInferred: boolean;
  /** The year was not written and nothing said which it is: `start` and `end` are '--MM-DD'. */
  readonly yearMissing: boolean;
  readonly warnings: readonly ThaiDateWarning[];
}

/** A date expression found in running text. */
export interface ThaiDateMatch extends ThaiDateResult {
  /** Exactly `input.slice(span[0], span[1])`. */
  readonly text: string;
  /** UTF-16 offsets [start, end) of the expression in the input. */
  readonly span: readonly [number, number];
}

/** Options of `parseThaiDate`, `safeParseThaiDate` and `findThaiDates`. */
export interface ThaiDateOptions {
  /**
   * Gives a year to dates written without one (26 กุมภาพันธ์ takes the year of `referenceDate`),
   * and picks the century of two-digit years (the one nearest to it). A `Date` is read in UTC;
   * a string as 'YYYY-MM-DD' or anything `Date` accepts.
   */
  readonly referenceDate?: Date | string | undefined;
  /**
   * Read years before 2484 BE with the calendar of the time (default true): until 1940 the Thai
   * year began on 1 April, so 15 กุมภาพันธ์ 2482 is 1940-02-15. `false` gives the proleptic modern
   * reading, as `Intl` does (1939-02-15).
   */
  readonly historical?: boolean | undefined;
  /**
   * The calendar of years written without an era word. By default four-digit years from 2400
   * on are BE and smaller ones CE, and two-digit years are BE. Set it to read e.g. '5 มกราคม 2343'
   * as BE 2343 (1800) or the short year of '26/5/21' as CE.
   */
  readonly era?: 'BE' | 'CE' | undefined;
}

/** The result of the `safeParse…` functions, which never throw. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ThaiDateError };
