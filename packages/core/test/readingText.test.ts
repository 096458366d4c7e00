import { type MeetingReport, parseReport } from '@prachum/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingText } from '../src/_lib/readingText';
import { FIXTURES_DIR, textsIn } from './support/corpus';
import { spanProblems } from './support/spans';

describe('readingText', () => {
  it('returns text with nothing odd in it as it is', () => {
    const input = 'เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔\nนายสมชาย ใจดี';
    const reading = readingText(input);
    expect(reading.unchanged).toBe(true);
    expect(reading.text).toBe(input);
    expect(reading.inputSpan([3, 8])).toEqual([3, 8]);
  });

  it('drops zero-width characters and soft hyphens, and maps spans around them', () => {
    const input = 'นาย\u200bสมชาย\u00ad ใจ\u200dดี';
    const reading = readingText(input);
    expect(reading.text).toBe('นายสมชาย ใจดี');
    const name = reading.text.indexOf('สมชาย ใจดี');
    const span = reading.inputSpan([name, name + 'สมชาย ใจดี'.length]);
    expect(input.slice(...span)).toBe('สมชาย\u00ad ใจ\u200dดี');
  });

  it('reads CRLF and CR as LF, and NBSP, tabs and the Unicode spaces as a space', () => {
    const reading = readingText('ก\r\nข\rค\u00a0ง\tจ\u2003ฉ\u3000ช');
    expect(reading.text).toBe('ก\nข\nค ง จ ฉ ช');
    expect(reading.inputSpan([0, 3])).toEqual([0, 4]);
  });

  it('reads sara am typed as nikhahit + sara aa as one sara am', () => {
    const input = 'ก\u0e4d\u0e32หนด ประจ\u0e4d\u0e32ปี';
    const reading = readingText(input);
    expect(reading.text).toBe('กำหนด ประจำปี');
    expect(input.slice(...reading.inputSpan([6, 11]))).toBe('ประจ\u0e4d\u0e32');
  });

  it('maps every span of what it read back to the same letters of the input', () => {
    const unit = fc.constantFrom(
      'ก',
      'า',
      '\u0e4d',
      ' ',
      '\u00a0',
      '\t',
      '\r',
      '\n',
      '\u200b',
      '\ufeff',
      'A',
      '1',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }).map((units) => units.join('')),
        fc.nat(),
        fc.nat(),
        (input, a, b) => {
          const reading = readingText(input);
          const length = reading.text.length;
          const start = Math.min(a, b) % (length + 1);
          const end = Math.min(length, start + (Math.max(a, b) % (length + 1)));
          const [inputStart, inputEnd] = reading.inputSpan([start, end]);
          expect(0 <= inputStart && inputStart <= inputEnd && inputEnd <= input.length).toBe(true);
          expect(readingText(input.slice(inputStart, inputEnd)).text).toBe(reading.text.slice(start, end));
        },
      ),
    );
  });

  it('keeps text longer than one chunk of code units whole, lone surrogates included', () => {
    const input = `${'ก\u200b'.repeat(20_000)}\ud800`;
    const reading = readingText(input);
    expect(reading.text).toBe(`${'ก'.repeat(20_000)}\ud800`);
  });
});

/** The record without its spans and the texts they point at: what a reader of the values sees. */
function valuesOf(report: MeetingReport): unknown {
  return JSON.parse(
    JSON.stringify(report, (key, value) =>
      key === 'span' || key === 'positionSpan' || key === 'spans' || key === 'text' ? undefined : value,
    ),
  );
}

// What pages do to text without changing what it says.
const INVISIBLE_CHANGES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['a zero-width space after every space', (text) => text.replace(/ /g, ' \u200b')],
  ['CRLF line breaks', (text) => text.replace(/\n/g, '\r\n')],
  ['NBSP for every other space', (text) => text.replace(/ ( ?)/g, '\u00a0$1')],
  ['tabs for spaces', (text) => text.replace(/ /g, '\t')],
  ['sara am as nikhahit + sara aa', (text) => text.replace(/\u0e33/g, '\u0e4d\u0e32')],
];

describe('parseReport reads through what a reader does not see', () => {
  const fixtures = textsIn(FIXTURES_DIR);
  const cases = fixtures.flatMap(([name, text]) =>
    INVISIBLE_CHANGES.map(([change, apply]) => [`${name}: ${change}`, text, apply(text)] as const),
  );

  it.each(cases)('%s', (_case, original, changed) => {
    expect(changed).not.toBe(original);
    const report = parseReport(changed);
    expect(spanProblems(changed, report)).toEqual([]);
    expect(valuesOf(report)).toEqual(valuesOf(parseReport(original)));
  });

  it('points every span at the input as given', () => {
    const input =
      'เมื่อวันที่\u00a0๒๖ พฤษภาคม\u200b ๒๕๖๔\r\nนาย\u200bสมชาย ใจดี รองปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุม';
    const report = parseReport(input);
    expect(report.dates.map((date) => date.text)).toEqual(['๒๖ พฤษภาคม\u200b ๒๕๖๔']);
    expect(report.people.map((person) => [person.text, person.name])).toEqual([
      ['นาย\u200bสมชาย ใจดี', 'สมชาย ใจดี'],
    ]);
  });
});
