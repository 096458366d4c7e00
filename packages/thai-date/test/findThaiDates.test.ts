import { findThaiDates } from '@prachum/thai-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const texts = (input: string, options = {}) => findThaiDates(input, options).map((match) => match.text);

describe('findThaiDates: spans', () => {
  it.each<[string, string[]]>([
    ['ประชุมเมื่อวันที่ 26 พฤษภาคม 2564 ณ ห้อง 301', ['26 พฤษภาคม 2564']],
    ['คณะทำงานประชุมวันจันทร์ที่ 22 มิถุนายน 2563 เวลา 09.00 น.', ['วันจันทร์ที่ 22 มิถุนายน 2563']],
    ['นัดหมายในวันพฤหัสบดี ที่ 5 ตุลาคม 2566 ที่ศาลากลาง', ['วันพฤหัสบดี ที่ 5 ตุลาคม 2566']],
    ['สรุปผลประจำเดือนตุลาคม ๒๕๖๔ ของกอง', ['เดือนตุลาคม ๒๕๖๔']],
    ['รายงานประจำเดือนมีนาคม 2563', ['เดือนมีนาคม 2563']],
    ['แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2563 ของจังหวัด', ['ปีงบประมาณ พ.ศ. 2563']],
    ['โครงการในปีงบประมาณ (พ.ศ.) 2566 จำนวน 4 โครงการ', ['ปีงบประมาณ (พ.ศ.) 2566']],
    ['ผลการดำเนินงานในปี ๒๕๖๔ ดีขึ้น', ['ปี ๒๕๖๔']],
    ['ยุทธศาสตร์ระยะห้าปี (พ.ศ.2560-2564) ของกรม', ['พ.ศ.2560-2564']],
    ['แผนพัฒนา พ.ศ.2566–2570 ฉบับทบทวน', ['พ.ศ.2566–2570']],
    ['ระหว่างวันที่ 7-8 มิถุนายน 2557 ที่เชียงใหม่', ['7-8 มิถุนายน 2557']],
    ['อบรมระหว่าง ๗ – ๙ กรกฎาคม ๒๕๕๙ ณ โรงแรม', ['๗ – ๙ กรกฎาคม ๒๕๕๙']],
    ['สัมมนา ๒๖-๓๐ มีนาคม พ.ศ.๒๕๖๑ ที่ขอนแก่น', ['๒๖-๓๐ มีนาคม พ.ศ.๒๕๖๑']],
    ['ตั้งแต่ 30 กรกฎาคม – 3 สิงหาคม 2562 เป็นต้นไป', ['30 กรกฎาคม – 3 สิงหาคม 2562']],
    ['ช่วง 28 ธันวาคม 2563 - 2 มกราคม 2564 ปิดทำการ', ['28 ธันวาคม 2563 - 2 มกราคม 2564']],
    ['ติดตามเดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗ ต่อเนื่อง', ['เดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗']],
    ['ระยะเดือนพฤษภาคม 2564 – สิงหาคม 2564 แล้วเสร็จ', ['เดือนพฤษภาคม 2564 – สิงหาคม 2564']],
    ['ฤดูฝนปี 2567 มีปริมาณฝนมาก', ['ปี 2567']],
    ['การประเมินวาระปี ๒๕๕๙ ผ่านแล้ว', ['ปี ๒๕๕๙']],
    ['ในปี 66 มีผู้เข้าร่วม 40 คน', ['ปี 66']],
    ['ประกาศ ณ วันที่ 16/12/2563 โดยผู้อำนวยการ', ['16/12/2563']],
    ['ให้ไว้ ณ วันที่ ๒ เดือนมกราคม พ.ศ. ๒๕๖๖ เป็นต้นไป', ['๒ เดือนมกราคม พ.ศ. ๒๕๖๖']],
    ['มีอายุ 20 เดือน มกราคม 2566 ครบกำหนด', ['เดือน มกราคม 2566']],
    ['อัปเดต 2025-05 และ 2026-01-11', ['2025-05', '2026-01-11']],
    ['Posted on Wednesday June 12, 2024 by staff', ['Wednesday June 12, 2024']],
    ['เผยแพร่ 08 Jul 2016 ในเว็บไซต์', ['08 Jul 2016']],
    ['ลงนามเมื่อ 9 มิถุนายน2565 และ 31 ธ.ค.2561', ['9 มิถุนายน2565', '31 ธ.ค.2561']],
    ['ส่งภายใน 26 พ.ค. 64 และ 13 ก.ย.66', ['26 พ.ค. 64', '13 ก.ย.66']],
    ['เริ่ม 1 มกรา 2567 ถึงกลางกรกฏาคม', ['1 มกรา 2567']],
    ['จดหมายเหตุ ๘ กรกฎาคม ๑๕๕๙ ระบุไว้', ['๘ กรกฎาคม ๑๕๕๙']],
    ['วันนี้ 5 พค 2567 อากาศดี', ['5 พค 2567']],
    ['งวดที่สอง ต.ค. 64 ส่งมอบแล้ว', ['ต.ค. 64']],
    ['ปีนี้ ค.ศ. 2021 และ พ.ศ. ๒๕๖๔', ['ค.ศ. 2021', 'พ.ศ. ๒๕๖๔']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('returns the parse fields with exact spans', () => {
    const input = 'ประชุมเมื่อวันที่ ๒๒-๒๓ สิงหาคม ๒๕๖๒ และติดตามผลเดือนตุลาคม 2562';
    const found = findThaiDates(input);
    expect(found).toEqual([
      {
        text: '๒๒-๒๓ สิงหาคม ๒๕๖๒',
        span: [18, 36],
        start: '2019-08-22',
        end: '2019-08-23',
        precision: 'day',
        endPrecision: 'day',
        kind: 'range',
        calendar: 'BE',
        yearInferred: false,
        yearMissing: false,
        warnings: [],
      },
      {
        text: 'เดือนตุลาคม 2562',
        span: [48, 64],
        start: '2019-10',
        end: '2019-10',
        precision: 'month',
        endPrecision: 'month',
        kind: 'month',
        calendar: 'BE',
        yearInferred: false,
        yearMissing: false,
        warnings: [],
      },
    ]);
    for (const match of found) expect(input.slice(match.span[0], match.span[1])).toBe(match.text);
  });
});

describe('findThaiDates: long leads far from digits', () => {
  it('finds an expression whose first digit comes long after its start', () => {
    const lead = 'เดือนพฤศจิกายน   ถึง   วันที่ เดือนกุมภาพันธุ์   พุทธศักราช   ';
    const input = `${'ก'.repeat(500)}${lead}2565 ${'ข'.repeat(500)}`;
    expect(findThaiDates(input)).toMatchObject([{ text: `${lead}2565`, start: '2021-11', end: '2022-02' }]);
  });
});

describe('findThaiDates: year-less dates', () => {
  it('take the year of referenceDate', () => {
    const found = findThaiDates('กำหนดส่งรายงาน 26 กุมภาพันธ์ และประชุม (5 ก.ย.)', {
      referenceDate: '2023-03-01',
    });
    expect(found.map((match) => [match.text, match.start, match.yearInferred])).toEqual([
      ['26 กุมภาพันธ์', '2023-02-26', true],
      ['5 ก.ย.', '2023-09-05', true],
    ]);
  });

  it('take the year of the nearest earlier fully dated match', () => {
    const input = 'ประชุมครั้งแรก 12 มกราคม 2566 ครั้งต่อไป 2-4 เม.ย.นี้ และ 13 ธ.ค. ปี 2570 อีกครั้ง 20 ธ.ค.';
    const found = findThaiDates(input);
    expect(found.map((match) => [match.text, match.start, match.end])).toEqual([
      ['12 มกราคม 2566', '2023-01-12', '2023-01-12'],
      ['2-4 เม.ย.', '2023-04-02', '2023-04-04'],
      ['13 ธ.ค.', '2023-12-13', '2023-12-13'],
      ['ปี 2570', '2027', '2027'],
      ['20 ธ.ค.', '2023-12-20', '2023-12-20'],
    ]);
  });

  it('cross New Year inside a range', () => {
    const [match] = findThaiDates('หยุด 28 ธ.ค. - 2 ม.ค.', { referenceDate: '2024-06-01' });
    expect(match).toMatchObject({ start: '2024-12-28', end: '2025-01-02' });
  });

  it('are kept with yearMissing when nothing gives the year', () => {
    const [match] = findThaiDates('การประชุมวันที่ 4 - 5 มิถุนายนนี้');
    expect(match).toMatchObject({
      text: '4 - 5 มิถุนายน',
      start: '--06-04',
      end: '--06-05',
      yearMissing: true,
      yearInferred: false,
      calendar: null,
    });
  });
});

describe('findThaiDates: what is not a date', () => {
  it.each([
    'การระบาดของ COVID-19 ในพื้นที่',
    'สถานการณ์โควิด 19 คลี่คลาย',
    'โรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)',
    'การประชุมครั้งที่ 2 ของคณะกรรมการ',
    'การประชุมครั้งที่ ๕/๒๕๕๖',
    'การประชุมครั้งที่ 1/2567',
    'แบ่งการดำเนินงานเป็น 3 ระยะ',
    'มียอดผู้ชม 7,791 view',
    'เนื่องในโอกาสครบ 36 พรรษา',
    'ครบรอบ 130 ปี ของโรงเรียน',
    'แผนยุทธศาสตร์ระยะ 20 ปี',
    'ประกาศฉบับที่ 12',
    'นโยบายไทยแลนด์ 4.0',
    'ตามแผนงาน 2570',
    'งบประมาณรายจ่าย 2568',
    'วิสัยทัศน์กรุงเทพฯ 2030',
    'ประเทศกลุ่ม ๗๗',
    'ความร่วมมือ 21 เขตเศรษฐกิจ',
    'ติดต่อ 02-123-4567 หรือ 081 234 5678',
    'วงเงิน 3,653.72 ล้านบาท',
    'ขยายตัว 6.31 หมื่นล้าน',
    'ตามหนังสือ ก.พ. ที่ประชุม',
    'มติ ก.พ.ร. 2566 เรื่องการประเมิน',
    'คณะอนุกรรมการ อ.ก.พ. 2566',
    'ผู้แทน ก.ค.ศ. 2565',
    'นักเรียนชั้น ม.ศ.5 ทั้งหมด',
    'อายุ 20 ปี 10 เดือน',
    'มีความ 2564 ประการ',
    'ตามข้อ 3.1.12 ของระเบียบ',
    'ข้อ 4.2.10 และ 1.1.1',
    'เวลา 13 ธ.ค. 15 น.'.slice(8),
  ])('%s', (input) => {
    expect(findThaiDates(input)).toEqual([]);
  });

  it('skips impossible dates without reading a date out of them', () => {
    expect(findThaiDates('กำหนด 31 กุมภาพันธ์ 2564 หรือ 29 ก.พ. 2564 ไม่มีจริง')).toEqual([]);
    expect(texts('วันที่ 31 ก.พ. 2564 เลื่อนเป็น 1 มี.ค. 2564')).toEqual(['1 มี.ค. 2564']);
  });

  it('returns a weekday that contradicts its date, with a warning', () => {
    const [match] = findThaiDates('ประชุมวันจันทร์ที่ 23 มิถุนายน 2563');
    expect(match?.start).toBe('2020-06-23');
    expect(match?.weekday).toBe(1);
    expect(match?.warnings).toEqual([
      { code: 'weekday-mismatch', message: expect.stringContaining('Tuesday') },
    ]);
  });

  it('reads a year after ปี, พ.ศ., a month or inside d/m/y only', () => {
    expect(texts('งบ 2566 ปี 2566 พ.ศ. 2566 มีนาคม 2566 1/3/2566')).toEqual([
      'ปี 2566',
      'พ.ศ. 2566',
      'มีนาคม 2566',
      '1/3/2566',
    ]);
  });
});

describe('findThaiDates: robustness', () => {
  it('never throws and every span slices to its text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789๐๑๒๓๔๕๖๗๘๙-–/.,: ()ปีเดือนวันที่พ.ศ.ค.ศ.มกราคมก.พ.พคJuneMay ถึง'.split(''),
      'มกราคม',
      'ก.พ.',
      'พ.ศ.',
      'ปีงบประมาณ',
      'วันจันทร์ที่',
      'Wednesday',
      '2564',
      '๒๕๖๔',
      '31',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 60 })), (input) => {
        const found = findThaiDates(input);
        let previousEnd = 0;
        for (const match of found) {
          expect(input.slice(match.span[0], match.span[1])).toBe(match.text);
          expect(match.span[0]).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = match.span[1];
        }
      }),
      { numRuns: 3000 },
    );
  });

  const megabyte = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  it.each([
    ['digits and dashes', megabyte('1-')],
    ['Thai digits and slashes', megabyte('๑/')],
    ['repeated month names', megabyte('มกราคม')],
    ['repeated วันที่', megabyte('วันที่')],
    ['day and month, again and again', megabyte('1 มกราคม ')],
    ['era words and digits', megabyte('พ.ศ.25')],
    ['digit runs', megabyte('1234567890')],
    ['weekday prefixes', megabyte('วันจันทร์ที่ ')],
    ['random Thai', megabyte('กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ ะัาำิีึืุู')],
  ])(
    'scans 1 MB of %s in linear time',
    (_, input) => {
      // Alone on one core each of these takes well under a second (`pnpm bench` prints the times);
      // the bound is generous because test files run in parallel on a shared, sometimes overloaded
      // machine. Quadratic behaviour on 1 MB would take hours, so this still catches it.
      const started = performance.now();
      findThaiDates(input);
      expect(performance.now() - started).toBeLessThan(10_000);
    },
    30_000,
  );
});
