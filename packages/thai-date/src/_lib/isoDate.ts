/** Precision at which a date was written: 26 พ.ค. 2564 is 'day', พ.ค. 2564 'month', ปี 2564 'year'. */
export type DatePrecision = 'day' | 'month' | 'year';

/** '-00' … '-99': the month and day parts, written once rather than for every date. */
const DASH_TWO_DIGITS = Array.from({ length: 100 }, (_, value) => `-${String(value).padStart(2, '0')}`);
const dashPad2 = (value: number): string => DASH_TWO_DIGITS[value] ?? `-${value < 10 ? `0${value}` : value}`;

/** Years 0–9999 as ISO texts, each written the first time it is asked for: reports name few years. */
const YEAR_TEXTS: string[] = new Array(10_000);
/** 'YYYY-MM' for the same years, the twelve of a year written together the first time it is asked for. */
const YEAR_MONTH_TEXTS: string[][] = new Array(10_000);

function spellYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/**
 * ISO 8601 year: four digits, a minus sign before years before 1 CE (astronomical numbering).
 *
 * @example
 * isoYear(782); // '0782'
 */
export function isoYear(year: number): string {
  if (year < 0 || year >= YEAR_TEXTS.length || !Number.isInteger(year)) return spellYear(year);
  let text = YEAR_TEXTS[year];
  if (text === undefined) {
    text = spellYear(year);
    YEAR_TEXTS[year] = text;
  }
  return text;
}

/**
 * ISO 8601 text of a date at the given precision; a null year gives the year-less form --MM-DD.
 *
 * @example
 * isoDate(2021, 5, null); // '2021-05'
 * isoDate(null, 2, 26); // '--02-26'
 */
export function isoDate(year: number | null, month: number | null, day: number | null): string {
  if (year === null) return `-${dashPad2(month ?? 1)}${day === null ? '' : dashPad2(day)}`;
  if (month === null) return isoYear(year);
  const yearMonth = yearMonthText(year, month);
  return day === null ? yearMonth : yearMonth + dashPad2(day);
}

function yearMonthText(year: number, month: number): string {
  return monthTextsOf(year)?.[month - 1] ?? isoYear(year) + dashPad2(month);
}

/** The twelve 'YYYY-MM' of a year in the cache's range, else undefined. */
function monthTextsOf(year: number): readonly string[] | undefined {
  if (year < 0 || year >= YEAR_MONTH_TEXTS.length || !Number.isInteger(year)) return undefined;
  let months = YEAR_MONTH_TEXTS[year];
  if (months === undefined) {
    const yearText = isoYear(year);
    months = Array.from({ length: 12 }, (_, index) => yearText + dashPad2(index + 1));
    YEAR_MONTH_TEXTS[year] = months;
  }
  return months;
}

/**
 * The year of an ISO date written by isoDate with a year: '2021-05-26' → 2021, '-0001-05-26' → -1.
 *
 * @example
 * isoDateYear('2021-05-26'); // 2021
 */
export function isoDateYear(iso: string): number {
  const negative = iso.charCodeAt(0) === 0x2d;
  let year = 0;
  for (let index = negative ? 1 : 0; index < iso.length; index++) {
    const code = iso.charCodeAt(index);
    if (code === 0x2d) break;
    year = year * 10 + code - 0x30;
  }
  return negative ? -year : year;
}
