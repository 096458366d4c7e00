import { alternation } from './_lib/escapeRegExp';
import { readDateExpression } from './_lib/readDateExpression';
import { resolveContextOf } from './_lib/resolveContext';
import { resolveDateCandidate } from './_lib/resolveDateCandidate';
import { KEYWORDS } from './data/keywords';
import { ThaiDateError } from './ThaiDateError';
import { toArabicDigits } from './toArabicDigits';
import type { ThaiDateOptions, ThaiDateResult } from './types';

const LEADING_SPACE = /\s*/y;
const LEAD_IN = new RegExp(`(?:${alternation(KEYWORDS.leadIns)})[ \\t\\u00a0\\u200b]{0,3}`, 'y');
const TRAILER = new RegExp(`[ \\t\\u00a0\\u200b]{0,3}(?:${alternation(KEYWORDS.trailers)})?\\s*$`, 'y');

/** Moves past whatever the sticky pattern matches at `position`. */
function skip(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : position;
}

/**
 * Reads one Thai date expression into Gregorian ISO 8601 dates at the precision written.
 * Accepts everything `findThaiDates` finds (days, months, years, ranges, fiscal years, BE,
 * CE, ร.ศ., จ.ศ., ม.ศ., two-digit years, Thai or Arabic digits, weekday prefixes, English
 * months), optionally after a lead-in (วันที่, เมื่อวันที่, ประจำ …) and before นี้.
 *
 * Throws `ThaiDateError` when the text is empty or unreadable, has text after the date,
 * names a day that does not exist (`invalid-day`), a weekday that is not the date's
 * (`weekday-mismatch`), or a range that ends before it starts (`range-reversed`).
 *
 * @example
 * parseThaiDate('วันพุธที่ ๒๖ พฤษภาคม ๒๕๖๔');
 * // { start: '2021-05-26', end: '2021-05-26', precision: 'day', endPrecision: 'day', kind: 'date',
 * //   calendar: 'BE', weekday: 3, yearInferred: false, yearMissing: false, warnings: [] }
 * parseThaiDate('ปีงบประมาณ 2565').start; // '2021-10-01' (end '2022-09-30')
 */
export function parseThaiDate(text: string, options: ThaiDateOptions = {}): ThaiDateResult {
  const context = resolveContextOf(options);
  const normalized = toArabicDigits(text);
  let position = skip(LEADING_SPACE, normalized, 0);
  if (position === normalized.length) {
    throw new ThaiDateError('empty-input', 'The text is empty. Pass a date such as "26 พฤษภาคม 2564".', text);
  }
  position = skip(LEAD_IN, normalized, position);

  const candidate = readDateExpression(normalized, position);
  if (candidate === null) {
    throw new ThaiDateError(
      'unrecognized',
      `No date could be read in "${text}". Write a day, month and year ("26 พฤษภาคม 2564", "26/05/2564"), a month and year ("ต.ค. 64"), or a year with ปี, พ.ศ. or ค.ศ. ("พ.ศ. 2564"); use findThaiDates to search running text.`,
      text,
    );
  }
  TRAILER.lastIndex = candidate.end;
  if (!TRAILER.test(normalized)) {
    throw new ThaiDateError(
      'trailing-text',
      `A date was read ("${text.slice(candidate.start, candidate.end)}") but "${text.slice(candidate.end).trim()}" follows it. Pass the date alone, or use findThaiDates to search running text.`,
      text,
    );
  }
  const resolution = resolveDateCandidate(candidate, context);
  if (!resolution.ok) throw new ThaiDateError(resolution.code, resolution.message, text);
  const mismatch = resolution.result.warnings.find((warning) => warning.code === 'weekday-mismatch');
  if (mismatch !== undefined) throw new ThaiDateError('weekday-mismatch', mismatch.message, text);
  return resolution.result;
}
