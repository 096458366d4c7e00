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

  it('joins the lines of a hard-wrapped paragraph: between Thai letters with nothing, else with a space', () => {
    const wrapped = [
      'กรมประมงจัดประชุมคณะทำงาน',
      '',
      'เมื่อวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี รองอธิบดีกรมประมง เป็นประธานการประชุมคณะทำง',
      'านด้านการประมงชายฝั่ง ครั้งที่ ๕ ณ ห้องประชุม ๓๐๒ กรมประมง โดยมีผู้แทนจากหน่วยงานที่เกี่ยวข้องเข้าร่วม',
      'ประชุม เพื่อพิจารณาแนวทางการอนุรักษ์ทรัพยากรชายฝั่งและการส่งเสริมอาชีพประมงพื้นบ้าน (Small-Scale',
      'Fisheries) ในพื้นที่ ๕ จังหวัดชายฝั่งทะเลอันดามัน ทั้งนี้ ที่ประชุมได้เห็นชอบแผนงานประจำปี',
      '',
    ].join('\n');
    const reading = readingText(wrapped);
    expect(reading.text.split('\n')).toEqual([
      'กรมประมงจัดประชุมคณะทำงาน',
      '',
      'เมื่อวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี รองอธิบดีกรมประมง เป็นประธานการประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ ๕ ณ ห้องประชุม ๓๐๒ กรมประมง โดยมีผู้แทนจากหน่วยงานที่เกี่ยวข้องเข้าร่วมประชุม เพื่อพิจารณาแนวทางการอนุรักษ์ทรัพยากรชายฝั่งและการส่งเสริมอาชีพประมงพื้นบ้าน (Small-Scale Fisheries) ในพื้นที่ ๕ จังหวัดชายฝั่งทะเลอันดามัน ทั้งนี้ ที่ประชุมได้เห็นชอบแผนงานประจำปี',
      '',
    ]);
    const word = reading.text.indexOf('คณะทำงานด้าน');
    expect(wrapped.slice(...reading.inputSpan([word, word + 'คณะทำงาน'.length]))).toBe('คณะทำง\nาน');
  });

  it('keeps the line breaks of a page written a paragraph to a line, headline and copy included, and of a list', () => {
    const title = 'กรมประมงหารือแนวทางอนุรักษ์ปะการังกับสถาบันวิจัยทางทะเลและชุมชนชายฝั่งอันดามัน';
    const page = [
      title,
      title,
      'วันที่ 12 มี.ค. 2566',
      `${'เมื่อวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี '.repeat(8)}`,
      'รูปภาพประกอบ',
    ].join('\n');
    expect(readingText(page).unchanged).toBe(true);
    const agenda = [
      'ที่ประชุมได้พิจารณาวาระสำคัญดังนี้',
      '๑. การรับรองรายงานการประชุมคณะกรรมการบริหารครั้งที่ ๓/๒๕๖๖ เมื่อวันที่ ๑๒ มีนาคม',
      '๒. การพิจารณาแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของสำนักงานจังหวัดแพร่',
      '๓. การติดตามผลการดำเนินงานโครงการพัฒนาแหล่งน้ำชุมชนในพื้นที่ ๑๕ อำเภอของจังหวัด',
      '๔. การพิจารณาอนุมัติงบประมาณสนับสนุนการจัดงานประเพณีแข่งเรือยาวประจำปี ๒๕๖๖',
    ].join('\n');
    expect(readingText(agenda).unchanged).toBe(true);
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

/**
 * Every line longer than `width` broken after `width` characters where a Thai word goes on
 * (between two Thai letters, never at a space or before a vowel or tone mark), as a hard-wrapped
 * page breaks it.
 */
function hardWrapInsideWords(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      let wrapped = '';
      let column = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        const opensWord = (code >= 0x0e01 && code <= 0x0e2e) || (code >= 0x0e40 && code <= 0x0e44);
        const previous = line.charCodeAt(i - 1);
        if (column >= width && opensWord && previous >= 0x0e01 && previous <= 0x0e4e && previous !== 0x0e40) {
          wrapped += '\n';
          column = 0;
        }
        wrapped += line[i];
        column++;
      }
      return wrapped;
    })
    .join('\n');
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

  it('reads a page hard-wrapped inside words as the page it was cut from', () => {
    const page = [
      'กรมประมงจัดประชุมคณะทำงานด้านการประมงชายฝั่งกับผู้แทนชุมชนประมงพื้นบ้านในพื้นที่อันดามัน',
      '',
      'วันที่ 14 ก.พ. 2566',
      '',
      'เมื่อวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี รองอธิบดีกรมประมง เป็นประธานการประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ ๕ ณ ห้องประชุม ๓๐๒ กรมประมง โดยมีนางสาวพิมพ์ชนก อินทรสุวรรณ ผู้อำนวยการกองประมงต่างประเทศ และผู้แทนจากหน่วยงานที่เกี่ยวข้องเข้าร่วมประชุม',
      '',
      'ที่ประชุมได้เห็นชอบโครงการฟื้นฟูแนวปะการังชายฝั่ง วงเงิน ๑๒.๕ ล้านบาท ในพื้นที่ ๕ จังหวัดชายฝั่งทะเลอันดามัน และมอบหมายให้กองประมงต่างประเทศประสานกับสำนักงานประมงจังหวัดเพื่อจัดทำแผนปฏิบัติการภายในปี ๒๕๖๖',
      '',
    ].join('\n');
    const wrapped = hardWrapInsideWords(page, 60);
    expect(wrapped.split('\n').length).toBeGreaterThan(page.split('\n').length + 6);
    const report = parseReport(wrapped);
    expect(spanProblems(wrapped, report)).toEqual([]);
    expect(valuesOf(report)).toEqual(valuesOf(parseReport(page)));
    expect(report.people.map((person) => person.name)).toEqual(['ธนวัฒน์ รุ่งเรืองศรี', 'พิมพ์ชนก อินทรสุวรรณ']);
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
