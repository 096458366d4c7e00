import { ARABIC_ZERO, convertDigits, THAI_ZERO } from './_lib/thaiDigits';

/**
 * Replaces every Arabic digit (0–9) with the Thai digit of the same value. Every other
 * character is left untouched, so the result has the same length as the input.
 *
 * @example
 * toThaiDigits('ประชุมครั้งที่ 3/2566 เวลา 09.30 น.'); // 'ประชุมครั้งที่ ๓/๒๕๖๖ เวลา ๐๙.๓๐ น.'
 */
export function toThaiDigits(text: string): string {
  return convertDigits(text, ARABIC_ZERO, THAI_ZERO);
}
