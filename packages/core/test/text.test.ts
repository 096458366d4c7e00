import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanValue,
  forEachLine,
  spacedForms,
  squash,
  squashedPrefixAt,
  UNDECIDED_SQUASH,
  wordGapEnd,
  wordGapStart,
} from '../src/_lib/text';

/** The plain definition: split at CRLF, CR or LF. */
function linesByRegex(input: string): [number, number][] {
  const spans: [number, number][] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(input); match; match = lineBreak.exec(input)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, input.length]);
  return spans;
}

describe('cleanValue', () => {
  it('gives NFC: Thai marks typed out of canonical order are put in order', () => {
    // A tone mark typed before sara u, and sara u before phinthu.
    expect(cleanValue('ก\u0e48\u0e38น')).toBe('ก\u0e38\u0e48น');
    expect(cleanValue('ก\u0e38\u0e3a')).toBe('ก\u0e3a\u0e38');
    expect(cleanValue('ทุ่ง')).toBe('ทุ่ง');
  });

  it('agrees with NFC and spacing rules on any mix of Thai, ASCII and marks', () => {
    const unit = fc.constantFrom(
      'ก',
      'า',
      'ุ',
      'ู',
      'ฺ',
      '่',
      '้',
      '๊',
      '๋',
      'ํ',
      'a',
      'e',
      '\u0301',
      ' ',
      '\u00a0',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const value = units.join('');
        const expected = value
          .normalize('NFC')
          .replace(/\u0e4d\u0e32/g, '\u0e33')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim();
        expect(cleanValue(value)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

interface VisitedLine {
  text: string;
  span: [number, number];
  contentStart: number;
  contentEnd: number;
}

function splitLines(input: string): VisitedLine[] {
  const lines: VisitedLine[] = [];
  forEachLine(input, (start, end, contentStart, contentEnd) => {
    lines.push({ text: input.slice(start, end), span: [start, end], contentStart, contentEnd });
  });
  return lines;
}

describe('forEachLine', () => {
  it('splits at LF, CRLF and a lone CR, keeping offsets and content bounds', () => {
    const lines = splitLines('ก\r\n ข \rค\n\nง');
    expect(lines.map((line) => line.text)).toEqual(['ก', ' ข ', 'ค', '', 'ง']);
    expect(lines.map((line) => line.span)).toEqual([
      [0, 1],
      [3, 6],
      [7, 8],
      [9, 9],
      [10, 11],
    ]);
    expect(lines[1]).toMatchObject({ contentStart: 4, contentEnd: 5 });
  });

  it('gives one empty line for an empty text and a last empty line after a final break', () => {
    expect(splitLines('').map((line) => line.span)).toEqual([[0, 0]]);
    expect(splitLines('ก\n').map((line) => line.span)).toEqual([
      [0, 1],
      [2, 2],
    ]);
    expect(splitLines('\r\r\n').map((line) => line.span)).toEqual([
      [0, 0],
      [1, 1],
      [3, 3],
    ]);
  });

  it('agrees with splitting at /\\r\\n|\\r|\\n/ on any mix of breaks', () => {
    const piece = fc.constantFrom('\r', '\n', '\r\n', '\n\r', 'ก', ' ', 'ab');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        expect(splitLines(input).map((line) => line.span)).toEqual(linesByRegex(input));
      }),
    );
  });
});

describe('squashedPrefixAt', () => {
  // Thai letters and marks in and out of NFC order, nikhahit and sara aa, ASCII that composes with a
  // combining mark, the Kelvin sign NFC turns into K, spaces, quotes and zero-width characters.
  const piece = fc.constantFrom(
    'ก',
    'ข',
    'า',
    '\u0e32',
    '\u0e4d',
    '\u0e33',
    '\u0e38',
    '\u0e39',
    '\u0e3a',
    '\u0e48',
    '\u0e49',
    '\u0e34',
    '\u0e31',
    'a',
    'K',
    'e',
    '\u0301',
    '\u0323',
    '\u212a',
    '\u00e9',
    ' ',
    '  ',
    '\u00a0',
    '\u2000',
    '\u3000',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '"',
    "'",
    '?',
    '\u201c',
    '\u2019',
    '–',
    '\n',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('agrees with squashing the slice whenever it decides', () => {
    fc.assert(
      fc.property(text, text, (line, other) => {
        for (const squashed of [squash(other), squash(line), squash(line + other)]) {
          const length = squashedPrefixAt(line, 0, line.length, squashed);
          if (length === UNDECIDED_SQUASH) continue;
          const own = squash(line);
          expect(length).toBe(squashed.startsWith(own) ? own.length : -1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('decides plain Thai and ASCII without squashing', () => {
    expect(squashedPrefixAt('“ไทย หารือ”', 0, 11, 'ไทยหารือกับญี่ปุ่น')).toBe(8);
    expect(squashedPrefixAt('x ไทยหารือ', 2, 10, 'ไทยหารือ')).toBe(8);
    expect(squashedPrefixAt('ผู้แทน', 0, 6, 'ผู้ว่า')).toBe(-1);
    expect(squashedPrefixAt('ก\u0e48\u0e38', 0, 3, 'ก\u0e38\u0e48')).toBe(UNDECIDED_SQUASH);
  });
});

describe('wordGapEnd and wordGapStart', () => {
  it('step over one to three spaces between two words, NBSP and tabs included', () => {
    expect(wordGapEnd('Kuala Lumpur', 5)).toBe(6);
    expect(wordGapEnd('Kuala  Lumpur', 5)).toBe(7);
    expect(wordGapEnd('Kuala \u00a0\tLumpur', 5)).toBe(8);
    expect(wordGapStart('Kuala  Lumpur', 7)).toBe(5);
    expect(wordGapStart('Kuala \u00a0\tLumpur', 8)).toBe(5);
  });

  it('find no gap where there is no space, a wider run or only a line break', () => {
    expect(wordGapEnd('KualaLumpur', 5)).toBe(-1);
    expect(wordGapEnd('Kuala    Lumpur', 5)).toBe(-1);
    expect(wordGapEnd('Kuala\nLumpur', 5)).toBe(-1);
    // The run ends at a line break: what comes next is up to the caller.
    expect(wordGapEnd('Kuala \nLumpur', 5)).toBe(6);
    expect(wordGapStart('KualaLumpur', 5)).toBe(-1);
    expect(wordGapStart('Kuala    Lumpur', 9)).toBe(-1);
    expect(wordGapStart('Kuala\nLumpur', 6)).toBe(-1);
    expect(wordGapStart('Kuala\n Lumpur', 7)).toBe(6);
  });
});

describe('spacedForms', () => {
  it('writes each space of a phrase as one to three spaces', () => {
    expect(spacedForms('VDO Conference')).toEqual(['VDO Conference', 'VDO  Conference', 'VDO   Conference']);
    expect(spacedForms('ทางไกล')).toEqual(['ทางไกล']);
    expect(spacedForms('a b c')).toHaveLength(9);
  });
});
