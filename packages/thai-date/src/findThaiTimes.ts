import { isDigit } from './_lib/characters';
import { formatClock, isValidClock, readTimeExpression } from './_lib/readTimeExpression';

/** A time or time range found in text. */
export interface ThaiTimeMatch {
  /** Exactly `input.slice(span[0], span[1])`: from the first digit to น./นาฬิกา if written (เวลา is left out). */
  readonly text: string;
  readonly span: readonly [number, number];
  /** 'HH:MM', 24-hour. */
  readonly start: string;
  /** 'HH:MM' for a range (13.00-16.30 น.), null for a single time. */
  readonly end: string | null;
}

/**
 * Finds the times of day in Thai text: `เวลา ๐๘.๓๐ – ๑๗.๐๐ น.`, `13.00-16.30น.`, `10.00 น.`,
 * `14:10`, `( 14:25 )`. A time with a dot needs เวลา before it or น. (นาฬิกา) after it, so
 * `6.31 หมื่น` or `ไทยแลนด์ 4.0` are not times; hours run to 24 and minutes to 59. Never
 * throws; linear time.
 *
 * @example
 * findThaiTimes('เริ่มประชุมเวลา ๐๘.๓๐ – ๑๗.๐๐ น. พักเที่ยง 12:00');
 * // [
 * //   { text: '๐๘.๓๐ – ๑๗.๐๐ น.', span: [16, 32], start: '08:30', end: '17:00' },
 * //   { text: '12:00', span: [43, 48], start: '12:00', end: null },
 * // ]
 */
export function findThaiTimes(text: string): ThaiTimeMatch[] {
  const matches: ThaiTimeMatch[] = [];
  let position = 0;
  // Every time has a dot or a colon right after its one or two hour digits: find those with
  // indexOf (fast on any text) and read from the hour digits before them.
  let dot = text.indexOf('.');
  let colon = text.indexOf(':');
  while (dot !== -1 || colon !== -1) {
    const separator = colon === -1 || (dot !== -1 && dot < colon) ? dot : colon;
    if (separator === dot) dot = text.indexOf('.', dot + 1);
    else colon = text.indexOf(':', colon + 1);
    const hourStart = isDigit(text.charCodeAt(separator - 2)) ? separator - 2 : separator - 1;
    if (hourStart < position || !isDigit(text.charCodeAt(hourStart))) continue;
    const candidate = readTimeExpression(text, hourStart, true);
    if (candidate === null) continue;
    position = candidate.end;
    if (!isValidClock(candidate.from) || (candidate.to !== null && !isValidClock(candidate.to))) continue;
    matches.push({
      text: text.slice(candidate.start, candidate.end),
      span: [candidate.start, candidate.end],
      start: formatClock(candidate.from),
      end: candidate.to === null ? null : formatClock(candidate.to),
    });
  }
  return matches;
}
