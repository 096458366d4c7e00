import { formatClock, isValidClock, readTimeExpression } from './_lib/readTimeExpression';
import { KEYWORDS } from './data/keywords';
import { ThaiDateError } from './ThaiDateError';
import { toArabicDigits } from './toArabicDigits';

/** A time or a time range, 'HH:MM' 24-hour. */
export interface ThaiTimeResult {
  readonly start: string;
  readonly end: string | null;
}

const LEAD_IN = new RegExp(`^\\s*(?:${KEYWORDS.time}\\s*(?:${KEYWORDS.approximately}\\s*)?)?`);

/**
 * Reads one time or time range: `เวลา ๐๘.๓๐ – ๑๗.๐๐ น.`, `13.00-16.30น.`, `14:10`, `10.00`.
 * Throws `ThaiDateError` (`empty-input`, `unrecognized`, `trailing-text`, or `invalid-time`
 * for an hour above 24 or a minute above 59).
 *
 * @example
 * parseThaiTime('เวลา ๑๓.๓๐ - ๑๖.๐๐ น.'); // { start: '13:30', end: '16:00' }
 * parseThaiTime('08:52'); // { start: '08:52', end: null }
 */
export function parseThaiTime(text: string): ThaiTimeResult {
  const normalized = toArabicDigits(text);
  if (normalized.trim() === '') {
    throw new ThaiDateError(
      'empty-input',
      'The text is empty. Pass a time such as "14.30 น." or "14:30".',
      text,
    );
  }
  const position = LEAD_IN.exec(normalized)?.[0].length ?? 0;
  const candidate = readTimeExpression(normalized, position, false);
  if (candidate === null) {
    throw new ThaiDateError(
      'unrecognized',
      `No time could be read in "${text}". Write hours and two-digit minutes: "14.30 น.", "เวลา 09.00 - 12.00 น." or "14:30".`,
      text,
    );
  }
  if (normalized.slice(candidate.end).trim() !== '') {
    throw new ThaiDateError(
      'trailing-text',
      `A time was read ("${text.slice(candidate.start, candidate.end)}") but "${text.slice(candidate.end).trim()}" follows it. Pass the time alone, or use findThaiTimes on running text.`,
      text,
    );
  }
  for (const clock of [candidate.from, candidate.to]) {
    if (clock !== null && !isValidClock(clock)) {
      throw new ThaiDateError(
        'invalid-time',
        `${clock.hour}:${String(clock.minute).padStart(2, '0')} is not a time of day: hours run from 0 to 24 (24 only as 24.00) and minutes from 00 to 59.`,
        text,
      );
    }
  }
  return {
    start: formatClock(candidate.from),
    end: candidate.to === null ? null : formatClock(candidate.to),
  };
}
