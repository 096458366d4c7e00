import { findThaiTimes } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('findThaiTimes', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['ประชุมเวลา ๐๘.๓๐ – ๑๗.๐๐ น. ณ ห้อง ๒', [['๐๘.๓๐ – ๑๗.๐๐ น.', '08:30', '17:00']]],
    ['ช่วงบ่าย 13.00-16.30น. พักเบรก', [['13.00-16.30น.', '13:00', '16:30']]],
    ['เริ่ม 10.00 น. ตรง', [['10.00 น.', '10:00', null]]],
    ['เวลา 10.00 น.กรมการปกครองรายงาน', [['10.00 น.', '10:00', null]]],
    ['เปิดงานเวลา 14.00 น. โดยประธาน', [['14.00 น.', '14:00', null]]],
    ['เวลา 14.00 ผู้ว่าราชการมาถึง', [['14.00', '14:00', null]]],
    ['เวลาประมาณ 9.45 น. ปิดประชุม', [['9.45 น.', '09:45', null]]],
    [
      'บันทึกเมื่อ 14:10 และ ( 14:25 ) และ 08:52',
      [
        ['14:10', '14:10', null],
        ['14:25', '14:25', null],
        ['08:52', '08:52', null],
      ],
    ],
    ['เวลา 09.00 น. - 12.00 น.', [['09.00 น. - 12.00 น.', '09:00', '12:00']]],
    ['ตั้งแต่เวลา 08.30 ถึง 16.30 นาฬิกา', [['08.30 ถึง 16.30 นาฬิกา', '08:30', '16:30']]],
    ['ปิดเวลา 24.00 น.', [['24.00 น.', '24:00', null]]],
  ])('%s', (input, expected) => {
    const found = findThaiTimes(input);
    expect(found.map((match) => [match.text, match.start, match.end])).toEqual(expected);
    for (const match of found) expect(input.slice(match.span[0], match.span[1])).toBe(match.text);
  });

  it.each([
    'ขยายตัว 6.31 หมื่น',
    'วงเงิน 3,653.72 ล้านบาท',
    'ไทยแลนด์ 4.0',
    'อัตรา 16.30 เปอร์เซ็นต์',
    'ข้อ 12.00 ของระเบียบ',
    'เวลา 25.00 น.',
    'เวลา 12.60 น.',
    'วันที่ 16.12.63',
    'ใช้เวลา 10.00 นาที'.replace('เวลา ', ''),
    'รุ่น 1:5',
  ])('%s has no time', (input) => {
    expect(findThaiTimes(input)).toEqual([]);
  });

  it('never throws and every span slices to its text', () => {
    const unit = fc.constantFrom(...'0123456789๐๑๕.:-– น.เวลา ถึงนาฬิกา'.split(''), 'เวลา', 'น.');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 50 })), (input) => {
        for (const match of findThaiTimes(input))
          expect(input.slice(match.span[0], match.span[1])).toBe(match.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('scans 1 MB of dotted digits in linear time', () => {
    const input = '1.1.'.repeat(250_000);
    const started = performance.now();
    findThaiTimes(input);
    expect(performance.now() - started).toBeLessThan(10_000); // generous: shared machine, parallel test files
  }, 30_000);
});
