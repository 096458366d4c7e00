import { readFileSync } from 'node:fs';
import { MeetingReportSchema, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';
import { fixture } from './support/corpus';

const codes = (text: string, options?: Parameters<typeof parseReport>[1]) =>
  parseReport(text, options).diagnostics.map((d) => d.code);

describe('parseReport: the record', () => {
  it('matches the doc-comment example', () => {
    const report = parseReport(
      'เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔ นายสมชาย ใจดี รองปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมเจ้าหน้าที่อาวุโส ครั้งที่ ๓ ผ่านระบบการประชุมทางไกล',
    );
    expect(report.meeting).toMatchObject({
      nameTh: 'การประชุมเจ้าหน้าที่อาวุโส',
      ordinal: 3,
      date: { start: '2021-05-26', end: '2021-05-26' },
      mode: 'virtual',
    });
    expect(report.people[0]).toMatchObject({ name: 'สมชาย ใจดี', position: 'รองปลัดกระทรวงการต่างประเทศ' });
  });

  it('returns a schema-valid record of version 1', () => {
    const report = parseReport(fixture('mfa-fisheries-working-group.txt'));
    expect(MeetingReportSchema.parse(report)).toEqual(report);
    expect(report.schemaVersion).toBe(1);
  });

  it('never throws: an empty text, a non-string and an invalid reference date give diagnostics', () => {
    expect(parseReport('').diagnostics).toEqual([
      { code: 'empty-text', severity: 'warning', message: expect.any(String) },
    ]);
    expect(codes(' \n\t ')).toEqual(['empty-text']);
    expect(() => parseReport(undefined as unknown as string)).not.toThrow();
    expect(() => parseReport(42 as unknown as string)).not.toThrow();
    const report = parseReport('เมื่อวันที่ 26 กุมภาพันธ์ นายธนวัฒน์ รุ่งเรืองศรี\n', { referenceDate: 'not a date' });
    expect(MeetingReportSchema.safeParse(report).success).toBe(true);
    expect(report.diagnostics.map((d) => d.code)).toContain('invalid-reference-date');
    expect(report.people.map((p) => p.name)).toEqual(['ธนวัฒน์ รุ่งเรืองศรี']);
  });

  it('leaves out a value the text stops inside of, and says so', () => {
    const cut = parseReport('เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔ นายธนวัฒน์ รุ่งเรืองศรี ได้มอบเงิน ๓.๕ ล้านดอลลาร์');
    expect(cut.amounts).toEqual([]);
    // บาท is no start of another currency's name: an amount in baht at the cut is whole.
    expect(parseReport('นายธนวัฒน์ รุ่งเรืองศรี ได้มอบเงิน ๕ ล้านบาท').amounts.map((a) => a.value)).toEqual([
      5_000_000,
    ]);
    const cutName = parseReport('เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔ นายธนวัฒน์ รุ่งเรือง');
    expect(cutName.people).toEqual([]);
    expect(cutName.diagnostics.map((d) => [d.code, d.span])).toContainEqual(['cut-value', [28, 48]]);
    // A year cut to two digits, or a day and month whose year may follow.
    expect(parseReport('นายธนวัฒน์ รุ่งเรืองศรี ประชุมเมื่อ ๒๖ พฤษภาคม ๒๕').dates).toEqual([]);
    expect(parseReport('ประชุมเมื่อวันที่ 5 มี.ค. 2564 และวันที่ 9 มี.ค. ').dates.map((d) => d.text)).toEqual([
      '5 มี.ค. 2564',
    ]);
    // A round or a name the text stops in.
    const round = 'เมื่อวันที่ 4 ตุลาคม 2565 นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมคณะกรรมการร่วมไทย-ลาว ครั้งที่ 1';
    expect(parseReport(round).meeting?.ordinal).toBeNull();
    expect(parseReport(`${round}\n`).meeting?.ordinal).toBe(1);
    const english = 'นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมคณะกรรมการร่วมด้านประมง (Joint Fisheries Comm';
    expect(parseReport(english).meeting?.nameEn ?? null).toBeNull();
    // What ends with a line break, or a date with its full year, is whole.
    const whole = parseReport('นายธนวัฒน์ รุ่งเรืองศรี ได้มอบเงิน ๓.๕ ล้านดอลลาร์\n');
    expect(whole.amounts.map((a) => a.currency)).toEqual(['USD']);
    expect(whole.people.map((p) => p.name)).toEqual(['ธนวัฒน์ รุ่งเรืองศรี']);
    expect(parseReport('ประชุม ณ ห้องประชุม ๒ วันที่ 22 มกราคม 2567').dates.map((d) => d.start)).toEqual([
      '2024-01-22',
    ]);
  });

  it('reads the whole of a ministry report', () => {
    const text = fixture('mfa-fisheries-working-group.txt');
    const report = parseReport(text);
    expect(report).toMatchObject({
      title: 'อธิบดีกรมอาเซียนร่วมผลักดันการจัดการประมงอย่างยั่งยืนในการประชุมคณะทำงานอาเซียนด้านการประมงชายฝั่ง ครั้งที่ ๑๔',
      section: null,
      published: { text: '18 พ.ย. 2565', start: '2022-11-18' },
      updated: { text: '3 ม.ค. 2566', start: '2023-01-03' },
      views: 3128,
      meeting: {
        nameTh: 'การประชุมคณะทำงานอาเซียนด้านการประมงชายฝั่ง',
        ordinal: 14,
        date: { start: '2022-11-17', end: '2022-11-17' },
        mode: 'virtual',
        venue: null,
      },
      countries: ['AU', 'TH', 'MY'],
      diagnostics: [],
    });
    expect(report.people[0]).toMatchObject({
      honorific: 'นางสาว',
      name: 'ศิริลักษณ์ บุญญาภิรมย์',
      position: 'อธิบดีกรมอาเซียน',
    });
    expect(report.people.map((p) => p.name)).toEqual(['ศิริลักษณ์ บุญญาภิรมย์', 'ปกรณ์ ธนวัฒน์สกุล']);
    expect(report.amounts.map(({ value, currency, approximate }) => [value, currency, approximate])).toEqual([
      [1_800_000, 'AUD', false],
      [42_000_000, 'THB', true],
    ]);
    expect(report.terms.map((t) => t.abbr)).toEqual(['AWGCF', 'CRRP', 'SEAFDEC']);
    expect(report.dates.map((d) => [d.start, d.end])).toEqual([
      ['2022-11-18', '2022-11-18'],
      ['2023-01-03', '2023-01-03'],
      ['2022-11-17', '2022-11-17'],
      ['2023', '2025'],
      ['2023-03', '2023-03'],
    ]);
    expect(report.paragraphs).toHaveLength(3);
    expect(report.paragraphs.join('\n')).not.toContain('รูปภาพประกอบ');
  });

  it('reads an English-named hybrid seminar with its theme', () => {
    const report = parseReport(fixture('event-seminar-youth-forum.txt'));
    expect(report).toMatchObject({
      section: 'EVENT & SEMINAR',
      title: 'ไทยเป็นเจ้าภาพการประชุม 2nd Mekong Youth Forum on Climate Action',
      published: { start: '2023-06-22' },
      meeting: {
        nameTh: null,
        nameEn: 'Mekong Youth Forum on Climate Action',
        ordinal: 2,
        date: { start: '2023-06-20' },
        time: { start: '08:30', end: '17:00' },
        mode: 'hybrid',
        venue: 'ห้องประชุมจามจุรี โรงแรมเจ้าพระยาปาร์ค กรุงเทพมหานคร',
        theme: 'Young Voices for Green Rivers',
      },
      countries: ['TH', 'KH', 'LA', 'MM', 'VN'],
    });
    expect(report.people.map((p) => [p.honorific, p.name])).toEqual([
      ['ดร.', 'อนันตา พัฒนศิริกุล'],
      ['Mr.', 'Daniel Okafor Brennan'],
    ]);
    expect(report.terms.map(({ en, abbr }) => [en, abbr])).toEqual([
      ['United Nations Development Programme', 'UNDP'],
    ]);
    expect(report.paragraphs.at(-1)).toBe(
      'ทั้งนี้ ไทยได้จัดสรรทุนจำนวน 1.2 ล้านบาท สำหรับโครงการนำร่องของเยาวชนในลุ่มน้ำโขง',
    );
  });

  it('reads a courtesy call: no meeting name, a Latin rendering, glosses', () => {
    const report = parseReport(fixture('courtesy-call-ambassador.txt'));
    expect(report.meeting).toMatchObject({
      nameTh: null,
      nameEn: null,
      mode: null,
      date: { start: '2023-04-25' },
    });
    expect(report.people.map(({ name, nameLatin, position }) => ({ name, nameLatin, position }))).toEqual([
      { name: 'กิตติภพ สุขสวัสดิ์', nameLatin: null, position: 'ผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศ' },
      {
        name: 'เอมิลี แฮร์ริสัน',
        nameLatin: 'Emily Harrison',
        position: 'เอกอัครราชทูตนิวซีแลนด์ประจำประเทศไทย',
      },
    ]);
    expect(report.terms.map(({ en, abbr }) => [en, abbr])).toEqual([
      ['New Zealand Scholarships', null],
      [null, 'CPTPP'],
    ]);
    expect(report.countries).toEqual(['NZ', 'TH']);
  });

  it('reads a news-wire visit: a date range, a related earlier round, yen', () => {
    const report = parseReport(fixture('newswire-labour-visit.txt'));
    expect(report).toMatchObject({
      section: 'ข่าวต่างประเทศ',
      published: { text: 'Friday July 5, 2024', start: '2024-07-05' },
      meeting: {
        nameTh: 'การประชุมคณะกรรมการร่วมไทย - ญี่ปุ่นด้านแรงงาน',
        ordinal: 5,
        date: { start: '2024-07-08', end: '2024-07-10' },
        mode: 'in-person',
        venue: 'กรุงโตเกียว',
      },
      countries: ['JP', 'TH'],
    });
    expect(report.people[1]).toMatchObject({ name: 'ฮิโรชิ มัตสึดะ', nameLatin: 'Hiroshi Matsuda' });
    expect(report.amounts.map(({ value, currency }) => [value, currency])).toEqual([[350_000_000, 'JPY']]);
  });

  it('reads a provincial report that opens with its dateline', () => {
    const report = parseReport(fixture('provincial-dateline-disease.txt'));
    expect(report).toMatchObject({
      title: null,
      published: { start: '2021-09-14' },
      meeting: {
        nameTh: 'การประชุมคณะกรรมการโรคติดต่อจังหวัดพะเยา',
        ordinal: 12,
        date: { start: '2021-09-14' },
        time: { start: '13:30', end: null },
        mode: 'in-person',
        venue: 'ห้องประชุมเวียงพิงค์ ศาลากลางจังหวัดพะเยา',
      },
    });
    // `2019` of the disease's name is no date.
    expect(report.dates.map((d) => d.start)).toEqual(['2021-09-14', '2021-09-28']);
    expect(report.terms.map((t) => t.abbr)).toEqual(['COVID-19', 'สสจ.พย.']);
  });

  it('reads a hybrid meeting under a bare date line, a fiscal year and an era range', () => {
    const report = parseReport(fixture('ministry-hybrid-bare-date.txt'));
    expect(report).toMatchObject({
      published: { start: '2023-02-09' },
      views: 412,
      meeting: {
        nameTh: 'การประชุมคณะอนุกรรมการขับเคลื่อนแผนพัฒนาคุณภาพชีวิตคนพิการ',
        ordinal: 1,
        date: { text: 'วันพุธที่ 8 กุมภาพันธ์ 2566', start: '2023-02-08' },
        time: { start: '09:30', end: '12:00' },
        mode: 'hybrid',
        venue: 'ห้องประชุม 602 ชั้น 6 อาคารกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์',
      },
    });
    expect(report.dates.map((d) => [d.text, d.start, d.end])).toContainEqual([
      'ปีงบประมาณ พ.ศ. 2565',
      '2021-10-01',
      '2022-09-30',
    ]);
    expect(report.dates.map((d) => [d.text, d.start, d.end])).toContainEqual([
      'พ.ศ. 2566-2570',
      '2023',
      '2027',
    ]);
    // The era range is a date, not a term; the abbreviations are terms.
    expect(report.terms.map((t) => t.abbr)).toEqual(['กทพ.', 'พก.']);
  });

  it('reads a report cut mid-word and says so', () => {
    const text = fixture('truncated-water-committee.txt');
    const report = parseReport(text);
    expect(report.meeting).toMatchObject({
      nameTh: 'การประชุมคณะทำงานติดตามสถานการณ์น้ำ',
      ordinal: 3,
      venue: 'ห้องประชุม 1 ชั้น 3 อาคารกรมทรัพยากรน้ำ',
    });
    expect(report.diagnostics).toEqual([
      {
        code: 'truncated-text',
        severity: 'info',
        message: expect.any(String),
        span: [text.length - 1, text.length],
      },
    ]);
  });

  it('reads the examples shipped in the repository', () => {
    const text = readFileSync(
      new URL('../../../examples/reports/lead-sentence-no-title.txt', import.meta.url),
      'utf8',
    );
    const report = parseReport(text);
    expect(report.title).toBeNull();
    expect(report.meeting).toMatchObject({ ordinal: 2, mode: 'virtual', date: { start: '2022-06-07' } });
  });
});

describe('parseReport: dates', () => {
  it('gives a year-less date the year of the published date', () => {
    const report = parseReport(
      'กรมประมงประชุมหารือความร่วมมือ\n\n3 มี.ค. 2566\n\nเมื่อวันที่ 2 มีนาคม นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมหารือด้านการประมง ครั้งที่ 2\n',
    );
    expect(report.dates.map(({ text, start, yearInferred }) => ({ text, start, yearInferred }))).toEqual([
      { text: '3 มี.ค. 2566', start: '2023-03-03', yearInferred: undefined },
      { text: '2 มีนาคม', start: '2023-03-02', yearInferred: true },
    ]);
    expect(report.meeting?.date?.start).toBe('2023-03-02');
  });

  it('else the year of the nearest full date before it', () => {
    const report = parseReport('เมื่อวันที่ 3 มีนาคม 2565 ได้ประชุม และต่อมาในวันที่ 5 เม.ย. ได้ติดตามผล\n');
    expect(report.dates.map((d) => d.start)).toEqual(['2022-03-03', '2022-04-05']);
  });

  it('takes options.referenceDate over the published date, as a string or a Date', () => {
    const text =
      'กรมประมงประชุมหารือความร่วมมือ\n\n3 มี.ค. 2566\n\nเมื่อวันที่ 2 มีนาคม นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุม\n';
    expect(parseReport(text, { referenceDate: '2019-06-01' }).dates.map((d) => d.start)).toEqual([
      '2023-03-03',
      '2019-03-02',
    ]);
    expect(
      parseReport(text, { referenceDate: new Date(Date.UTC(2020, 0, 1)) }).dates.map((d) => d.start),
    ).toEqual(['2023-03-03', '2020-03-02']);
    expect(parseReport('เมื่อวันที่ 26 กุมภาพันธ์ ได้ประชุม\n', { referenceDate: '2020-06-01' }).dates).toMatchObject([
      { text: '26 กุมภาพันธ์', start: '2020-02-26', yearInferred: true },
    ]);
  });

  it('leaves out a year-less date it cannot resolve, with a diagnostic on its span', () => {
    const text = 'เมื่อวันที่ 26 กุมภาพันธ์ นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมหารือด้านการประมง ครั้งที่ 2\n';
    const report = parseReport(text);
    expect(report.dates).toEqual([]);
    const diagnostic = report.diagnostics.find((d) => d.code === 'date-without-year');
    expect(diagnostic).toMatchObject({ severity: 'info' });
    expect(text.slice(...(diagnostic?.span ?? [0, 0]))).toBe('26 กุมภาพันธ์');
  });

  it('reads months, fiscal years and ranges, but not the 2019 of a disease or ไทยแลนด์ 4.0', () => {
    const report = parseReport(
      'ในปีงบประมาณ พ.ศ. 2566 และช่วงเดือนตุลาคม ๒๕๖๔ ระหว่างเดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗ โรคติดเชื้อไวรัสโคโรนา 2019 และไทยแลนด์ 4.0\n',
    );
    expect(report.dates.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: 'ปีงบประมาณ พ.ศ. 2566', start: '2022-10-01', end: '2023-09-30' },
      { text: 'เดือนตุลาคม ๒๕๖๔', start: '2021-10', end: '2021-10' },
      { text: 'เดือนสิงหาคม ๒๕๖๔ – ๒๕๖๗', start: '2021-08', end: '2024' },
    ]);
  });
});

describe('parseReport: diagnostics', () => {
  it('warns about a weekday that contradicts its date, on the date span', () => {
    // 4 April 2023 was a Tuesday.
    const text = 'เมื่อวันจันทร์ที่ 4 เมษายน 2566 นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุม\n';
    const report = parseReport(text);
    expect(report.diagnostics).toEqual([
      {
        code: 'weekday-mismatch',
        severity: 'warning',
        message: expect.any(String),
        span: [5, 31],
      },
    ]);
    expect(text.slice(5, 31)).toBe('วันจันทร์ที่ 4 เมษายน 2566');
    // The date is still read.
    expect(report.dates[0]?.start).toBe('2023-04-04');
    expect(codes('เมื่อวันอังคารที่ 4 เมษายน 2566 ได้ประชุม\n')).toEqual([]);
  });

  it('does not read 31 ก.พ. as a date', () => {
    const report = parseReport('เมื่อวันที่ 31 กุมภาพันธ์ 2566 ได้ประชุม และวันที่ 31 ก.พ. 2566 ได้ติดตามผล\n');
    expect(report.dates).toEqual([]);
    expect(report.meeting).toBeNull();
  });

  it('notes a text evidently cut (a word fragment, a dangling vowel, an open bracket), not a complete one', () => {
    const lead = 'เมื่อวันที่ 4 เมษายน 2566 นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมคณะกรรมการพัฒนา';
    expect(codes(`${lead}ที่ผ่านม`)).toContain('truncated-text');
    expect(codes(`${lead}เ`)).toContain('truncated-text');
    expect(codes(`${lead} (คณะกรรมการ`)).toContain('truncated-text');
    // Thai ends sentences without punctuation: a complete last word is no sign of a cut.
    expect(codes(`${lead}ชายฝั่ง`)).not.toContain('truncated-text');
    expect(codes(`${lead}ชายฝั่ง\n`)).not.toContain('truncated-text');
    expect(codes(`${lead}ชายฝั่ง\n------------`)).not.toContain('truncated-text');
  });

  it('notes a named meeting with no date of its own', () => {
    const report = parseReport('กรมประมงจัดการประชุมหารือด้านการประมงชายฝั่ง ครั้งที่ 2 ณ ห้องประชุมกรมประมง\n');
    expect(report.diagnostics.map((d) => [d.code, d.severity])).toEqual([['meeting-without-date', 'info']]);
  });
});

describe('parseReport: text hygiene', () => {
  it('cleans NBSP and CRLF in values while spans point into the input as written', () => {
    const text =
      'ไทยหารือกับลาวด้านการค้าชายแดน\r\n\r\n5\u00a0ต.ค.\u00a02565\r\n\r\nเมื่อวันที่ 4 ตุลาคม 2565 นายธนวัฒน์\u00a0รุ่งเรืองศรี อธิบดีกรมการค้าต่างประเทศ เข้าร่วมการประชุมคณะทำงานด้านการค้า ครั้งที่ 2 ณ ห้องประชุม\u00a0ชั้น ๒ อาคารรัฐสภา\r\n';
    const report = parseReport(text);
    expect(report.title).toBe('ไทยหารือกับลาวด้านการค้าชายแดน');
    expect(report.published).toMatchObject({ text: '5\u00a0ต.ค.\u00a02565', start: '2022-10-05' });
    expect(text.slice(...(report.published?.span ?? [0, 0]))).toBe('5\u00a0ต.ค.\u00a02565');
    expect(report.people[0]).toMatchObject({
      text: 'นายธนวัฒน์\u00a0รุ่งเรืองศรี',
      name: 'ธนวัฒน์ รุ่งเรืองศรี',
      position: 'อธิบดีกรมการค้าต่างประเทศ',
    });
    expect(report.meeting?.venue).toBe('ห้องประชุม ชั้น ๒ อาคารรัฐสภา');
    expect(text.slice(...(report.meeting?.spans?.venue ?? [0, 0]))).toBe('ห้องประชุม\u00a0ชั้น ๒ อาคารรัฐสภา');
    for (const paragraph of report.paragraphs) expect(paragraph).not.toMatch(/[\r\n\u00a0]/);
  });

  it('removes zero-width characters from paragraphs and the title', () => {
    const report = parseReport(
      'ไทยหารือ\u200bกับลาว\n\n5 ต.ค. 2565\n\nเมื่อวันที่ 4 ตุลาคม 2565 ได้\u200bประชุม\u200c\n',
    );
    expect(report.title).toBe('ไทยหารือกับลาว');
    expect(report.paragraphs).toEqual(['เมื่อวันที่ 4 ตุลาคม 2565 ได้ประชุม']);
  });

  it('writes decomposed sara am as one character in values', () => {
    const text =
      'เมื่อวันที่ 4 ตุลาคม 2565 นายธนวัฒน์ รุ่งเรืองศรี ผู้อ\u0e4d\u0e32นวยการกองแผนงาน เป็นประธานการประชุมคณะท\u0e4d\u0e32งานด้านการค้า ครั้งที่ 2\n';
    const report = parseReport(text);
    expect(report.people[0]?.position).toBe('ผู้อำนวยการกองแผนงาน');
    expect(report.meeting?.nameTh).toBe('การประชุมคณะทำงานด้านการค้า');
    expect(report.paragraphs[0]).not.toContain('\u0e4d\u0e32');
    expect(text.slice(...(report.people[0]?.positionSpan ?? [0, 0]))).toBe('ผู้อ\u0e4d\u0e32นวยการกองแผนงาน');
  });

  it('strips the quotes (or their ? stand-ins) around a whole title or theme, and keeps quotes inside a title', () => {
    const lead =
      'เมื่อวันที่ 4 ตุลาคม 2565 นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมคณะทำงานด้านการค้า ครั้งที่ 2 ภายใต้หัวข้อ ?การค้าที่ยั่งยืน? ณ ห้องประชุม 2';
    const curly = parseReport(`“ไทยหารือกับลาวด้านการค้าชายแดน”\n\n5 ต.ค. 2565\n\n${lead}\n`);
    expect(curly.title).toBe('ไทยหารือกับลาวด้านการค้าชายแดน');
    expect(curly.meeting?.theme).toBe('การค้าที่ยั่งยืน');
    expect(parseReport(`?ไทยหารือกับลาวด้านการค้าชายแดน?\n\n5 ต.ค. 2565\n\n${lead}\n`).title).toBe(
      'ไทยหารือกับลาวด้านการค้าชายแดน',
    );
    expect(parseReport(`"ไทยหารือกับลาวด้านการค้าชายแดน"\n\n5 ต.ค. 2565\n\n${lead}\n`).title).toBe(
      'ไทยหารือกับลาวด้านการค้าชายแดน',
    );
    const inner = parseReport(`“อธิบดี” ต้อนรับ “คณะผู้แทนลาว” ด้านการค้าชายแดน\n\n5 ต.ค. 2565\n\n${lead}\n`);
    expect(inner.title).toBe('“อธิบดี” ต้อนรับ “คณะผู้แทนลาว” ด้านการค้าชายแดน');
    // The span still covers the title as written, quotes included.
    expect(curly.spans?.title).toEqual([0, '“ไทยหารือกับลาวด้านการค้าชายแดน”'.length]);
  });

  it('finds a person whose honorific is followed by a zero-width space', () => {
    // Actual: [] — the zero-width space is taken for a space between honorific and name.
    const report = parseReport('เมื่อวันที่ 4 ตุลาคม 2565 นาย\u200bธนวัฒน์ รุ่งเรืองศรี อธิบดีกรมประมง กล่าวเปิด\n');
    expect(report.people.map((p) => p.name)).toEqual(['ธนวัฒน์ รุ่งเรืองศรี']);
  });

  it('normalises sara am in a name, so that both spellings are one person', () => {
    // Actual: two entries, the second name keeping U+0E4D U+0E32.
    const report = parseReport(
      'นายวีระ ชัยช\u0e33นะ อธิบดีกรมประมง กล่าวเปิด ต่อมานายวีระ ชัยช\u0e4d\u0e32นะ ได้กล่าวปิด\n',
    );
    expect(report.people.map((p) => p.name)).toEqual(['วีระ ชัยช\u0e33นะ']);
  });
});

describe('parseReport: what cannot be a date', () => {
  it('reports a day that is not on the calendar instead of dropping it silently', () => {
    const report = parseReport('เมื่อวันที่ 31 กุมภาพันธ์ 2564 นายสมชาย ใจดี อธิบดีกรมสมมุติ เข้าร่วมการประชุม\n');
    expect(report.dates).toEqual([]);
    const diagnostic = report.diagnostics.find((d) => d.code === 'impossible-date');
    expect(diagnostic?.span).toEqual([12, 30]);
  });

  it('ignores a reference date that is no date, and says so', () => {
    const report = parseReport('ประชุมเมื่อ 26 กุมภาพันธ์\n', { referenceDate: 'not a date' });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['invalid-reference-date', 'date-without-year']);
    expect(report.dates).toEqual([]);
  });
});
