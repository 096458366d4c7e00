import { ARABIC_ZERO, convertDigits, THAI_ZERO } from './_lib/thaiDigits';

/**
 * Replaces every Thai digit (๐–๙) with the Arabic digit of the same value. Every other
 * character is left untouched, so the result has the same length and the same character
 * offsets as the input.
 *
 * @example
 * toArabicDigits('วันที่ ๒๖ พฤษภาคม ๒๕๖๔'); // 'วันที่ 26 พฤษภาคม 2564'
 */
export function toArabicDigits(text: string): string {
  return convertDigits(text, THAI_ZERO, ARABIC_ZERO);
}
