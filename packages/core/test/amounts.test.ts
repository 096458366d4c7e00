import { parseReport } from '@prachum/core';
import { parseThaiNumber } from '@prachum/thai-date';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../src/extract/amounts';
import { cpuTimed, LINEAR_BOUND_MS, repeatPieces } from './support/linear';

const values = (text: string) => findAmounts(text).map(({ value, currency }) => `${value} ${currency}`);

describe('findAmounts', () => {
  it('matches the doc-comment example', () => {
    expect(findAmounts('สนับสนุนเงิน ประมาณ ๙๒ ล้านบาท')).toEqual([
      { text: '๙๒ ล้านบาท', span: [20, 30], value: 92000000, currency: 'THB', approximate: true },
    ]);
  });

  it('reads Thai digits, a multiplier and a currency', () => {
    const text = 'รัฐบาลญี่ปุ่นประกาศให้เงินทุน ๕๐ ล้านดอลลาร์สหรัฐแก่ศูนย์ฝึกอบรมแห่งใหม่';
    const [amount] = findAmounts(text);
    expect(amount).toEqual({
      text: '๕๐ ล้านดอลลาร์สหรัฐ',
      span: [30, 49],
      value: 50_000_000,
      currency: 'USD',
      approximate: false,
    });
    expect(text.slice(...(amount?.span ?? [0, 0]))).toBe(amount?.text);
  });

  it('keeps decimal values exact', () => {
    expect(values('แคนาดาสมทบ ๓.๕ ล้านดอลลาร์แคนาดาเข้ากองทุน')).toEqual(['3500000 CAD']);
    expect(values('อนุมัติงบกลาง 3,653.72 ล้านบาท')).toEqual(['3653720000 THB']);
    expect(values('ลงทุน 3.14159 billion baht')).toEqual(['3141590000 THB']);
    expect(values('มูลค่า 0.1 ล้านบาท และ 2.675 ล้านบาท')).toEqual(['100000 THB', '2675000 THB']);
  });

  it('reads commas and every Thai multiplier', () => {
    expect(values('วงเงินกู้ 15,000 ล้านเหรียญสหรัฐ')).toEqual(['15000000000 USD']);
    expect(values('ความช่วยเหลือ 4.6 แสนดอลลาร์สหรัฐ')).toEqual(['460000 USD']);
    expect(values('รวม 63,145 ล้านบาท')).toEqual(['63145000000 THB']);
    expect(values('ค่าใช้จ่าย 5 พันบาท 2 หมื่นบาท 3 แสนบาท')).toEqual(['5000 THB', '20000 THB', '300000 THB']);
    expect(values('วงเงิน 1.5 พันล้านบาท 2 หมื่นล้านบาท 4 แสนล้านบาท 1.2 ล้านล้านบาท')).toEqual([
      '1500000000 THB',
      '20000000000 THB',
      '400000000000 THB',
      '1200000000000 THB',
    ]);
    expect(values('ค่าธรรมเนียม 1,250 บาท')).toEqual(['1250 THB']);
  });

  it('reads ลบ. as ล้านบาท', () => {
    const [amount] = findAmounts('ครม. อนุมัติแผนพัฒนาภาค วงเงินราว 6.31 หมื่นลบ. สำหรับ 1,200 โครงการ');
    expect(amount).toMatchObject({
      text: '6.31 หมื่นลบ.',
      value: 63_100_000_000,
      currency: 'THB',
      approximate: true,
    });
    expect(values('งบลงทุน 250 ลบ.')).toEqual(['250000000 THB']);
  });

  it('reads a sum written in multiplier words only after a cue', () => {
    const [amount] = findAmounts('การค้าชายแดนมีมูลค่ามากกว่าหมื่นล้านดอลลาร์ฯ ต่อปี');
    expect(amount).toMatchObject({
      text: 'หมื่นล้านดอลลาร์ฯ',
      value: 10_000_000_000,
      currency: 'USD',
      approximate: true,
    });
    expect(values('มอบเงินครัวเรือนละหมื่นบาท')).toEqual(['10000 THB']);
    expect(values('โครงการมูลค่าแสนล้านบาท')).toEqual(['100000000000 THB']);
    // vague or a unit label: not a figure
    expect(findAmounts('ความเสียหายหลายล้านบาท รายได้หลักล้านบาท (หน่วย: ล้านบาท)')).toEqual([]);
  });

  it('reads a whole sum written with .- after it, as official letters write it', () => {
    expect(values('อนุมัติงบประมาณ 1,500,000.- บาท และ ๒๕,๐๐๐.-บาท')).toEqual(['1500000 THB', '25000 THB']);
    expect(findAmounts('ข้อ 1.- การประชุม')).toEqual([]);
  });

  it('adds up a sum written in groups (5 แสน 3 หมื่นบาท), not a list of sums', () => {
    expect(values('เงินรางวัล 5 แสน 3 หมื่นบาท และประมาณ 1 ล้าน 5 แสน 2 พันบาท')).toEqual([
      '530000 THB',
      '1502000 THB',
    ]);
    expect(findAmounts('ประมาณ 1 ล้าน 5 แสนบาท')[0]).toMatchObject({
      text: '1 ล้าน 5 แสนบาท',
      approximate: true,
    });
    // A second group as large as the first is another sum.
    expect(values('งบ 30 ล้าน 20 ล้านบาท')).toEqual(['20000000 THB']);
  });

  it('knows many currencies', () => {
    expect(
      values(
        '10 ล้านเยน 3 ล้านหยวน 2 พันล้านวอน 5 ล้านยูโร 1 ล้านปอนด์ 9 ล้านริงกิต 7 พันล้านดอง 4 ล้านกีบ 8 ล้านจ๊าด 6 ล้านเรียล 2 ล้านรูปี 3 ล้านเปโซ 1 ล้านรูเปียห์',
      ),
    ).toEqual([
      '10000000 JPY',
      '3000000 CNY',
      '2000000000 KRW',
      '5000000 EUR',
      '1000000 GBP',
      '9000000 MYR',
      '7000000000 VND',
      '4000000 LAK',
      '8000000 MMK',
      '6000000 KHR',
      '2000000 INR',
      '3000000 PHP',
      '1000000 IDR',
    ]);
    expect(values('มูลค่า 7.5 ล้านด่ง และ 2 ล้านด่อง')).toEqual(['7500000 VND', '2000000 VND']);
    expect(
      values('2 ล้านดอลลาร์ออสเตรเลีย 3 ล้านดอลลาร์สิงคโปร์ 4 ล้านดอลลาร์ฮ่องกง 5 ล้านดอลลาร์นิวซีแลนด์ 6 ล้านดอลลาร์ไต้หวัน'),
    ).toEqual(['2000000 AUD', '3000000 SGD', '4000000 HKD', '5000000 NZD', '6000000 TWD']);
    expect(values('1 ล้านดอลลาร์ 2 ล้านดอลลาร์สหรัฐฯ 3 ล้านเหรียญสหรัฐฯ 4 ล้านฟรังก์สวิส')).toEqual([
      '1000000 USD',
      '2000000 USD',
      '3000000 USD',
      '4000000 CHF',
    ]);
  });

  it('reads currency symbols and codes before the number', () => {
    expect(findAmounts('a pledge of US$ 5 million')).toEqual([
      { text: 'US$ 5 million', span: [12, 25], value: 5_000_000, currency: 'USD', approximate: false },
    ]);
    expect(values('USD 2.5 million, $3 billion, € 10 ล้าน, ฿500, S$ 1.2 mn, USD5m')).toEqual([
      '2500000 USD',
      '3000000000 USD',
      '10000000 EUR',
      '500 THB',
      '1200000 SGD',
      '5 USD',
    ]);
    expect(values('THB 40 billion and 12 million USD')).toEqual(['40000000000 THB', '12000000 USD']);
    expect(values('5 million baht, 2.5 million US dollars, 700 euros')).toEqual([
      '5000000 THB',
      '2500000 USD',
      '700 EUR',
    ]);
  });

  it('marks approximate sums', () => {
    const approximate = (text: string) => findAmounts(text).map((amount) => amount.approximate);
    expect(approximate('ประมาณ ๙๒ ล้านบาท')).toEqual([true]);
    expect(approximate('ราว 6 ล้านบาท เกือบ 7 ล้านบาท กว่า 8 ล้านบาท มากกว่า 9 ล้านบาท')).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(approximate('ไม่น้อยกว่า 1 ล้านบาท ประมาณการ 2 ล้านบาท')).toEqual([true, true]);
    expect(approximate('๒ ล้านกว่าบาท และ ๑๐๐ กว่าล้านบาท และ ๕ ล้านบาทเศษ')).toEqual([true, true, true]);
    expect(approximate('about US$ 3 million, over $2 billion, up to $1 million')).toEqual([
      true,
      true,
      false,
    ]);
    // `งบประมาณ` is a budget, not an estimate; a cap is the figure itself
    expect(approximate('งบประมาณ 5 ล้านบาท ไม่เกิน 3 ล้านบาท')).toEqual([false, false]);
    expect(approximate('ใช้งบประมาณประมาณ 5 ล้านบาท')).toEqual([true]);
    // the qualifier stays outside the span
    expect(findAmounts('ประมาณ ๙๒ ล้านบาท')[0]?.text).toBe('๙๒ ล้านบาท');
    expect(findAmounts('๒ ล้านกว่าบาท')[0]?.text).toBe('๒ ล้านกว่าบาท');
  });

  it('leaves out numbers that are not money', () => {
    expect(findAmounts('ปีงบประมาณ พ.ศ. 2567 ครั้งที่ 3 ฉบับที่ 12')).toEqual([]);
    expect(findAmounts('เพิ่มขึ้นร้อยละ 5 หรือ 5% หรือ 5 เปอร์เซ็นต์')).toEqual([]);
    expect(findAmounts('แผนพัฒนา 76 จังหวัด 18 กลุ่มจังหวัด รวม 2,505 โครงการ')).toEqual([]);
    expect(findAmounts('วงเงิน 3,653 ล้าน ตามมติ')).toEqual([]);
    expect(findAmounts('The 3rd meeting in 2019, COVID-19, version 2.5')).toEqual([]);
    expect(findAmounts('บทบาทของไทย และบาทหลวง 2 บาทหลวง')).toEqual([]);
    expect(findAmounts('ระบบ 24 เรียลไทม์')).toEqual([]);
    expect(findAmounts('ค่าเงินบาทแข็งค่า ดอลลาร์อ่อนค่า')).toEqual([]);
  });

  it('does not read a currency that runs on into a longer word', () => {
    expect(findAmounts('ซื้อของที่ร้าน 5 ดองกิ')).toEqual([]);
    expect(findAmounts('10 dollarsign, 3 Eurostar trains, 4 bahtx')).toEqual([]);
    // a Thai vowel sign after the name means the syllable goes on
    expect(findAmounts('5 วอนั')).toEqual([]);
  });

  it('finds several sums in document order', () => {
    const text = 'สหรัฐฯ จัดสรร 15 ล้านดอลลาร์สหรัฐ เพื่อช่วยเหลือผู้พลัดถิ่น และ 10 ล้านดอลลาร์สหรัฐ เพื่อเก็บกู้ทุ่นระเบิด';
    const amounts = findAmounts(text);
    expect(amounts.map((amount) => amount.value)).toEqual([15_000_000, 10_000_000]);
    for (const amount of amounts) expect(text.slice(...amount.span)).toBe(amount.text);
  });

  it('reads every numeral exactly as parseThaiNumber does', () => {
    const numerals = [
      '0',
      '7',
      '007',
      '1,250',
      '12,345.678',
      '1,234,567',
      '1,23',
      '1,2345',
      '1234,567',
      '1,234.5,678',
      '1.5',
      '0.000001',
      '2.675',
      '3,653.72',
      '๓.๕',
      '๑,๒๐๐,๐๐๐',
      '๐.๐๐๑',
      '9007199254740991',
      '9007199254740993',
      '123456789012345678901234',
      '1.23456789012345678901',
    ];
    const multipliers = ['', 'พัน', 'หมื่น', 'แสน', 'ล้าน', 'หมื่นล้าน', 'พันล้าน', 'ล้านล้าน', 'แสนพัน'];
    for (const numeral of numerals) {
      for (const multiplier of multipliers) {
        const written = multiplier === '' ? numeral : `${numeral} ${multiplier}`;
        const expected = parseThaiNumber(written);
        const found = findAmounts(`ค่าใช้จ่าย ${written}บาท`).map((amount) => amount.value);
        expect(found, written).toEqual(Number.isFinite(expected) && expected >= 0 ? [expected] : []);
      }
    }
  });

  it('finds sums at the edges of the text and among words that start like its parts', () => {
    expect(values('5 บาท')).toEqual(['5 THB']);
    expect(values('ล้านบาท ๕ ล้านบาท')).toEqual(['5000000 THB']);
    expect(values('หมายเลข 5 พัฒนา 6 หมื่น แสดง 7 แสนบาท ล้')).toEqual(['700000 THB']);
    expect(values('$5')).toEqual(['5 USD']);
    expect(values('ราคา 5 $')).toEqual([]);
    expect(values('usd 5 and Usd 6, USD 7')).toEqual(['7 USD']);
    expect(values('5 BAHT, 6 Baht, 7 bAHT')).toEqual(['5 THB', '6 THB', '7 THB']);
    expect(values('ห')).toEqual([]);
  });

  it('returns nothing for an empty string', () => {
    expect(findAmounts('')).toEqual([]);
  });

  it('runs in linear time on 1 MB of adversarial text', () => {
    const pieces = [
      '1,2,3,4,5,6,7,8,9.',
      'มากกว่า',
      'ล้านล้านแสนหมื่นพัน',
      'กว่า',
      ' US$ ',
      '$$$',
      '๕๐ ล้านดอลลาร์สหรัฐ ',
      'ประมาณ ',
    ];
    const { result: amounts, ms } = cpuTimed(() => findAmounts(repeatPieces(pieces)));
    expect(amounts.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
    const oneLongRun = `มากกว่า${'ล้าน'.repeat(250_000)}`;
    const run = cpuTimed(() => findAmounts(oneLongRun));
    expect(run.result).toEqual([]);
    expect(run.ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});

describe('parseReport: amounts', () => {
  it('counts a sum restated in brackets once, and a conversion into another currency as its own', () => {
    const amounts = (text: string) =>
      parseReport(text).amounts.map(({ text: written, value, currency }) => [written, value, currency]);
    expect(amounts('กองทุนให้ทุนสนับสนุน ๒ ล้านดอลลาร์สหรัฐ (USD 2 million) แก่โครงการนำร่อง\n')).toEqual([
      ['๒ ล้านดอลลาร์สหรัฐ', 2_000_000, 'USD'],
    ]);
    expect(amounts('มูลค่าการค้า 1,200 ล้านบาท (ประมาณ 35 ล้านดอลลาร์สหรัฐ) ในปีที่ผ่านมา\n')).toEqual([
      ['1,200 ล้านบาท', 1_200_000_000, 'THB'],
      ['35 ล้านดอลลาร์สหรัฐ', 35_000_000, 'USD'],
    ]);
    // Two sums of the same size, not in brackets, are two sums.
    expect(amounts('จังหวัดละ 5 ล้านบาท และอำเภอละ 5 ล้านบาท\n')).toHaveLength(2);
  });
});
