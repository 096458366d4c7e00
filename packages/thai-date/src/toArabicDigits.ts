import { ARABIC_ZERO, THAI_DIGIT, THAI_ZERO } from './_lib/thaiDigits';

const thaiToArabic = (digit: string): string =>
  String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO);

/**
 * Replaces every Thai digit (๐–๙) with the Arabic digit of the same value. Every other
 * character is left untouched, so the result has the same length and the same character
 * offsets as the input.
 *
 * @example
 * toArabicDigits('วันที่ ๒๖ พฤษภาคม ๒๕๖๔'); // 'วันที่ 26 พฤษภาคม 2564'
 */
export function toArabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, thaiToArabic);
}
