import type { ThaiCalendar } from '../data/eras';

/** A year as written, before the calendar rules turn it into a Gregorian year. */
export interface WrittenYear {
  /** The number written: 2564, 64, 130. */
  readonly value: number;
  /** How many digits were written; two-digit years are short Buddhist-era years by default. */
  readonly digits: number;
  /** The calendar named by an era word (พ.ศ., ค.ศ., ร.ศ. …) or implied by the form (ISO is CE); null when nothing said. */
  readonly era: ThaiCalendar | null;
}

/** One end of a date expression: the parts that were written, nothing inferred yet. */
export interface DatePart {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: WrittenYear | null;
  readonly weekday: number | null;
}

/** What the grammar read at one place in the text: its span and its parts, not yet checked against the calendar. */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  readonly kind: 'single' | 'range' | 'fiscal-year';
  readonly from: DatePart;
  readonly to: DatePart | null;
}

// One constructor for each type, so that every object of a type has the same shape: V8 reads
// objects of one shape faster than a mix built by different literals.

/**
 * A written year.
 *
 * @example
 * writtenYear(2564, 4, 'BE'); // { value: 2564, digits: 4, era: 'BE' }
 */
export function writtenYear(value: number, digits: number, era: ThaiCalendar | null): WrittenYear {
  return { value, digits, era };
}

/**
 * One end of a date expression.
 *
 * @example
 * datePart(22, 6, null, null); // { day: 22, month: 6, year: null, weekday: null }
 */
export function datePart(
  day: number | null,
  month: number | null,
  year: WrittenYear | null,
  weekday: number | null,
): DatePart {
  return { day, month, year, weekday };
}

/**
 * A candidate as read.
 *
 * @example
 * dateCandidate(0, 7, 'single', datePart(null, null, writtenYear(2564, 4, null), null), null);
 */
export function dateCandidate(
  start: number,
  end: number,
  kind: DateCandidate['kind'],
  from: DatePart,
  to: DatePart | null,
): DateCandidate {
  return { start, end, kind, from, to };
}
