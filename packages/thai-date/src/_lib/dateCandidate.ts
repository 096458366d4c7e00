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

export const EMPTY_PART: DatePart = { day: null, month: null, year: null, weekday: null };
