import { ERAS, type ThaiCalendar } from '../data/eras';
import { KEYWORDS } from '../data/keywords';
import { ENGLISH_MONTHS, THAI_MONTHS } from '../data/months';
import { WEEKDAYS } from '../data/weekdays';
import { OPTIONAL_SPACE } from './characters';
import { alternation, escapeRegExp } from './escapeRegExp';

/** How a month was written; undotted abbreviations (พค) need a day before or a year after. */
export type MonthForm = 'full' | 'colloquial' | 'abbreviation' | 'open-abbreviation' | 'undotted' | 'english';

/** English words as they are capitalised in titles and headers: June, JUNE (not june, to keep "may" a verb). */
const englishCasings = (word: string): string[] => [word, word.toUpperCase()];

const thaiMonthWords = new Map<string, { month: number; form: MonthForm }>();
for (const names of THAI_MONTHS) {
  for (const word of [names.full, ...names.misspellings])
    thaiMonthWords.set(word, { month: names.month, form: 'full' });
  for (const word of names.colloquial) thaiMonthWords.set(word, { month: names.month, form: 'colloquial' });
}

/** พ.ค. with optional dots and a space after the inner dot: พ.ค. พ. ค. พ.ค พค. Keyed by the letters alone (พค). */
const abbreviationMonths = new Map(THAI_MONTHS.map((names) => [names.abbreviation.join(''), names.month]));
const abbreviationPattern = (letters: readonly [string, string]): string =>
  `${escapeRegExp(letters[0])}(?:\\.${OPTIONAL_SPACE})?${escapeRegExp(letters[1])}\\.?`;
const abbreviationPatterns = [...THAI_MONTHS]
  .sort((a, b) => b.abbreviation[0].length - a.abbreviation[0].length)
  .map((names) => abbreviationPattern(names.abbreviation));

const englishMonthWords = new Map<string, number>();
for (const names of ENGLISH_MONTHS) {
  for (const word of [names.full, ...names.short]) englishMonthWords.set(word.toLowerCase(), names.month);
}

/** Month name in any form. Groups: 1 Thai word, 2 Thai abbreviation, 3 English word. */
export const MONTH_SOURCE = `(${alternation([...thaiMonthWords.keys()])})|(${abbreviationPatterns.join('|')})|(${alternation(
  ENGLISH_MONTHS.flatMap((names) => [names.full, ...names.short].flatMap(englishCasings)),
)})`;

/**
 * Looks up a Thai month word (full, colloquial or misspelled).
 *
 * @example
 * thaiMonthWord('กรกฏาคม'); // { month: 7, form: 'full' }
 */
export function thaiMonthWord(word: string): { month: number; form: MonthForm } | undefined {
  return thaiMonthWords.get(word);
}

/**
 * Looks up a Thai abbreviation by its letters with dots and spaces removed (พค → 5).
 *
 * @example
 * abbreviationMonth('พค'); // 5
 */
export function abbreviationMonth(letters: string): number | undefined {
  return abbreviationMonths.get(letters);
}

/**
 * Looks up an English month name or abbreviation, any case.
 *
 * @example
 * englishMonth('Sept'); // 9
 */
export function englishMonth(word: string): number | undefined {
  return englishMonthWords.get(word.toLowerCase());
}

const eraWords = new Map<string, ThaiCalendar>();
for (const era of ERAS) for (const word of era.words) eraWords.set(word, era.calendar);
const eraByLetter = new Map(ERAS.map((era) => [era.abbreviation[0], era.calendar]));

/** Era word. Groups: 1 the first letter of a dotted abbreviation (พ of พ.ศ.), 2 a spelled-out or Latin era word. */
export const ERA_SOURCE = `([${ERAS.map((era) => era.abbreviation[0]).join('')}])(?:\\.${OPTIONAL_SPACE})?ศ\\.?|(${alternation([...eraWords.keys()])})`;

/**
 * The calendar of an era abbreviation's first letter (พ → BE) or of a spelled-out era word.
 *
 * @example
 * eraCalendar('ร'); // 'RS' (ร.ศ.)
 */
export function eraCalendar(letterOrWord: string): ThaiCalendar | undefined {
  return eraByLetter.get(letterOrWord) ?? eraWords.get(letterOrWord);
}

const thaiWeekdayWords = new Map<string, number>();
const englishWeekdayWords = new Map<string, number>();
for (const names of WEEKDAYS) {
  for (const word of [names.thai, ...names.thaiVariants]) thaiWeekdayWords.set(word, names.weekday);
  for (const word of [names.english, ...names.englishShort])
    englishWeekdayWords.set(word.toLowerCase(), names.weekday);
}

/** วันจันทร์ที่ / วันพฤหัสบดี ที่ / Wednesday, — group 1 the Thai name, group 2 the English one. */
export const WEEKDAY_SOURCE = `${KEYWORDS.day}(${alternation([...thaiWeekdayWords.keys()])})${OPTIONAL_SPACE}(?:${KEYWORDS.ordinal}${OPTIONAL_SPACE})?|(${alternation(
  WEEKDAYS.flatMap((names) => [names.english, ...names.englishShort].flatMap(englishCasings)),
)})(?![A-Za-z])\\.?,?${OPTIONAL_SPACE}`;

/**
 * The weekday (0 = Sunday) of a Thai or English weekday name.
 *
 * @example
 * weekdayNumber('พฤหัส'); // 4
 */
export function weekdayNumber(word: string): number | undefined {
  return thaiWeekdayWords.get(word) ?? englishWeekdayWords.get(word.toLowerCase());
}

/** Range separator with its spaces, and an optional วันที่ after it (1 – วันที่ 5). */
export const RANGE_SEPARATOR_SOURCE = `${OPTIONAL_SPACE}(?:${alternation(KEYWORDS.rangeSeparators)})${OPTIONAL_SPACE}(?:วันที่${OPTIONAL_SPACE})?`;

/** Where a date expression can begin: a digit run, a weekday, เดือน, ปี, an era word or a month name. */
export const DATE_ANCHOR_SOURCE = `\\d+|${KEYWORDS.day}|${KEYWORDS.month}|${KEYWORDS.year}|${ERA_SOURCE}|${MONTH_SOURCE}|${WEEKDAY_SOURCE}`;
