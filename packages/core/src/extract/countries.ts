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

interface TrieNode {
  readonly next: Map<number, TrieNode>; // keyed by UTF-16 code unit
  readonly phrases: Phrase[];
}

const newNode = (): TrieNode => ({ next: new Map(), phrases: [] });

const isLatin = (form: string): boolean => /[A-Za-z]/.test(form);

function insert(root: TrieNode, form: string, phrase: Phrase): void {
  let node = root;
  for (let index = 0; index < form.length; index++) {
    const unit = form.charCodeAt(index);
    let child = node.next.get(unit);
    if (child === undefined) {
      child = newNode();
      node.next.set(unit, child);
    }
    node = child;
  }
  node.phrases.push(phrase);
}

/** Latin names also match in capitals (`THAILAND` in a headline); Thai names as written. */
function writtenForms(form: string): string[] {
  const upper = form.toUpperCase();
  return isLatin(form) && upper !== form ? [form, upper] : [form];
}

function buildTrie(): TrieNode {
  const root = newNode();
  for (const country of COUNTRIES as readonly CountryNames[]) {
    const guarded = new Set(country.needsPrefix ?? []);
    for (const name of [...country.th, ...country.en]) {
      const phrase: Phrase = {
        kind: 'country',
        code: country.code,
        latin: isLatin(name),
        needsPrefix: guarded.has(name),
      };
      for (const form of writtenForms(name)) insert(root, form, phrase);
    }
  }
  // Currency names (`ดอลลาร์สหรัฐ`, `US dollars`) name money, not the country in them.
  const notCountry: Phrase = { kind: 'not-country' };
  for (const { phrase } of NOT_COUNTRIES)
    for (const form of writtenForms(phrase)) insert(root, form, notCountry);
  for (const { form } of CURRENCIES) insert(root, form, notCountry);
  for (const prefix of COUNTRY_PREFIXES as readonly CountryPrefix[]) {
    const notAfter = prefix.notAfter ?? [];
    insert(root, prefix.form, { kind: 'country-prefix', latin: prefix.script === 'latin', notAfter });
  }
  for (const { form } of NOT_COUNTRY_PREFIXES)
    insert(root, form, { kind: 'not-country-prefix', latin: isLatin(form) });
  return root;
}

const TRIE = buildTrie();

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

const SARA_E = 0x0e40; // เ
const SARA_AE = 0x0e41; // แ

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

interface Candidate {
  readonly end: number;
  /** null: the phrase is not a mention of a country (it hides any name inside it). */
  readonly code: CountryCode | null;
  /** Read from one listed phrase, not as a prefix plus a name. */
  readonly direct: boolean;
}

// Equal-length readings: a listed phrase beats prefix + name (`สาธารณรัฐจีน` is Taiwan, not
// สาธารณรัฐ + จีน), and a phrase that hides names beats a name.
const rank = (candidate: Candidate): number => (candidate.direct ? 2 : 0) + (candidate.code === null ? 1 : 0);

const isBetter = (candidate: Candidate, best: Candidate | null): boolean =>
  best === null || candidate.end > best.end || (candidate.end === best.end && rank(candidate) > rank(best));

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\u00a0';

// Most positions of a text start no name: a flat table answers that faster than the trie's map.
const FIRST_UNITS = (() => {
  const table = new Uint8Array(0x10000);
  for (const unit of TRIE.next.keys()) table[unit] = 1;
  return table;
})();

/**
 * The longest reading of the text at `start`: a country name, a phrase that hides one, or a
 * prefix plus a name. `afterPrefix` is set when reading the name after a prefix, where only
 * names (and the phrases that hide them) may stand and the guarded names are allowed.
 */
function longestAt(text: string, start: number, afterPrefix: boolean): Candidate | null {
  let best: Candidate | null = null;
  let node: TrieNode | undefined = TRIE;
  let position = start;
  while (node !== undefined) {
    for (const phrase of node.phrases) {
      const candidate = readPhrase(text, start, position, phrase, afterPrefix);
      if (candidate !== null && isBetter(candidate, best)) best = candidate;
    }
    if (position >= text.length) break;
    const unit = text.charCodeAt(position);
    // Thai pages often type แ as two เ; read `เเคนาดา` as `แคนาดา`.
    if (unit === SARA_E && text.charCodeAt(position + 1) === SARA_E && node.next.has(SARA_AE)) {
      node = node.next.get(SARA_AE);
      position += 2;
    } else {
      node = node.next.get(unit);
      position += 1;
    }
  }
  return best;
}

function readPhrase(
  text: string,
  start: number,
  end: number,
  phrase: Phrase,
  afterPrefix: boolean,
): Candidate | null {
  switch (phrase.kind) {
    case 'not-country':
      return { end, code: null, direct: true };
    case 'country':
      if (phrase.needsPrefix && !afterPrefix) return null;
      if (!hasBoundaries(text, start, end, phrase.latin, !afterPrefix)) return null;
      return { end, code: phrase.code, direct: true };
    case 'country-prefix':
    case 'not-country-prefix': {
      if (afterPrefix) return null;
      if (phrase.latin && start > 0 && isLatinWordChar(text.charCodeAt(start - 1))) return null;
      if (phrase.kind === 'country-prefix' && phrase.notAfter.some((word) => text.endsWith(word, start)))
        return null;
      const nameStart = !phrase.latin && isSpace(text[end]) ? end + 1 : end;
      const name = longestAt(text, nameStart, true);
      if (name === null) return null;
      return { end: name.end, code: phrase.kind === 'country-prefix' ? name.code : null, direct: false };
    }
  }
}

const MAX_QUOTED_NAME_LENGTH = 150;
const QUOTE_MARK_SET: ReadonlySet<string> = new Set(QUOTE_MARKS);

/**
 * The insides of quoted names after `โครงการ`, `แคมเปญ`…: `[open, close)` ranges, sorted and
 * disjoint. A name must close on the same line within a short distance; an unclosed quote
 * hides nothing.
 */
function quotedNameRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const introducer of QUOTED_NAME_INTRODUCERS) {
    for (let at = text.indexOf(introducer); at !== -1; at = text.indexOf(introducer, at + 1)) {
      let open = at + introducer.length;
      while (open < text.length && open - at - introducer.length < 3 && isSpace(text[open])) open++;
      if (!QUOTE_MARK_SET.has(text.charAt(open))) continue;
      const limit = Math.min(text.length, open + 1 + MAX_QUOTED_NAME_LENGTH);
      for (let close = open + 1; close < limit; close++) {
        const char = text.charAt(close);
        if (char === '\n') break;
        if (QUOTE_MARK_SET.has(char)) {
          ranges.push([open + 1, close]);
          break;
        }
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
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
  const hidden = quotedNameRanges(text);
  let nextHidden = 0;
  let position = 0;
  while (position < text.length) {
    const reading = FIRST_UNITS[text.charCodeAt(position)] === 1 ? longestAt(text, position, false) : null;
    if (reading === null) {
      position++;
      continue;
    }
    if (reading.code !== null) {
      while (nextHidden < hidden.length && (hidden[nextHidden]?.[1] ?? 0) <= position) nextHidden++;
      const range = hidden[nextHidden];
      const isHidden = range !== undefined && range[0] <= position;
      if (!isHidden) {
        mentions.push({
          code: reading.code,
          text: text.slice(position, reading.end),
          span: [position, reading.end],
        });
      }
    }
    position = reading.end;
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
  return findCountries(text)[0]?.span[0] === 0;
}
