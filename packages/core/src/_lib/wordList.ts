interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The word that ends here, if one does. */
  word: string | null;
}

/**
 * A fixed list of words looked up by prefix: the longest word of the list that starts at a
 * position. A trie over UTF-16 code units, so a lookup costs one map step per character it
 * matches, whatever the size of the list; scanning a text with it stays linear.
 *
 * @example new WordList(['นาย', 'นางสาว', 'นาง']).matchAt('โดยนางสาวสมศรี', 3) // 'นางสาว'
 */
export class WordList {
  private readonly root: TrieNode = { next: new Map(), word: null };
  // A flat table of first characters: most positions of a text start no word, and telling so
  // must cost less than a map lookup.
  private readonly firstChars = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      this.firstChars[word.charCodeAt(0)] = 1;
      let node = this.root;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), word: null };
          node.next.set(code, child);
        }
        node = child;
      }
      node.word = word;
    }
  }

  /** The longest word of the list that starts at `at` in `text`, or null. */
  matchAt(text: string, at = 0): string | null {
    if (this.firstChars[text.charCodeAt(at)] !== 1) return null;
    let node: TrieNode | undefined = this.root;
    let found: string | null = null;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word !== null) found = node.word;
    }
    return found;
  }

  /** Every word of the list that starts at `at` in `text`, longest first. */
  allMatchesAt(text: string, at = 0): string[] {
    const found: string[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word !== null) found.unshift(node.word);
    }
    return found;
  }

  /** True when `text` starts with a word of the list. */
  startsText(text: string): boolean {
    return this.matchAt(text, 0) !== null;
  }

  /** Where the first word of the list occurs in `text` at or after `from`, or -1. */
  indexIn(text: string, from = 0): number {
    for (let at = from; at < text.length; at++) {
      if (this.firstChars[text.charCodeAt(at)] === 1 && this.matchAt(text, at) !== null) return at;
    }
    return -1;
  }

  /** True when some word of the list may start with this character. */
  mayStartWith(code: number): boolean {
    return this.firstChars[code] === 1;
  }
}
