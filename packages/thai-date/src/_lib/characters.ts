/** Spaces that may separate the parts of a date: space, tab, no-break space and the zero-width space Thai text uses between words. */
export const SPACE_CODES: readonly number[] = [0x20, 0x09, 0xa0, 0x200b];

/** SPACE_CODES as a regular-expression class. */
export const SPACE = `[${SPACE_CODES.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;

/** Up to three spaces: bounded, so no pattern can backtrack over a long run of blanks. */
export const OPTIONAL_SPACE = `${SPACE}{0,3}`;

/**
 * Is the UTF-16 code a Thai letter, vowel or tone mark (anything Thai but a digit or a symbol)?
 *
 * @example
 * isThaiLetter('ก'.charCodeAt(0)); // true
 */
export function isThaiLetter(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e4e;
}

/** Is the UTF-16 code a Thai consonant (ก–ฮ)? Used to spot acronyms such as ก.พ.ร. */
function isThaiConsonant(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e2e;
}

/** A digit in either script, Arabic 0–9 or Thai ๐–๙: the scanners read both, so they need no converted copy of the text. */
export const DIGIT = '[0-9\\u0e50-\\u0e59]';

/**
 * Is the UTF-16 code a digit, Arabic or Thai?
 *
 * @example
 * isDigit('7'.charCodeAt(0)); // true
 * isDigit('๗'.charCodeAt(0)); // true
 */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0e50 && code <= 0x0e59);
}

/**
 * Is the UTF-16 code one that joins the digits of a number or a chain: the . of 1.5, the , of
 * 3,653, the : of 14:10, the / and - of 1/1 and 1-1?
 *
 * @example
 * isNumberJoiner(','.charCodeAt(0)); // true
 */
export function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x2d;
}

/**
 * The value of the digits from `start` to `end` (Arabic and Thai alike); the caller has checked they are digits.
 *
 * @example
 * digitsValue('ปี ๒๕๖๔', 3, 7); // 2564
 */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    value = value * 10 + (code <= 0x39 ? code - 0x30 : code - 0x0e50);
  }
  return value;
}

/**
 * Is the UTF-16 code one of the SPACE characters?
 *
 * @example
 * isSpace(0x200b); // true
 */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x200b;
}

/** The most spaces OPTIONAL_SPACE allows. */
const MAX_SPACES = 3;

/**
 * The position after the spaces at `position`, as OPTIONAL_SPACE matches them (at most three).
 *
 * @example
 * skipOptionalSpace('5  มี.ค.', 1); // 3
 */
export function skipOptionalSpace(text: string, position: number): number {
  let cursor = position;
  while (cursor < position + MAX_SPACES && isSpace(text.charCodeAt(cursor))) cursor++;
  return cursor;
}

/**
 * The position before the spaces (at most three) that end at `position`.
 *
 * @example
 * skipOptionalSpaceBack('ปี  2566', 4); // 2
 */
export function skipOptionalSpaceBack(text: string, position: number): number {
  let cursor = position;
  while (cursor > position - MAX_SPACES && isSpace(text.charCodeAt(cursor - 1))) cursor--;
  return cursor;
}

/**
 * A table with 1 at the given UTF-16 codes, just long enough for the largest: the cheap
 * test a scanner makes at each character before anything else.
 *
 * @example
 * inTable(codeTable([0x2d, 0x2013]), 0x2013); // true
 */
export function codeTable(codes: Iterable<number>): Uint8Array {
  const list = [...codes];
  const table = new Uint8Array(Math.max(0, ...list) + 1);
  for (const code of list) table[code] = 1;
  return table;
}

/**
 * Is the code marked in the table built by codeTable?
 *
 * @example
 * inTable(codeTable([0x2d]), 0x2d); // true
 */
export function inTable(table: Uint8Array, code: number): boolean {
  return code < table.length && table[code] === 1;
}

/**
 * Is the UTF-16 code a Latin letter?
 *
 * @example
 * isLatinLetter('J'.charCodeAt(0)); // true
 */
export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Is the text at `position` an acronym letter with its dot (ก. in ก.พ.ร.)?
 *
 * @example
 * isAcronymLetterAt('ก.พ.ร.', 4); // true (ร.)
 */
export function isAcronymLetterAt(text: string, position: number): boolean {
  return isThaiConsonant(text.charCodeAt(position)) && text.charCodeAt(position + 1) === 0x2e;
}

/**
 * Does an acronym letter with its dot end just before `position` (อ. in อ.ก.พ.)?
 *
 * @example
 * isAcronymLetterBefore('อ.ก.พ.', 2); // true (อ.)
 */
export function isAcronymLetterBefore(text: string, position: number): boolean {
  return text.charCodeAt(position - 1) === 0x2e && isThaiConsonant(text.charCodeAt(position - 2));
}
