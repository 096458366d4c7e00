import { ERAS, type ThaiCalendar } from '../data/eras';
import { KEYWORDS } from '../data/keywords';
import { ENGLISH_MONTHS, THAI_MONTHS } from '../data/months';
import { WEEKDAYS } from '../data/weekdays';
import {
  codeTable,
  inTable,
  isLatinLetter,
  SPACE_CODES,
  skipOptionalSpace,
  skipOptionalSpaceBack,
} from './characters';
import {
  groupByCode,
  hasWordAt,
  inPairTable,
  type PairTable,
  pairTable,
  wordAt,
  wordIndex,
  wordsStartingAt,
} from './wordIndex';

// The words of dates, read with table lookups and character comparisons. Each reader matches
// exactly what a regular expression built from the same tables would: alternations of words
// take the longest word, optional dots and spaces are greedy, and at most three spaces stand
// between two parts.

/** How a month was written; undotted abbreviations (พค) need a day before or a year after. */
export type MonthForm = 'full' | 'colloquial' | 'abbreviation' | 'open-abbreviation' | 'undotted' | 'english';

const DOT = 0x2e;
const COMMA = 0x2c;

/** English words as they are capitalised in titles and headers: June, JUNE (not june, to keep "may" a verb). */
const englishCasings = (word: string): string[] => [word, word.toUpperCase()];

const thaiMonthWords = new Map<string, { month: number; form: 'full' | 'colloquial' }>();
for (const names of THAI_MONTHS) {
  for (const word of [names.full, ...names.misspellings])
    thaiMonthWords.set(word, { month: names.month, form: 'full' });
  for (const word of names.colloquial) thaiMonthWords.set(word, { month: names.month, form: 'colloquial' });
}
const THAI_MONTH_WORDS = wordIndex(thaiMonthWords);

/** Abbreviations by their first code, those with a two-letter first part (มี.ค.) before the one-letter ones (ม.ค.). */
const ABBREVIATIONS = groupByCode(
  [...THAI_MONTHS].sort((a, b) => b.abbreviation[0].length - a.abbreviation[0].length),
  (names) => names.abbreviation[0].charCodeAt(0),
);

const englishMonthCasings = ENGLISH_MONTHS.flatMap((names) =>
  [names.full, ...names.short].flatMap((word) =>
    englishCasings(word).map((casing) => [casing, names.month] as const),
  ),
);
const ENGLISH_MONTH_WORDS = wordIndex(englishMonthCasings);

const eraWords = new Map<string, ThaiCalendar>();
for (const era of ERAS) for (const word of era.words) eraWords.set(word, era.calendar);
const ERA_WORDS = wordIndex(eraWords);
/** The letter after the dot of every era abbreviation: ศ of พ.ศ., ค.ศ., ร.ศ. … */
const ERA_SECOND_LETTER = 'ศ';
const ERA_LETTERS = wordIndex(ERAS.map((era) => [era.abbreviation[0], era.calendar] as const));

const thaiWeekdayWords = new Map<string, number>();
for (const names of WEEKDAYS) {
  for (const word of [names.thai, ...names.thaiVariants]) thaiWeekdayWords.set(word, names.weekday);
}
const THAI_WEEKDAY_WORDS = wordIndex(thaiWeekdayWords);
const englishWeekdayCasings = WEEKDAYS.flatMap((names) =>
  [names.english, ...names.englishShort].flatMap((word) =>
    englishCasings(word).map((casing) => [casing, names.weekday] as const),
  ),
);
const ENGLISH_WEEKDAY_WORDS = wordIndex(englishWeekdayCasings);

const RANGE_SEPARATORS = wordIndex(KEYWORDS.rangeSeparators.map((word) => [word, true] as const));
const DATE_LEAD_IN = `${KEYWORDS.day}${KEYWORDS.ordinal}`;

/** A word read at some position: what it stands for and where it ends. */
export interface WordRead<T> {
  readonly value: T;
  readonly end: number;
}

/**
 * `first` (optionally a dot and up to three spaces) `second`, then an optional dot: the shape of
 * พ.ค., พ. ค., พ.ค, พค and of พ.ศ., พ.ศ, พศ. The end, or -1.
 */
function dottedPairEnd(text: string, position: number, first: string, second: string): number {
  const afterFirst = position + first.length;
  let cursor = -1;
  if (text.charCodeAt(afterFirst) === DOT) {
    const afterSpaces = skipOptionalSpace(text, afterFirst + 1);
    if (hasWordAt(text, afterSpaces, second)) cursor = afterSpaces + second.length;
  }
  if (cursor === -1) {
    if (!hasWordAt(text, afterFirst, second)) return -1;
    cursor = afterFirst + second.length;
  }
  return text.charCodeAt(cursor) === DOT ? cursor + 1 : cursor;
}

/**
 * The month name at `position` in any form, before the boundary rules the reader applies: a
 * Thai word ('full' or 'colloquial'), an abbreviation ('abbreviation' when it ends with a dot,
 * 'open-abbreviation' with an inner dot only, 'undotted'), or an English word ('english', its
 * end before any dot). A Thai word is looked for first, then abbreviations, then English words.
 *
 * @example
 * monthAt('5 ก.ค. 2564', 2); // { value: { month: 7, form: 'abbreviation' }, end: 6 }
 */
export function monthAt(text: string, position: number): WordRead<{ month: number; form: MonthForm }> | null {
  const thai = wordAt(THAI_MONTH_WORDS, text, position);
  if (thai !== undefined) return { value: thai.value, end: position + thai.word.length };
  const abbreviations = ABBREVIATIONS[text.charCodeAt(position)];
  if (abbreviations !== undefined) {
    for (const names of abbreviations) {
      const [first, second] = names.abbreviation;
      if (!hasWordAt(text, position, first)) continue;
      const end = dottedPairEnd(text, position, first, second);
      if (end === -1) continue;
      const closed = text.charCodeAt(end - 1) === DOT;
      const dotted = closed || text.charCodeAt(position + first.length) === DOT;
      const form: MonthForm = !dotted ? 'undotted' : closed ? 'abbreviation' : 'open-abbreviation';
      return { value: { month: names.month, form }, end };
    }
  }
  const english = wordAt(ENGLISH_MONTH_WORDS, text, position);
  if (english === undefined) return null;
  return { value: { month: english.value, form: 'english' }, end: position + english.word.length };
}

/**
 * The era word at `position`: a letter form (พ.ศ., ค. ศ., พศ) or a spelled-out or Latin word
 * (พุทธศักราช, B.E.). `letter` tells the letter forms apart, `dotted` whether one has a dot.
 *
 * @example
 * eraAt('พ.ศ. 2566', 0); // { value: { calendar: 'BE', letter: true, dotted: true }, end: 4 }
 */
export function eraAt(
  text: string,
  position: number,
): WordRead<{ calendar: ThaiCalendar; letter: boolean; dotted: boolean }> | null {
  const letter = wordAt(ERA_LETTERS, text, position);
  if (letter !== undefined) {
    const end = dottedPairEnd(text, position, letter.word, ERA_SECOND_LETTER);
    if (end !== -1) {
      const dotted =
        text.charCodeAt(end - 1) === DOT || text.charCodeAt(position + letter.word.length) === DOT;
      return { value: { calendar: letter.value, letter: true, dotted }, end };
    }
  }
  const word = wordAt(ERA_WORDS, text, position);
  if (word === undefined) return null;
  return { value: { calendar: word.value, letter: false, dotted: false }, end: position + word.word.length };
}

/**
 * The weekday named at `position` before a date: วันจันทร์ที่, วันพฤหัสบดี ที่ (with the spaces
 * after), or Wednesday, (an English name not followed by a letter, then an optional dot, comma
 * and spaces).
 *
 * @example
 * weekdayAt('วันพุธที่ 26', 0); // { value: { weekday: 3, english: false }, end: 10 }
 */
export function weekdayAt(
  text: string,
  position: number,
): WordRead<{ weekday: number; english: boolean }> | null {
  if (hasWordAt(text, position, KEYWORDS.day)) {
    const name = wordAt(THAI_WEEKDAY_WORDS, text, position + KEYWORDS.day.length);
    if (name === undefined) return null;
    let end = skipOptionalSpace(text, position + KEYWORDS.day.length + name.word.length);
    if (hasWordAt(text, end, KEYWORDS.ordinal)) end = skipOptionalSpace(text, end + KEYWORDS.ordinal.length);
    return { value: { weekday: name.value, english: false }, end };
  }
  const names = wordsStartingAt(ENGLISH_WEEKDAY_WORDS, text, position);
  if (names === undefined) return null;
  for (const name of names) {
    let end = position + name.word.length;
    if (!hasWordAt(text, position, name.word) || isLatinLetter(text.charCodeAt(end))) continue;
    if (text.charCodeAt(end) === DOT) end++;
    if (text.charCodeAt(end) === COMMA) end++;
    return { value: { weekday: name.value, english: true }, end: skipOptionalSpace(text, end) };
  }
  return null;
}

/**
 * The end of a range separator at `position` with its spaces and an optional วันที่ after it
 * (1 – วันที่ 5), or -1.
 *
 * @example
 * rangeSeparatorEnd('22 - 23', 2); // 5
 */
export function rangeSeparatorEnd(text: string, position: number): number {
  const start = skipOptionalSpace(text, position);
  const separator = wordAt(RANGE_SEPARATORS, text, start);
  if (separator === undefined) return -1;
  const end = skipOptionalSpace(text, start + separator.word.length);
  return hasWordAt(text, end, DATE_LEAD_IN) ? skipOptionalSpace(text, end + DATE_LEAD_IN.length) : end;
}

/** The first two codes of each word. */
const firstPairs = (words: Iterable<string>): PairTable =>
  pairTable([...words].map((word) => [word.charCodeAt(0), word.charCodeAt(1)] as const));

/** Month names in every form by their first two codes: มก, มี, ม. and มค (ม.ค., มค.), Ja, JA … */
const MONTH_PAIRS = firstPairs([
  ...thaiMonthWords.keys(),
  ...THAI_MONTHS.flatMap(({ abbreviation: [first, second] }) => [`${first}.`, `${first}${second}`]),
  ...englishMonthCasings.map(([word]) => word),
]);

/**
 * Can a month name begin at `position`? Its first two characters say: the cheap test before monthAt.
 *
 * @example
 * mayBeginMonth('มี.ค. 66', 0); // true
 * mayBeginMonth('มีความ', 0); // true (มีนาคม begins so too)
 * mayBeginMonth('สำนัก', 0); // false
 */
export function mayBeginMonth(text: string, position: number): boolean {
  return inPairTable(MONTH_PAIRS, text.charCodeAt(position), text.charCodeAt(position + 1));
}

const SEPARATOR_PAIRS = firstPairs(KEYWORDS.rangeSeparators.filter((word) => word.length > 1));
const ONE_CODE_SEPARATORS = codeTable(
  KEYWORDS.rangeSeparators.filter((word) => word.length === 1).map((word) => word.charCodeAt(0)),
);

/**
 * Can a range separator (- – ถึง จนถึง …) begin at `position`? The cheap test before rangeSeparatorEnd.
 *
 * @example
 * mayBeginRangeSeparator('– 5', 0); // true
 * mayBeginRangeSeparator('จังหวัด', 0); // false
 */
export function mayBeginRangeSeparator(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return (
    inTable(ONE_CODE_SEPARATORS, code) || inPairTable(SEPARATOR_PAIRS, code, text.charCodeAt(position + 1))
  );
}

/** The era letter forms by their first two codes: the letter with its dot or with its second letter. */
const eraLetterStarts = ERAS.flatMap((era) => [
  `${era.abbreviation[0]}.`,
  `${era.abbreviation[0]}${ERA_SECOND_LETTER}`,
]);

const WEEKDAY_PAIRS = firstPairs([KEYWORDS.day, ...englishWeekdayCasings.map(([word]) => word)]);

/**
 * Can a weekday (วันจันทร์, Wednesday) begin at `position`? Its first two characters say: the
 * cheap test before weekdayAt.
 *
 * @example
 * mayBeginWeekday('วันพุธที่ 26', 0); // true
 * mayBeginWeekday('ปี 2566', 0); // false
 */
export function mayBeginWeekday(text: string, position: number): boolean {
  return inPairTable(WEEKDAY_PAIRS, text.charCodeAt(position), text.charCodeAt(position + 1));
}

const YEAR_WORD_PAIRS = firstPairs([
  ...KEYWORDS.fiscalYear,
  KEYWORDS.year,
  ...eraLetterStarts,
  ...eraWords.keys(),
]);

/**
 * Can a word that leads to a year (ปีงบประมาณ, ปี, an era word) begin at `position`? Its first
 * two characters say: the cheap test before reading one.
 *
 * @example
 * mayBeginYearWord('พ.ศ. 2566', 0); // true
 * mayBeginYearWord('เดือนมีนาคม', 0); // false
 */
export function mayBeginYearWord(text: string, position: number): boolean {
  return inPairTable(YEAR_WORD_PAIRS, text.charCodeAt(position), text.charCodeAt(position + 1));
}

const ANCHOR_KEYWORDS = [KEYWORDS.day, KEYWORDS.month, KEYWORDS.year];
/** The first two codes of every anchor: the words, and the letter forms with their dot or second letter. */
const ANCHOR_PAIRS = firstPairs([
  ...ANCHOR_KEYWORDS,
  ...eraLetterStarts,
  ...eraWords.keys(),
  ...thaiMonthWords.keys(),
  ...THAI_MONTHS.flatMap(({ abbreviation: [first, second] }) => [`${first}.`, `${first}${second}`]),
  ...englishMonthCasings.map(([word]) => word),
  ...englishWeekdayCasings.map(([word]) => word),
]);

/**
 * Can one of the words where a date expression begins (dateAnchorEnd) begin at `position`? Its
 * first two characters say.
 *
 * @example
 * mayBeginDateAnchor('เดือนมีนาคม', 0); // true
 */
export function mayBeginDateAnchor(text: string, position: number): boolean {
  return inPairTable(ANCHOR_PAIRS, text.charCodeAt(position), text.charCodeAt(position + 1));
}

/**
 * The end of the word at `position` where a date expression can begin, or -1: วัน, เดือน, ปี,
 * an era word, a month name or a weekday, tried in that order. Digits are the caller's business.
 *
 * @example
 * dateAnchorEnd('ในเดือนมีนาคม', 2); // 7 (เดือน)
 */
export function dateAnchorEnd(text: string, position: number): number {
  if (!mayBeginDateAnchor(text, position)) return -1;
  for (const keyword of ANCHOR_KEYWORDS) {
    if (hasWordAt(text, position, keyword)) return position + keyword.length;
  }
  const read = eraAt(text, position) ?? monthAt(text, position) ?? weekdayAt(text, position);
  return read === null ? -1 : read.end;
}

/**
 * Every character a date expression can have before its first digit: the letters of the words
 * above, the range separators, spaces and the punctuation of B.E., Sunday, and ปีงบประมาณ (พ.ศ.).
 */
const LEAD_CODES = codeTable([
  ...[
    KEYWORDS.day,
    KEYWORDS.ordinal,
    KEYWORDS.month,
    KEYWORDS.year,
    ...KEYWORDS.fiscalYear,
    ...KEYWORDS.rangeSeparators,
    ...thaiMonthWords.keys(),
    ...THAI_MONTHS.flatMap((names) => names.abbreviation),
    ...englishMonthCasings.map(([word]) => word),
    ...ERAS.map((era) => era.abbreviation[0]),
    ERA_SECOND_LETTER,
    ...eraWords.keys(),
    ...thaiWeekdayWords.keys(),
    ...englishWeekdayCasings.map(([word]) => word),
    '.,()',
  ].flatMap((word) => Array.from(word, (character) => character.charCodeAt(0))),
  ...SPACE_CODES,
]);

/**
 * Can this code stand in a date expression before its first digit? A character that cannot
 * bounds the search for where an expression begins.
 *
 * @example
 * isDateLeadCode('ม'.charCodeAt(0)); // true
 * isDateLeadCode('ซ'.charCodeAt(0)); // false
 */
export function isDateLeadCode(code: number): boolean {
  return inTable(LEAD_CODES, code);
}

/** Thai words that can come last before a date's digits, by their last code. */
const lastWords = [
  ...thaiWeekdayWords.keys(),
  KEYWORDS.year,
  ...KEYWORDS.fiscalYear,
  ...eraWords.keys(),
  ...thaiMonthWords.keys(),
];
const LAST_WORDS = groupByCode(
  lastWords.map((word) => Uint16Array.from(word, (character) => character.charCodeAt(0))),
  (codes) => codes[codes.length - 1] ?? 0,
);
/** The last two codes of a word, last first. */
const lastPair = (word: string) =>
  [word.charCodeAt(word.length - 1), word.charCodeAt(word.length - 2)] as const;
const LAST_PAIRS = pairTable(lastWords.map(lastPair));
/**
 * Codes that can come last before a date's digits whatever precedes them: the dots, commas and
 * bracket of พ.ศ., B.E., Wed., June, 2024 and ปีงบประมาณ (พ.ศ.), and the ends of English names.
 */
const LAST_CODES = codeTable([
  DOT,
  COMMA,
  ')'.charCodeAt(0),
  ...[...englishMonthCasings, ...englishWeekdayCasings].map(([word]) => word.charCodeAt(word.length - 1)),
]);
/**
 * The second letter of an abbreviation (พ.ค, พ. ค, พค) or of an era (พ.ศ, พศ) and the code before
 * it when it comes last: a dot, a space or the first letter. Last first.
 */
const lastLetterPairs = [
  ...THAI_MONTHS.map(({ abbreviation: [first, second] }) => [first, second] as const),
  ...ERAS.map((era) => [era.abbreviation[0], ERA_SECOND_LETTER] as const),
].flatMap(([first, second]) =>
  [DOT, first.charCodeAt(first.length - 1), ...SPACE_CODES].map(
    (before) => [second.charCodeAt(0), before] as const,
  ),
);
const LAST_LETTER_PAIRS = pairTable(lastLetterPairs);
/** Every pair above and the end of ที่: one lookup that turns most texts away. */
const LEAD_END_PAIRS = pairTable([
  ...lastWords.map(lastPair),
  ...lastLetterPairs,
  lastPair(KEYWORDS.ordinal),
]);

function endsWithLastWord(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (!inPairTable(LAST_PAIRS, last, text.charCodeAt(end - 2))) return false;
  const words = LAST_WORDS[last];
  if (words === undefined) return false;
  // Compared from the start: the words of one bucket share their ending (มกราคม, มีนาคม, ตุลาคม)
  // and differ in length, so the first code compared rarely matches a wrong word.
  for (const codes of words) {
    const start = end - codes.length;
    let offset = 0;
    while (offset < codes.length && text.charCodeAt(start + offset) === codes[offset]) offset++;
    if (offset === codes.length) return true;
  }
  return false;
}

/**
 * Can a date expression that began before `digitStart` reach the digits there? Its last word
 * (then at most three spaces) is a weekday name, ที่ after one, ปี, a fiscal-year word, an era
 * or a month; a text that ends otherwise needs no search for where an expression begins.
 *
 * @example
 * mayLeadToDigits('วันจันทร์ที่ 5', 13); // true
 * mayLeadToDigits('ครั้งที่ 5', 10); // false
 */
export function mayLeadToDigits(text: string, digitStart: number): boolean {
  const end = skipOptionalSpaceBack(text, digitStart);
  const last = text.charCodeAt(end - 1);
  if (inTable(LAST_CODES, last)) return true;
  const beforeLast = text.charCodeAt(end - 2);
  if (!inPairTable(LEAD_END_PAIRS, last, beforeLast)) return false;
  if (inPairTable(LAST_LETTER_PAIRS, last, beforeLast) || endsWithLastWord(text, end)) return true;
  const ordinal = end - KEYWORDS.ordinal.length;
  return (
    hasWordAt(text, ordinal, KEYWORDS.ordinal) && endsWithLastWord(text, skipOptionalSpaceBack(text, ordinal))
  );
}
