import { DIGIT as DIGIT_CLASS, isDigit, isNumberJoiner } from './_lib/characters';
import type { DateCandidate } from './_lib/dateCandidate';
import { isoDateYear } from './_lib/isoDate';
import { dateAnchorEnd, isDateLeadCode, mayBeginDateAnchor, mayLeadToDigits } from './_lib/lexicon';
import { mayBeginWithDigits, readDateExpression, readDigitRun } from './_lib/readDateExpression';
import { resolveContextOf, withPrecedingYear } from './_lib/resolveContext';
import { type ResolveContext, resolveDate } from './_lib/resolveDateCandidate';
import type { ThaiDateMatch, ThaiDateOptions, ThaiDateResult } from './types';

/** A digit, Arabic or Thai: the native search is faster than a loop over every character. */
const DIGIT = new RegExp(DIGIT_CLASS, 'g');
/**
 * The most characters a date expression can have before its first digit. The longest lead is a
 * month range such as 'เดือนกุมภาพันธุ์   จนถึง   วันที่   เดือนกุมภาพันธุ์   พุทธศักราช   '
 * (about 75 characters with the maximum three spaces at every joint); 128 leaves room to spare.
 */
const MAX_LEAD = 128;

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Builds the match with one fixed shape (faster than spreading, and keeps key order stable). */
function toMatch(text: string, start: number, end: number, result: ThaiDateResult): ThaiDateMatch {
  const match: Writable<ThaiDateMatch> = {
    text: text.slice(start, end),
    span: [start, end],
    start: result.start,
    end: result.end,
    precision: result.precision,
    endPrecision: result.endPrecision,
    kind: result.kind,
    calendar: result.calendar,
    yearInferred: result.yearInferred,
    yearMissing: result.yearMissing,
    warnings: result.warnings,
  };
  if (result.weekday !== undefined) match.weekday = result.weekday;
  return match;
}

/**
 * Finds every date expression in running Thai (or mixed Thai–English) text, in document order.
 * Each match carries its exact span (`text === input.slice(span[0], span[1])`) and the same
 * fields as `parseThaiDate`. The span includes a weekday prefix, เดือน, ปี, ปีงบประมาณ and era
 * words, but not lead-ins such as วันที่, เมื่อวันที่, ระหว่างวันที่ or ประจำ.
 *
 * A day and month without a year takes the year of `referenceDate`, else of the nearest
 * earlier match that has a day, a month and a year; with neither it is returned with
 * `yearMissing: true` and '--MM-DD' dates. Impossible dates (31 ก.พ.) are skipped; a weekday
 * that contradicts its date is returned with a `weekday-mismatch` warning. Never throws on
 * any text (only on an invalid `referenceDate`) and runs in linear time.
 *
 * @example
 * findThaiDates('ประชุมเมื่อวันที่ ๒๒-๒๓ สิงหาคม ๒๕๖๒ และติดตามผลเดือนตุลาคม 2562');
 * // [
 * //   { text: '๒๒-๒๓ สิงหาคม ๒๕๖๒', span: [18, 36], start: '2019-08-22', end: '2019-08-23', kind: 'range', … },
 * //   { text: 'เดือนตุลาคม 2562', span: [48, 64], start: '2019-10', end: '2019-10', kind: 'month', … },
 * // ]
 */
export function findThaiDates(text: string, options: ThaiDateOptions = {}): ThaiDateMatch[] {
  const baseContext = resolveContextOf(options);
  const matches: ThaiDateMatch[] = [];
  let context: ResolveContext = baseContext;
  const digits = DIGIT;
  digits.lastIndex = 0;
  let position = 0;

  // Every date has a digit: visit the digit runs, and before each one the words where an
  // expression leading to it can begin.
  while (digits.test(text)) {
    const runStart = digits.lastIndex - 1;
    let runEnd = runStart + 1;
    while (isDigit(text.charCodeAt(runEnd))) runEnd++;
    // Digits that a match has cut into, or that follow 3. or 1, are inside a number: neither a
    // date nor the words before one can begin or end there (readDigitLed refuses them too), so
    // the search goes on after the whole number (3.1.12, 120,000).
    let numberEnd = runEnd;
    while (isNumberJoiner(text.charCodeAt(numberEnd)) && isDigit(text.charCodeAt(numberEnd + 1))) {
      numberEnd += 2;
      while (isDigit(text.charCodeAt(numberEnd))) numberEnd++;
    }
    digits.lastIndex = numberEnd;
    const before = text.charCodeAt(runStart - 1);
    if (isDigit(before) || (isNumberJoiner(before) && isDigit(text.charCodeAt(runStart - 2)))) continue;
    const candidate = mayLeadToDigits(text, runStart)
      ? readBefore(text, Math.max(position, runStart - MAX_LEAD), runStart)
      : mayBeginWithDigits(text, runStart, runEnd)
        ? readDigitRun(text, runStart, runEnd)
        : null;
    if (candidate === null) continue;
    // Whatever the candidate turns out to be, its text is used up: no date is read from inside 31 ก.พ. 2564.
    position = candidate.end;
    digits.lastIndex = position;
    const result = resolveDate(candidate, context);
    if (result === null) continue;
    matches.push(toMatch(text, candidate.start, candidate.end, result));
    // Ends on a day of a written year: 'YYYY-MM-DD' (or '-0001-MM-DD'), not '--MM-DD'.
    const fullyDated =
      result.kind !== 'fiscal-year' &&
      !result.yearInferred &&
      result.endPrecision === 'day' &&
      !result.end.startsWith('--');
    if (fullyDated) {
      const year = isoDateYear(result.end);
      if (context.precedingYear !== year) context = withPrecedingYear(baseContext, year);
    }
  }
  return matches;
}

/**
 * The first expression that begins in [from, runStart] and reads on to the digit run at runStart.
 * Words are tried left to right, each search resuming after the word tried, as a scan of the
 * whole text would; an expression cannot reach the run across a character that no date has
 * before its digits, so the search starts after the last such character.
 */
function readBefore(text: string, from: number, runStart: number): DateCandidate | null {
  let start = runStart;
  while (start > from && isDateLeadCode(text.charCodeAt(start - 1))) start--;
  let cursor = start;
  while (cursor < runStart) {
    // An expression is read only where a word can begin one; the word's end matters only when none does.
    if (!mayBeginDateAnchor(text, cursor)) {
      cursor++;
      continue;
    }
    const candidate = readDateExpression(text, cursor);
    if (candidate !== null) return candidate;
    const end = dateAnchorEnd(text, cursor);
    cursor = end === -1 ? cursor + 1 : end;
  }
  return readDateExpression(text, runStart);
}
