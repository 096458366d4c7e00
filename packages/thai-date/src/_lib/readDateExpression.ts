import { ERAS, type ThaiCalendar } from '../data/eras';
import { KEYWORDS } from '../data/keywords';
import {
  DIGIT,
  digitsValue,
  isAcronymLetterAt,
  isAcronymLetterBefore,
  isDigit,
  isLatinLetter,
  isNumberJoiner,
  isSpace,
  isThaiLetter,
  skipOptionalSpace as skipSpaces,
} from './characters';
import {
  type DateCandidate,
  type DatePart,
  dateCandidate,
  datePart,
  type WrittenYear,
  writtenYear,
} from './dateCandidate';
import {
  eraAt,
  type MonthForm,
  mayBeginMonth,
  mayBeginRangeSeparator,
  mayBeginWeekday,
  mayBeginYearWord,
  monthAt,
  rangeSeparatorEnd,
  weekdayAt,
} from './lexicon';
import { hasWordAt, wordAt, wordIndex } from './wordIndex';

// The grammar reads forward from one position. Every piece has a bounded length, so reading one
// expression costs a bounded amount of work wherever it starts. Digits are Arabic or Thai alike.

const ISO_DATE = new RegExp(`(${DIGIT}{4})-(${DIGIT}{2})(?:-(${DIGIT}{2}))?(?![-/.]?${DIGIT})`, 'y');
const NUMERIC_DATE = new RegExp(
  `(${DIGIT}{1,2})([/.-])(${DIGIT}{1,2})\\2(${DIGIT}{4}|${DIGIT}{2})(?![-/.]?${DIGIT})`,
  'y',
);
/** The longest digit run read as a day or a year. */
const MAX_DIGITS = 4;
/** Units after ปี NN that make it a duration (อายุ 20 ปี 10 เดือน), not a short year. */
const DURATION_UNITS = ['เดือน', 'วัน', 'สัปดาห์', 'ครั้ง'];
/** Said after a colloquial month (ตุลานี้, "this October"), which otherwise must end its word. */
const THIS = 'นี้';
/** ปีงบประมาณ, ปีงบฯ, ปีงบ: the longest written is read. */
const FISCAL_YEAR_WORDS = wordIndex(KEYWORDS.fiscalYear.map((word) => [word, true] as const));

const eraDigits = Object.fromEntries(ERAS.map((era) => [era.calendar, era.yearDigits])) as Record<
  ThaiCalendar,
  (typeof ERAS)[number]['yearDigits']
>;

function stickyMatch(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** A number followed by a decimal part, a time or a thousands group is not a day or a year: 5.30, 10,000, 14:10. */
function followsNumber(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return (code === 0x2e || code === 0x2c || code === 0x3a) && isDigit(text.charCodeAt(position + 1));
}

/** The end of a run of one to four digits at `position`, or -1 (no digit, or a longer number). */
function digitRunEnd(text: string, position: number): number {
  let end = position;
  while (end <= position + MAX_DIGITS && isDigit(text.charCodeAt(end))) end++;
  return end === position || end > position + MAX_DIGITS ? -1 : end;
}

interface Read<T> {
  readonly value: T;
  readonly end: number;
}

interface MonthRead {
  readonly month: number;
  readonly form: MonthForm;
}

/** A month name in any form, with the boundary rules that keep acronyms (ก.พ.ร., อ.ก.พ.) and words (มีความ) out. */
function readMonth(text: string, position: number): Read<MonthRead> | null {
  if (!mayBeginMonth(text, position)) return null;
  const word = monthAt(text, position);
  if (word === null) return null;
  const { value, end } = word;
  if (value.form === 'full' || value.form === 'colloquial') {
    // A spoken short form must end the word (ตุลา, not ตุลาการ) unless นี้ follows.
    if (value.form === 'colloquial' && isThaiLetter(text.charCodeAt(end)) && !hasWordAt(text, end, THIS))
      return null;
    return word;
  }
  if (value.form === 'english') {
    if (isLatinLetter(text.charCodeAt(position - 1)) || isLatinLetter(text.charCodeAt(end))) return null;
    return text.charCodeAt(end) === 0x2e ? { value, end: end + 1 } : word;
  }
  const dotted = value.form !== 'undotted';
  const closed = value.form === 'abbreviation';
  if (isAcronymLetterBefore(text, position)) return null;
  if (closed && isAcronymLetterAt(text, end)) return null;
  if (!closed && isThaiLetter(text.charCodeAt(end))) return null;
  if (!dotted && isThaiLetter(text.charCodeAt(position - 1))) return null;
  return word;
}

/** An era word: พ.ศ., ค.ศ, พศ, พุทธศักราช, B.E. … */
function readEra(text: string, position: number): Read<ThaiCalendar> | null {
  const era = eraAt(text, position);
  if (era === null) return null;
  const { calendar, letter, dotted } = era.value;
  if (letter) {
    if (isAcronymLetterBefore(text, position)) return null; // ก.ค.ศ. is a teachers' council, not ค.ศ.
    if (!dotted && (isThaiLetter(text.charCodeAt(position - 1)) || isThaiLetter(text.charCodeAt(era.end))))
      return null;
  }
  return { value: calendar, end: era.end };
}

/** A day of the month: one or two digits, not part of a decimal, a time or a longer number. */
function readDay(text: string, position: number): Read<number> | null {
  const end = digitRunEnd(text, position);
  if (end === -1 || end - position > 2 || followsNumber(text, end)) return null;
  return { value: digitsValue(text, position, end), end };
}

/**
 * A year's digits. With an era word the era decides how many digits are plausible; without one
 * only four-digit years and two-digit short years are read.
 */
function readYearDigits(text: string, position: number, era: ThaiCalendar | null): Read<WrittenYear> | null {
  const end = digitRunEnd(text, position);
  if (end === -1) return null;
  const digits = end - position;
  const allowed = era === null ? null : eraDigits[era];
  const plausible = allowed ? digits >= allowed.min && digits <= allowed.max : digits === 4 || digits === 2;
  if (!plausible || followsNumber(text, end)) return null;
  if (digits <= 2 && isHourSuffixAt(text, end)) return null;
  return { value: writtenYear(digitsValue(text, position, end), digits, era), end };
}

/** The year after a month name: optional spaces, an optional era word, then the digits (glued forms too). */
function readYearAfterMonth(text: string, position: number, english: boolean): Read<WrittenYear> | null {
  let cursor = skipSpaces(text, position);
  if (english && text.charCodeAt(cursor) === 0x2c) cursor = skipSpaces(text, cursor + 1);
  const era = readEra(text, cursor);
  if (era !== null) cursor = skipSpaces(text, era.end);
  return readYearDigits(text, cursor, era?.value ?? null);
}

/** The end year of a year range: four digits, or two that continue the first (2566-70 is 2570). */
function readEndYear(text: string, position: number, first: WrittenYear): Read<WrittenYear> | null {
  let cursor = position;
  const keyword = hasWordAt(text, cursor, KEYWORDS.year);
  if (keyword) cursor = skipSpaces(text, cursor + KEYWORDS.year.length);
  const era = readEra(text, cursor);
  if (era !== null) cursor = skipSpaces(text, era.end);
  const year = readYearDigits(text, cursor, era?.value ?? first.era);
  if (year === null) return null;
  if (year.value.digits !== 2 || first.digits !== 4) return year;
  const century = first.value - (first.value % 100);
  const value =
    century + year.value.value <= first.value ? century + 100 + year.value.value : century + year.value.value;
  return { value: writtenYear(value, 4, year.value.era), end: year.end };
}

/** A two-digit "year" followed by น. or นาฬิกา is an hour: 13 ธ.ค. 15 น. */
function isHourSuffixAt(text: string, position: number): boolean {
  const cursor = skipSpaces(text, position);
  for (const suffix of KEYWORDS.timeSuffixes) if (hasWordAt(text, cursor, suffix)) return true;
  return false;
}

function readRangeSeparator(text: string, position: number): number | null {
  if (!mayBeginRangeSeparator(text, skipSpaces(text, position))) return null;
  const end = rangeSeparatorEnd(text, position);
  return end === -1 ? null : end;
}

/** วันจันทร์ที่ / วันพฤหัสบดี ที่ / Wednesday, — the weekday named before a date. */
function readWeekday(text: string, position: number): Read<{ weekday: number; english: boolean }> | null {
  const weekday = weekdayAt(text, position);
  if (weekday === null) return null;
  if (weekday.value.english && isLatinLetter(text.charCodeAt(position - 1))) return null;
  return weekday;
}

function withWeekday(part: DatePart, weekday: number | null): DatePart {
  return weekday === null ? part : datePart(part.day, part.month, part.year, weekday);
}

/** A part with only a month and a year, or only a year. */
function monthYearPart(month: number | null, year: WrittenYear | null): DatePart {
  return datePart(null, month, year, null);
}

/** ISO forms from page headers: 2026-01-11 and 2025-05. */
function readIsoDate(text: string, position: number): DateCandidate | null {
  const match = stickyMatch(ISO_DATE, text, position);
  if (match === null) return null;
  const year = digitsValue(text, position, position + 4);
  const part = datePart(
    match[3] === undefined ? null : digitsValue(text, position + 8, position + 10),
    digitsValue(text, position + 5, position + 7),
    writtenYear(year, 4, year >= 2400 ? 'BE' : 'CE'),
    null,
  );
  return dateCandidate(position, ISO_DATE.lastIndex, 'single', part, null);
}

/** d/m/y with slashes, dashes or dots: 16/12/2563, 16-12-2563, 16.12.63. */
function readNumericDay(text: string, position: number): Read<DatePart> | null {
  const match = stickyMatch(NUMERIC_DATE, text, position);
  if (match === null) return null;
  const [, day = '', separator, month = '', year = ''] = match;
  // 3.1.12 is a section number: dotted and dashed short years need two-digit day and month (16.12.63).
  if (separator !== '/' && year.length === 2 && (day.length !== 2 || month.length !== 2)) return null;
  const monthStart = position + day.length + 1;
  const yearStart = monthStart + month.length + 1;
  return {
    value: datePart(
      digitsValue(text, position, position + day.length),
      digitsValue(text, monthStart, monthStart + month.length),
      writtenYear(digitsValue(text, yearStart, yearStart + year.length), year.length, null),
      null,
    ),
    end: NUMERIC_DATE.lastIndex,
  };
}

/** A day and a month name with an optional year: 22 มิถุนายน 2563, 13 ก.ย.66, 12 June 2024, (5 ก.ย.). */
function readDayMonth(text: string, position: number): Read<DatePart> | null {
  const day = readDay(text, position);
  return day === null ? null : readMonthAfterDay(text, day, skipSpaces(text, day.end));
}

/**
 * The month name at `monthStart` (after a day that was read and its spaces), perhaps with เดือน
 * glued before it as official letters write it (`๒ เดือนมกราคม พ.ศ. ๒๕๖๖`; `๒๐ เดือน มกราคม`
 * is a duration), and an optional year.
 */
function readMonthAfterDay(text: string, day: Read<number>, monthStart: number): Read<DatePart> | null {
  const keyword = hasWordAt(text, monthStart, KEYWORDS.month) ? KEYWORDS.month.length : 0;
  const month = readMonth(text, monthStart + keyword);
  if (month === null) return null;
  const year = readYearAfterMonth(text, month.end, month.value.form === 'english');
  return {
    value: datePart(day.value, month.value.month, year?.value ?? null, null),
    end: year?.end ?? month.end,
  };
}

/** The right-hand end of a day range: an optional weekday, then a day-month or a numeric date. */
function readRightDay(text: string, position: number): Read<DatePart> | null {
  const weekday = readWeekday(text, position);
  const cursor = weekday?.end ?? position;
  const part = readNumericDay(text, cursor) ?? readDayMonth(text, cursor);
  if (part === null) return null;
  return { value: withWeekday(part.value, weekday?.value.weekday ?? null), end: part.end };
}

function single(start: number, part: Read<DatePart>): DateCandidate {
  return dateCandidate(start, part.end, 'single', part.value, null);
}

/** A left end that was read: extend it into a range when a separator and a right-hand day follow. */
function dayOrDayRange(text: string, start: number, left: Read<DatePart>): DateCandidate {
  const afterSeparator = readRangeSeparator(text, left.end);
  const right = afterSeparator === null ? null : readRightDay(text, afterSeparator);
  if (right === null) return single(start, left);
  return dateCandidate(start, right.end, 'range', left.value, right.value);
}

/** 22-23 สิงหาคม 2562, ๗ – ๙ กรกฎาคม ๒๕๕๙, 4 - 5 มิถุนายน: a bare day, a separator, then a day and a month. */
function readDayRange(text: string, position: number, first: Read<number>): DateCandidate | null {
  const afterSeparator = readRangeSeparator(text, first.end);
  if (afterSeparator === null) return null;
  const right = readWeekday(text, afterSeparator);
  const last = readDayMonth(text, right?.end ?? afterSeparator);
  if (last === null) return null;
  return dateCandidate(
    position,
    last.end,
    'range',
    datePart(first.value, null, null, null),
    withWeekday(last.value, right?.value.weekday ?? null),
  );
}

/**
 * Can a date begin with the digit run from `position` to `runEnd`? ISO dates begin with four
 * digits and a dash, every other form with a day of one or two digits and then / . - (16/12/2563),
 * a range separator or a month name: the cheap test before reading.
 *
 * @example
 * mayBeginWithDigits('22 มิถุนายน', 0, 2); // true
 * mayBeginWithDigits('2 เดือนมกราคม', 0, 1); // true
 * mayBeginWithDigits('22 คน', 0, 2); // false
 */
export function mayBeginWithDigits(text: string, position: number, runEnd: number): boolean {
  const digits = runEnd - position;
  const next = text.charCodeAt(runEnd);
  if (digits === MAX_DIGITS) return next === 0x2d;
  if (digits > 2) return false;
  if (next === 0x2f || next === 0x2e || next === 0x2d) {
    // d/m/y repeats its separator after one or two month digits; after a dot or a slash nothing else can follow.
    const monthEnd = digitRunEnd(text, runEnd + 1);
    if (monthEnd !== -1 && monthEnd - runEnd <= 3 && text.charCodeAt(monthEnd) === next) return true;
    if (next !== 0x2d) return false;
  }
  const after = skipSpaces(text, runEnd);
  return (
    mayBeginRangeSeparator(text, after) ||
    mayBeginMonth(text, after) ||
    hasWordAt(text, after, KEYWORDS.month)
  );
}

/** Everything that starts with a digit: ISO, numeric, day ranges, day-month(-year), and ranges of those. */
function readDigitLed(text: string, position: number): DateCandidate | null {
  // Not inside a longer number or chain: the 1 in 1.5, in 3,653 or in 1-1-1.
  if (isDigit(text.charCodeAt(position - 1))) return null;
  if (isNumberJoiner(text.charCodeAt(position - 1)) && isDigit(text.charCodeAt(position - 2))) return null;
  const runEnd = digitRunEnd(text, position);
  if (runEnd === -1 || !mayBeginWithDigits(text, position, runEnd)) return null;
  return readDigitRun(text, position, runEnd);
}

/**
 * readDigitLed for a caller that has made its checks: the digit run from `position` to `runEnd`
 * is whole, not inside a number, and mayBeginWithDigits said yes.
 *
 * @example
 * readDigitRun('22 มิถุนายน 2563', 0, 2); // { start: 0, end: 16, kind: 'single', … }
 */
export function readDigitRun(text: string, position: number, runEnd: number): DateCandidate | null {
  if (runEnd - position === MAX_DIGITS) return readIsoDate(text, position);
  const next = text.charCodeAt(runEnd);
  const numeric = next === 0x2f || next === 0x2e || next === 0x2d ? readNumericDay(text, position) : null;
  if (numeric !== null) return dayOrDayRange(text, position, numeric);
  // A day range or a day and a month need a whole day (not 5.30 or 10,000), then a separator or a month.
  if (followsNumber(text, runEnd)) return null;
  const day = { value: digitsValue(text, position, runEnd), end: runEnd };
  const afterDay = skipSpaces(text, runEnd);
  if (mayBeginRangeSeparator(text, afterDay)) {
    const dayRange = readDayRange(text, position, day);
    if (dayRange !== null) return dayRange;
  }
  const dayMonth = readMonthAfterDay(text, day, afterDay);
  return dayMonth === null ? null : dayOrDayRange(text, position, dayMonth);
}

/** A date after a weekday: วันจันทร์ที่ 22 มิถุนายน 2563, Wednesday June 26, 2019. */
function readWeekdayLed(text: string, position: number): DateCandidate | null {
  const weekday = readWeekday(text, position);
  if (weekday === null) return null;
  const date = weekday.value.english
    ? (readMonthLed(text, weekday.end) ?? readDigitLed(text, weekday.end))
    : readDigitLed(text, weekday.end);
  if (date === null || date.from.day === null) return null;
  return dateCandidate(position, date.end, date.kind, withWeekday(date.from, weekday.value.weekday), date.to);
}

/** เดือน before a month name belongs to the span (เดือนตุลาคม ๒๕๖๔). */
function readMonthWithKeyword(text: string, position: number): Read<MonthRead> | null {
  const cursor = hasWordAt(text, position, KEYWORDS.month)
    ? skipSpaces(text, position + KEYWORDS.month.length)
    : position;
  return readMonth(text, cursor);
}

/** English month first: June 12, 2024 · June 12 · June 2024. */
function readEnglishMonthLed(text: string, position: number, month: Read<MonthRead>): DateCandidate | null {
  const day = readDay(text, skipSpaces(text, month.end));
  if (day !== null) {
    const year = readYearAfterMonth(text, day.end, true);
    return single(position, {
      value: datePart(day.value, month.value.month, year?.value ?? null, null),
      end: year?.end ?? day.end,
    });
  }
  const year = readYearAfterMonth(text, month.end, true);
  if (year === null) return null;
  return single(position, {
    value: monthYearPart(month.value.month, year.value),
    end: year.end,
  });
}

/**
 * Month first: เดือนตุลาคม ๒๕๖๔, ต.ค. 64, and the ranges เดือนพฤษภาคม 2564 – สิงหาคม 2564,
 * เดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗, มกราคม – มีนาคม 2564. A month with no year at all is not a date.
 */
function readMonthLed(text: string, position: number): DateCandidate | null {
  const month = readMonthWithKeyword(text, position);
  if (month === null) return null;
  if (month.value.form === 'english') return readEnglishMonthLed(text, position, month);

  const year = readYearAfterMonth(text, month.end, false);
  const afterSeparator = readRangeSeparator(text, year?.end ?? month.end);
  const rightMonth = afterSeparator === null ? null : readMonthWithKeyword(text, afterSeparator);
  const rightYear = rightMonth === null ? null : readYearAfterMonth(text, rightMonth.end, false);
  const left = monthYearPart(month.value.month, year?.value ?? null);

  if (rightMonth !== null && rightYear !== null) {
    const right = monthYearPart(rightMonth.value.month, rightYear.value);
    return dateCandidate(position, rightYear.end, 'range', left, right);
  }
  if (year === null) return null;
  const endYear = afterSeparator === null ? null : readEndYear(text, afterSeparator, year.value);
  if (endYear !== null && endYear.value.digits === 4) {
    const right = monthYearPart(null, endYear.value);
    return dateCandidate(position, endYear.end, 'range', left, right);
  }
  return dateCandidate(position, year.end, 'single', left, null);
}

/** ปี 66 after a number is a duration (อายุ 20 ปี 10 เดือน), not a short year. */
function isDuration(text: string, keywordStart: number, year: Read<WrittenYear>): boolean {
  if (year.value.digits !== 2) return false;
  if (isDigitThenSpacesBefore(text, keywordStart)) return true;
  const cursor = skipSpaces(text, year.end);
  for (const unit of DURATION_UNITS) if (hasWordAt(text, cursor, unit)) return true;
  return false;
}

/** A digit and at most three spaces right before `position`. */
function isDigitThenSpacesBefore(text: string, position: number): boolean {
  let cursor = position - 1;
  while (cursor >= position - 4 && cursor >= 0) {
    const code = text.charCodeAt(cursor);
    if (isDigit(code)) return true;
    if (!isSpace(code)) return false;
    cursor--;
  }
  return false;
}

/** A year and an optional end year: the tail shared by ปี, era words and fiscal years. */
function readYearOrYearRange(
  text: string,
  start: number,
  cursor: number,
  era: ThaiCalendar | null,
  kind: 'single' | 'fiscal-year',
  afterYearWord: boolean,
): DateCandidate | null {
  const year = readYearDigits(text, cursor, era);
  if (year === null || (afterYearWord && isDuration(text, start, year))) return null;
  const from = monthYearPart(null, year.value);
  const afterSeparator = readRangeSeparator(text, year.end);
  const endYear = afterSeparator === null ? null : readEndYear(text, afterSeparator, year.value);
  if (endYear === null) return dateCandidate(start, year.end, kind, from, null);
  return dateCandidate(
    start,
    endYear.end,
    kind === 'single' ? 'range' : kind,
    from,
    monthYearPart(null, endYear.value),
  );
}

/** ปีงบประมาณ 2565, ปีงบประมาณ พ.ศ. 2566, ปีงบประมาณ (พ.ศ.) 2566. */
function readFiscalYear(text: string, position: number): DateCandidate | null {
  const keyword = wordAt(FISCAL_YEAR_WORDS, text, position);
  if (keyword === undefined) return null;
  let cursor = skipSpaces(text, position + keyword.word.length);
  const parenthesized = text.charCodeAt(cursor) === 0x28;
  const era = readEra(text, parenthesized ? skipSpaces(text, cursor + 1) : cursor);
  if (era !== null) {
    cursor = era.end;
    if (parenthesized) {
      cursor = skipSpaces(text, cursor);
      if (text.charCodeAt(cursor) !== 0x29) return null;
      cursor++;
    }
    cursor = skipSpaces(text, cursor);
  }
  return readYearOrYearRange(text, position, cursor, era?.value ?? null, 'fiscal-year', false);
}

/** ปี ๒๕๖๔, ปี พ.ศ. 2566, ในปี 66, พ.ศ. ๒๕๖๔, ค.ศ. 2021, พ.ศ.2566–2570. */
function readYearLed(text: string, position: number): DateCandidate | null {
  const fiscal = readFiscalYear(text, position);
  if (fiscal !== null) return fiscal;
  let cursor = position;
  if (hasWordAt(text, position, KEYWORDS.year)) cursor = skipSpaces(text, position + KEYWORDS.year.length);
  const era = readEra(text, cursor);
  if (era === null && cursor === position) return null;
  if (era !== null) cursor = skipSpaces(text, era.end);
  return readYearOrYearRange(text, position, cursor, era?.value ?? null, 'single', era === null);
}

/**
 * Reads the date expression that starts exactly at `position` of a text whose digits are
 * Arabic, or returns null. The candidate is not checked against the calendar yet.
 *
 * @example
 * readDateExpression('ประชุม 22-23 สิงหาคม 2562', 7);
 * // { start: 7, end: 25, kind: 'range', from: { day: 22, … }, to: { day: 23, month: 8, year: { value: 2562, … } } }
 */
export function readDateExpression(text: string, position: number): DateCandidate | null {
  if (isDigit(text.charCodeAt(position))) return readDigitLed(text, position);
  // Readers that cannot begin with the first two characters here are not tried.
  return (
    (mayBeginWeekday(text, position) ? readWeekdayLed(text, position) : null) ??
    (mayBeginYearWord(text, position) ? readYearLed(text, position) : null) ??
    readMonthLed(text, position)
  );
}
