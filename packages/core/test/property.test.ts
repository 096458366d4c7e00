import { MeetingReportSchema, type ParseReportOptions, parseReport } from '@prachum/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuTimed, LINEAR_BOUND_MS } from './support/linear';
import { spanProblems } from './support/spans';

/** What must hold for any text: no throw, a schema-valid record, spans on their text, no internal error. */
function holds(text: string, options?: ParseReportOptions): boolean {
  const report = parseReport(text, options);
  const parsed = MeetingReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const problems = spanProblems(text, report);
  if (problems.length > 0) throw new Error(`spans: ${problems.slice(0, 3).join('; ')}`);
  const internal = report.diagnostics.find((d) => d.code === 'internal-error');
  if (internal) throw new Error(internal.message);
  return true;
}

/** The pieces Thai meeting reports are made of, and the characters that make them hard. */
const FRAGMENTS = [
  'การประชุม',
  'ประชุม',
  'ครั้งที่',
  'สมัยที่',
  'รอบที่',
  'ครั้งที่ ๑/๒๕๖๗',
  'ห้องประชุม',
  'ที่ประชุม',
  'คณะกรรมการ',
  'คณะทำงาน',
  'อาเซียน',
  'ผ่านระบบการประชุมทางไกล',
  'Zoom',
  'ไฮบริด',
  'ภายใต้หัวข้อ',
  'หรือ',
  'และ',
  'ซึ่ง',
  'ในฐานะ',
  'พร้อมด้วย',
  'และคณะ',
  'จาก',
  'ณ',
  'ณ ',
  'ที่',
  'โรงแรม',
  'กรุงเทพมหานคร',
  'นาย',
  'นาง',
  'นางสาว',
  'น.ส.',
  'ดร.',
  'ศ.ดร.',
  'พล.ต.อ.',
  'พลเอก ',
  'H.E. Mr. ',
  'สมชาย',
  'ใจดี',
  'John',
  'Smith',
  'นายกรัฐมนตรี',
  'ผู้อำนวยการกอง',
  'รองปลัดกระทรวง',
  'อธิบดีกรม',
  'วันที่',
  'เมื่อวันที่',
  'วันจันทร์ที่',
  'ระหว่างวันที่',
  'วันนี้ (',
  'มกราคม',
  'ก.พ.',
  'มี.ค.',
  'เมษายน',
  'พ.ค.',
  'ธันวาคม',
  'เดือน',
  'ปี',
  'พ.ศ.',
  'ค.ศ.',
  'ปีงบประมาณ',
  '๒๕๖๔',
  '2564',
  '64',
  '2021',
  '๑',
  '๓๑',
  '31',
  '0',
  '12',
  '๐๘.๓๐',
  '17.00',
  'น.',
  'เวลา',
  '14:10',
  '16th',
  'Sixteenth',
  'Meeting',
  'Conference',
  'ABC',
  'SOCCOM',
  'ล้านบาท',
  'ดอลลาร์สหรัฐ',
  'ประมาณ',
  'ไทย',
  'ญี่ปุ่น',
  'สปป. ลาว',
  'POSTED ON ',
  '| 7,791 view',
  'วันที่นำเข้าข้อมูล ',
  'วันที่ปรับปรุงข้อมูล ',
  'EVENT & SEMINAR',
  'ข่าวต่างประเทศ ',
  'Wednesday June 12, 2024',
  ' date 2025-05 ',
  'รูปภาพประกอบ',
  'Share',
  'คุกกี้',
  '(',
  ')',
  '((',
  '))',
  '(๑)',
  ': ',
  ' – ',
  '-',
  '/',
  '.',
  ',',
  '“',
  '”',
  '"',
  '?',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0e4d\u0e32',
  '\ud83d\ude00',
  '\ud800',
] as const;

/** {@link holds} as a property. */
const property = (text: string, options?: ParseReportOptions) => holds(text, options);

const fragmentText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnitText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  maxLength: 200,
});

const referenceDate = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Property runs parse hundreds of texts; a shared CI machine may be slow. */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('parseReport on arbitrary text', () => {
  it(
    'holds for fc.string',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (text) => property(text)),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds for full Unicode strings and lone surrogates',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => property(text)),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(codeUnitText, (text) => property(text)),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds for texts built from report fragments',
    () => {
      fc.assert(
        fc.property(fragmentText, (text) => property(text)),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds with a reference date',
    () => {
      fc.assert(
        fc.property(fragmentText, referenceDate, (text, date) => property(text, { referenceDate: date })),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds for reports with a header and a body made of fragments',
    () => {
      const report = fc
        .tuple(fragmentText, fragmentText, fragmentText, fragmentText)
        .map(
          ([title, lead, body, tail]) =>
            `${title}\n\n${title}\n\nวันที่นำเข้าข้อมูล 5 ต.ค. 2565\n\n| 1,234 view\n\nเมื่อวันที่ ๔ ตุลาคม ๒๕๖๕ ${lead}\n\n${body}\n\nรูปภาพประกอบ\n${tail}`,
        );
      fc.assert(
        fc.property(report, (text) => property(text)),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('parseReport: schema-valid dates', () => {
  it('gives a schema-valid record for an era year of three digits', () => {
    // Actual: dates[0] = {text: 'พ.ศ. 100', start: '-0443-04', end: '-0442-03'}, which the schema rejects.
    const report = parseReport('พ.ศ. 100\n');
    expect(MeetingReportSchema.safeParse(report).success).toBe(true);
  });
});

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const ADVERSARIAL: [string, string][] = [
  ['meeting word + ordinal', fill('การประชุม ครั้งที่ ๑ ')],
  ['honorifics + ณ + ที่ห้อง', fill('นายก นาย ข ณ ที่ห้อง ')],
  ['open brackets', fill('(((((')],
  ['close brackets', fill(')))))')],
  ['1-1-1-1', fill('1-1-1-1')],
  ['๑/๑/๑/', fill('๑/๑/๑/')],
  ['one line, no spaces', fill('การประชุมคณะกรรมการร่วมด้านการประมงชายฝั่ง')],
  ['many short lines', fill('ก\n')],
  ['people with posts', fill('นายสมชาย ใจดี รองปลัดกระทรวง ')],
  ['honorifics and names in one unspaced run', fill('นางสมศรี')],
  ['leaders glued to names in one unspaced run', fill('นายกรัฐมนตรีฮุน')],
  ['Latin people and terms', fill('Mr. John Smith (ABC) ')],
  ['English dates and sums in brackets', fill('(Mon 5 Mar 2023, approx. USD 5 million) ')],
  ['posts glued to surnames and to the next person', fill('นายสมชาย ใจดีอธิบดีกรมนางนายสมศรี ทองดีรมว.')],
  ['numbers and multipliers with no currency', fill('1 แสน 2 หมื่น ')],
  ['CRLF lines, zero-width and no-break spaces', fill('นาย\u200bสมชาย\u00a0ใจดี ก\u0e4d\u0e32หนด\r\n')],
  ['meeting names cut by a number, on one line', fill('การประชุมกรม 2563 ')],
  ['meeting names with a month and a year, on one line', fill('การประชุมกรมประจำเดือนมี.ค. 2563 ')],
  [
    'names and English runs apart by runs of spaces',
    fill('นาย   Ab   Cd   การประชุม  3rd  Asia  -  Pacific  (KLCC)   '),
  ],
  [
    'a meeting, a date and a place on each of many lines',
    numberedLines(
      (i) => `ข่าว ${i} ประจำเดือนมีนาคม 2563 การประชุมคณะกรรมการ${i % 7} ครั้งที่ ${(i % 9) + 1} ณ ห้องประชุม ${i}`,
    ),
  ],
];

/** About 1 MB of distinct lines (identical ones would be read as copies of the title). */
function numberedLines(line: (i: number) => string): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < MB; i++) {
    const text = `${line(i)}\n`;
    lines.push(text);
    length += text.length;
  }
  return lines.join('');
}

describe('parseReport on 1 MB of adversarial text', () => {
  it.each(ADVERSARIAL)(
    `parses %s within ${LINEAR_BOUND_MS} ms of CPU time`,
    (name, text) => {
      parseReport(text.slice(0, 2000)); // warm up
      const wall = performance.now();
      const { result, ms } = cpuTimed(() => holds(text));
      const wallMs = performance.now() - wall;
      console.info(`adversarial 1 MB ${name}: ${ms.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms wall`);
      expect(result).toBe(true);
      expect(ms).toBeLessThan(LINEAR_BOUND_MS);
    },
    30_000,
  );
});
