/** Precision at which a date was written: 26 พ.ค. 2564 is 'day', พ.ค. 2564 'month', ปี 2564 'year'. */
export type DatePrecision = 'day' | 'month' | 'year';

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * ISO 8601 year: four digits, a minus sign before years before 1 CE (astronomical numbering).
 *
 * @example
 * isoYear(782); // '0782'
 */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/**
 * ISO 8601 text of a date at the given precision; a null year gives the year-less form --MM-DD.
 *
 * @example
 * isoDate(2021, 5, null); // '2021-05'
 * isoDate(null, 2, 26); // '--02-26'
 */
export function isoDate(year: number | null, month: number | null, day: number | null): string {
  if (year === null) return `--${pad2(month ?? 1)}${day === null ? '' : `-${pad2(day)}`}`;
  if (month === null) return isoYear(year);
  if (day === null) return `${isoYear(year)}-${pad2(month)}`;
  return `${isoYear(year)}-${pad2(month)}-${pad2(day)}`;
}
