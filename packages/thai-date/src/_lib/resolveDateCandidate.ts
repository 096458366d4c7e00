import { ENGLISH_MONTHS } from '../data/months';
import { WEEKDAYS } from '../data/weekdays';
import type { ThaiDateErrorCode } from '../ThaiDateError';
import type { ThaiDateKind, ThaiDatePrecision, ThaiDateResult, ThaiDateWarning } from '../types';
import { dayOfWeek, daysInMonth } from './calendar';
import type { CalendarDate } from './calendarDate';
import { type DateCandidate, type DatePart, datePart, type WrittenYear } from './dateCandidate';
import {
  beginsInApril,
  buddhistYear,
  gregorianYearOfMonth,
  isShortenedYear,
  type YearReading,
  yearInCalendar,
} from './eraYear';
import { isoDate, isoYear } from './isoDate';

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Everything besides the text that decides how a candidate reads. */
export interface ResolveContext {
  readonly historical: boolean;
  /** Calendar of years written without an era word, or null for the default rule. */
  readonly era: 'BE' | 'CE' | null;
  readonly reference: CalendarDate | null;
  /** Gregorian year of the nearest earlier fully dated match in the same text (findThaiDates only). */
  readonly precedingYear: number | null;
}

export type Resolution =
  | { readonly ok: true; readonly result: ThaiDateResult }
  | { readonly ok: false; readonly code: ThaiDateErrorCode; readonly message: string };

interface Interval {
  readonly start: string;
  readonly end: string;
  readonly startPrecision: ThaiDatePrecision;
  readonly endPrecision: ThaiDatePrecision;
}

/** The year of a part: as written, or a Gregorian year given (inferred or filled in from the other end). */
type PartYear = YearReading | number | null;

class Refusal {
  constructor(
    readonly code: ThaiDateErrorCode,
    readonly message: string,
  ) {}
}

const SHORT_YEAR_CENTURY = { BE: 2500, CE: 2000 } as const;

const monthName = (month: number): string => ENGLISH_MONTHS[month - 1]?.full ?? `month ${month}`;
const weekdayName = (weekday: number): string => {
  const names = WEEKDAYS[weekday];
  return names === undefined ? `weekday ${weekday}` : `${names.english} (${names.thai})`;
};

/** The calendar and full value of a written year; two-digit years take the century nearest the reference. */
function readYear(year: WrittenYear, context: ResolveContext): YearReading {
  const calendar = year.era ?? context.era ?? (year.digits === 4 ? (year.value >= 2400 ? 'BE' : 'CE') : 'BE');
  if (year.digits > 2 || (calendar !== 'BE' && calendar !== 'CE')) return { calendar, value: year.value };
  if (context.reference === null) return { calendar, value: SHORT_YEAR_CENTURY[calendar] + year.value };
  const around = yearInCalendar(context.reference, calendar, context.historical);
  const century = around - (around % 100) + year.value;
  const nearest = [century - 100, century, century + 100].reduce((best, candidate) =>
    Math.abs(candidate - around) < Math.abs(best - around) ? candidate : best,
  );
  return { calendar, value: nearest };
}

function describeYear(reading: YearReading): string {
  return `${reading.value} ${reading.calendar}`;
}

/** The Gregorian year of a part's month, or a refusal for the months 2483 BE skipped. */
function gregorianYear(year: PartYear, month: number, historical: boolean): number | null {
  if (year === null) return null;
  if (typeof year === 'number') return year;
  const gregorian = gregorianYearOfMonth(year, month, historical);
  if (gregorian === null) {
    throw new Refusal(
      'nonexistent-date',
      `${monthName(month)} ${describeYear(year)} never existed: 2483 BE ran from 1 April to 31 December 1940 and 2484 BE began on 1 January 1941. Check the year, or pass historical: false for the proleptic reading.`,
    );
  }
  return gregorian;
}

/** Days and months checked against the calendar. */
function checkDay(part: DatePart, year: number | null): void {
  const month = part.month ?? 1;
  if (month < 1 || month > 12) {
    throw new Refusal(
      'invalid-month',
      `Month ${month} does not exist: numeric dates are read day/month/year with the month from 1 to 12. Check the order and the numbers.`,
    );
  }
  if (part.day === null) return;
  const lastDay = daysInMonth(year ?? 2000, month); // without a year, allow 29 February
  if (part.day < 1 || part.day > lastDay) {
    const where = year === null ? monthName(month) : `${monthName(month)} ${isoYear(year)}`;
    throw new Refusal(
      'invalid-day',
      `Day ${part.day} does not exist in ${where}, which has ${lastDay} days. Check the day, the month and the year.`,
    );
  }
}

/** The first and last ISO dates a part covers. */
function partInterval(part: DatePart, year: PartYear, historical: boolean): Interval {
  if (part.month === null) {
    if (year === null) throw new Refusal('unrecognized', 'A date needs at least a month or a year.');
    if (typeof year === 'number') {
      const text = isoYear(year);
      return { start: text, end: text, startPrecision: 'year', endPrecision: 'year' };
    }
    const reading = year;
    if (isShortenedYear(reading, historical)) {
      return { start: '1940-04', end: '1940-12', startPrecision: 'month', endPrecision: 'month' };
    }
    if (beginsInApril(reading, historical)) {
      const first = (buddhistYear(reading) ?? 0) - 543;
      return {
        start: isoDate(first, 4, null),
        end: isoDate(first + 1, 3, null),
        startPrecision: 'month',
        endPrecision: 'month',
      };
    }
    const text = isoYear(gregorianYear(year, 1, false) ?? 0);
    return { start: text, end: text, startPrecision: 'year', endPrecision: 'year' };
  }
  const gregorian = gregorianYear(year, part.month, historical);
  checkDay(part, gregorian);
  const text = isoDate(gregorian, part.month, part.day);
  const precision: ThaiDatePrecision = part.day === null ? 'month' : 'day';
  return { start: text, end: text, startPrecision: precision, endPrecision: precision };
}

/** Month-and-day order within a year, to tell whether a range crosses New Year (28 ธ.ค. – 2 ม.ค.). */
function comesAfter(a: DatePart, b: DatePart): boolean {
  const monthA = a.month ?? 0;
  const monthB = b.month ?? 0;
  return monthA !== monthB ? monthA > monthB : (a.day ?? 0) > (b.day ?? 0);
}

const NO_WARNINGS: readonly ThaiDateWarning[] = Object.freeze([]);

function weekdayWarnings(
  part: DatePart,
  partYear: PartYear,
  historical: boolean,
): readonly ThaiDateWarning[] {
  if (part.weekday === null || part.day === null || part.month === null) return NO_WARNINGS;
  const year = gregorianYear(partYear, part.month, historical);
  if (year === null) return NO_WARNINGS;
  const actual = dayOfWeek(year, part.month, part.day);
  if (actual === part.weekday) return NO_WARNINGS;
  return [
    {
      code: 'weekday-mismatch',
      message: `The text says ${weekdayName(part.weekday)}, but ${isoDate(year, part.month, part.day)} is a ${weekdayName(actual)}. Check the weekday and the day; one of them is wrong.`,
    },
  ];
}

function fiscalInterval(from: YearReading, to: YearReading | null): Interval {
  // Fiscal year N ends on 30 September of N; it is always read with today's Gregorian offset.
  const lastYear = gregorianYearOfMonth(to ?? from, 9, false) ?? 0;
  const firstYear = (gregorianYearOfMonth(from, 9, false) ?? 0) - 1;
  return {
    start: isoDate(firstYear, 10, 1),
    end: isoDate(lastYear, 9, 30),
    startPrecision: 'day',
    endPrecision: 'day',
  };
}

function kindOf(candidate: DateCandidate): ThaiDateKind {
  if (candidate.kind !== 'single') return candidate.kind;
  if (candidate.from.day !== null) return 'date';
  return candidate.from.month !== null ? 'month' : 'year';
}

/** Compares ISO texts at the precision both have. */
function isBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = a.charCodeAt(index) - b.charCodeAt(index);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

function resolveOrThrow(candidate: DateCandidate, context: ResolveContext): ThaiDateResult {
  const { historical } = context;
  const from: DatePart =
    candidate.to !== null && candidate.from.month === null && candidate.from.day !== null
      ? datePart(candidate.from.day, candidate.to.month, candidate.from.year, candidate.from.weekday)
      : candidate.from;
  const to = candidate.to;
  const fromReading = from.year === null ? null : readYear(from.year, context);
  const toReading = to?.year ? readYear(to.year, context) : null;

  if (candidate.kind === 'fiscal-year') {
    if (fromReading === null) throw new Refusal('unrecognized', 'A fiscal year needs a year number.');
    const interval = fiscalInterval(fromReading, toReading);
    if (isBefore(interval.end, interval.start)) throw reversed(interval.start, interval.end);
    return {
      start: interval.start,
      end: interval.end,
      precision: 'day',
      endPrecision: 'day',
      kind: 'fiscal-year',
      calendar: fromReading.calendar,
      yearInferred: false,
      yearMissing: false,
      warnings: NO_WARNINGS,
    };
  }

  let fromYear: PartYear = fromReading;
  let toYear: PartYear = toReading;
  let yearInferred = false;
  // One end without a year takes the other's, stepping over New Year when the range crosses it.
  if (to !== null && fromYear === null && toYear !== null && to.month !== null) {
    const other = gregorianYear(toYear, to.month, historical) ?? 0;
    fromYear = comesAfter(from, to) ? other - 1 : other;
  } else if (to !== null && toYear === null && fromYear !== null && from.month !== null) {
    const other = gregorianYear(fromYear, from.month, historical) ?? 0;
    toYear = comesAfter(from, to) ? other + 1 : other;
  }
  const contextYear = context.reference?.year ?? context.precedingYear;
  if (fromYear === null && toYear === null && contextYear !== null) {
    fromYear = contextYear;
    if (to !== null) toYear = comesAfter(from, to) ? contextYear + 1 : contextYear;
    yearInferred = true;
  }
  const yearMissing = fromYear === null;

  const first = partInterval(from, fromYear, historical);
  const last = to === null ? first : partInterval(to, toYear, historical);
  if (!yearMissing && to !== null && isBefore(last.end, first.start)) throw reversed(first.start, last.end);

  const weekday = from.weekday ?? to?.weekday ?? null;
  const fromWarnings = weekdayWarnings(from, fromYear, historical);
  const toWarnings = to === null ? NO_WARNINGS : weekdayWarnings(to, toYear, historical);
  // Every result gets an array of its own; nearly always an empty one.
  const warnings = fromWarnings.length + toWarnings.length === 0 ? [] : [...fromWarnings, ...toWarnings];
  const calendar = fromReading?.calendar ?? toReading?.calendar ?? null;
  const result: Writable<ThaiDateResult> = {
    start: first.start,
    end: last.end,
    precision: first.startPrecision,
    endPrecision: last.endPrecision,
    kind: kindOf(candidate),
    calendar,
    yearInferred,
    yearMissing,
    warnings,
  };
  // Added only when written: with exactOptionalPropertyTypes an absent weekday is not `undefined`.
  if (weekday !== null) result.weekday = weekday;
  return result;
}

function reversed(start: string, end: string): Refusal {
  return new Refusal(
    'range-reversed',
    `The range ends (${end}) before it starts (${start}). Check the order of the two ends and their years.`,
  );
}

/**
 * Checks a candidate against the calendar and turns it into Gregorian ISO dates. A weekday
 * that contradicts the date is a warning here; parseThaiDate turns it into an error.
 *
 * @example
 * resolveDateCandidate(readDateExpression('26 พ.ค. 64', 0)!, context);
 * // { ok: true, result: { start: '2021-05-26', … } }
 */
export function resolveDateCandidate(candidate: DateCandidate, context: ResolveContext): Resolution {
  try {
    return { ok: true, result: resolveOrThrow(candidate, context) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/**
 * resolveDateCandidate for a caller that only needs the result: null when the calendar refuses
 * the candidate, without the reason.
 *
 * @example
 * resolveDate(readDateExpression('31 ก.พ. 64', 0)!, context); // null
 */
export function resolveDate(candidate: DateCandidate, context: ResolveContext): ThaiDateResult | null {
  try {
    return resolveOrThrow(candidate, context);
  } catch (error) {
    if (error instanceof Refusal) return null;
    throw error;
  }
}
