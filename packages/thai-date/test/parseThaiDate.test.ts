import { parseThaiDate, ThaiDateError, type ThaiDateErrorCode } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';

type Row = [input: string, start: string, end: string, kind: string, calendar: string | null];

describe('parseThaiDate: days', () => {
  it.each<Row>([
    ['26 พฤษภาคม 2564', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['๒๖ พฤษภาคม ๒๕๖๔', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['๒๖ พฤษภาคม 2564', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['26 พ.ค. 2564', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['26 พ. ค. 2564', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['26 พค 2564', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['09 ก.ค 2563', '2020-07-09', '2020-07-09', 'date', 'BE'],
    ['26 พ.ค. 64', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['27 เมษายน 60', '2017-04-27', '2017-04-27', 'date', 'BE'],
    ['13 ก.ย.66', '2023-09-13', '2023-09-13', 'date', 'BE'],
    ['19 พ.ค.64', '2021-05-19', '2021-05-19', 'date', 'BE'],
    ['9 มิถุนายน2565', '2022-06-09', '2022-06-09', 'date', 'BE'],
    ['31 ธ.ค.2561', '2018-12-31', '2018-12-31', 'date', 'BE'],
    ['3 มกรา 2567', '2024-01-03', '2024-01-03', 'date', 'BE'],
    ['14 กรกฎา 2566', '2023-07-14', '2023-07-14', 'date', 'BE'],
    ['14 กรกฏาคม 2566', '2023-07-14', '2023-07-14', 'date', 'BE'],
    ['2 กุมภาพันธุ์ 2566', '2023-02-02', '2023-02-02', 'date', 'BE'],
    ['18 พฤษจิกายน 2565', '2022-11-18', '2022-11-18', 'date', 'BE'],
    ['18 พฤษภาคม 2024', '2024-05-18', '2024-05-18', 'date', 'CE'],
    ['๘ กรกฎาคม ๑๕๕๙', '1559-07-08', '1559-07-08', 'date', 'CE'],
    ['5 มีนาคม ค.ศ. 2021', '2021-03-05', '2021-03-05', 'date', 'CE'],
    ['5 มีนาคม พ.ศ.2564', '2021-03-05', '2021-03-05', 'date', 'BE'],
    ['5 มีนาคม พุทธศักราช 2564', '2021-03-05', '2021-03-05', 'date', 'BE'],
    ['1 เมษายน ร.ศ. 130', '1911-04-01', '1911-04-01', 'date', 'RS'],
    ['1 มกราคม ร.ศ. 130', '1912-01-01', '1912-01-01', 'date', 'RS'],
    ['16 เมษายน จ.ศ. 1252', '1890-04-16', '1890-04-16', 'date', 'CS'],
    ['16 เมษายน ม.ศ. 1812', '1890-04-16', '1890-04-16', 'date', 'MS'],
    ['June 12, 2024', '2024-06-12', '2024-06-12', 'date', 'CE'],
    ['Wednesday June 12, 2024', '2024-06-12', '2024-06-12', 'date', 'CE'],
    ['Wednesday, June 12, 2024', '2024-06-12', '2024-06-12', 'date', 'CE'],
    ['12 June 2024', '2024-06-12', '2024-06-12', 'date', 'CE'],
    ['08 Jul 2016', '2016-07-08', '2016-07-08', 'date', 'CE'],
    ['Sept. 3, 2019', '2019-09-03', '2019-09-03', 'date', 'CE'],
    ['16/12/2563', '2020-12-16', '2020-12-16', 'date', 'BE'],
    ['16-12-2563', '2020-12-16', '2020-12-16', 'date', 'BE'],
    ['16.12.63', '2020-12-16', '2020-12-16', 'date', 'BE'],
    ['25/09/2017', '2017-09-25', '2017-09-25', 'date', 'CE'],
    ['1/10/2564', '2021-10-01', '2021-10-01', 'date', 'BE'],
    ['30/11/2564', '2021-11-30', '2021-11-30', 'date', 'BE'],
    ['26/5/64', '2021-05-26', '2021-05-26', 'date', 'BE'],
    ['2026-01-11', '2026-01-11', '2026-01-11', 'date', 'CE'],
    ['วันจันทร์ที่ 22 มิถุนายน 2563', '2020-06-22', '2020-06-22', 'date', 'BE'],
    ['วันพฤหัสบดี ที่ 5 ตุลาคม 2566', '2023-10-05', '2023-10-05', 'date', 'BE'],
    ['วันอังคารที่ 24 มกราคม 2566', '2023-01-24', '2023-01-24', 'date', 'BE'],
    ['วันพฤหัสที่ 5 ตุลาคม 2566', '2023-10-05', '2023-10-05', 'date', 'BE'],
    ['Wednesday June 26, 2019', '2019-06-26', '2019-06-26', 'date', 'CE'],
    ['วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567', '2024-02-29', '2024-02-29', 'date', 'BE'],
  ])('%s → %s', (input, start, end, kind, calendar) => {
    expect(parseThaiDate(input)).toMatchObject({
      start,
      end,
      kind,
      calendar,
      precision: 'day',
      yearMissing: false,
    });
  });

  it('returns the weekday that was written', () => {
    expect(parseThaiDate('วันจันทร์ที่ 22 มิถุนายน 2563').weekday).toBe(1);
    expect(parseThaiDate('22 มิถุนายน 2563')).not.toHaveProperty('weekday');
  });

  it('skips lead-ins and a trailing นี้', () => {
    expect(parseThaiDate('เมื่อวันที่ 7 มิถุนายน 2557').start).toBe('2014-06-07');
    expect(parseThaiDate('  วันที่ 7 มิถุนายน 2557  ').start).toBe('2014-06-07');
    expect(parseThaiDate('ระหว่างวันที่ 7-8 มิถุนายน 2557').end).toBe('2014-06-08');
    expect(parseThaiDate('2-4 เม.ย.นี้', { referenceDate: '2024-01-15' }).end).toBe('2024-04-04');
  });
});

describe('parseThaiDate: months, years and fiscal years', () => {
  it.each<[string, string, string, string, string, string, string | null]>([
    ['เดือนตุลาคม ๒๕๖๔', '2021-10', '2021-10', 'month', 'month', 'month', 'BE'],
    ['ตุลาคม 2564', '2021-10', '2021-10', 'month', 'month', 'month', 'BE'],
    ['ต.ค. 64', '2021-10', '2021-10', 'month', 'month', 'month', 'BE'],
    ['June 2024', '2024-06', '2024-06', 'month', 'month', 'month', 'CE'],
    ['2025-05', '2025-05', '2025-05', 'month', 'month', 'month', 'CE'],
    ['ปี ๒๕๖๔', '2021', '2021', 'year', 'year', 'year', 'BE'],
    ['ปี 66', '2023', '2023', 'year', 'year', 'year', 'BE'],
    ['ในปี 66', '2023', '2023', 'year', 'year', 'year', 'BE'],
    ['ปี พ.ศ. 2566', '2023', '2023', 'year', 'year', 'year', 'BE'],
    ['พ.ศ. ๒๕๖๔', '2021', '2021', 'year', 'year', 'year', 'BE'],
    ['ค.ศ. 2021', '2021', '2021', 'year', 'year', 'year', 'CE'],
    ['ปี 2021', '2021', '2021', 'year', 'year', 'year', 'CE'],
    ['ปีงบประมาณ 2565', '2021-10-01', '2022-09-30', 'day', 'day', 'fiscal-year', 'BE'],
    ['ประจำปีงบประมาณ พ.ศ. 2563', '2019-10-01', '2020-09-30', 'day', 'day', 'fiscal-year', 'BE'],
    ['ปีงบประมาณ (พ.ศ.) 2566', '2022-10-01', '2023-09-30', 'day', 'day', 'fiscal-year', 'BE'],
    ['ปีงบฯ 2567', '2023-10-01', '2024-09-30', 'day', 'day', 'fiscal-year', 'BE'],
    ['ปีงบประมาณ 2566-2570', '2022-10-01', '2027-09-30', 'day', 'day', 'fiscal-year', 'BE'],
  ])('%s → %s … %s', (input, start, end, precision, endPrecision, kind, calendar) => {
    expect(parseThaiDate(input)).toMatchObject({ start, end, precision, endPrecision, kind, calendar });
  });
});

describe('parseThaiDate: ranges', () => {
  it.each<[string, string, string]>([
    ['22-23 สิงหาคม 2562', '2019-08-22', '2019-08-23'],
    ['๖-๗ มิถุนายน ๒๕๖๗', '2024-06-06', '2024-06-07'],
    ['๗ – ๙ กรกฎาคม ๒๕๕๙', '2016-07-07', '2016-07-09'],
    ['๒๖-๓๐ มีนาคม พ.ศ.๒๕๖๑', '2018-03-26', '2018-03-30'],
    ['1 ถึง 5 มีนาคม 2564', '2021-03-01', '2021-03-05'],
    ['30 กรกฎาคม – 3 สิงหาคม 2562', '2019-07-30', '2019-08-03'],
    ['28 ธันวาคม 2563 - 2 มกราคม 2564', '2020-12-28', '2021-01-02'],
    ['28 ธันวาคม - 2 มกราคม 2564', '2020-12-28', '2021-01-02'],
    ['16/12/2563 - 20/12/2563', '2020-12-16', '2020-12-20'],
    ['วันจันทร์ที่ 1 – วันพุธที่ 3 มีนาคม 2564', '2021-03-01', '2021-03-03'],
    ['เดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗', '2021-08', '2024'],
    ['เดือนพฤษภาคม 2564 – สิงหาคม 2564', '2021-05', '2021-08'],
    ['มกราคม – มีนาคม 2565', '2022-01', '2022-03'],
    ['พฤศจิกายน – กุมภาพันธ์ 2565', '2021-11', '2022-02'],
    ['พ.ศ.2566–2570', '2023', '2027'],
    ['(พ.ศ.2560-2564)'.slice(1, -1), '2017', '2021'],
    ['ปี 2566-70', '2023', '2027'],
  ])('%s → %s … %s', (input, start, end) => {
    expect(parseThaiDate(input)).toMatchObject({ start, end, kind: 'range' });
  });
});

describe('parseThaiDate: the historical calendar', () => {
  it('reads January–March before 2484 BE as the next Gregorian year', () => {
    expect(parseThaiDate('15 กุมภาพันธ์ 2482').start).toBe('1940-02-15');
    expect(parseThaiDate('15 กุมภาพันธ์ 2482', { historical: false }).start).toBe('1939-02-15');
    expect(parseThaiDate('15 พฤษภาคม 2482').start).toBe('1939-05-15');
    expect(parseThaiDate('1 มกราคม 2484').start).toBe('1941-01-01');
  });

  it('spans April to March for a year alone before 2484 BE', () => {
    expect(parseThaiDate('พ.ศ. 2480')).toMatchObject({
      start: '1937-04',
      end: '1938-03',
      precision: 'month',
      kind: 'year',
    });
    expect(parseThaiDate('พ.ศ. 2480', { historical: false })).toMatchObject({ start: '1937', end: '1937' });
    expect(parseThaiDate('พ.ศ. 2483')).toMatchObject({ start: '1940-04', end: '1940-12' });
    expect(parseThaiDate('ร.ศ. 1')).toMatchObject({ start: '1782-04', end: '1783-03', calendar: 'RS' });
  });

  it('checks 29 February against the Gregorian year it falls in', () => {
    expect(parseThaiDate('29 กุมภาพันธ์ 2482').start).toBe('1940-02-29');
    expect(() => parseThaiDate('29 กุมภาพันธ์ 2482', { historical: false })).toThrow(ThaiDateError);
  });

  it('refuses January–March 2483 BE, which never existed', () => {
    expect(() => parseThaiDate('10 มกราคม 2483')).toThrow(
      expect.objectContaining({ code: 'nonexistent-date' }),
    );
    expect(parseThaiDate('10 มกราคม 2483', { historical: false }).start).toBe('1940-01-10');
  });
});

describe('parseThaiDate: options', () => {
  it('gives a year-less date the year of referenceDate', () => {
    expect(parseThaiDate('26 กุมภาพันธ์', { referenceDate: '2024-07-01' })).toMatchObject({
      start: '2024-02-26',
      yearInferred: true,
      yearMissing: false,
      calendar: null,
    });
    expect(parseThaiDate('13 ธ.ค.', { referenceDate: new Date(Date.UTC(2023, 5, 1)) }).start).toBe(
      '2023-12-13',
    );
  });

  it('returns --MM-DD when nothing gives the year', () => {
    expect(parseThaiDate('26 กุมภาพันธ์')).toMatchObject({
      start: '--02-26',
      end: '--02-26',
      yearMissing: true,
      yearInferred: false,
    });
    expect(parseThaiDate('4 - 5 มิถุนายนนี้')).toMatchObject({ start: '--06-04', end: '--06-05' });
  });

  it('reads two-digit years in the century nearest referenceDate', () => {
    expect(parseThaiDate('5/1/43', { referenceDate: '1810-01-01', historical: false }).start).toBe(
      '1800-01-05',
    );
    // Historically January of 2343 BE fell in 1801: the year began in April.
    expect(parseThaiDate('5/1/43', { referenceDate: '1810-01-01' }).start).toBe('1801-01-05');
    expect(parseThaiDate('5/1/43').start).toBe('2000-01-05');
  });

  it('reads years without an era word in the calendar given by era', () => {
    expect(parseThaiDate('5 มกราคม 2343').start).toBe('2343-01-05');
    expect(parseThaiDate('5 มกราคม 2343', { era: 'BE', historical: false }).start).toBe('1800-01-05');
    expect(parseThaiDate('26/5/21', { era: 'CE' }).start).toBe('2021-05-26');
  });

  it('rejects an invalid referenceDate with advice', () => {
    expect(() => parseThaiDate('5 มกราคม 2564', { referenceDate: 'soon' })).toThrow(/not a valid date/);
  });
});

describe('parseThaiDate: refusals', () => {
  it.each<[string, ThaiDateErrorCode]>([
    ['31 กุมภาพันธ์ 2564', 'invalid-day'],
    ['29 ก.พ. 2564', 'invalid-day'],
    ['31 เมษายน 2566', 'invalid-day'],
    ['0 มกราคม 2566', 'invalid-day'],
    ['16/13/2563', 'invalid-month'],
    ['วันจันทร์ที่ 23 มิถุนายน 2563', 'weekday-mismatch'],
    ['5 มีนาคม 2564 - 1 มีนาคม 2564', 'range-reversed'],
    ['พ.ศ. 2570-2566', 'range-reversed'],
    ['', 'empty-input'],
    ['   ', 'empty-input'],
    ['ประชุมคณะกรรมการ', 'unrecognized'],
    ['COVID-19', 'unrecognized'],
    ['1/2567', 'unrecognized'],
    ['2567', 'unrecognized'],
    ['26 พฤษภาคม 2564 ณ ห้องประชุม', 'trailing-text'],
  ])('%j → %s', (input, code) => {
    let caught: unknown;
    try {
      parseThaiDate(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ThaiDateError);
    const error = caught as ThaiDateError;
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('says what is wrong and what to do', () => {
    expect(() => parseThaiDate('29 ก.พ. 2564')).toThrow(/Day 29 does not exist in February 2021.*Check/);
    expect(() => parseThaiDate('วันจันทร์ที่ 23 มิถุนายน 2563')).toThrow(/Monday.*Tuesday/);
  });
});
