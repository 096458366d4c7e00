import { codeTable, inTable } from './characters';

/** A word of a table and what it stands for. */
export interface WordEntry<T> {
  readonly word: string;
  /** The word's UTF-16 codes: compared faster than the string's own characters. */
  readonly codes: Uint16Array;
  readonly value: T;
}

/**
 * The words of a table by their first UTF-16 code, longest first: what an alternation of the
 * words matches at a position, found with one array lookup and a few character comparisons.
 */
export type WordIndex<T> = readonly (readonly WordEntry<T>[] | undefined)[];

/**
 * The items grouped by a UTF-16 code each (in their order), in an array indexed by the code with
 * every hole filled, so that lookups stay on V8's fast path: an array with a few entries at
 * 0x0E00 and beyond is otherwise kept as a slow dictionary.
 *
 * @example
 * groupByCode(['ปี', 'ปีงบ'], (word) => word.charCodeAt(0))[0x0e1b]; // ['ปี', 'ปีงบ']
 */
export function groupByCode<T>(items: Iterable<T>, codeOf: (item: T) => number): (T[] | undefined)[] {
  const groups: T[][] = [];
  for (const item of items) {
    const code = codeOf(item);
    const group = groups[code];
    if (group === undefined) groups[code] = [item];
    else group.push(item);
  }
  return Array.from({ length: groups.length }, (_, code) => groups[code]);
}

/**
 * Builds the index; the first entry of a word wins, as in a Map built from the same list.
 *
 * @example
 * wordIndex([['ปี', 1], ['ปีงบ', 2]]); // the bucket of ป holds ปีงบ before ปี
 */
export function wordIndex<T>(entries: Iterable<readonly [string, T]>): WordIndex<T> {
  const words = new Map<string, T>();
  for (const [word, value] of entries) if (!words.has(word)) words.set(word, value);
  const index = groupByCode(
    Array.from(words, ([word, value]) => ({
      word,
      codes: Uint16Array.from(word, (character) => character.charCodeAt(0)),
      value,
    })),
    (entry) => entry.word.charCodeAt(0),
  );
  for (const bucket of index) bucket?.sort((a, b) => b.word.length - a.word.length);
  return index;
}

/**
 * Is `word` written in `text` at `position`? A character loop, cheaper than startsWith for the
 * short words of the tables.
 *
 * @example
 * hasWordAt('วันที่ 5', 3, 'ที่'); // true
 */
export function hasWordAt(text: string, position: number, word: string): boolean {
  if (position < 0) return false;
  for (let offset = 0; offset < word.length; offset++) {
    if (text.charCodeAt(position + offset) !== word.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * The words of the index that begin with the character at `position` (longest first), if any.
 *
 * @example
 * wordsStartingAt(wordIndex([['ปี', 1]]), 'ปี 2566', 0); // [{ word: 'ปี', codes: …, value: 1 }]
 */
export function wordsStartingAt<T>(
  index: WordIndex<T>,
  text: string,
  position: number,
): readonly WordEntry<T>[] | undefined {
  return index[text.charCodeAt(position)];
}

/**
 * The longest word of the index written at `position`, as the alternation would match it.
 *
 * @example
 * wordAt(wordIndex([['ปี', 1], ['ปีงบ', 2]]), 'ปีงบ 66', 0); // { word: 'ปีงบ', codes: …, value: 2 }
 */
export function wordAt<T>(index: WordIndex<T>, text: string, position: number): WordEntry<T> | undefined {
  const bucket = index[text.charCodeAt(position)];
  if (bucket === undefined) return undefined;
  // The bucket's words all begin with the character at `position`: compare the rest, the second
  // character (read once) first, since that is where most words of a bucket differ.
  const second = text.charCodeAt(position + 1);
  for (const entry of bucket) {
    const { codes } = entry;
    if (codes.length === 1) return entry;
    if (codes[1] !== second) continue;
    let offset = 2;
    while (offset < codes.length && text.charCodeAt(position + offset) === codes[offset]) offset++;
    if (offset === codes.length) return entry;
  }
  return undefined;
}

/** For each code, a table of the codes that may follow it: the two-character test before any word comparison. */
export type PairTable = readonly (Uint8Array | undefined)[];

/**
 * Builds a PairTable from code pairs.
 *
 * @example
 * inPairTable(pairTable([[0x0e1b, 0x0e35]]), 0x0e1b, 0x0e35); // true (ปี)
 */
export function pairTable(pairs: Iterable<readonly [number, number]>): PairTable {
  return groupByCode(pairs, ([first]) => first).map(
    (group) => group && codeTable(group.map(([, second]) => second)),
  );
}

/**
 * Is the pair in the table?
 *
 * @example
 * inPairTable(pairTable([[0x0e1b, 0x0e35]]), 0x0e1b, 0x0e34); // false
 */
export function inPairTable(table: PairTable, first: number, second: number): boolean {
  const seconds = table[first];
  return seconds !== undefined && inTable(seconds, second);
}
