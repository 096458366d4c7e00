import { DATE_ANCHOR_SOURCE } from './_lib/lexicon';
import { readDateExpression } from './_lib/readDateExpression';
import { resolveContextOf } from './_lib/resolveContext';
import { type ResolveContext, resolveDateCandidate } from './_lib/resolveDateCandidate';
import { toArabicDigits } from './toArabicDigits';
import type { ThaiDateMatch, ThaiDateOptions, ThaiDateResult } from './types';

const DATE_ANCHOR = new RegExp(DATE_ANCHOR_SOURCE, 'g');
const FULL_DATE = /^-?\d{4,}-\d{2}-\d{2}$/;
const DIGIT = /\d/g;
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
  const normalized = toArabicDigits(text);
  const matches: ThaiDateMatch[] = [];
  let context: ResolveContext = baseContext;
  const anchors = DATE_ANCHOR;
  const digits = DIGIT;
  let nextDigit = -1;
  let position = 0;

  while (position < normalized.length) {
    // Every date has a digit at most MAX_LEAD chars after its start: skip text far from digits
    // with the cheap digit search instead of trying the anchor alternation at every character.
    if (nextDigit < position) {
      digits.lastIndex = position;
      nextDigit = digits.exec(normalized)?.index ?? -1;
      if (nextDigit === -1) break;
    }
    anchors.lastIndex = Math.max(position, nextDigit - MAX_LEAD);
    const anchor = anchors.exec(normalized);
    if (anchor === null) break;
    position = anchors.lastIndex;
    const candidate = readDateExpression(normalized, anchor.index);
    if (candidate === null) continue;
    // Whatever the candidate turns out to be, its text is used up: no date is read from inside 31 ก.พ. 2564.
    position = candidate.end;
    const resolution = resolveDateCandidate(candidate, context);
    if (!resolution.ok) continue;
    const { result } = resolution;
    matches.push(toMatch(text, candidate.start, candidate.end, result));
    const fullyDated = result.kind !== 'fiscal-year' && !result.yearInferred && FULL_DATE.test(result.end);
    if (fullyDated) {
      const year = Number.parseInt(result.end.slice(0, -6), 10);
      if (context.precedingYear !== year) context = { ...baseContext, precedingYear: year };
    }
  }
  return matches;
}
