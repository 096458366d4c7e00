import { parseThaiNumber } from '@prachum/thai-date';
import { isDigit } from '../_lib/text';
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
const isLatinLetter = (unit: number): boolean =>
  (unit >= 0x41 && unit <= 0x5a) ||
  (unit >= 0x61 && unit <= 0x7a) ||
  (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7);
const isLatinWordChar = (unit: number): boolean => (unit >= 0x30 && unit <= 0x39) || isLatinLetter(unit);
const latinWordCharBefore = (text: string, position: number): boolean =>
  position > 0 && isLatinWordChar(text.charCodeAt(position - 1));
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

/** The UTF-16 units that match `unit` of a word: both ASCII cases unless the match is exact. */
function unitVariants(unit: number, caseSensitive: boolean): number[] {
  const lower = foldAsciiCase(unit);
  if (caseSensitive || lower < 0x61 || lower > 0x7a) return [unit];
  return [lower, lower - 0x20];
}

const currencyIsCaseSensitive = (currency: CurrencyName): boolean =>
  currency.caseSensitive === true || currency.script !== 'latin';

/** Candidates keyed by every first UTF-16 unit they can match at, longest first. */
function indexByFirstUnit<T extends { readonly form: string }>(
  items: readonly T[],
  caseSensitive: (item: T) => boolean,
): ReadonlyMap<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of items) {
    for (const key of unitVariants(item.form.charCodeAt(0), caseSensitive(item))) {
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
  currencyIsCaseSensitive,
);
const CURRENCIES_BEFORE = indexByFirstUnit(
  ALL_CURRENCIES.filter((currency) => currency.position !== 'after'),
  currencyIsCaseSensitive,
);
const MULTIPLIERS: readonly AmountMultiplier[] = AMOUNT_MULTIPLIERS;
const THAI_MULTIPLIERS = MULTIPLIERS.filter((multiplier) => multiplier.script === 'thai');
const LATIN_MULTIPLIERS = indexByFirstUnit(
  MULTIPLIERS.filter((multiplier) => multiplier.script === 'latin'),
  () => false,
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

// What may start at a position, so that the scan skips plain text with one table look-up and
// reads on only where a word of the tables can begin.
const DIGIT = 1;
const CURRENCY_BEFORE = 2;
const THAI_MULTIPLIER = 4;
/** Anything `readTail` can read after a number: `กว่า`, a multiplier or a currency. */
const TAIL = 8;

function addKind(table: Uint8Array, key: number, kind: number): void {
  table[key] = (table[key] ?? 0) | kind;
}

/** Kinds by the unit at a position: the anchors of a sum. */
const UNIT_KINDS = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) if (isDigit(unit)) addKind(UNIT_KINDS, unit, DIGIT);
for (const unit of CURRENCIES_BEFORE.keys()) addKind(UNIT_KINDS, unit, CURRENCY_BEFORE);
for (const { form } of THAI_MULTIPLIERS) addKind(UNIT_KINDS, form.charCodeAt(0), THAI_MULTIPLIER);

/**
 * A flat key for the two units at a position. Only their low bytes count: Thai and ASCII share
 * them, which lets a few more pairs through to the exact match but never misses one.
 */
const pairKey = (first: number, second: number): number => ((first & 0xff) << 8) | (second & 0xff);

/**
 * Kinds by the two units at a position: the first letters of the words (`ห`, `แ`, `บ`, `C`…)
 * are common, their first two much less. Past the end of the text the second unit counts as 0.
 */
const PAIR_KINDS = new Uint8Array(0x10000);
function markPairs(form: string, caseSensitive: boolean, kind: number): void {
  for (const first of unitVariants(form.charCodeAt(0), caseSensitive)) {
    const seconds = form.length > 1 ? unitVariants(form.charCodeAt(1), caseSensitive) : [];
    // A one-unit word (`$`) may be followed by anything.
    if (form.length === 1) for (let second = 0; second < 0x100; second++) seconds.push(second);
    for (const second of seconds) addKind(PAIR_KINDS, pairKey(first, second), kind);
  }
}
for (const bucket of CURRENCIES_BEFORE.values()) {
  for (const currency of bucket) markPairs(currency.form, currencyIsCaseSensitive(currency), CURRENCY_BEFORE);
}
for (const { form } of THAI_MULTIPLIERS) markPairs(form, true, THAI_MULTIPLIER | TAIL);
for (const word of INNER_APPROXIMATION_WORDS) markPairs(word, true, TAIL);
for (const bucket of LATIN_MULTIPLIERS.values()) for (const { form } of bucket) markPairs(form, false, TAIL);
for (const bucket of CURRENCIES_AFTER.values()) {
  for (const currency of bucket) markPairs(currency.form, currencyIsCaseSensitive(currency), TAIL);
}

function pairKindAt(text: string, position: number): number {
  if (position >= text.length) return 0;
  const second = position + 1 < text.length ? text.charCodeAt(position + 1) : 0;
  return PAIR_KINDS[pairKey(text.charCodeAt(position), second)] ?? 0;
}

/** The first position from `position` on where a sum can start; the text's length if none. */
function nextAnchor(text: string, position: number): number {
  for (let at = position; at < text.length; at++) {
    const kind = UNIT_KINDS[text.charCodeAt(at)] ?? 0;
    if (kind !== 0 && ((kind & DIGIT) !== 0 || (pairKindAt(text, at) & kind) !== 0)) return at;
  }
  return text.length;
}

/** The Thai multiplier written at `position` (`ล้าน`), if any. */
function thaiMultiplierAt(text: string, position: number): AmountMultiplier | null {
  const unit = text.charCodeAt(position);
  for (const multiplier of THAI_MULTIPLIERS) {
    if (multiplier.form.charCodeAt(0) === unit && text.startsWith(multiplier.form, position))
      return multiplier;
  }
  return null;
}

/** The longest currency name written at `position`, if any. */
function currencyAt(
  text: string,
  position: number,
  index: ReadonlyMap<number, CurrencyName[]>,
): CurrencyName | null {
  for (const currency of index.get(text.charCodeAt(position)) ?? []) {
    const latin = currency.script !== 'thai';
    if (!isWrittenAt(text, position, currency.form, currencyIsCaseSensitive(currency))) continue;
    // `USD`, `baht` must end as words; `$` and `฿` may touch the number.
    if (currency.script !== 'symbol' && !endsWord(text, position + currency.form.length, latin)) continue;
    for (const word of NOT_CURRENCIES) if (text.startsWith(word, position)) return null;
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
  position = thaiMultipliersEnd(text, position);
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

/** The end of the run of Thai multiplier words (`หมื่นล้าน`) at `position`; `position` when none. */
function thaiMultipliersEnd(text: string, position: number): number {
  let end = position;
  for (let multiplier = thaiMultiplierAt(text, end); multiplier !== null; ) {
    end += multiplier.form.length;
    multiplier = thaiMultiplierAt(text, end);
  }
  return end;
}

/** A qualifier before `start` makes the sum approximate (`ประมาณ`), unless it caps it (`ไม่เกิน`). */
function approximatedBefore(text: string, start: number): boolean {
  const qualifier = qualifierBefore(text, start);
  return qualifier !== null && qualifier.kind !== 'cap';
}

/**
 * Whether `readTail` can read anything from `start`. Most numbers are dates, counts and item
 * numbers: no word of a sum follows them.
 */
function tailMayStart(text: string, start: number): boolean {
  const position = skipSpaces(text, start);
  // After MAX_GAP spaces `readTail` skips up to MAX_GAP more before the currency.
  return (pairKindAt(text, position) & TAIL) !== 0 || isSpace(text.charCodeAt(position));
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

/** parseThaiNumber of the numeral `text[start, end)` (none when start = end) and the Thai multiplier words after it. */
function sumValue(text: string, start: number, end: number, multipliers: string): number {
  const numeral = text.slice(start, end);
  return parseThaiNumber(
    numeral === '' ? multipliers : multipliers === '' ? numeral : `${numeral} ${multipliers}`,
  );
}

/** The sum from `start` with its number at `text[numberStart, numberEnd)` and `tail` after it. */
function buildAmount(
  text: string,
  start: number,
  numberStart: number,
  numberEnd: number,
  tail: Tail,
  currency: CurrencyName,
  prefixed: boolean,
): AmountMatch | null {
  const parsed = sumValue(text, numberStart, numberEnd, tail.thaiMultipliers);
  if (!Number.isFinite(parsed) || parsed < 0) return null;
  const value = scale(parsed, tail.latinFactor * (currency.multiplier ?? 1));
  const trailingWord = prefixed ? null : wordAt(text, tail.end, TRAILING_APPROXIMATION_WORDS);
  const approximate = approximatedBefore(text, start) || tail.innerApproximation || trailingWord !== null;
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
 * Reads a sum from the currency symbol or code at `position` (US$ 5 million, USD 2.5 ล้าน) into
 * `amounts`. Returns where to go on reading, or -1 when no number follows the symbol.
 */
function readFromSymbol(text: string, position: number, amounts: AmountMatch[]): number {
  const symbol = currencyAt(text, position, CURRENCIES_BEFORE);
  // `USD` and `RM` must start a word (not `FARM 5`); `$` may follow anything.
  if (symbol === null || (isLatin(symbol.form) && latinWordCharBefore(text, position))) return -1;
  const numberStart = skipSpaces(text, position + symbol.form.length);
  if (!isDigit(text.charCodeAt(numberStart))) return -1;
  const numberEnd = numeralEnd(text, numberStart);
  const tail = readTail(text, numberEnd, true);
  // A second currency after the number (`US$ 5 million dollars`) is part of the sum.
  const amount =
    tail === null ? null : buildAmount(text, position, numberStart, numberEnd, tail, symbol, true);
  if (amount === null || tail === null) return numberEnd;
  amounts.push(amount);
  return tail.end;
}

/**
 * Reads a sum from the number at `position` (๕๐ ล้านดอลลาร์สหรัฐ) into `amounts`. Returns
 * where to go on reading.
 */
function readFromNumber(text: string, position: number, amounts: AmountMatch[], groups = 1): number {
  const numberEnd = numeralEnd(text, position);
  const tailStart = afterWholeSumDash(text, numberEnd);
  if (latinWordCharBefore(text, position) || !tailMayStart(text, tailStart)) return numberEnd;
  const tail = readTail(text, tailStart, false);
  if (tail?.currency == null && groups < MAX_SUM_GROUPS) {
    const end = readLeadingGroup(text, position, numberEnd, amounts, groups);
    if (end !== null) return end;
  }
  const amount =
    tail?.currency == null
      ? null
      : buildAmount(text, position, position, numberEnd, tail, tail.currency, false);
  if (amount === null || tail === null) return numberEnd;
  amounts.push(amount);
  return tail.end;
}

// `1 ล้าน 5 แสน 3 หมื่น 2 พันบาท` at most: one group per multiplier from ล้าน down.
const MAX_SUM_GROUPS = 4;

/**
 * `5 แสน 3 หมื่นบาท`: a number and its multiplier that lead the rest of the sum, which is read
 * from the next number. Returns where to go on reading, or null when the number leads no such
 * sum.
 */
function readLeadingGroup(
  text: string,
  position: number,
  numberEnd: number,
  amounts: AmountMatch[],
  groups: number,
): number | null {
  const multipliersStart = skipSpaces(text, numberEnd);
  const multipliersEnd = thaiMultipliersEnd(text, multipliersStart);
  const next = skipSpaces(text, multipliersEnd);
  if (multipliersEnd === multipliersStart || !isDigit(text.charCodeAt(next))) return null;
  const multipliers = text.slice(multipliersStart, multipliersEnd);
  const rest: AmountMatch[] = [];
  const end = readFromNumber(text, next, rest, groups + 1);
  const [restAmount] = rest;
  // The rest is less than one of the lead's unit (`5 แสน 3 หมื่น`), else it is a list (`30 ล้าน 20 ล้านบาท`).
  if (
    restAmount === undefined ||
    restAmount.span[0] !== next ||
    !(restAmount.value < parseThaiNumber(multipliers))
  )
    return null;
  const lead = sumValue(text, position, numberEnd, multipliers);
  amounts.push({
    text: text.slice(position, restAmount.span[1]),
    span: [position, restAmount.span[1]],
    value: lead + restAmount.value,
    currency: restAmount.currency,
    approximate: approximatedBefore(text, position) || restAmount.approximate,
  });
  return end;
}

/** After the `.-` (or `.--`) that official letters write after a whole sum: `1,500,000.- บาท`. */
function afterWholeSumDash(text: string, numberEnd: number): number {
  if (text.charCodeAt(numberEnd) !== 0x2e || text.charCodeAt(numberEnd + 1) !== 0x2d) return numberEnd;
  return text.charCodeAt(numberEnd + 2) === 0x2d ? numberEnd + 3 : numberEnd + 2;
}

/**
 * Reads a sum written in multiplier words alone after a cue (มากกว่าหมื่นล้านดอลลาร์ฯ) from
 * `position` into `amounts`. Returns where to go on reading.
 */
function readFromMultiplier(text: string, position: number, amounts: AmountMatch[]): number {
  if (thaiMultiplierAt(text, position) === null || !hasWordOnlyCue(text, position)) return position + 1;
  const tail = readTail(text, position, false);
  if (tail?.currency == null || tail.thaiMultipliers === '') return position + 1;
  const amount = buildAmount(text, position, position, position, tail, tail.currency, false);
  if (amount === null) return position + 1;
  amounts.push(amount);
  return tail.end;
}

/**
 * Finds every sum of money, in document order: a number (Thai or Arabic digits, commas, a
 * decimal point) with optional multipliers (`พัน`, `หมื่น`, `แสน`, `ล้าน` and runs such as
 * `หมื่นล้าน`; `million`, `billion`) and a currency after it (`๕๐ ล้านดอลลาร์สหรัฐ`,
 * `6.31 หมื่นลบ.`, `5 million baht`) or a currency symbol or code before it (`US$ 5 million`,
 * `USD 2.5 million`, `€ 10 ล้าน`). A sum in groups adds up (`5 แสน 3 หมื่นบาท` is 530000).
 * Multiplier words alone count after a cue such as `มากกว่า`,
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
  let position = nextAnchor(text, 0);
  while (position < text.length) {
    const kind = UNIT_KINDS[text.charCodeAt(position)] ?? 0;
    let next = (kind & CURRENCY_BEFORE) !== 0 ? readFromSymbol(text, position, amounts) : -1;
    if (next === -1) {
      if ((kind & DIGIT) !== 0) next = readFromNumber(text, position, amounts);
      else if ((kind & THAI_MULTIPLIER) !== 0) next = readFromMultiplier(text, position, amounts);
      else next = position + 1;
    }
    position = nextAnchor(text, next);
  }
  return amounts;
}

// Currency words that are the start of another currency's name: `ดอลลาร์` of `ดอลลาร์แคนาดา`.
const OPEN_CURRENCY_WORDS = CURRENCIES.filter(
  (name) =>
    name.position === 'after' &&
    CURRENCIES.some(
      (other) => other.code !== name.code && other.form !== name.form && other.form.startsWith(name.form),
    ),
).map((name) => name.form);

/**
 * True when the amount ends with a currency word that may go on as another currency's name
 * (`๓.๕ ล้านดอลลาร์` may be cut from `ดอลลาร์แคนาดา`); `บาท` cannot.
 *
 * @example endsWithOpenCurrencyWord('๓.๕ ล้านดอลลาร์') // true
 */
export function endsWithOpenCurrencyWord(text: string): boolean {
  return OPEN_CURRENCY_WORDS.some((form) => text.endsWith(form));
}
