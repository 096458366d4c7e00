import { ERAS, type ThaiCalendar } from '../data/eras';
import { KEYWORDS } from '../data/keywords';
import {
  isAcronymLetterAt,
  isAcronymLetterBefore,
  isDigit,
  isLatinLetter,
  isThaiLetter,
  OPTIONAL_SPACE,
  SPACE,
} from './characters';
import type { DateCandidate, DatePart, WrittenYear } from './dateCandidate';
import { EMPTY_PART } from './dateCandidate';
import {
  abbreviationMonth,
  ERA_SOURCE,
  englishMonth,
  eraCalendar,
  MONTH_SOURCE,
  type MonthForm,
  RANGE_SEPARATOR_SOURCE,
  thaiMonthWord,
  WEEKDAY_SOURCE,
  weekdayNumber,
} from './lexicon';

// The grammar reads forward from one position with sticky regular expressions. Every piece has a
// bounded length, so reading one expression costs a bounded amount of work wherever it starts.

const SPACES = new RegExp(`${OPTIONAL_SPACE}`, 'y');
const MONTH = new RegExp(MONTH_SOURCE, 'y');
const ERA = new RegExp(ERA_SOURCE, 'y');
const WEEKDAY = new RegExp(WEEKDAY_SOURCE, 'y');
const RANGE_SEPARATOR = new RegExp(RANGE_SEPARATOR_SOURCE, 'y');
const DIGITS = /\d{1,4}(?!\d)/y;
const ISO_DATE = /(\d{4})-(\d{2})(?:-(\d{2}))?(?![-/.]?\d)/y;
const NUMERIC_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![-/.]?\d)/y;
/** A number followed by a decimal part, a time or a thousands group is not a day or a year: 5.30, 10,000, 14:10. */
const NUMBER_CONTINUES = /[.,:]\d/y;
/** A two-digit "year" followed by น. or นาฬิกา is an hour: 13 ธ.ค. 15 น. */
const HOUR_SUFFIX = new RegExp(
  `${OPTIONAL_SPACE}(?:${KEYWORDS.timeSuffixes.join('|').replaceAll('.', '\\.')})`,
  'y',
);
/** Units after ปี NN that make it a duration (อายุ 20 ปี 10 เดือน), not a short year. */
const DURATION_UNIT = new RegExp(`${OPTIONAL_SPACE}(?:เดือน|วัน|สัปดาห์|ครั้ง)`, 'y');
const DIGITS_THEN_SPACE_BEFORE = new RegExp(`\\d${SPACE}{0,3}$`);
const FISCAL_OPEN_PAREN = new RegExp(`\\(${OPTIONAL_SPACE}`, 'y');
const FISCAL_CLOSE_PAREN = new RegExp(`${OPTIONAL_SPACE}\\)`, 'y');

const eraDigits = new Map(ERAS.map((era) => [era.calendar, era.yearDigits]));

function stickyMatch(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

function skipSpaces(text: string, position: number): number {
  SPACES.lastIndex = position;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

function followsNumber(text: string, position: number): boolean {
  return stickyMatch(NUMBER_CONTINUES, text, position) !== null;
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
  const match = stickyMatch(MONTH, text, position);
  if (match === null) return null;
  const end = position + match[0].length;
  const [, thaiWord, abbreviation, englishWord] = match;
  if (thaiWord !== undefined) {
    const entry = thaiMonthWord(thaiWord);
    if (entry === undefined) return null;
    // A spoken short form must end the word (ตุลา, not ตุลาการ) unless นี้ follows.
    if (entry.form === 'colloquial' && isThaiLetter(text.charCodeAt(end)) && !text.startsWith('นี้', end))
      return null;
    return { value: entry, end };
  }
  if (abbreviation !== undefined) {
    const month = abbreviationMonth(abbreviation.replace(/[.\s\u200b]/g, ''));
    if (month === undefined) return null;
    const dotted = abbreviation.includes('.');
    const closed = abbreviation.endsWith('.');
    if (isAcronymLetterBefore(text, position)) return null;
    if (closed && isAcronymLetterAt(text, end)) return null;
    if (!closed && isThaiLetter(text.charCodeAt(end))) return null;
    if (!dotted && isThaiLetter(text.charCodeAt(position - 1))) return null;
    const form: MonthForm = !dotted ? 'undotted' : closed ? 'abbreviation' : 'open-abbreviation';
    return { value: { month, form }, end };
  }
  if (englishWord === undefined || isLatinLetter(text.charCodeAt(position - 1))) return null;
  if (isLatinLetter(text.charCodeAt(end))) return null;
  const month = englishMonth(englishWord);
  if (month === undefined) return null;
  return { value: { month, form: 'english' }, end: text.charCodeAt(end) === 0x2e ? end + 1 : end };
}

/** An era word: พ.ศ., ค.ศ, พศ, พุทธศักราช, B.E. … */
function readEra(text: string, position: number): Read<ThaiCalendar> | null {
  const match = stickyMatch(ERA, text, position);
  if (match === null) return null;
  const end = position + match[0].length;
  const [whole, letter, word] = match;
  const calendar = eraCalendar(letter ?? word ?? '');
  if (calendar === undefined) return null;
  if (letter !== undefined) {
    if (isAcronymLetterBefore(text, position)) return null; // ก.ค.ศ. is a teachers' council, not ค.ศ.
    if (
      !whole.includes('.') &&
      (isThaiLetter(text.charCodeAt(position - 1)) || isThaiLetter(text.charCodeAt(end)))
    )
      return null;
  }
  return { value: calendar, end };
}

/** A day of the month: one or two digits, not part of a decimal, a time or a longer number. */
function readDay(text: string, position: number): Read<number> | null {
  const match = stickyMatch(DIGITS, text, position);
  if (match === null || match[0].length > 2 || followsNumber(text, DIGITS.lastIndex)) return null;
  return { value: Number(match[0]), end: DIGITS.lastIndex };
}

/**
 * A year's digits. With an era word the era decides how many digits are plausible; without one
 * only four-digit years and two-digit short years are read.
 */
function readYearDigits(text: string, position: number, era: ThaiCalendar | null): Read<WrittenYear> | null {
  const match = stickyMatch(DIGITS, text, position);
  if (match === null) return null;
  const end = DIGITS.lastIndex;
  const digits = match[0].length;
  const allowed = era === null ? null : eraDigits.get(era);
  const plausible = allowed ? digits >= allowed.min && digits <= allowed.max : digits === 4 || digits === 2;
  if (!plausible || followsNumber(text, end)) return null;
  if (digits <= 2 && stickyMatch(HOUR_SUFFIX, text, end) !== null) return null;
  return { value: { value: Number(match[0]), digits, era }, end };
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
  const keyword = text.startsWith(KEYWORDS.year, cursor);
  if (keyword) cursor = skipSpaces(text, cursor + KEYWORDS.year.length);
  const era = readEra(text, cursor);
  if (era !== null) cursor = skipSpaces(text, era.end);
  const year = readYearDigits(text, cursor, era?.value ?? first.era);
  if (year === null) return null;
  if (year.value.digits !== 2 || first.digits !== 4) return year;
  const century = first.value - (first.value % 100);
  const value =
    century + year.value.value <= first.value ? century + 100 + year.value.value : century + year.value.value;
  return { value: { value, digits: 4, era: year.value.era }, end: year.end };
}

function readRangeSeparator(text: string, position: number): number | null {
  return stickyMatch(RANGE_SEPARATOR, text, position) === null ? null : RANGE_SEPARATOR.lastIndex;
}

/** วันจันทร์ที่ / วันพฤหัสบดี ที่ / Wednesday, — the weekday named before a date. */
function readWeekday(text: string, position: number): Read<{ weekday: number; english: boolean }> | null {
  const match = stickyMatch(WEEKDAY, text, position);
  if (match === null) return null;
  if (match[2] !== undefined && isLatinLetter(text.charCodeAt(position - 1))) return null;
  const weekday = weekdayNumber(match[1] ?? match[2] ?? '');
  if (weekday === undefined) return null;
  return { value: { weekday, english: match[2] !== undefined }, end: WEEKDAY.lastIndex };
}

function withWeekday(part: DatePart, weekday: number | null): DatePart {
  return weekday === null ? part : { ...part, weekday };
}

/** ISO forms from page headers: 2026-01-11 and 2025-05. */
function readIsoDate(text: string, position: number): DateCandidate | null {
  const match = stickyMatch(ISO_DATE, text, position);
  if (match === null) return null;
  const year = Number(match[1]);
  const part: DatePart = {
    day: match[3] === undefined ? null : Number(match[3]),
    month: Number(match[2]),
    year: { value: year, digits: 4, era: year >= 2400 ? 'BE' : 'CE' },
    weekday: null,
  };
  return { start: position, end: ISO_DATE.lastIndex, kind: 'single', from: part, to: null };
}

/** d/m/y with slashes, dashes or dots: 16/12/2563, 16-12-2563, 16.12.63. */
function readNumericDay(text: string, position: number): Read<DatePart> | null {
  const match = stickyMatch(NUMERIC_DATE, text, position);
  if (match === null) return null;
  const [, day = '', separator, month = '', year = ''] = match;
  // 3.1.12 is a section number: dotted and dashed short years need two-digit day and month (16.12.63).
  if (separator !== '/' && year.length === 2 && (day.length !== 2 || month.length !== 2)) return null;
  return {
    value: {
      day: Number(day),
      month: Number(month),
      year: { value: Number(year), digits: year.length, era: null },
      weekday: null,
    },
    end: NUMERIC_DATE.lastIndex,
  };
}

/** A day and a month name with an optional year: 22 มิถุนายน 2563, 13 ก.ย.66, 12 June 2024, (5 ก.ย.). */
function readDayMonth(text: string, position: number): Read<DatePart> | null {
  const day = readDay(text, position);
  if (day === null) return null;
  const month = readMonth(text, skipSpaces(text, day.end));
  if (month === null) return null;
  const year = readYearAfterMonth(text, month.end, month.value.form === 'english');
  return {
    value: { day: day.value, month: month.value.month, year: year?.value ?? null, weekday: null },
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
  return { start, end: part.end, kind: 'single', from: part.value, to: null };
}

/** A left end that was read: extend it into a range when a separator and a right-hand day follow. */
function dayOrDayRange(text: string, start: number, left: Read<DatePart>): DateCandidate {
  const afterSeparator = readRangeSeparator(text, left.end);
  const right = afterSeparator === null ? null : readRightDay(text, afterSeparator);
  if (right === null) return single(start, left);
  return { start, end: right.end, kind: 'range', from: left.value, to: right.value };
}

/** 22-23 สิงหาคม 2562, ๗ – ๙ กรกฎาคม ๒๕๕๙, 4 - 5 มิถุนายน: a bare day, a separator, then a day and a month. */
function readDayRange(text: string, position: number): DateCandidate | null {
  const first = readDay(text, position);
  if (first === null) return null;
  const afterSeparator = readRangeSeparator(text, first.end);
  if (afterSeparator === null) return null;
  const right = readWeekday(text, afterSeparator);
  const last = readDayMonth(text, right?.end ?? afterSeparator);
  if (last === null) return null;
  return {
    start: position,
    end: last.end,
    kind: 'range',
    from: { ...EMPTY_PART, day: first.value },
    to: withWeekday(last.value, right?.value.weekday ?? null),
  };
}

/** Everything that starts with a digit: ISO, numeric, day ranges, day-month(-year), and ranges of those. */
function readDigitLed(text: string, position: number): DateCandidate | null {
  // Not inside a longer number or chain: the 1 in 1.5, in 3,653 or in 1-1-1.
  if (isDigit(text.charCodeAt(position - 1))) return null;
  const before = text.charCodeAt(position - 1);
  const joiner = before === 0x2e || before === 0x2c || before === 0x3a || before === 0x2f || before === 0x2d;
  if (joiner && isDigit(text.charCodeAt(position - 2))) return null;

  const iso = readIsoDate(text, position);
  if (iso !== null) return iso;
  const numeric = readNumericDay(text, position);
  if (numeric !== null) return dayOrDayRange(text, position, numeric);
  const dayRange = readDayRange(text, position);
  if (dayRange !== null) return dayRange;
  const dayMonth = readDayMonth(text, position);
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
  return { ...date, start: position, from: withWeekday(date.from, weekday.value.weekday) };
}

/** เดือน before a month name belongs to the span (เดือนตุลาคม ๒๕๖๔). */
function readMonthWithKeyword(text: string, position: number): Read<MonthRead> | null {
  const cursor = text.startsWith(KEYWORDS.month, position)
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
      value: { day: day.value, month: month.value.month, year: year?.value ?? null, weekday: null },
      end: year?.end ?? day.end,
    });
  }
  const year = readYearAfterMonth(text, month.end, true);
  if (year === null) return null;
  return single(position, {
    value: { ...EMPTY_PART, month: month.value.month, year: year.value },
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
  const left: DatePart = { ...EMPTY_PART, month: month.value.month, year: year?.value ?? null };

  if (rightMonth !== null && rightYear !== null) {
    const right: DatePart = { ...EMPTY_PART, month: rightMonth.value.month, year: rightYear.value };
    return { start: position, end: rightYear.end, kind: 'range', from: left, to: right };
  }
  if (year === null) return null;
  const endYear = afterSeparator === null ? null : readEndYear(text, afterSeparator, year.value);
  if (endYear !== null && endYear.value.digits === 4) {
    const right: DatePart = { ...EMPTY_PART, year: endYear.value };
    return { start: position, end: endYear.end, kind: 'range', from: left, to: right };
  }
  return { start: position, end: year.end, kind: 'single', from: left, to: null };
}

/** ปี 66 after a number is a duration (อายุ 20 ปี 10 เดือน), not a short year. */
function isDuration(text: string, keywordStart: number, year: Read<WrittenYear>): boolean {
  if (year.value.digits !== 2) return false;
  if (DIGITS_THEN_SPACE_BEFORE.test(text.slice(Math.max(0, keywordStart - 4), keywordStart))) return true;
  return stickyMatch(DURATION_UNIT, text, year.end) !== null;
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
  const from: DatePart = { ...EMPTY_PART, year: year.value };
  const afterSeparator = readRangeSeparator(text, year.end);
  const endYear = afterSeparator === null ? null : readEndYear(text, afterSeparator, year.value);
  if (endYear === null) return { start, end: year.end, kind, from, to: null };
  return {
    start,
    end: endYear.end,
    kind: kind === 'single' ? 'range' : kind,
    from,
    to: { ...EMPTY_PART, year: endYear.value },
  };
}

/** ปีงบประมาณ 2565, ปีงบประมาณ พ.ศ. 2566, ปีงบประมาณ (พ.ศ.) 2566. */
function readFiscalYear(text: string, position: number): DateCandidate | null {
  let keyword: string | undefined;
  for (const word of KEYWORDS.fiscalYear) {
    if (text.startsWith(word, position)) {
      keyword = word;
      break;
    }
  }
  if (keyword === undefined) return null;
  let cursor = skipSpaces(text, position + keyword.length);
  const openParen = stickyMatch(FISCAL_OPEN_PAREN, text, cursor);
  const era = readEra(text, openParen === null ? cursor : FISCAL_OPEN_PAREN.lastIndex);
  if (era !== null) {
    cursor = era.end;
    if (openParen !== null) {
      if (stickyMatch(FISCAL_CLOSE_PAREN, text, cursor) === null) return null;
      cursor = FISCAL_CLOSE_PAREN.lastIndex;
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
  if (text.startsWith(KEYWORDS.year, position)) cursor = skipSpaces(text, position + KEYWORDS.year.length);
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
  return readWeekdayLed(text, position) ?? readYearLed(text, position) ?? readMonthLed(text, position);
}
