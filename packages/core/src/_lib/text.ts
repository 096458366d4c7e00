/** A `[start, end)` range in UTF-16 code units of the input string. */
export type Span = [number, number];

/** Something found in the input, with the exact text its span points at. */
export interface Located {
  text: string;
  span: Span;
}

/** Builds a {@link Located} whose text is, by construction, `input.slice(start, end)`. */
export function locate(input: string, start: number, end: number): Located {
  return { text: input.slice(start, end), span: [start, end] };
}

/** What a reader does not see: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
export const INVISIBLE_UNITS: ReadonlySet<number> = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// Thai SARA AM is written either as one code point or as NIKHAHIT + SARA AA.
const DECOMPOSED_SARA_AM = /\u0e4d\u0e32/g;
/** The Thai marks with a canonical combining class: NFC sorts a run of them by it. */
const THAI_MARK_CLASSES: ReadonlyMap<number, number> = new Map([
  [0x0e38, 103], // ุ
  [0x0e39, 103], // ู
  [0x0e3a, 9], // ฺ
  [0x0e48, 107], // ่
  [0x0e49, 107], // ้
  [0x0e4a, 107], // ๊
  [0x0e4b, 107], // ๋
]);
// Thai has no canonical compositions, but NFC moves a mark typed before one of a lower class
// (a tone mark before ุ): those pairs, as a regex alternation.
const MISORDERED_THAI_MARKS = [...THAI_MARK_CLASSES]
  .map(([mark, markClass]) => {
    const lower = [...THAI_MARK_CLASSES].filter(([, other]) => other < markClass).map(([other]) => other);
    return lower.length === 0 ? null : `${unitPattern(mark)}[${lower.map(unitPattern).join('')}]`;
  })
  .filter((pair) => pair !== null)
  .join('|');

/** A code unit as a regex escape: `\u0e33`. */
export function unitPattern(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

const ZERO_WIDTH = new RegExp(`[${[...INVISIBLE_UNITS].map(unitPattern).join('')}]`, 'g');

// Otherwise NFC changes nothing in ASCII and Thai: those skip the ICU call.
const NEEDS_CLEANING = new RegExp(
  `[^\\u0020-\\u007e\\u0e00-\\u0e4c\\u0e4e-\\u0e7f]| {2}|${MISORDERED_THAI_MARKS}`,
);
const MAY_CHANGE_UNDER_NFC = new RegExp(
  `[\\u0300-\\u0dff\\u0e80-\\u1fff\\u2070-\\uffff]|${MISORDERED_THAI_MARKS}`,
);

/**
 * Hygiene for an extracted value, never for the input: NFC, one form of sara am, no zero-width
 * characters, every run of spaces (NBSP and line breaks included) as one space, trimmed.
 *
 * @example cleanValue('ห้องประชุม\u00a0 ชั้น ๒\n') // 'ห้องประชุม ชั้น ๒'
 */
export function cleanValue(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value.trim();
  const normalized = MAY_CHANGE_UNDER_NFC.test(value) ? value.normalize('NFC') : value;
  return normalized.replace(DECOMPOSED_SARA_AM, '\u0e33').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

const EDGE_QUOTES = /^[\s"'“”‘’?«»]+|[\s"'“”‘’?«»]+$/g;

/**
 * {@link cleanValue} plus the quotes a title or theme is wrapped in, including the `?` that
 * pages show where curly quotes were lost in an encoding round trip.
 *
 * @example cleanQuoted('?วิสัยทัศน์ร่วม?') // 'วิสัยทัศน์ร่วม'
 */
export function cleanQuoted(value: string): string {
  return cleanValue(value).replace(EDGE_QUOTES, '');
}

const WRAPPING_QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['?', '?'],
  ['”', '”'],
];

/**
 * {@link cleanValue} for a headline: the quotes around the WHOLE title are dropped (including the
 * `?` pairs left where curly quotes were lost), quotes inside it are kept.
 *
 * @example cleanTitle('“ไทยร่วมประชุม”') // 'ไทยร่วมประชุม'
 * @example cleanTitle('“นายกฯ” ต้อนรับคณะ') // '“นายกฯ” ต้อนรับคณะ'
 */
export function cleanTitle(value: string): string {
  const title = cleanValue(value);
  for (const [open, close] of WRAPPING_QUOTES) {
    const inner = title.slice(open.length, title.length - close.length);
    if (
      title.length > 2 &&
      title.startsWith(open) &&
      title.endsWith(close) &&
      !inner.includes(open) &&
      !inner.includes(close)
    ) {
      return inner.trim();
    }
  }
  return title;
}

/**
 * {@link cleanValue} for an English name: `South - South` written with spaces around the hyphen
 * becomes `South-South`, as the name is spelled.
 *
 * @example cleanEnglish('Forum for South - South Cooperation') // 'Forum for South-South Cooperation'
 */
export function cleanEnglish(value: string): string {
  return cleanValue(value).replace(/(?<=[A-Za-z]) [-–] (?=[A-Za-z])/g, '-');
}

/**
 * Visits each line of the input (split at LF, CRLF or CR) with its offsets into the input, the
 * line break excluded, and the offsets of its content without the spaces around it
 * (`contentStart === contentEnd` for a blank line). No object is made per line.
 *
 * @example
 * forEachLine('ก\r\n ข ', (start, end, contentStart, contentEnd) => …)
 * // visits (0, 1, 0, 1) and (3, 6, 4, 5)
 */
export function forEachLine(
  input: string,
  visit: (start: number, end: number, contentStart: number, contentEnd: number) => void,
): void {
  // The next LF and the next CR, each searched again only once passed: two linear scans.
  let nextLf = input.indexOf('\n');
  let nextCr = input.indexOf('\r');
  let start = 0;
  for (;;) {
    if (nextLf !== -1 && nextLf < start) nextLf = input.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = input.indexOf('\r', start);
    const lineBreak = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
    const end = lineBreak === -1 ? input.length : lineBreak;
    let contentStart = start;
    while (contentStart < end && isSpace(input.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(input.charCodeAt(contentEnd - 1))) contentEnd--;
    visit(start, end, contentStart, contentEnd);
    if (lineBreak === -1) return;
    start = lineBreak === nextCr && nextLf === lineBreak + 1 ? lineBreak + 2 : lineBreak + 1;
  }
}

/** True for ASCII white space, NBSP, the Unicode spaces and the zero-width characters. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The first position at or after `from` that is not a space on the same line (line breaks stop
 * it; NBSP and zero-width characters are skipped).
 *
 * @example skipInlineSpace('ก \u00a0ข', 1) // 3
 */
export function skipInlineSpace(input: string, from: number): number {
  let cursor = from;
  while (cursor < input.length) {
    const code = input.charCodeAt(cursor);
    if (code === 0x0a || code === 0x0d || !isSpace(code)) break;
    cursor++;
  }
  return cursor;
}

/**
 * The most spaces read as the one gap between two words of a name: pages double a space now and
 * then (`พลเอก  ประยุทธ์`, `Kuala  Lumpur`), while a line break still ends the name.
 */
export const MAX_WORD_GAP = 3;

/**
 * The end of a gap of one to {@link MAX_WORD_GAP} spaces at `at`, where the next word would start
 * (NBSP, tabs and zero-width characters count as spaces; a line break does not, and ends the run);
 * -1 when no such gap is there.
 *
 * @example wordGapEnd('Kuala  Lumpur', 5) // 7
 * @example wordGapEnd('Kuala\nLumpur', 5) // -1
 */
export function wordGapEnd(input: string, at: number): number {
  let cursor = at;
  while (cursor < input.length && cursor - at <= MAX_WORD_GAP && isInlineSpace(input.charCodeAt(cursor)))
    cursor++;
  return cursor === at || cursor - at > MAX_WORD_GAP ? -1 : cursor;
}

/**
 * Where the gap of one to {@link MAX_WORD_GAP} spaces that ends at `at` starts (the mirror of
 * {@link wordGapEnd}); -1 when no such gap is there.
 *
 * @example wordGapStart('Kuala  Lumpur', 7) // 5
 */
export function wordGapStart(input: string, at: number): number {
  let cursor = at;
  while (cursor > 0 && at - cursor <= MAX_WORD_GAP && isInlineSpace(input.charCodeAt(cursor - 1))) cursor--;
  return cursor === at || at - cursor > MAX_WORD_GAP ? -1 : cursor;
}

/**
 * The ways a phrase of a word list is written with one to {@link MAX_WORD_GAP} spaces where the
 * list has one: for a scan that compares words as written.
 *
 * @example spacedForms('VDO Conference') // ['VDO Conference', 'VDO  Conference', 'VDO   Conference']
 */
export function spacedForms(phrase: string): string[] {
  const [first = '', ...rest] = phrase.split(' ');
  let forms = [first];
  for (const word of rest) forms = forms.flatMap((form) => SPACE_RUNS.map((gap) => form + gap + word));
  return forms;
}

const SPACE_RUNS = Array.from({ length: MAX_WORD_GAP }, (_, i) => ' '.repeat(i + 1));

function isInlineSpace(code: number): boolean {
  return code !== 0x0a && code !== 0x0d && isSpace(code);
}

/** True for an Arabic or a Thai digit. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0e50 && code <= 0x0e59);
}

/** True for a Thai letter, vowel, tone mark or digit (U+0E00–U+0E7F). */
export function isThai(code: number): boolean {
  return code >= 0x0e00 && code <= 0x0e7f;
}

/** True for A–Z and a–z. */
export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Compares two strings as a reader would: same letters, any spacing. */
export function sameText(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

/** The string without spaces or quotes, NFC: a key for comparing repeated lines. */
export function squash(value: string): string {
  return cleanValue(value).replace(/[\s"'“”‘’?]/g, '');
}

/** What {@link squashedPrefixAt} returns when it cannot tell without squashing. */
export const UNDECIDED_SQUASH = -2;

// How squash treats a code unit: drops it, keeps it in place (an ASCII character or a Thai
// letter), keeps a Thai mark that NFC sorts by its combining class (the class itself), or may
// change it (other scripts, nikhahit: the walk gives up).
const CHANGED = 0;
const DROPPED = 1;
const ASCII = 2;
const THAI = 3;
const SQUASH_KIND = new Uint8Array(0x0e80);
SQUASH_KIND.fill(ASCII, 0, 0x80);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x22, 0x27, 0x3f, 0xa0, 0xad])
  SQUASH_KIND[code] = DROPPED;
SQUASH_KIND.fill(THAI, 0x0e00, 0x0e80);
SQUASH_KIND[0x0e4d] = CHANGED;
for (const [mark, markClass] of THAI_MARK_CLASSES) SQUASH_KIND[mark] = markClass;

function squashKind(code: number): number {
  if (code < 0x0e80) return SQUASH_KIND[code] as number;
  return isSquashedAway(code) ? DROPPED : CHANGED;
}

/**
 * Compares `squash(input.slice(start, end))` with `squashed` (itself squashed) without squashing
 * the slice: the length of the squashed slice when it is a prefix of `squashed`, -1 when it is
 * not, or {@link UNDECIDED_SQUASH} when a character that NFC may change or move is reached first.
 * Most lines differ from a headline in their first letters: no cleaning, no new string.
 *
 * Thai letters never compose; an ASCII character composes only with a combining mark of another
 * script (Thai marks between them do not block it); NFC sorts a run of Thai marks by combining class, so the run must be sorted already;
 * nikhahit may join the sara aa after it into sara am.
 *
 * @example squashedPrefixAt('“ไทย หารือ”', 0, 11, 'ไทยหารือกับญี่ปุ่น') // 8
 */
export function squashedPrefixAt(input: string, start: number, end: number, squashed: string): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i);
    const kind = squashKind(code);
    if (kind === DROPPED) continue;
    if (kind === CHANGED) return UNDECIDED_SQUASH;
    if (kind === ASCII) {
      // It may compose with a combining mark of another script, even across Thai marks.
      let next = i + 1;
      while (next < end && squashKind(input.charCodeAt(next)) > THAI) next++;
      if (next < end && squashKind(input.charCodeAt(next)) === CHANGED) return UNDECIDED_SQUASH;
    } else if (kind > THAI && !(i > start && squashKind(input.charCodeAt(i - 1)) > THAI)) {
      // The first mark of a run: the marks after it must not sort before it.
      if (!isSortedMarkRun(input, i, end)) return UNDECIDED_SQUASH;
    }
    if (length === squashed.length || squashed.charCodeAt(length) !== code) return -1;
    length++;
  }
  return length;
}

function isSortedMarkRun(input: string, from: number, end: number): boolean {
  let previous = squashKind(input.charCodeAt(from));
  for (let i = from + 1; i < end; i++) {
    const kind = squashKind(input.charCodeAt(i));
    if (kind <= THAI) return kind !== CHANGED;
    if (kind < previous) return false;
    previous = kind;
  }
  return true;
}

/** Spaces, quotes and the zero-width characters: what {@link squash} drops. */
function isSquashedAway(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x3f ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2018 && code <= 0x2019) ||
    (code >= 0x201c && code <= 0x201d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
