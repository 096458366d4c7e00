/** English ordinal words from `first` to `nineteenth`, and the round tens up to `fiftieth`. */
export const ENGLISH_ORDINAL_WORDS = [
  { word: 'first', value: 1 },
  { word: 'second', value: 2 },
  { word: 'third', value: 3 },
  { word: 'fourth', value: 4 },
  { word: 'fifth', value: 5 },
  { word: 'sixth', value: 6 },
  { word: 'seventh', value: 7 },
  { word: 'eighth', value: 8 },
  { word: 'ninth', value: 9 },
  { word: 'tenth', value: 10 },
  { word: 'eleventh', value: 11 },
  { word: 'twelfth', value: 12 },
  { word: 'thirteenth', value: 13 },
  { word: 'fourteenth', value: 14 },
  { word: 'fifteenth', value: 15 },
  { word: 'sixteenth', value: 16 },
  { word: 'seventeenth', value: 17 },
  { word: 'eighteenth', value: 18 },
  { word: 'nineteenth', value: 19 },
  { word: 'twentieth', value: 20 },
  { word: 'thirtieth', value: 30 },
  { word: 'fortieth', value: 40 },
  { word: 'fiftieth', value: 50 },
] as const satisfies readonly { readonly word: string; readonly value: number }[];

/** The cardinal tens that combine with `first` … `ninth`: `twenty-first`, `Thirty Sixth`. */
export const ENGLISH_CARDINAL_TENS = [
  { word: 'twenty', value: 20 },
  { word: 'thirty', value: 30 },
  { word: 'forty', value: 40 },
] as const satisfies readonly { readonly word: string; readonly value: number }[];

function buildOrdinalTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const { word, value } of ENGLISH_ORDINAL_WORDS) table.set(word, value);
  const units = ENGLISH_ORDINAL_WORDS.filter(({ value }) => value < 10);
  for (const tens of ENGLISH_CARDINAL_TENS) {
    for (const unit of units) {
      const value = tens.value + unit.value;
      table.set(`${tens.word}-${unit.word}`, value);
      table.set(`${tens.word} ${unit.word}`, value);
      table.set(`${tens.word}${unit.word}`, value);
    }
  }
  return table;
}

/**
 * Every English ordinal word from 1 to 50, lower case (`first`, `twenty-first`,
 * `twenty first`, `twentyfirst`) → its number.
 */
export const ENGLISH_ORDINALS: ReadonlyMap<string, number> = buildOrdinalTable();

const NUMERIC_ORDINAL = /^(\d{1,4})\s?(?:st|nd|rd|th)$/i;

/**
 * Reads an English ordinal: a word up to fiftieth in any case, with a hyphen or a space
 * between tens and units, or digits with a suffix (`3rd`, `16th`, `21st`, `22nd`; the suffix is
 * not checked against the number, since pages write `2th` too).
 *
 * @returns the number, or null when `s` is not an ordinal.
 * @example
 * parseEnglishOrdinal('Sixteenth'); // 16
 * parseEnglishOrdinal('Thirty-sixth'); // 36
 * parseEnglishOrdinal('22nd'); // 22
 * parseEnglishOrdinal('Meeting'); // null
 */
export function parseEnglishOrdinal(s: string): number | null {
  const trimmed = s.trim();
  const numeric = NUMERIC_ORDINAL.exec(trimmed);
  if (numeric?.[1] !== undefined) {
    const value = Number(numeric[1]);
    return value > 0 ? value : null;
  }
  // Pages write `Twenty – First` and `Twenty  first` too: one hyphen or one space between words.
  const normalised = trimmed
    .toLowerCase()
    .replace(/\s*[\u2010-\u2015-]\s*/g, '-')
    .replace(/\s+/g, ' ');
  return ENGLISH_ORDINALS.get(normalised) ?? null;
}
