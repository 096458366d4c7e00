import { THAI_PLACE_WORDS } from '../data/numberWords';
import { ARABIC_ZERO, THAI_ZERO } from './thaiDigits';

/**
 * The value of the way nearly every sum is written, a numeral (Arabic or Thai digits, thousands
 * commas, a decimal point) alone or followed by one place word (`3,653.72 ล้าน`), computed as
 * parseThaiNumber's token reader computes it: all digits as one integer, shifted by the place
 * word and the decimal places, so `3,653.72 ล้าน` is exactly 3653720000. `undefined` for
 * anything else (a sign, spaces around the text, commas that do not group thousands, a run of
 * place words, spelled-out digits, more digits than a double holds exactly): the token reader
 * decides those.
 *
 * @example
 * readPlainNumber('๒.๕ ล้าน'); // 2500000
 * readPlainNumber('หนึ่งร้อย'); // undefined
 */
export function readPlainNumber(text: string): number | undefined {
  let units = 0;
  let places = 0;
  let digits = 0;
  let inFraction = false;
  let grouped = false;
  /** Digits since the start or the last comma. */
  let group = 0;
  let index = 0;
  for (; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const digit = unit - (unit >= THAI_ZERO ? THAI_ZERO : ARABIC_ZERO);
    if (digit >= 0 && digit <= 9) {
      units = units * 10 + digit;
      digits++;
      if (inFraction) places++;
      else group++;
    } else if (unit === 0x2c /* , */) {
      if (inFraction || group === 0 || group > 3 || (grouped && group !== 3)) return undefined;
      grouped = true;
      group = 0;
    } else if (unit === 0x2e /* . */ && !inFraction) {
      if (grouped && group !== 3) return undefined;
      inFraction = true;
    } else {
      break;
    }
  }
  if (digits === 0 || units > Number.MAX_SAFE_INTEGER) return undefined;
  if (grouped && !inFraction && group !== 3) return undefined;
  if (inFraction && places === 0) return undefined;

  let exponent = 0;
  if (index < text.length) {
    let wordStart = index;
    while (wordStart < text.length && /\s/.test(text.charAt(wordStart))) wordStart++;
    const word = text.slice(wordStart);
    if (!Object.hasOwn(THAI_PLACE_WORDS, word)) return undefined;
    exponent = THAI_PLACE_WORDS[word] as number;
  }
  return exponent >= places ? units * 10 ** (exponent - places) : units / 10 ** (places - exponent);
}
