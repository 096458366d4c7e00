import { parseThaiNumber } from '@prachum/thai-date';
import {
  AMOUNT_MULTIPLIERS,
  AMOUNT_QUALIFIERS,
  type AmountMultiplier,
  type AmountQualifier,
  INNER_APPROXIMATION_WORDS,
  TRAILING_APPROXIMATION_WORDS,
  WORD_ONLY_AMOUNT_CUES,
} from '../data/amountWords';
import { CURRENCIES, type CurrencyName, NOT_CURRENCIES } from '../data/currencies';
import type { CurrencyCode } from '../data/iso-codes';
import type { Amount } from '../schema';

export type { AmountMultiplier, AmountQualifier, AmountQualifierKind } from '../data/amountWords';
export type { CurrencyName, CurrencyPosition } from '../data/currencies';

/**
 * A sum of money found in a text: the `Amount` of the record. `span` covers the number through
 * the currency (`๓.๕ ล้านดอลลาร์แคนาดา`, `US$ 5 million`); a qualifier such as `ประมาณ` stays
 * outside the span and sets `approximate`.
 */
export type AmountMatch = Amount;

const isSpace = (unit: number): boolean => unit === 0x20 || unit === 0xa0;
const isDigit = (unit: number): boolean =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0x0e50 && unit <= 0x0e59);
const isLatinLetter = (unit: number): boolean =>
  (unit >= 0x41 && unit <= 0x5a) ||
  (unit >= 0x61 && unit <= 0x7a) ||
  (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7);
const isLatinWordChar = (unit: number): boolean => (unit >= 0x30 && unit <= 0x39) || isLatinLetter(unit);
// Thai signs that attach to the consonant before them: `เยน` followed by one is another word.
const isThaiDependentSign = (unit: number): boolean =>
  (unit >= 0x0e30 && unit <= 0x0e3a) || unit === 0x0e45 || (unit >= 0x0e47 && unit <= 0x0e4e);

const isLatin = (form: string): boolean => /[A-Za-z]/.test(form);

/** Spaces allowed between the parts of a sum (`๕๐ ล้าน ดอลลาร์`); a line break ends it. */
const MAX_GAP = 3;

function skipSpaces(text: string, position: number): number {
  let end = position;
  while (end < text.length && end - position < MAX_GAP && isSpace(text.charCodeAt(end))) end++;
  return end;
}

function skipSpacesBackward(text: string, position: number): number {
  let start = position;
  while (start > 0 && position - start < MAX_GAP && isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

const foldAsciiCase = (unit: number): number => (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit);

/** Whether `form` is written at `position`; ASCII letters in any case unless `caseSensitive`. */
function isWrittenAt(text: string, position: number, form: string, caseSensitive: boolean): boolean {
  if (caseSensitive) return text.startsWith(form, position);
  if (position < 0 || position + form.length > text.length) return false;
  for (let index = 0; index < form.length; index++) {
    if (foldAsciiCase(text.charCodeAt(position + index)) !== foldAsciiCase(form.charCodeAt(index)))
      return false;
  }
  return true;
}

/**
 * Whether a word ending at `end` stands on its own: no letter of the same script goes on
 * (a digit may: `USD5m`).
 */
function endsWord(text: string, end: number, latin: boolean): boolean {
  if (end >= text.length) return true;
  const unit = text.charCodeAt(end);
  return latin ? !isLatinLetter(unit) : !isThaiDependentSign(unit);
}

/** Candidates keyed by their first UTF-16 unit (lower-cased for Latin words), longest first. */
function indexByFirstUnit<T extends { readonly form: string }>(
  items: readonly T[],
): ReadonlyMap<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of items) {
    const keys = new Set([
      item.form.charCodeAt(0),
      item.form.toLowerCase().charCodeAt(0),
      item.form.toUpperCase().charCodeAt(0),
    ]);
    for (const key of keys) {
      const bucket = index.get(key) ?? [];
      bucket.push(item);
      index.set(key, bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.form.length - a.form.length);
  return index;
}

const ALL_CURRENCIES: readonly CurrencyName[] = CURRENCIES;
const CURRENCIES_AFTER = indexByFirstUnit(
  ALL_CURRENCIES.filter((currency) => currency.position !== 'before'),
);
const CURRENCIES_BEFORE = indexByFirstUnit(
  ALL_CURRENCIES.filter((currency) => currency.position !== 'after'),
);
const MULTIPLIERS: readonly AmountMultiplier[] = AMOUNT_MULTIPLIERS;
const THAI_MULTIPLIERS = MULTIPLIERS.filter((multiplier) => multiplier.script === 'thai');
const LATIN_MULTIPLIERS = indexByFirstUnit(MULTIPLIERS.filter((multiplier) => multiplier.script === 'latin'));
const THAI_MULTIPLIER_FIRST_UNITS = new Set(
  THAI_MULTIPLIERS.map((multiplier) => multiplier.form.charCodeAt(0)),
);
/** Qualifiers keyed by their last UTF-16 unit (lower case), longest first: they are read backwards. */
const QUALIFIERS_BY_LAST_UNIT: ReadonlyMap<number, AmountQualifier[]> = (() => {
  const index = new Map<number, AmountQualifier[]>();
  for (const qualifier of AMOUNT_QUALIFIERS as readonly AmountQualifier[]) {
    const key = foldAsciiCase(qualifier.form.charCodeAt(qualifier.form.length - 1));
    index.set(key, [...(index.get(key) ?? []), qualifier]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.form.length - a.form.length);
  return index;
})();

/** The longest currency name written at `position`, if any. */
function currencyAt(
  text: string,
  position: number,
  index: ReadonlyMap<number, CurrencyName[]>,
): CurrencyName | null {
  if (NOT_CURRENCIES.some((word) => text.startsWith(word, position))) return null;
  for (const currency of index.get(text.charCodeAt(position)) ?? []) {
    const latin = currency.script !== 'thai';
    const caseSensitive = currency.caseSensitive === true || currency.script !== 'latin';
    if (!isWrittenAt(text, position, currency.form, caseSensitive)) continue;
    // `USD`, `baht` must end as words; `$` and `฿` may touch the number.
    if (currency.script !== 'symbol' && !endsWord(text, position + currency.form.length, latin)) continue;
    return currency;
  }
  return null;
}

/** End of a numeral starting at `start`: digits, thousands commas and one decimal point. */
function numeralEnd(text: string, start: number): number {
  let end = start;
  let sawDecimalPoint = false;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    if (isDigit(unit)) {
      end++;
      continue;
    }
    const separator = unit === 0x2c ? 'comma' : unit === 0x2e && !sawDecimalPoint ? 'point' : null;
    if (separator === null || !isDigit(text.charCodeAt(end + 1))) break;
    if (separator === 'point') sawDecimalPoint = true;
    end++;
  }
  return end;
}

function wordAt(text: string, position: number, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word, position)) return word;
  return null;
}

/** The parts of a sum after its number (or at a multiplier word, for `หมื่นล้านดอลลาร์`). */
interface Tail {
  /** The Thai multiplier words, for parseThaiNumber (`หมื่นล้าน`); '' when none. */
  readonly thaiMultipliers: string;
  /** A Latin multiplier (`million` → 1e6); 1 when none. */
  readonly latinFactor: number;
  readonly currency: CurrencyName | null;
  readonly innerApproximation: boolean;
  readonly end: number;
}

/**
 * Reads `[กว่า] [พัน|หมื่น|แสน|ล้าน…] [กว่า] currency` or `[million…] currency` from `start`.
 * With `currencyOptional` (after a currency symbol) the currency may be missing.
 */
function readTail(text: string, start: number, currencyOptional: boolean): Tail | null {
  let position = skipSpaces(text, start);
  let innerApproximation = false;
  const approximationWord = (at: number) => wordAt(text, at, INNER_APPROXIMATION_WORDS);

  const leading = approximationWord(position);
  if (leading !== null) {
    innerApproximation = true;
    position += leading.length;
  }
  const multipliersStart = position;
  for (let found = true; found; ) {
    found = false;
    for (const multiplier of THAI_MULTIPLIERS) {
      if (text.startsWith(multiplier.form, position)) {
        position += multiplier.form.length;
        found = true;
        break;
      }
    }
  }
  const thaiMultipliers = text.slice(multipliersStart, position);
  let latinFactor = 1;
  if (thaiMultipliers === '' && leading === null) {
    for (const multiplier of LATIN_MULTIPLIERS.get(text.charCodeAt(position)) ?? []) {
      const end = position + multiplier.form.length;
      if (isWrittenAt(text, position, multiplier.form, false) && endsWord(text, end, true)) {
        latinFactor = multiplier.factor;
        position = end;
        break;
      }
    }
  }
  const trailing = thaiMultipliers === '' ? null : approximationWord(position);
  if (trailing !== null) {
    innerApproximation = true;
    position += trailing.length;
  }
  const multipliersEnd = position;

  const currencyStart = skipSpaces(text, position);
  const currency = currencyAt(text, currencyStart, CURRENCIES_AFTER);
  if (currency === null) {
    if (!currencyOptional || innerApproximation) return null;
    return { thaiMultipliers, latinFactor, currency: null, innerApproximation, end: multipliersEnd };
  }
  return {
    thaiMultipliers,
    latinFactor,
    currency,
    innerApproximation,
    end: currencyStart + currency.form.length,
  };
}

/** The qualifier written just before `start` (`ประมาณ ๙๒ ล้านบาท`), if any. */
function qualifierBefore(text: string, start: number): AmountQualifier | null {
  const end = skipSpacesBackward(text, start);
  if (end === 0) return null;
  for (const qualifier of QUALIFIERS_BY_LAST_UNIT.get(foldAsciiCase(text.charCodeAt(end - 1))) ?? []) {
    const qualifierStart = end - qualifier.form.length;
    if (qualifierStart < 0) continue;
    if (qualifier.script === 'latin') {
      if (!isWrittenAt(text, qualifierStart, qualifier.form, false)) continue;
      if (qualifierStart > 0 && isLatinWordChar(text.charCodeAt(qualifierStart - 1))) continue;
      // An English qualifier is a word of its own: `about 5`, not `Moreover5`.
      if (end === start && !qualifier.form.endsWith('.')) continue;
    } else {
      if (!text.startsWith(qualifier.form, qualifierStart)) continue;
      if ((qualifier.notAfter ?? []).some((word) => text.endsWith(word, qualifierStart))) continue;
    }
    return qualifier;
  }
  return null;
}

/** Whether a sum written in multiplier words only (`หมื่นล้านดอลลาร์`) is a figure here. */
function hasWordOnlyCue(text: string, start: number): boolean {
  const end = skipSpacesBackward(text, start);
  if (WORD_ONLY_AMOUNT_CUES.some((cue) => text.endsWith(cue, end))) return true;
  const qualifier = qualifierBefore(text, start);
  return qualifier !== null && qualifier.script === 'thai';
}

/** `a × factor` without binary noise: 3.14159 × 10⁹ is 3141590000, not 3141590000.0000005. */
function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const scaled = value * factor;
  return Number.isInteger(scaled) || Math.abs(scaled) >= 1e15 ? scaled : Number(scaled.toPrecision(15));
}

function buildAmount(
  text: string,
  start: number,
  numeral: string,
  tail: Tail,
  currency: CurrencyName,
  prefixed: boolean,
): AmountMatch | null {
  const written = [numeral, tail.thaiMultipliers].filter((part) => part !== '').join(' ');
  const parsed = parseThaiNumber(written);
  if (!Number.isFinite(parsed) || parsed < 0) return null;
  const value = scale(parsed, tail.latinFactor * (currency.multiplier ?? 1));
  const qualifier = qualifierBefore(text, start);
  const trailingWord = prefixed ? null : wordAt(text, tail.end, TRAILING_APPROXIMATION_WORDS);
  const approximate =
    (qualifier !== null && qualifier.kind !== 'cap') || tail.innerApproximation || trailingWord !== null;
  const currencyCode: CurrencyCode = currency.code;
  return {
    text: text.slice(start, tail.end),
    span: [start, tail.end],
    value,
    currency: currencyCode,
    approximate,
  };
}

/**
 * Finds every sum of money, in document order: a number (Thai or Arabic digits, commas, a
 * decimal point) with optional multipliers (`พัน`, `หมื่น`, `แสน`, `ล้าน` and runs such as
 * `หมื่นล้าน`; `million`, `billion`) and a currency after it (`๕๐ ล้านดอลลาร์สหรัฐ`,
 * `6.31 หมื่นลบ.`, `5 million baht`) or a currency symbol or code before it (`US$ 5 million`,
 * `USD 2.5 million`, `€ 10 ล้าน`). Multiplier words alone count after a cue such as `มากกว่า`,
 * `มูลค่า` or `ละ` (`มากกว่าหมื่นล้านดอลลาร์ฯ`). Values are exact (`3,653.72 ล้านบาท` is
 * 3653720000). `ประมาณ`, `ราว`, `เกือบ`, `กว่า`/`มากกว่า`, `about`, `over`… before the sum,
 * `กว่า` inside it or `เศษ` after it make it approximate; a cap (`ไม่เกิน`, `up to`) does not.
 * Numbers without a currency (`3,653 ล้าน`, `76 จังหวัด`, `ร้อยละ 5`, `5%`, years) are not sums.
 *
 * @example
 * findAmounts('สนับสนุนเงิน ประมาณ ๙๒ ล้านบาท');
 * // [{ text: '๙๒ ล้านบาท', span: [20, 30], value: 92000000, currency: 'THB', approximate: true }]
 */
export function findAmounts(text: string): AmountMatch[] {
  const amounts: AmountMatch[] = [];
  let position = 0;
  while (position < text.length) {
    const unit = text.charCodeAt(position);
    const before = position > 0 ? text.charCodeAt(position - 1) : Number.NaN;

    // A currency symbol or code before the number: US$ 5 million, USD 2.5 ล้าน.
    const symbol = CURRENCIES_BEFORE.has(unit) ? currencyAt(text, position, CURRENCIES_BEFORE) : null;
    // `USD` and `RM` must start a word (not `FARM 5`); `$` may follow anything.
    if (symbol !== null && !(isLatin(symbol.form) && isLatinWordChar(before))) {
      const numberStart = skipSpaces(text, position + symbol.form.length);
      if (isDigit(text.charCodeAt(numberStart))) {
        const numberEnd = numeralEnd(text, numberStart);
        const tail = readTail(text, numberEnd, true);
        // A second currency after the number (`US$ 5 million dollars`) is part of the sum.
        const amount =
          tail === null
            ? null
            : buildAmount(text, position, text.slice(numberStart, numberEnd), tail, symbol, true);
        if (amount !== null && tail !== null) {
          amounts.push(amount);
          position = tail.end;
          continue;
        }
        position = numberEnd;
        continue;
      }
    }

    // A number, then multipliers and a currency: ๕๐ ล้านดอลลาร์สหรัฐ.
    if (isDigit(unit)) {
      const numberEnd = numeralEnd(text, position);
      if (!isLatinWordChar(before)) {
        const tail = readTail(text, numberEnd, false);
        const amount =
          tail?.currency == null
            ? null
            : buildAmount(text, position, text.slice(position, numberEnd), tail, tail.currency, false);
        if (amount !== null && tail !== null) {
          amounts.push(amount);
          position = tail.end;
          continue;
        }
      }
      position = numberEnd;
      continue;
    }

    // Multiplier words alone after a cue: มากกว่าหมื่นล้านดอลลาร์ฯ.
    if (
      THAI_MULTIPLIER_FIRST_UNITS.has(unit) &&
      THAI_MULTIPLIERS.some((multiplier) => text.startsWith(multiplier.form, position)) &&
      hasWordOnlyCue(text, position)
    ) {
      const tail = readTail(text, position, false);
      if (tail?.currency != null && tail.thaiMultipliers !== '') {
        const amount = buildAmount(text, position, '', tail, tail.currency, false);
        if (amount !== null) {
          amounts.push(amount);
          position = tail.end;
          continue;
        }
      }
    }
    position++;
  }
  return amounts;
}
