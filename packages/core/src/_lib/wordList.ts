// Pairs of code units folded to their low 7 bits: Thai (U+0E00–U+0E7F) and ASCII each fit in them.
const PAIR_SPACE = 1 << 14;
// A trie node and the code unit of an edge out of it share one 32-bit key.
const MAX_NODES = 1 << 15;

/**
 * A fixed list of words looked up by prefix: the longest word of the list that starts at a
 * position. A trie over UTF-16 code units kept in small flat typed arrays, so a lookup costs a
 * few array reads per character it matches, whatever the size of the list; scanning a text with
 * it stays linear.
 *
 * @example new WordList(['นาย', 'นางสาว', 'นาง']).matchAt('โดยนางสาวสมศรี', 3) // 'นางสาว'
 */
export class WordList {
  // The first two code units of each word, folded, as one bit each: a position whose pair is not
  // marked starts no word, and most positions of a text are told so with one read. Folding only
  // adds false alarms, which the trie then turns down. Bits, not bytes: a scan reads the table
  // at every position, and 2 kB of it stays in the cache where 16 kB would push other tables out.
  private readonly pairs = new Int32Array(PAIR_SPACE >>> 5);
  // The edges of the trie in an open-addressing hash table, small enough to stay in the cache:
  // slot → `node << 16 | code unit` plus one (0 marks an empty slot), and the child it leads to.
  private readonly edgeKeys: Int32Array;
  private readonly edgeTargets: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  // The index in `words` of the word that ends at a node, -1 for none. The root is node 0.
  private readonly wordAt: Int32Array;
  private readonly words: string[] = [];

  constructor(words: Iterable<string>) {
    const list = [...words].filter((word) => word !== '');
    // Each character of each word adds at most one node and one edge.
    let capacity = 1;
    for (const word of list) capacity += word.length;
    if (capacity > MAX_NODES) throw new RangeError(`WordList: more than ${MAX_NODES} characters`);
    // At most half full, so that a probe for a missing edge soon meets an empty slot.
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.edgeKeys = new Int32Array(1 << bits);
    this.edgeTargets = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.wordAt = new Int32Array(capacity).fill(-1);

    let nodes = 1;
    for (const word of list) {
      const high = (word.charCodeAt(0) & 0x7f) << 7;
      if (word.length > 1) markPair(this.pairs, high | (word.charCodeAt(1) & 0x7f));
      else for (let low = 0; low < 0x80; low++) markPair(this.pairs, high | low);
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = edgeKey(node, word.charCodeAt(i));
        const slot = this.slotOf(key);
        if (this.edgeKeys[slot] === 0) {
          this.edgeKeys[slot] = key;
          this.edgeTargets[slot] = nodes++;
        }
        node = this.edgeTargets[slot] as number;
      }
      if (this.wordAt[node] === -1) {
        this.wordAt[node] = this.words.length;
        this.words.push(word);
      }
    }
  }

  /** The longest word of the list that starts at `at` in `text`, or null. */
  matchAt(text: string, at = 0): string | null {
    const found = this.longestAt(text, at);
    return found < 0 ? null : (this.words[found] as string);
  }

  /** True when `text` starts with a word of the list. */
  startsText(text: string): boolean {
    return this.longestAt(text, 0) >= 0;
  }

  /** Where the first word of the list occurs in `text` at or after `from`, or -1. */
  indexIn(text: string, from = 0): number {
    const pairs = this.pairs;
    const last = text.length - 1;
    // A position before the text starts no word; reading past either end would make V8 give up
    // its fast path for the whole loop.
    const first = Math.max(from, 0);
    if (first > last) return -1;
    let code = text.charCodeAt(first) & 0x7f;
    for (let at = first; at < last; at++) {
      const next = text.charCodeAt(at + 1) & 0x7f;
      if (hasPair(pairs, (code << 7) | next) && this.walk(text, at) >= 0) return at;
      code = next;
    }
    return this.longestAt(text, last) >= 0 ? last : -1;
  }

  /** The index in `words` of the longest word at `at`, or -1. */
  private longestAt(text: string, at: number): number {
    if (at < 0 || at >= text.length) return -1;
    // Only a one-character word can start at the last position; its whole row is marked.
    return hasPair(this.pairs, foldedPairAt(text, at)) ? this.walk(text, at) : -1;
  }

  /** The index in `words` of the longest word at `at`, or -1, read through the trie. */
  private walk(text: string, at: number): number {
    const { edgeKeys, edgeTargets, mask, shift, wordAt } = this;
    let found = -1;
    let node = 0;
    for (let i = at; i < text.length; i++) {
      const key = edgeKey(node, text.charCodeAt(i));
      let slot = hashOf(key, shift);
      let probe = edgeKeys[slot] as number;
      while (probe !== key && probe !== 0) {
        slot = (slot + 1) & mask;
        probe = edgeKeys[slot] as number;
      }
      if (probe === 0) break;
      node = edgeTargets[slot] as number;
      const word = wordAt[node] as number;
      if (word >= 0) found = word;
    }
    return found;
  }

  /** The slot that holds `key`, or the empty slot where it goes. */
  private slotOf(key: number): number {
    let slot = hashOf(key, this.shift);
    while (this.edgeKeys[slot] !== key && this.edgeKeys[slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/**
 * The pair of code units at `at`, each folded to its low 7 bits (Thai and ASCII each fit in them);
 * the text's last unit is paired with 0.
 *
 * @example foldedPairAt('นาย', 0) === ((0x0e19 & 0x7f) << 7 | (0x0e32 & 0x7f)) // true
 */
export function foldedPairAt(text: string, at: number): number {
  const next = at + 1 < text.length ? text.charCodeAt(at + 1) & 0x7f : 0;
  return ((text.charCodeAt(at) & 0x7f) << 7) | next;
}

function markPair(pairs: Int32Array, pair: number): void {
  pairs[pair >>> 5] = (pairs[pair >>> 5] as number) | (1 << (pair & 31));
}

function hasPair(pairs: Int32Array, pair: number): boolean {
  return ((pairs[pair >>> 5] as number) & (1 << (pair & 31))) !== 0;
}

function edgeKey(node: number, code: number): number {
  return ((node << 16) | code) + 1;
}

/** Fibonacci hashing: the top bits of the product, which every bit of the key stirs. */
function hashOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}
