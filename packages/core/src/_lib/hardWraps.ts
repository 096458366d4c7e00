import { isThai } from './text';

/** How a line break inside a hard-wrapped paragraph is read: as nothing, or as a space. */
export type WrapReading = 'join' | 'space';

// A page hard-wrapped at a width (a PDF copied out, a feed cut into lines) has several lines
// filled nearly to that width, each run on by the next line. Web pages write a paragraph on one
// line: their lines vary in length, and most are longer than any wrap width.
const MIN_WRAPPED_LINE = 40;
const MAX_WRAP_WIDTH = 250;
const FULL_LINE_SHARE = 0.75;
const WIDTH_PERCENTILE = 0.8;
const MIN_FULL_LINES = 3;
// Full lines in a row, each run on by the next, that tell a paragraph wrapped in three lines or more.
const MIN_RUN = 2;
const MIN_FULL_SHARE_OF_RUN_ON_LINES = 0.6;

interface Line {
  /** Offset of the line's first code unit. */
  start: number;
  /** Offset of the line break after the line (CR or LF), or the text's length. */
  end: number;
  /** Length in code units; 0 for a blank line. */
  length: number;
}

/**
 * The line breaks of a hard-wrapped text that fall inside a paragraph: after a line filled
 * nearly to the wrap width and before a line of text. Keyed by the offset of the break (its CR
 * or LF); a break between two Thai characters is read as nothing (Thai writes no space between
 * words, so the wrap fell inside a phrase), any other as a space. Empty for a text that is not
 * hard-wrapped, which is most of them.
 *
 * @example
 * findHardWraps(`${'ก'.repeat(60)}\n${'ข'.repeat(60)}\n${'ค'.repeat(60)}\n${'ง'.repeat(60)}\nจบ`).size // 4
 */
export function findHardWraps(input: string): Map<number, WrapReading> {
  const wraps = new Map<number, WrapReading>();
  // Most pages leave a blank line between paragraphs or write long ones: a count first, with no
  // line kept, rules them out.
  if (countRunOnLines(input) < MIN_FULL_LINES) return wraps;
  const lines = readLines(input);
  const runOnLengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.length >= MIN_WRAPPED_LINE && (lines[i + 1] as Line).length > 0) runOnLengths.push(line.length);
  }
  const runOn = runOnLengths.length;
  if (runOn < MIN_FULL_LINES) return wraps;
  // Lines wrapped at spaces stop short of the width by a word: the width is read from most lines,
  // not from the longest.
  runOnLengths.sort((a, b) => a - b);
  const width = runOnLengths[Math.floor(runOn * WIDTH_PERCENTILE)] as number;
  if (width > MAX_WRAP_WIDTH) return wraps;

  // A full line run on by the next, not by a copy of itself (a headline repeated) nor by a list
  // item. A full line alone over a short one is a wrap only when it reaches the wrap width: a
  // headline stops short of it over its source or date line.
  const runsOn = lines.map((line, i) => {
    const next = lines[i + 1];
    return (
      line.length >= MIN_WRAPPED_LINE &&
      line.length >= FULL_LINE_SHARE * width &&
      next !== undefined &&
      next.length > 0 &&
      !isCopy(input, line, next) &&
      !LIST_ITEM.test(input.slice(next.start, next.start + LIST_MARKER_LENGTH))
    );
  });
  // The lines inside a run show how long the program made its lines: from the shortest to most
  // of them (a word it could not break makes a few longer).
  const inRun: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (runsOn[i] && runsOn[i + 1]) inRun.push((lines[i] as Line).length);
  }
  inRun.sort((a, b) => a - b);
  const shortest = inRun[0] ?? width;
  const usual = inRun[Math.floor(inRun.length * WIDTH_PERCENTILE)] ?? width;
  const breaks: number[] = [];
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < lines.length; i++) {
    run = runsOn[i] ? run + 1 : 0;
    if (run > longestRun) longestRun = run;
    const line = lines[i] as Line;
    const alone = !runsOn[i - 1] && !runsOn[i + 1];
    const atWidth = line.length >= shortest && line.length <= usual;
    const wrapped = !alone || atWidth || (lines[i + 1]?.length ?? 0) >= MIN_WRAPPED_LINE;
    if (runsOn[i] && wrapped) breaks.push(line.end);
  }
  if (
    longestRun < MIN_RUN ||
    breaks.length < MIN_FULL_LINES ||
    breaks.length < MIN_FULL_SHARE_OF_RUN_ON_LINES * runOn
  )
    return wraps;

  for (const at of breaks) {
    const next = at + (input.charCodeAt(at) === CR && input.charCodeAt(at + 1) === LF ? 2 : 1);
    const before = input.charCodeAt(at - 1);
    const after = input.charCodeAt(next);
    wraps.set(at, isThai(before) && isThai(after) ? 'join' : 'space');
  }
  return wraps;
}

// A line that opens with a list marker (`๑.`, `2)`, `(3)`, `-`, `•`) starts an item, not the rest of
// the line before it.
const LIST_ITEM = /^\s*(?:[(]?[\d๐-๙]{1,2}[.)]|[-•*–])/;
const LIST_MARKER_LENGTH = 8;
const CR = 0x0d;
const LF = 0x0a;
// A line this short may hold only spaces: it is looked at to tell a blank line.
const MAX_BLANK_CHECK = 8;

/** How many lines of at least {@link MIN_WRAPPED_LINE} code units the next line runs on from. */
function countRunOnLines(input: string): number {
  let count = 0;
  let start = 0;
  let previousLong = false;
  for (;;) {
    const lf = input.indexOf('\n', start);
    const end = lf < 0 ? input.length : lf;
    const length = end - start;
    if (previousLong && !isBlank(input, start, end)) count++;
    previousLong = length >= MIN_WRAPPED_LINE;
    if (lf < 0) return count;
    start = lf + 1;
  }
}

/** The lines of `input`, found with the native search for LF (CR alone is rare: its lines are one). */
function readLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const lf = input.indexOf('\n', start);
    let end = lf < 0 ? input.length : lf;
    if (end > start && input.charCodeAt(end - 1) === CR) end--;
    lines.push({ start, end, length: isBlank(input, start, end) ? 0 : end - start });
    if (lf < 0) return lines;
    start = lf + 1;
  }
}

/** True when `[start, end)` holds nothing, or a few spaces only. */
function isBlank(input: string, start: number, end: number): boolean {
  const length = end - start;
  return length === 0 || (length <= MAX_BLANK_CHECK && input.slice(start, end).trim() === '');
}

/** A headline repeated on the next line is a copy, not a line run on by the next. */
function isCopy(input: string, line: Line, next: Line): boolean {
  return (
    next.end - next.start === line.end - line.start &&
    input.startsWith(input.slice(line.start, line.end), next.start)
  );
}
