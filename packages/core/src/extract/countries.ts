import { COUNTRIES, COUNTRY_PREFIXES, type CountryNames, type CountryPrefix } from '../data/countries';
import { CURRENCIES } from '../data/currencies';
import type { CountryCode } from '../data/iso-codes';
import {
  NOT_COUNTRIES,
  NOT_COUNTRY_PREFIXES,
  QUOTE_MARKS,
  QUOTED_NAME_INTRODUCERS,
} from '../data/notCountries';

export type { CountryNames, CountryPrefix } from '../data/countries';
export type { NotCountry, NotCountryKind, NotCountryPrefix } from '../data/notCountries';

/** One place where the text names a country. */
export interface CountryMention {
  readonly code: CountryCode;
  /** `input.slice(...span)`: the name as written, with its prefix (`ประเทศไทย`) if it has one. */
  readonly text: string;
  /** `[start, end)` in UTF-16 code units of the input. */
  readonly span: [number, number];
}

/** What a phrase in the lookup trie stands for. */
type Phrase =
  | {
      readonly kind: 'country';
      readonly code: CountryCode;
      readonly latin: boolean;
      readonly needsPrefix: boolean;
    }
  | { readonly kind: 'not-country' }
  | { readonly kind: 'country-prefix'; readonly latin: boolean; readonly notAfter: readonly string[] }
  | { readonly kind: 'not-country-prefix'; readonly latin: boolean };

const isLatin = (form: string): boolean => /[A-Za-z]/.test(form);

/** Latin names also match in capitals (`THAILAND` in a headline); Thai names as written. */
function writtenForms(form: string): string[] {
  const upper = form.toUpperCase();
  return isLatin(form) && upper !== form ? [form, upper] : [form];
}

interface Listed {
  readonly form: string;
  readonly phrase: Phrase;
}

/** Every phrase of the lookup, under each form it is written in, in a fixed order. */
function listPhrases(): Listed[] {
  const listed: Listed[] = [];
  for (const country of COUNTRIES as readonly CountryNames[]) {
    const guarded = new Set(country.needsPrefix ?? []);
    for (const name of [...country.th, ...country.en]) {
      const phrase: Phrase = {
        kind: 'country',
        code: country.code,
        latin: isLatin(name),
        needsPrefix: guarded.has(name),
      };
      for (const form of writtenForms(name)) listed.push({ form, phrase });
    }
  }
  // Currency names (`ดอลลาร์สหรัฐ`, `US dollars`) name money, not the country in them.
  const notCountry: Phrase = { kind: 'not-country' };
  for (const { phrase } of NOT_COUNTRIES)
    for (const form of writtenForms(phrase)) listed.push({ form, phrase: notCountry });
  for (const { form } of CURRENCIES) listed.push({ form, phrase: notCountry });
  for (const prefix of COUNTRY_PREFIXES as readonly CountryPrefix[]) {
    const notAfter = prefix.notAfter ?? [];
    listed.push({
      form: prefix.form,
      phrase: { kind: 'country-prefix', latin: prefix.script === 'latin', notAfter },
    });
  }
  for (const { form } of NOT_COUNTRY_PREFIXES)
    listed.push({ form, phrase: { kind: 'not-country-prefix', latin: isLatin(form) } });
  return listed;
}

const SARA_E = 0x0e40; // เ
const SARA_AE = 0x0e41; // แ
const LINE_BREAK = 0x0a;

/**
 * The lookup trie as a double array. Every code unit of a listed form has a class (from 1; 0
 * for the units of no form), and node `n` goes on along a unit of class `c` to node
 * `BASE[n] + c` when `CHECK[BASE[n] + c] === n`; the root is node 0. The phrases that end at
 * node `n` are `PHRASES[PHRASE_FROM[n] .. PHRASE_TO[n])`, in the order they were listed.
 */
interface DoubleArrayTrie {
  readonly UNIT_CLASS: Uint16Array;
  readonly BASE: Int32Array;
  readonly CHECK: Int32Array;
  readonly PHRASE_FROM: Int32Array;
  readonly PHRASE_TO: Int32Array;
  readonly PHRASES: readonly Phrase[];
}

function grown(array: Int32Array, length: number, fill: number): Int32Array {
  const larger = new Int32Array(length).fill(fill);
  larger.set(array);
  return larger;
}

function compile(listed: readonly Listed[]): DoubleArrayTrie {
  const UNIT_CLASS = new Uint16Array(0x10000);
  let classCount = 1;
  for (const { form } of listed) {
    for (let index = 0; index < form.length; index++) {
      const unit = form.charCodeAt(index);
      if (UNIT_CLASS[unit] === 0) UNIT_CLASS[unit] = classCount++;
    }
  }
  // Sorted (stably) by code units, the forms under one node are a run, its own phrases first.
  const sorted = [...listed].sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const classAt = (entry: number, depth: number): number =>
    UNIT_CLASS[(sorted[entry] as Listed).form.charCodeAt(depth)] as number;

  let base: Int32Array = new Int32Array(1024);
  let check: Int32Array = new Int32Array(1024).fill(-1); // -1: a free slot (the root's slot 0 is never a child's)
  const phraseFrom: number[] = [];
  const phraseTo: number[] = [];
  let firstFree = 1;
  let size = 1;
  // Nodes to place, breadth-first (which packs the slots tightly): the node at `slot` stands for
  // the first `depth` units of the forms sorted[from .. to).
  const queue: number[] = [0, 0, sorted.length, 0];
  const classes: number[] = [];
  for (let head = 0; head < queue.length; head += 4) {
    const slot = queue[head] as number;
    const to = queue[head + 2] as number;
    const depth = queue[head + 3] as number;
    const from = queue[head + 1] as number;
    let first = from;
    while (first < to && (sorted[first] as Listed).form.length === depth) first++;
    phraseFrom[slot] = from;
    phraseTo[slot] = first;
    if (first === to) continue;
    classes.length = 0;
    let lowest = classCount;
    for (let entry = first; entry < to; entry++) {
      const unitClass = classAt(entry, depth);
      if (entry === first || unitClass !== classAt(entry - 1, depth)) classes.push(unitClass);
      lowest = Math.min(lowest, unitClass);
    }
    // The children go to the first base where all their slots are free; at worst that is just
    // past the slots used so far.
    const reach = Math.max(size, lowest) + classCount;
    if (reach > check.length) {
      check = grown(check, 2 * reach, -1);
      base = grown(base, 2 * reach, 0);
    }
    let candidate = 0;
    for (let free = check.indexOf(-1, Math.max(firstFree, lowest)); ; free = check.indexOf(-1, free + 1)) {
      candidate = free - lowest;
      let fits = true;
      for (let index = 0; fits && index < classes.length; index++)
        fits = check[candidate + (classes[index] as number)] === -1;
      if (fits) break;
    }
    base[slot] = candidate;
    size = Math.max(size, candidate + classCount);
    for (const unitClass of classes) check[candidate + unitClass] = slot;
    firstFree = check.indexOf(-1, firstFree);
    for (let start = first; start < to; ) {
      let end = start + 1;
      while (end < to && classAt(end, depth) === classAt(start, depth)) end++;
      queue.push(candidate + classAt(start, depth), start, end, depth + 1);
      start = end;
    }
  }
  return {
    UNIT_CLASS,
    BASE: base.slice(0, size),
    CHECK: check.slice(0, size),
    PHRASE_FROM: Int32Array.from({ length: size }, (_, slot) => phraseFrom[slot] ?? 0),
    PHRASE_TO: Int32Array.from({ length: size }, (_, slot) => phraseTo[slot] ?? 0),
    PHRASES: sorted.map(({ phrase }) => phrase),
  };
}

const LISTED = listPhrases();
const { UNIT_CLASS, BASE, CHECK, PHRASE_FROM, PHRASE_TO, PHRASES } = compile(LISTED);
const SARA_AE_CLASS = UNIT_CLASS[SARA_AE] as number;

const QUOTE_MARK_UNITS: ReadonlySet<number> = new Set(QUOTE_MARKS.map((mark) => mark.charCodeAt(0)));
const isMark = (unit: number): boolean => unit === LINE_BREAK || QUOTE_MARK_UNITS.has(unit);

/**
 * A unit in one byte: ASCII keeps its value, Thai (U+0E00–U+0E7F) goes to 0x80–0xFF, and any
 * other unit shares a byte with one of those.
 */
const fold = (unit: number): number => (unit & 0x7f) | ((unit >> 4) & 0x80);
/** The unit at `index`, 0 past the end of the text. */
const unitAt = (text: string, index: number): number => (index < text.length ? text.charCodeAt(index) : 0);

/** The first `length` units of every way `form` may be typed (`แ` also as `เเ`, see longestAt). */
function typedStarts(form: string, length: number, from = 0, typed = '', starts: string[] = []): string[] {
  if (typed.length >= length || from === form.length) {
    starts.push(typed.slice(0, length));
    return starts;
  }
  const unit = form.charCodeAt(from);
  typedStarts(form, length, from + 1, typed + form.charAt(from), starts);
  if (unit === SARA_AE)
    typedStarts(form, length, from + 1, typed + String.fromCharCode(SARA_E, SARA_E), starts);
  return starts;
}

const TRIPLE_BITS = 17;
/** Three folded units, one per byte, hashed to TRIPLE_BITS bits. */
const tripleHash = (triple: number): number => Math.imul(triple, 0x9e3779b1) >>> (32 - TRIPLE_BITS);

const QUAD_BITS = 16;
/** Four folded units, one per byte, hashed to QUAD_BITS bits. */
const quadHash = (quad: number): number => Math.imul(quad, 0x9e3779b1) >>> (32 - QUAD_BITS);

const STARTS_PAIR = 1;
const STARTS_LONGER = 2;

/**
 * Two bits per `tripleHash` of the first three units a phrase may be typed with: STARTS_PAIR
 * for a two-unit phrase (whatever the third unit, 0 at the end of the text), STARTS_LONGER for
 * a longer one, whose first four units have a bit in QUADS (any fourth after a three-unit
 * phrase). Units that share a fold or a hash only let a position through to the exact walk.
 */
const { TRIPLES, QUADS } = (() => {
  const TRIPLES = new Uint8Array(1 << (TRIPLE_BITS - 2));
  const QUADS = new Uint8Array(1 << (QUAD_BITS - 3));
  const addTriple = (triple: number, bit: number) => {
    const hash = tripleHash(triple);
    TRIPLES[hash >>> 2] = (TRIPLES[hash >>> 2] as number) | (bit << ((hash & 3) * 2));
  };
  const addQuad = (quad: number) => {
    const hash = quadHash(quad);
    QUADS[hash >>> 3] = (QUADS[hash >>> 3] as number) | (1 << (hash & 7));
  };
  for (const { form, phrase } of LISTED) {
    for (const typed of typedStarts(form, 4)) {
      const first = fold(unitAt(typed, 0));
      const second = fold(unitAt(typed, 1));
      if (typed.length === 1) {
        // A one-unit phrase that hides nothing reads like no phrase: the scan goes on at the
        // next unit either way.
        if (phrase.kind !== 'not-country') throw new Error(`countries: one-unit phrase ${form}`);
      } else if (typed.length === 2) {
        for (let any = 0; any < 0x100; any++) addTriple((first << 16) | (second << 8) | any, STARTS_PAIR);
      } else {
        const triple = (first << 16) | (second << 8) | fold(unitAt(typed, 2));
        addTriple(triple, STARTS_LONGER);
        if (typed.length === 4) addQuad((triple << 8) | fold(unitAt(typed, 3)));
        else for (let any = 0; any < 0x100; any++) addQuad((triple << 8) | any);
      }
    }
  }
  return { TRIPLES, QUADS };
})();

/** 1 for the folds of the line break and the quotation marks. */
const MARK_FOLDS = (() => {
  const table = new Uint8Array(0x100);
  for (const mark of [LINE_BREAK, ...QUOTE_MARK_UNITS]) table[fold(mark)] = 1;
  return table;
})();

// Thai signs that attach to the consonant before them: a name followed by one of these
// ends mid-syllable (`ลาว` in `ลาวัณย์`), so it is not the name.
const isThaiDependentSign = (code: number): boolean =>
  (code >= 0x0e30 && code <= 0x0e3a) || code === 0x0e45 || (code >= 0x0e47 && code <= 0x0e4e);
// เ แ โ ใ ไ are written before the consonant they follow in speech: a name right after
// one starts mid-syllable.
const isThaiLeadingVowel = (code: number): boolean => code >= 0x0e40 && code <= 0x0e44;
const isLatinWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/** Whether the name at [start, end) stands on its own rather than inside a longer word. */
function hasBoundaries(
  text: string,
  start: number,
  end: number,
  latin: boolean,
  checkStart: boolean,
): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : Number.NaN;
  const after = end < text.length ? text.charCodeAt(end) : Number.NaN;
  if (latin) return !(checkStart && isLatinWordChar(before)) && !isLatinWordChar(after);
  return !(checkStart && isThaiLeadingVowel(before)) && !isThaiDependentSign(after);
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/** The country of the reading {@link longestAt} returned last; null for a phrase that hides names. */
let readingCode: CountryCode | null = null;

/**
 * The end of the longest reading of the text at `start` (its country in `readingCode`), or -1:
 * a country name, a phrase that hides one, or a prefix plus a name. `afterPrefix` is set when
 * reading the name after a prefix, where only names (and the phrases that hide them) may stand
 * and the guarded names are allowed.
 */
function longestAt(text: string, start: number, afterPrefix: boolean): number {
  let bestEnd = -1;
  let bestCode: CountryCode | null = null;
  // Equal-length readings: a listed phrase beats prefix + name (`สาธารณรัฐจีน` is Taiwan, not
  // สาธารณรัฐ + จีน), and a phrase that hides names beats a name.
  let bestRank = -1;
  let node = 0;
  let position = start;
  for (;;) {
    for (let index = PHRASE_FROM[node] as number; index < (PHRASE_TO[node] as number); index++) {
      const phrase = PHRASES[index] as Phrase;
      let end = position;
      let code: CountryCode | null = null;
      let rank: number;
      if (phrase.kind === 'not-country') {
        rank = 3;
      } else if (phrase.kind === 'country') {
        if (phrase.needsPrefix && !afterPrefix) continue;
        if (!hasBoundaries(text, start, end, phrase.latin, !afterPrefix)) continue;
        code = phrase.code;
        rank = 2;
      } else {
        if (afterPrefix) continue;
        if (phrase.latin && start > 0 && isLatinWordChar(text.charCodeAt(start - 1))) continue;
        if (phrase.kind === 'country-prefix' && phrase.notAfter.some((word) => text.endsWith(word, start)))
          continue;
        const nameStart = !phrase.latin && isSpace(text.charCodeAt(position)) ? position + 1 : position;
        end = longestAt(text, nameStart, true);
        if (end === -1) continue;
        code = phrase.kind === 'country-prefix' ? readingCode : null;
        rank = code === null ? 1 : 0;
      }
      if (end > bestEnd || (end === bestEnd && rank > bestRank)) {
        bestEnd = end;
        bestCode = code;
        bestRank = rank;
      }
    }
    if (position >= text.length) break;
    const unit = text.charCodeAt(position);
    // Thai pages often type แ as two เ; read `เเคนาดา` as `แคนาดา`.
    if (unit === SARA_E && text.charCodeAt(position + 1) === SARA_E) {
      const folded = (BASE[node] as number) + SARA_AE_CLASS;
      if (CHECK[folded] === node) {
        node = folded;
        position += 2;
        continue;
      }
    }
    const next = (BASE[node] as number) + (UNIT_CLASS[unit] as number);
    if (CHECK[next] !== node) break;
    node = next;
    position += 1;
  }
  readingCode = bestCode;
  return bestEnd;
}

const MAX_QUOTED_NAME_LENGTH = 150;
const NOT_LOOKED_UP = -2;

/**
 * Follows the line breaks and quotation marks of one text, in order, to tell whether a
 * position lies inside a quoted name after `โครงการ`, `แคมเปญ`…. A name opens with a quotation
 * mark right after such a word (up to three spaces between) and closes at the next one, on the
 * same line and within a short distance; an unclosed quote hides nothing.
 */
class QuotedNames {
  /** The quotation mark that opens the name the text is in so far, or -1. */
  private open = -1;
  /** The mark that closes it (-1 if none does), once looked up. */
  private close = NOT_LOOKED_UP;

  constructor(private readonly text: string) {}

  /** Takes in the line break or quotation mark at `at`. */
  see(at: number): void {
    this.open = this.text.charCodeAt(at) !== LINE_BREAK && this.isIntroduced(at) ? at : -1;
    this.close = NOT_LOOKED_UP;
  }

  /** Whether `position` is inside a quoted name, every mark before it having been seen. */
  covers(position: number): boolean {
    if (this.open === -1 || this.open >= position) return false;
    if (this.close === NOT_LOOKED_UP) this.close = this.closingMark(this.open);
    return position < this.close;
  }

  private isIntroduced(mark: number): boolean {
    for (let end = mark; end >= mark - 3; end--) {
      if (QUOTED_NAME_INTRODUCERS.some((word) => this.text.endsWith(word, end))) return true;
      if (end === 0 || !isSpace(this.text.charCodeAt(end - 1))) return false;
    }
    return false;
  }

  private closingMark(open: number): number {
    const limit = Math.min(this.text.length, open + 1 + MAX_QUOTED_NAME_LENGTH);
    for (let at = open + 1; at < limit; at++) {
      const unit = this.text.charCodeAt(at);
      if (unit === LINE_BREAK) return -1;
      if (QUOTE_MARK_UNITS.has(unit)) return at;
    }
    return -1;
  }
}

/**
 * Finds every mention of a country, in Thai or English, in document order. Adjectival uses
 * count (`ฝ่ายไทย`, `รัฐบาลไทย`, `เอกอัครราชทูตญี่ปุ่น`, `ไทย-ลาว`). The longest reading wins
 * (`สาธารณรัฐสังคมนิยมเวียดนาม` is one mention, `เกาหลีใต้` is KR, `ซูดานใต้` SS), and a country
 * word is not a mention inside a currency (`ดอลลาร์สหรัฐ`), a sea (`ทะเลจีนใต้`), a peninsula
 * (`คาบสมุทรเกาหลี`), a language (`ภาษาไทย`), a city (`กรุงคูเวต`), an organisation, building or
 * brand (`การท่องเที่ยวแห่งประเทศไทย`, `ตึกไทยคู่ฟ้า`), a quoted project name
 * (`โครงการ “นมไทย…”`), or a longer word (`ปราจีนบุรี`, `ลาวา`). Names that are also ordinary
 * words (`ชาด`, `มาลี`) count only after `ประเทศ`/`สาธารณรัฐ`. A mention includes its prefix
 * (`ประเทศญี่ปุ่น`). Runs in one pass, linear in the length of the text.
 *
 * @example
 * findCountries('ฝ่ายไทยหารือกับ สปป. ลาว ที่กรุงจาการ์ตา');
 * // [{ code: 'TH', text: 'ไทย', span: [4, 7] }, { code: 'LA', text: 'สปป. ลาว', span: [16, 24] }]
 */
export function findCountries(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  const quoted = new QuotedNames(text);
  const length = text.length;
  // The scan slides a window of three folded units over the text and stops only where a phrase
  // may start on its first unit, or that unit may be a line break or a quotation mark.
  let window = (fold(unitAt(text, 0)) << 8) | fold(unitAt(text, 1));
  for (let at = 2; at < length + 2; at++) {
    window = ((window << 8) | fold(unitAt(text, at))) & 0xffffff;
    const hash = tripleHash(window);
    const starts = ((TRIPLES[hash >>> 2] as number) >> ((hash & 3) * 2)) & 3;
    const mayBeMark = MARK_FOLDS[window >>> 16] as number;
    if ((starts | mayBeMark) === 0) continue;
    const start = at - 2;
    if (mayBeMark === 1 && isMark(text.charCodeAt(start))) quoted.see(start);
    const quad = quadHash((window << 8) | fold(unitAt(text, at + 1)));
    const mayStart =
      (starts & STARTS_PAIR) !== 0 ||
      ((starts & STARTS_LONGER) !== 0 && (((QUADS[quad >>> 3] as number) >> (quad & 7)) & 1) !== 0);
    const end = mayStart ? longestAt(text, start, false) : -1;
    if (end === -1) continue;
    if (readingCode !== null && !quoted.covers(start))
      mentions.push({ code: readingCode, text: text.slice(start, end), span: [start, end] });
    for (let inside = start + 1; inside < end; inside++)
      if (isMark(text.charCodeAt(inside))) quoted.see(inside);
    // Go on with the window that starts right after the reading.
    window = (fold(unitAt(text, end)) << 8) | fold(unitAt(text, end + 1));
    at = end + 1;
  }
  return mentions;
}

/**
 * True when `text` begins with a country named as a country (`เวียดนาม`, `สปป.ลาว`,
 * `ประเทศไทย`, `ญี่ปุ่นประจำ…`): what the other extractors ask of a word.
 *
 * @example startsWithCountry('สหรัฐฯ ประจำประเทศไทย') // true
 */
export function startsWithCountry(text: string): boolean {
  // No quoted name covers position 0, so the first reading decides.
  return longestAt(text, 0, false) !== -1 && readingCode !== null;
}
