import { findHardWraps } from './hardWraps';
import { INVISIBLE_UNITS, type Span, unitPattern } from './text';

/**
 * The input as the extractors read it, and the way back to the input's offsets. The extractors'
 * grammar is written for one form of each character; pages carry others that a reader does not
 * see: zero-width characters and soft hyphens inside words, CRLF or CR line breaks, NBSP, tabs
 * and the other Unicode spaces, sara am typed as nikhahit + sara aa, and the line breaks of a
 * text hard-wrapped at a width, which fall inside its paragraphs.
 */
export interface ReadingText {
  /** The text the extractors read: LF line breaks, one kind of space, no invisible characters. */
  readonly text: string;
  /** True when `text` is the input itself, every offset unchanged. */
  readonly unchanged: boolean;
  /** The span of the input that a span of `text` was read from. */
  inputSpan(span: readonly [number, number]): Span;
}

// The spaces other than U+0020 (read as one), besides U+2000–U+200A.
const OTHER_SPACES = new Set([0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);
const FIRST_OTHER_SPACE = 0x2000;
const LAST_OTHER_SPACE = 0x200a;
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
// Every unit the loop below reads differently, as one character class, not an alternation: the
// search is one pass at the speed of a memchr. A nikhahit without sara aa after it makes a
// needless copy, which is rare and harmless.
const MAY_NEED_READING = new RegExp(
  `[${[...INVISIBLE_UNITS, ...OTHER_SPACES, CR, NIKHAHIT].map(unitPattern).join('')}${unitPattern(FIRST_OTHER_SPACE)}-${unitPattern(LAST_OTHER_SPACE)}]`,
);

/**
 * Reads `input` the way the extractors expect it. Text with none of the odd characters (most
 * reports) is returned as it is, at no cost beyond one search.
 *
 * @example
 * const reading = readingText('นาย\u200bสมชาย\r\nใจดี');
 * reading.text; // 'นายสมชาย\nใจดี'
 * reading.inputSpan([3, 8]); // [4, 9]: 'สมชาย' in the input
 */
export function readingText(input: string): ReadingText {
  const wraps = findHardWraps(input);
  if (wraps.size === 0 && !MAY_NEED_READING.test(input)) {
    return { text: input, unchanged: true, inputSpan: ([start, end]) => [start, end] };
  }
  const codes = new Uint16Array(input.length);
  // For each code unit read, where it starts in the input and where it ends there.
  const starts = new Int32Array(input.length);
  const ends = new Int32Array(input.length);
  let length = 0;
  for (let at = 0; at < input.length; at++) {
    const code = input.charCodeAt(at);
    if (INVISIBLE_UNITS.has(code)) continue;
    let read = code;
    let width = 1;
    const wrap = code === CR || code === LF ? wraps.get(at) : undefined;
    if (wrap !== undefined) {
      if (code === CR && input.charCodeAt(at + 1) === LF) width = 2;
      if (wrap === 'join') {
        at += width - 1;
        continue;
      }
      read = SPACE;
    } else if (code === CR) {
      read = LF;
      if (input.charCodeAt(at + 1) === LF) width = 2;
    } else if (OTHER_SPACES.has(code) || (code >= FIRST_OTHER_SPACE && code <= LAST_OTHER_SPACE)) {
      read = SPACE;
    } else if (code === NIKHAHIT && input.charCodeAt(at + 1) === SARA_AA) {
      read = SARA_AM;
      width = 2;
    }
    codes[length] = read;
    starts[length] = at;
    ends[length] = at + width;
    length++;
    at += width - 1;
  }
  const text = fromCodes(codes.subarray(0, length));
  return {
    text,
    unchanged: false,
    inputSpan: ([start, end]) => {
      const inputStart = start < length ? (starts[start] as number) : input.length;
      const inputEnd = end > start ? (ends[end - 1] as number) : inputStart;
      return [inputStart, inputEnd];
    },
  };
}

// String.fromCharCode takes its arguments on the stack: a long text goes in slices.
const CHUNK = 8192;

function fromCodes(codes: Uint16Array): string {
  let text = '';
  for (let at = 0; at < codes.length; at += CHUNK) {
    text += String.fromCharCode(...codes.subarray(at, at + CHUNK));
  }
  return text;
}
