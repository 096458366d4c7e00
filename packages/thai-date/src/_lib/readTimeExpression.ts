import { KEYWORDS } from '../data/keywords';
import { DIGIT, digitsValue, isDigit, isNumberJoiner, OPTIONAL_SPACE } from './characters';
import { alternation } from './escapeRegExp';

/** A time range as read: 'HH:MM' texts, or an hour/minute out of range. */
export interface TimeCandidate {
  readonly start: number;
  readonly end: number;
  readonly from: { readonly hour: number; readonly minute: number };
  readonly to: { readonly hour: number; readonly minute: number } | null;
}

/** Hours, then minutes after a dot or a colon (and seconds after a second colon); digits Arabic or Thai. */
const CLOCK = new RegExp(
  `(${DIGIT}{1,2})(?:(\\.)(${DIGIT}{2})|:(${DIGIT}{2})(?::${DIGIT}{2})?)(?![.:]?${DIGIT})`,
  'y',
);
const SUFFIX = new RegExp(`${OPTIONAL_SPACE}(?:${alternation(KEYWORDS.timeSuffixes)})`, 'y');
const SEPARATOR = new RegExp(
  `${OPTIONAL_SPACE}(?:[-–—]|ถึง)${OPTIONAL_SPACE}(?:${KEYWORDS.time}${OPTIONAL_SPACE})?`,
  'y',
);
/** เวลา (optionally ประมาณ, "about") right before the time: what makes 14.00 a time without น. */
const TIME_WORD_BEFORE = new RegExp(
  `${KEYWORDS.time}${OPTIONAL_SPACE}(?:${KEYWORDS.approximately}${OPTIONAL_SPACE})?$`,
);
const LOOK_BEHIND = KEYWORDS.time.length + KEYWORDS.approximately.length + 6;

interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly dotted: boolean;
  readonly end: number;
}

function readClock(text: string, position: number): Clock | null {
  CLOCK.lastIndex = position;
  const match = CLOCK.exec(text);
  if (match === null) return null;
  let end = CLOCK.lastIndex;
  SUFFIX.lastIndex = end;
  const suffixed = SUFFIX.exec(text) !== null;
  if (suffixed) end = SUFFIX.lastIndex;
  const hourEnd = position + (match[1]?.length ?? 0);
  return {
    hour: digitsValue(text, position, hourEnd),
    minute: digitsValue(text, hourEnd + 1, hourEnd + 3),
    dotted: match[2] !== undefined && !suffixed,
    end,
  };
}

/**
 * Reads a time or time range starting at `position` (a digit, Arabic or Thai):
 * 14:10, 10.00 น., 13.00-16.30น., 08.30 – 17.00 น. A dotted time needs เวลา before it or
 * น./นาฬิกา after it unless `requireMarker` is false (parseThaiTime, where the caller says it
 * is a time), so amounts such as 6.31 หมื่น stay numbers.
 *
 * @example
 * readTimeExpression('เวลา 13.00-16.30 น.', 5, true);
 * // { start: 5, end: 19, from: { hour: 13, minute: 0 }, to: { hour: 16, minute: 30 } }
 */
export function readTimeExpression(
  text: string,
  position: number,
  requireMarker: boolean,
): TimeCandidate | null {
  const before = text.charCodeAt(position - 1);
  if (isDigit(before)) return null;
  if (isNumberJoiner(before) && isDigit(text.charCodeAt(position - 2))) return null;

  const first = readClock(text, position);
  if (first === null) return null;
  SEPARATOR.lastIndex = first.end;
  const second = SEPARATOR.exec(text) === null ? null : readClock(text, SEPARATOR.lastIndex);
  const end = second?.end ?? first.end;

  // Unmarked dotted numbers are decimals: the whole expression needs เวลา before or น. after one end.
  const unmarked = first.dotted && (second === null || second.dotted);
  if (
    requireMarker &&
    unmarked &&
    !TIME_WORD_BEFORE.test(text.slice(Math.max(0, position - LOOK_BEHIND), position))
  )
    return null;
  return {
    start: position,
    end,
    from: { hour: first.hour, minute: first.minute },
    to: second === null ? null : { hour: second.hour, minute: second.minute },
  };
}

/**
 * True for a clock reading: hours 0–24 (24 only as 24:00), minutes 0–59.
 *
 * @example
 * isValidClock({ hour: 24, minute: 30 }); // false
 */
export function isValidClock(clock: { readonly hour: number; readonly minute: number }): boolean {
  return clock.minute <= 59 && (clock.hour < 24 || (clock.hour === 24 && clock.minute === 0));
}

/**
 * 'HH:MM'.
 *
 * @example
 * formatClock({ hour: 9, minute: 5 }); // '09:05'
 */
export function formatClock(clock: { readonly hour: number; readonly minute: number }): string {
  return `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}
