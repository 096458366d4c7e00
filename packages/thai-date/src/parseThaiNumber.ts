import { alternation } from './_lib/escapeRegExp';
import {
  addDecimals,
  decimalFromNumeral,
  decimalToNumber,
  type ExactDecimal,
  shiftDecimal,
} from './_lib/exactDecimal';
import { readPlainNumber } from './_lib/readPlainNumber';
import { MILLION_EXPONENT, THAI_DIGIT_WORDS, THAI_PLACE_WORDS } from './data/numberWords';
import { toArabicDigits } from './toArabicDigits';

/** One piece of a number: a numeral ('3,653.72'), a digit word (สาม) or a place word (ล้าน). */
const NUMBER_TOKEN = new RegExp(
  `\\s*(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)|(${alternation(Object.keys(THAI_DIGIT_WORDS))})|(${alternation(Object.keys(THAI_PLACE_WORDS))}))`,
  'y',
);
const TRAILING_SPACE = /\s*$/y;
const ZERO: ExactDecimal = { units: 0, places: 0 };
const ONE: ExactDecimal = { units: 1, places: 0 };

/**
 * Reads a number written the Thai way: Thai or Arabic digits, thousands commas, a decimal
 * point, multiplier words (สิบ ร้อย พัน หมื่น แสน ล้าน and their combinations such as
 * หมื่นล้าน) and fully spelled-out numbers (สามสิบหก). Multiplying by the words is exact to
 * the precision written (3653.72 ล้าน is exactly 3653720000). Like `Number()`, it returns
 * `NaN` when the text is not a number; it also returns `NaN` for an empty string and for
 * text with anything else in it, such as a unit (`'5 ล้านบาท'`): strip units first.
 *
 * @example
 * parseThaiNumber('๓.๕'); // 3.5
 * parseThaiNumber('3,653.72 ล้าน'); // 3653720000
 * parseThaiNumber('หนึ่งร้อยยี่สิบ'); // 120
 */
export function parseThaiNumber(text: string): number {
  const plain = readPlainNumber(text);
  if (plain !== undefined) return plain;
  const source = toArabicDigits(text).trim();
  let position = 0;
  let sign = 1;
  if (source.startsWith('-') || source.startsWith('+')) {
    sign = source.startsWith('-') ? -1 : 1;
    position = 1;
  }

  // Completed groups of six digits (everything before the last ล้าน), the current group
  // below a million, and a digit or numeral still waiting for its place word.
  let millions: ExactDecimal | null = null;
  let group = ZERO;
  let pending: ExactDecimal | null = null;
  let pendingWord = '';
  let smallestPlaceSoFar = Number.POSITIVE_INFINITY;
  let previousWasPlace = false;
  let sawAnything = false;

  while (position < source.length) {
    NUMBER_TOKEN.lastIndex = position;
    const token = NUMBER_TOKEN.exec(source);
    if (token === null) break;
    position = NUMBER_TOKEN.lastIndex;
    sawAnything = true;
    const [, numeral, digitWord, placeWord] = token;

    if (numeral !== undefined || digitWord !== undefined) {
      if (pending !== null) return Number.NaN; // two numbers in a row: 'ห้าห้า', '5 6'
      if (digitWord === 'เอ็ด' && !previousWasPlace) return Number.NaN;
      pending =
        numeral !== undefined
          ? decimalFromNumeral(numeral.replaceAll(',', ''))
          : { units: THAI_DIGIT_WORDS[digitWord ?? ''] ?? 0, places: 0 };
      pendingWord = digitWord ?? '';
      previousWasPlace = false;
      continue;
    }

    const exponent = THAI_PLACE_WORDS[placeWord ?? ''] ?? 0;
    if (pendingWord === 'ยี่' && exponent !== 1) return Number.NaN; // ยี่ only in ยี่สิบ
    if (exponent === MILLION_EXPONENT) {
      const groupValue: ExactDecimal = addDecimals(group, pending ?? ZERO);
      const isEmpty = groupValue.units === 0 && pending === null;
      if (isEmpty && millions !== null) {
        millions = shiftDecimal(millions, MILLION_EXPONENT); // ล้านล้าน
      } else {
        millions = shiftDecimal(addDecimals(millions ?? ZERO, isEmpty ? ONE : groupValue), MILLION_EXPONENT);
      }
      group = ZERO;
      smallestPlaceSoFar = Number.POSITIVE_INFINITY;
    } else {
      // Places inside a group must go down: สองพันห้าร้อย, never ร้อยพัน.
      if (exponent >= smallestPlaceSoFar) return Number.NaN;
      smallestPlaceSoFar = exponent;
      group = addDecimals(group, shiftDecimal(pending ?? ONE, exponent));
    }
    pending = null;
    pendingWord = '';
    previousWasPlace = true;
  }

  TRAILING_SPACE.lastIndex = position;
  TRAILING_SPACE.exec(source);
  if (!sawAnything || TRAILING_SPACE.lastIndex !== source.length) return Number.NaN;
  if (pendingWord === 'ยี่') return Number.NaN;

  const total = addDecimals(addDecimals(millions ?? ZERO, group), pending ?? ZERO);
  return sign * decimalToNumber(total);
}
