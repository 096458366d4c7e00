/** Spaces that may separate the parts of a date: space, tab, no-break space and the zero-width space Thai text uses between words. */
export const SPACE = '[ \\t\\u00a0\\u200b]';

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

/**
 * Is the UTF-16 code an Arabic digit? The scanner reads text after toArabicDigits.
 *
 * @example
 * isDigit('7'.charCodeAt(0)); // true
 */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
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
