import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/_lib/text';

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

describe('splitLines', () => {
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
