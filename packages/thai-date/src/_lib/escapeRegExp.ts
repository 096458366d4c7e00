/**
 * Escapes the characters that have a meaning in a regular expression, so a table entry matches literally.
 *
 * @example
 * escapeRegExp('พ.ศ.'); // 'พ\\.ศ\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds an alternation of the given words, longest first, so that a longer word wins over its prefix.
 *
 * @example
 * alternation(['ปี', 'ปีงบประมาณ']); // 'ปีงบประมาณ|ปี'
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
