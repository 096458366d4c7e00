/** UTF-16 code of the Thai digit zero (๐, U+0E50); the ten Thai digits follow it in order. */
export const THAI_ZERO = 0x0e50;

/** UTF-16 code of the Arabic digit zero ('0'). */
export const ARABIC_ZERO = 0x30;

/**
 * Replaces every character whose code is in [fromZero, fromZero + 9] with the digit of the same
 * value starting at toZero. A loop over runs of other characters: faster than a replace
 * callback, and the input comes back unchanged (same string) when there is nothing to replace.
 *
 * @example
 * convertDigits('๒๕๖๔', 0x0e50, 0x30); // '2564'
 */
export function convertDigits(text: string, fromZero: number, toZero: number): string {
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index++) {
    const offset = text.charCodeAt(index) - fromZero;
    if (offset >= 0 && offset <= 9) {
      result += text.slice(copiedUpTo, index) + String.fromCharCode(toZero + offset);
      copiedUpTo = index + 1;
    }
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}
