/**
 * A fixed list of words looked up by prefix: the longest word of the list that starts at a
 * position. Words are bucketed by their first character so a lookup costs a few comparisons,
 * whatever the size of the list; scanning a text with it stays linear.
 *
 * @example new WordList(['นาย', 'นางสาว', 'นาง']).matchAt('โดยนางสาวสมศรี', 3) // 'นางสาว'
 */
export class WordList {
  private readonly byFirstChar = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      const code = word.charCodeAt(0);
      const bucket = this.byFirstChar.get(code);
      if (bucket) bucket.push(word);
      else this.byFirstChar.set(code, [word]);
    }
    for (const bucket of this.byFirstChar.values()) bucket.sort((a, b) => b.length - a.length);
  }

  /** The longest word of the list that starts at `at` in `text`, or null. */
  matchAt(text: string, at = 0): string | null {
    const bucket = this.byFirstChar.get(text.charCodeAt(at));
    if (!bucket) return null;
    for (const word of bucket) {
      if (text.startsWith(word, at)) return word;
    }
    return null;
  }

  /** Every word of the list that starts at `at` in `text`, longest first. */
  allMatchesAt(text: string, at = 0): string[] {
    return (this.byFirstChar.get(text.charCodeAt(at)) ?? []).filter((word) => text.startsWith(word, at));
  }

  /** True when `text` starts with a word of the list. */
  startsText(text: string): boolean {
    return this.matchAt(text, 0) !== null;
  }

  /** Where the first word of the list occurs in `text` at or after `from`, or -1. */
  indexIn(text: string, from = 0): number {
    for (let at = from; at < text.length; at++) {
      if (this.byFirstChar.has(text.charCodeAt(at)) && this.matchAt(text, at) !== null) return at;
    }
    return -1;
  }

  /** True when some word of the list may start with this character. */
  mayStartWith(code: number): boolean {
    return this.byFirstChar.has(code);
  }
}
