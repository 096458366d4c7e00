import { findMeetings, type MeetingMention, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';

const named = (text: string) =>
  findMeetings(text)
    .filter((m) => m.nameTh !== null || m.nameEn !== null || m.abbr !== null)
    .map(({ nameTh, nameEn, abbr, ordinal }) => ({ nameTh, nameEn, abbr, ordinal }));

/** Every span a mention carries points at where its value was read (the English name with its ordinal). */
function expectMentionSpans(text: string, mention: MeetingMention): void {
  expect(mention.span[0]).toBeLessThanOrEqual(mention.span[1]);
  if (mention.nameThSpan) expect(text.slice(...mention.nameThSpan)).toBe(mention.nameTh);
  if (mention.nameEnSpan) expect(text.slice(...mention.nameEnSpan)).toContain(mention.nameEn);
  if (mention.abbrSpan) expect(text.slice(...mention.abbrSpan)).toContain(mention.abbr);
}

describe('findMeetings: names and ordinals', () => {
  it('reads the Thai name without the ordinal, Thai digits', () => {
    const text = 'นายสมชาย ใจดี เข้าร่วมการประชุมคณะกรรมการร่วมด้านการประมงชายฝั่ง ครั้งที่ ๑๒ ผ่านระบบการประชุมทางไกล';
    const [mention] = findMeetings(text);
    expect(mention).toMatchObject({
      nameTh: 'การประชุมคณะกรรมการร่วมด้านการประมงชายฝั่ง',
      nameEn: null,
      abbr: null,
      ordinal: 12,
    });
    expect(text.slice(...(mention?.nameThSpan ?? [0, 0]))).toBe('การประชุมคณะกรรมการร่วมด้านการประมงชายฝั่ง');
    expect(text.slice(...(mention?.ordinalSpan ?? [0, 0]))).toBe('ครั้งที่ ๑๒');
  });

  it('reads Arabic ordinals, ครั้งที่ N/ปี, สมัยที่ and รอบที่', () => {
    expect(named('เข้าร่วมการประชุมคณะทำงานด้านพลังงานหมุนเวียน ครั้งที่ 7 เมื่อวันที่ 3 มีนาคม 2565')).toEqual([
      { nameTh: 'การประชุมคณะทำงานด้านพลังงานหมุนเวียน', nameEn: null, abbr: null, ordinal: 7 },
    ]);
    expect(named('เป็นประธานการประชุมคณะอนุกรรมการติดตามงบประมาณ ครั้งที่ 1/2567 ณ ห้องประชุมชั้น 4')).toEqual([
      { nameTh: 'การประชุมคณะอนุกรรมการติดตามงบประมาณ', nameEn: null, abbr: null, ordinal: 1 },
    ]);
    expect(named('เข้าร่วมการประชุมคณะกรรมการประจำคณะ ครั้งที่ ๓/๒๕๖๖ ณ ห้อง ๒๐๔')[0]?.ordinal).toBe(3);
    expect(named('เข้าร่วมการประชุมสมัชชาประชาชาติแห่งภูมิภาค สมัยที่ ๔๒ ณ นครเจนีวา')).toEqual([
      { nameTh: 'การประชุมสมัชชาประชาชาติแห่งภูมิภาค', nameEn: null, abbr: null, ordinal: 42 },
    ]);
    expect(named('การประชุมคณะเจรจาสินค้าเกษตร รอบที่ 5 ณ กรุงโซล')).toEqual([
      { nameTh: 'การประชุมคณะเจรจาสินค้าเกษตร', nameEn: null, abbr: null, ordinal: 5 },
    ]);
  });

  it('reads a name that opens with ระดับ (a meeting at ministers’ level)', () => {
    expect(named('เข้าร่วมการประชุมระดับรัฐมนตรีประมงอาเซียน ครั้งที่ 9 ณ กรุงมะนิลา')).toEqual([
      { nameTh: 'การประชุมระดับรัฐมนตรีประมงอาเซียน', nameEn: null, abbr: null, ordinal: 9 },
    ]);
  });

  it('ends the name at an ordinal glued to it', () => {
    expect(named('การประชุมคณะกรรมการสิทธิเด็กครั้งที่ ๒๐ ณ กรุงเทพมหานคร')).toEqual([
      { nameTh: 'การประชุมคณะกรรมการสิทธิเด็ก', nameEn: null, abbr: null, ordinal: 20 },
    ]);
  });

  it('reads an ordinal glued to the pair of countries or to the Thai alias after the name', () => {
    expect(
      named(
        'เข้าร่วมการประชุมคณะกรรมการร่วมทางการค้า (Joint Trade Committee Meeting: JTC) ไทย-ลาวครั้งที่ 8 ณ นครหลวงเวียงจันทน์',
      ),
    ).toEqual([
      {
        nameTh: 'การประชุมคณะกรรมการร่วมทางการค้า',
        nameEn: 'Joint Trade Committee Meeting',
        abbr: 'JTC',
        ordinal: 8,
      },
    ]);
    expect(named('เข้าร่วมการประชุมความร่วมมือลุ่มน้ำโขงตอนบน หรือแม่โขงเหนือครั้งที่ 4 ณ เมืองหลวงพระบาง')).toEqual([
      { nameTh: 'การประชุมความร่วมมือลุ่มน้ำโขงตอนบน', nameEn: null, abbr: null, ordinal: 4 },
    ]);
  });

  it('keeps qualifiers such as ประจำปี in the name', () => {
    expect(named('เข้าร่วมการประชุมใหญ่สามัญประจำปี ๒๕๖๖ ของสมาคมผู้ส่งออกข้าว ณ โรงแรมริมโขง')[0]?.nameTh).toBe(
      'การประชุมใหญ่สามัญประจำปี ๒๕๖๖ ของสมาคมผู้ส่งออกข้าว',
    );
  });

  it('keeps the month and year of ประจำเดือน in the name, the month written out or abbreviated', () => {
    const nameOf = (text: string) => named(text)[0]?.nameTh;
    expect(nameOf('เข้าร่วมการประชุมผู้บริหารกรมประจำเดือนมีนาคม 2566 ณ ห้องประชุม ๑')).toBe(
      'การประชุมผู้บริหารกรมประจำเดือนมีนาคม 2566',
    );
    expect(nameOf('เข้าร่วมการประชุมผู้บริหารกรมประจำเดือนมี.ค. 2566 ณ ห้องประชุม ๑')).toBe(
      'การประชุมผู้บริหารกรมประจำเดือนมี.ค. 2566',
    );
    expect(nameOf('เข้าร่วมการประชุมผู้บริหารกรมประจำเดือนมี.ค 2566 ณ ห้องประชุม ๑')).toBe(
      'การประชุมผู้บริหารกรมประจำเดือนมี.ค 2566',
    );
    expect(nameOf('เข้าร่วมการประชุมกรมการจังหวัด ประจำเดือน พ.ย. ๒๕๖๕ ณ ศาลากลางจังหวัด')).toBe(
      'การประชุมกรมการจังหวัด ประจำเดือน พ.ย. ๒๕๖๕',
    );
    expect(nameOf('เป็นประธานการประชุมคณะกรรมการติดตามผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566 ณ ห้องประชุม ๑')).toBe(
      'การประชุมคณะกรรมการติดตามผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566',
    );
  });

  it('ends the name at a number that completes no date in it', () => {
    expect(named('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล 12 หน่วยงาน ณ ห้องประชุม ๑')[0]?.nameTh).toBe(
      'การประชุมคณะทำงานด้านข้อมูล',
    );
  });

  it('takes an English name in brackets that ends with Talk or Webinar', () => {
    expect(named('เข้าร่วมการประชุมผู้บริหารกรมการค้าภายใน (Morning Talk) ครั้งที่ 3/2567 ณ ห้องประชุม')).toEqual([
      { nameTh: 'การประชุมผู้บริหารกรมการค้าภายใน', nameEn: 'Morning Talk', abbr: null, ordinal: 3 },
    ]);
    expect(named('จัดการประชุมเชิงปฏิบัติการด้านการส่งออกผลไม้ (Fruit Export Webinar) เมื่อวันที่')[0]?.nameEn).toBe(
      'Fruit Export Webinar',
    );
  });

  it('takes nameEn and abbr from the parenthetical, ordinals removed', () => {
    const text =
      'เข้าร่วมการประชุมประสานงานด้านความมั่นคงชายฝั่ง ครั้งที่ ๑๖ (Sixteenth Coordinating Conference on Coastal Security: 16th CCCS) ณ กรุงมะนิลา';
    const [mention] = findMeetings(text);
    expect(mention).toMatchObject({
      nameTh: 'การประชุมประสานงานด้านความมั่นคงชายฝั่ง',
      nameEn: 'Coordinating Conference on Coastal Security',
      abbr: 'CCCS',
      ordinal: 16,
    });
    expectMentionSpans(text, mention as MeetingMention);
    expect(named('เข้าร่วมการประชุมรัฐมนตรีด้านการท่องเที่ยว (Tourism Ministers Meeting: TMM) ครั้งที่ ๙')).toEqual([
      {
        nameTh: 'การประชุมรัฐมนตรีด้านการท่องเที่ยว',
        nameEn: 'Tourism Ministers Meeting',
        abbr: 'TMM',
        ordinal: 9,
      },
    ]);
  });

  it('reads a หรือ English (ABBR) alias', () => {
    expect(named('เข้าร่วมการประชุมผู้นำด้านดิจิทัล หรือ Digital Leaders Summit (DLS) ครั้งที่ 2 ณ กรุงมะนิลา')).toEqual([
      {
        nameTh: 'การประชุมผู้นำด้านดิจิทัล',
        nameEn: 'Digital Leaders Summit',
        abbr: 'DLS',
        ordinal: 2,
      },
    ]);
  });

  it('reads an English name right after การประชุม, with its ordinal', () => {
    const text = 'ไทยเป็นเจ้าภาพการประชุม 3rd Coastal Cities Forum on Plastic Waste เมื่อวันที่ 5 พฤษภาคม 2566';
    const [mention] = findMeetings(text);
    expect(mention).toMatchObject({
      nameTh: null,
      nameEn: 'Coastal Cities Forum on Plastic Waste',
      ordinal: 3,
    });
    expect(text.slice(...(mention?.ordinalSpan ?? [0, 0]))).toBe('3rd ');
    expect(named('เข้าร่วมการประชุม 28th SOFA Meeting ณ กรุงจาการ์ตา')).toEqual([
      { nameTh: null, nameEn: 'SOFA Meeting', abbr: null, ordinal: 28 },
    ]);
    expect(named('เข้าร่วมการประชุม ASEM ครั้งที่ ๑๓')).toEqual([
      { nameTh: null, nameEn: null, abbr: 'ASEM', ordinal: 13 },
    ]);
  });

  it('returns a nameless mention for a channel, a purpose or a reference back', () => {
    expect(named('เข้าร่วมการประชุม VDO Conference กับผู้แทนจังหวัด')).toEqual([]);
    expect(named('ได้จัดการประชุม เพื่อติดตามผลการดำเนินงาน')).toEqual([]);
    expect(named('การประชุมครั้งนี้มีผู้เข้าร่วม ๒๐ คน')).toEqual([]);
    expect(named('หัวหน้าส่วนราชการเข้าร่วมประชุม ก่อนเริ่มวาระ ได้มีการมอบรางวัล')).toEqual([]);
    expect(findMeetings('การประชุมครั้งนี้มีผู้เข้าร่วม ๒๐ คน')).toHaveLength(1);
  });

  it('finds no meeting in ห้องประชุม, ที่ประชุม or ศูนย์การประชุม', () => {
    expect(findMeetings('ณ ห้องประชุมใหญ่ ชั้น ๓')).toEqual([]);
    expect(findMeetings('ที่ประชุมมีมติเห็นชอบ')).toEqual([]);
    expect(findMeetings('ณ ศูนย์การประชุมแห่งชาติ')).toEqual([]);
  });

  it('does not take the ordinal of the fourth industrial revolution for a meeting', () => {
    expect(findMeetings('การเตรียมความพร้อมสู่การปฏิวัติอุตสาหกรรมครั้งที่ ๔ ของภาคเกษตร')).toEqual([]);
    expect(parseReport('การเตรียมความพร้อมสู่การปฏิวัติอุตสาหกรรมครั้งที่ ๔ ของภาคเกษตร\n').meeting).toBeNull();
  });

  it('finds every mention in document order', () => {
    const text =
      'เข้าร่วมการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๔ ต่อจากการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๓ และก่อนการประชุมเจ้าหน้าที่อาวุโสด้านการค้า ครั้งที่ ๒';
    expect(named(text)).toEqual([
      { nameTh: 'การประชุมคณะกรรมาธิการร่วมไทย-ลาว', nameEn: null, abbr: null, ordinal: 4 },
      { nameTh: 'การประชุมคณะกรรมาธิการร่วมไทย-ลาว', nameEn: null, abbr: null, ordinal: 3 },
      { nameTh: 'การประชุมเจ้าหน้าที่อาวุโสด้านการค้า', nameEn: null, abbr: null, ordinal: 2 },
    ]);
    for (const mention of findMeetings(text)) expectMentionSpans(text, mention);
  });
});

describe('findMeetings: doubled spaces', () => {
  it('reads an English name after การประชุม whose words are two or three spaces apart, with its ordinal', () => {
    const text =
      'ไทยเป็นเจ้าภาพการประชุม  3rd  Coastal  Cities   Forum  on  Plastic  Waste  เมื่อวันที่ 5 พฤษภาคม 2566';
    const [mention] = findMeetings(text);
    expect(mention).toMatchObject({ nameEn: 'Coastal Cities Forum on Plastic Waste', ordinal: 3 });
    // The span points at the name as written, its spaces doubled.
    expect(text.slice(...(mention?.nameEnSpan ?? [0, 0])).replace(/ +/g, ' ')).toBe(mention?.nameEn);
    expect(named('เข้าร่วมการประชุม  Mekong  -  Lancang  Leaders  Meeting  ณ กรุงเวียงจันทน์')[0]?.nameEn).toBe(
      'Mekong-Lancang Leaders Meeting',
    );
  });

  it('reads a หรือ English (ABBR) alias written with doubled spaces', () => {
    expect(
      named('เข้าร่วมการประชุมผู้นำด้านดิจิทัล  หรือ  Digital  Leaders  Summit  (DLS)  ครั้งที่  2  ณ กรุงมะนิลา'),
    ).toEqual([{ nameTh: 'การประชุมผู้นำด้านดิจิทัล', nameEn: 'Digital Leaders Summit', abbr: 'DLS', ordinal: 2 }]);
  });

  it('reads a parenthetical written with doubled spaces', () => {
    expect(named('เข้าร่วมการประชุมคณะรัฐมนตรีร่วมไทย-มองโกเลีย  (Joint  Cabinet  Retreat:  JCR)  ครั้งที่  2')).toEqual(
      [
        {
          nameTh: 'การประชุมคณะรัฐมนตรีร่วมไทย-มองโกเลีย',
          nameEn: 'Joint Cabinet Retreat',
          abbr: 'JCR',
          ordinal: 2,
        },
      ],
    );
  });

  it('ends the English name at a line break', () => {
    expect(named('เข้าร่วมการประชุม Coastal Cities Forum\nASEAN Secretariat')[0]?.nameEn).toBe(
      'Coastal Cities Forum',
    );
  });
});

describe('the meeting of parseReport', () => {
  const lead = (rest: string) => `เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี อธิบดีกรมประมง ${rest}\n`;

  it('picks the meeting the lead sentence takes part in, with its date, time, venue and theme', () => {
    const text =
      'เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๖ เวลา ๐๘.๓๐ – ๑๗.๐๐ น. นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมคณะทำงานด้านการศึกษา ครั้งที่ ๔ ภายใต้หัวข้อ “การเรียนรู้ตลอดชีวิตเพื่อชุมชน” ณ โรงแรมสยามริเวอร์ กรุงเทพมหานคร\n';
    const { meeting } = parseReport(text);
    expect(meeting).toMatchObject({
      nameTh: 'การประชุมคณะทำงานด้านการศึกษา',
      nameEn: null,
      abbr: null,
      ordinal: 4,
      date: { text: '๑๒ มีนาคม ๒๕๖๖', start: '2023-03-12', end: '2023-03-12' },
      time: { start: '08:30', end: '17:00', text: '๐๘.๓๐ – ๑๗.๐๐ น.' },
      mode: 'in-person',
      venue: 'โรงแรมสยามริเวอร์ กรุงเทพมหานคร',
      theme: 'การเรียนรู้ตลอดชีวิตเพื่อชุมชน',
    });
    const spans = meeting?.spans ?? {};
    expect(text.slice(...(spans.nameTh ?? [0, 0]))).toBe('การประชุมคณะทำงานด้านการศึกษา');
    expect(text.slice(...(spans.ordinal ?? [0, 0]))).toBe('ครั้งที่ ๔');
    expect(text.slice(...(spans.venue ?? [0, 0]))).toBe('โรงแรมสยามริเวอร์ กรุงเทพมหานคร');
    expect(text.slice(...(spans.theme ?? [0, 0]))).toBe('การเรียนรู้ตลอดชีวิตเพื่อชุมชน');
    expect(text.slice(...(meeting?.time?.span ?? [0, 0]))).toBe('๐๘.๓๐ – ๑๗.๐๐ น.');
  });

  it('leaves the meeting that the report’s meeting prepares for to relatedMeetings, and keeps the lead date', () => {
    const report = parseReport(
      'เมื่อวันที่ ๙ มกราคม ๒๕๖๗ กรมความร่วมมือระหว่างประเทศ ได้จัดการประชุมเพื่อเตรียมการสำหรับการประชุมคณะกรรมการร่วมด้านการพัฒนา ครั้งที่ ๑๑ ณ ห้องประชุม ๓๐๒ กรมความร่วมมือระหว่างประเทศ\n',
    );
    expect(report.meeting).toMatchObject({
      nameTh: null,
      ordinal: null,
      date: { start: '2024-01-09' },
      venue: 'ห้องประชุม ๓๐๒ กรมความร่วมมือระหว่างประเทศ',
    });
    expect(report.relatedMeetings.map(({ nameTh, ordinal }) => ({ nameTh, ordinal }))).toEqual([
      { nameTh: 'การประชุมคณะกรรมการร่วมด้านการพัฒนา', ordinal: 11 },
    ]);
  });

  it('keeps the lead date when the headline names the meeting the lead sentence takes part in otherwise', () => {
    const report = parseReport(
      'กรมการค้าภายในจัดประชุมหารือผู้ค้าข้าวรายใหญ่\nกรมการค้าภายใน โดยนางสาววิภา ทองมาก อธิบดีกรมการค้าภายใน เป็นประธานการประชุมหารือร่วมกับสมาคมโรงสีข้าวไทย เมื่อวันที่ 12 มกราคม 2567 ณ ห้องประชุม 201 กรมการค้าภายใน\n',
    );
    expect(report.meeting?.date?.start).toBe('2024-01-12');
    expect(report.meeting?.venue).toBe('ห้องประชุม 201 กรมการค้าภายใน');
  });

  it('reads a start time without an end', () => {
    const { meeting } = parseReport(
      'เมื่อวันที่ 4 เมษายน 2566 เวลา 13.30 น. นายธนวัฒน์ รุ่งเรืองศรี เป็นประธานการประชุมคณะทำงานด้านแรงงาน ครั้งที่ 2 ณ ห้องประชุม 301\n',
    );
    expect(meeting?.time).toMatchObject({ start: '13:30', end: null });
  });

  it('reads a theme after ภายใต้หัวข้อ without quotes, up to the next clause', () => {
    const { meeting } = parseReport(
      lead('เข้าร่วมการประชุมหารือด้านการประมง ครั้งที่ ๒ ภายใต้หัวข้อ ทะเลสะอาดเพื่ออนาคต ณ จังหวัดระยอง'),
    );
    expect(meeting?.theme).toBe('ทะเลสะอาดเพื่ออนาคต');
  });

  it('says virtual for ทางไกล, Zoom, Video Conference', () => {
    expect(
      parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ผ่านระบบการประชุมทางไกล')).meeting?.mode,
    ).toBe('virtual');
    expect(parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ผ่านระบบ Zoom')).meeting?.mode).toBe(
      'virtual',
    );
    expect(
      parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ผ่านระบบ Video Conference')).meeting?.mode,
    ).toBe('virtual');
  });

  it('says virtual for an e-meeting (ผ่านสื่ออิเล็กทรอนิกส์, e-Meeting, แบบออนไลน์)', () => {
    for (const wording of ['ผ่านสื่ออิเล็กทรอนิกส์', 'ผ่านระบบ e-Meeting', 'แบบออนไลน์']) {
      expect(parseReport(lead(`เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ${wording}`)).meeting?.mode).toBe(
        'virtual',
      );
    }
    expect(
      parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ทั้งแบบออนไซต์และออนไลน์ ณ ห้องประชุม ๒ กรมประมง'))
        .meeting?.mode,
    ).toBe('hybrid');
  });

  it('says virtual for remote wording written with doubled spaces', () => {
    expect(
      parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ผ่านระบบ VDO  Conference  ณ ห้องประชุม ๒ กรมประมง'))
        .meeting?.mode,
    ).toBe('virtual');
    expect(
      parseReport(lead('เข้าร่วมการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๑ ผ่านระบบ Microsoft   Teams')).meeting?.mode,
    ).toBe('virtual');
  });

  it('takes the room or centre named after the city as the venue, and the city when it is all', () => {
    const visit = (places: string) =>
      parseReport(
        `เมื่อวันที่ 13 พฤศจิกายน 2566 นายธนวัฒน์ รุ่งเรืองศรี รัฐมนตรีว่าการกระทรวงแรงงาน เข้าร่วมการประชุมรัฐมนตรีแรงงานอาเซียน ครั้งที่ 28 ${places}\n`,
      ).meeting?.venue;
    expect(visit('ที่กรุงเวียงจันทน์ สปป.ลาว และร่วมหารือกับผู้แทนประเทศสมาชิก ณ ศูนย์ประชุมแห่งชาติลาว')).toBe(
      'ศูนย์ประชุมแห่งชาติลาว',
    );
    expect(visit('ณ กรุงเวียงจันทน์ สาธารณรัฐประชาธิปไตยประชาชนลาว')).toBe(
      'กรุงเวียงจันทน์ สาธารณรัฐประชาธิปไตยประชาชนลาว',
    );
  });

  it('says virtual, with no venue, when the room is one the meeting was joined from (จาก)', () => {
    const { meeting } = parseReport(
      lead('เข้าร่วมการประชุมคณะกรรมการร่วมด้านแรงงาน ครั้งที่ ๓ จากห้องประชุม ๑ กรมประมง ผ่านระบบ Zoom'),
    );
    expect(meeting).toMatchObject({ mode: 'virtual', venue: null });
  });

  it('says hybrid when some take part in a room and others remotely', () => {
    const { meeting } = parseReport(
      lead('จัดการประชุมหารือด้านการศึกษา ครั้งที่ ๒ ในรูปแบบไฮบริด ณ ห้องประชุม ๓๐๑ กรมประมง และผ่านระบบ Zoom'),
    );
    expect(meeting).toMatchObject({ mode: 'hybrid', venue: 'ห้องประชุม ๓๐๑ กรมประมง' });
    // A venue and also a remote channel (`และผ่านระบบ…`), with no word for hybrid.
    expect(
      parseReport(
        lead('เป็นประธานการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๒ ณ ห้องประชุม ๒ กรมประมง และผ่านระบบ Zoom Meeting'),
      ).meeting,
    ).toMatchObject({ mode: 'hybrid', venue: 'ห้องประชุม ๒ กรมประมง' });
    expect(
      parseReport(lead('เป็นประธานการประชุมคณะทำงานด้านข้อมูล ครั้งที่ ๒ ทั้งแบบออนไซต์และออนไลน์')).meeting?.mode,
    ).toBe('hybrid');
  });

  it('says in-person for a venue with no remote wording, and for a visit', () => {
    expect(
      parseReport(
        lead('เข้าร่วมการประชุมคณะกรรมการพัฒนาเมือง ครั้งที่ ๓ ที่ศาลากลางจังหวัดขอนแก่น โดยมีหัวหน้าส่วนราชการเข้าร่วม'),
      ).meeting,
    ).toMatchObject({ mode: 'in-person', venue: 'ศาลากลางจังหวัดขอนแก่น' });
    expect(parseReport(lead('เดินทางเยือนกัมพูชาอย่างเป็นทางการ')).meeting?.mode).toBe('in-person');
  });

  it('says nothing of the mode when nothing is said', () => {
    const { meeting } = parseReport(lead('หารือข้อราชการกับเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย'));
    expect(meeting).toMatchObject({ nameTh: null, mode: null, venue: null, date: { start: '2023-03-12' } });
  });

  it('takes the first of two meetings named together, the other as related', () => {
    const report = parseReport(
      lead(
        'เข้าร่วมการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๔ ณ กรุงเวียงจันทน์ ภายหลังการประชุมเจ้าหน้าที่อาวุโสด้านการค้า ครั้งที่ ๒',
      ),
    );
    expect(report.meeting).toMatchObject({ nameTh: 'การประชุมคณะกรรมาธิการร่วมไทย-ลาว', ordinal: 4 });
    expect(report.relatedMeetings.map((m) => [m.nameTh, m.ordinal])).toEqual([
      ['การประชุมเจ้าหน้าที่อาวุโสด้านการค้า', 2],
    ]);
  });

  it('keeps an earlier round of the same meeting apart, with its own date', () => {
    const report = parseReport(
      'เมื่อวันที่ ๕ มีนาคม ๒๕๖๖ คณะผู้แทนไทยเข้าร่วมการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๔ ณ กรุงเวียงจันทน์\n\nทั้งนี้ การประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๓ จัดขึ้นเมื่อวันที่ ๘ มิถุนายน ๒๕๖๔ ที่กรุงเทพมหานคร\n',
    );
    expect(report.meeting).toMatchObject({ ordinal: 4, date: { start: '2023-03-05' } });
    expect(report.relatedMeetings.map((m) => [m.nameTh, m.ordinal, m.date?.start])).toEqual([
      ['การประชุมคณะกรรมาธิการร่วมไทย-ลาว', 3, '2021-06-08'],
    ]);
  });

  it('never takes the publication date for the meeting date', () => {
    const report = parseReport(
      'กรมประมงประชุมหารือความร่วมมือ\n\n3 มี.ค. 2566\n\nกรมประมงจัดการประชุมหารือด้านการประมงชายฝั่ง ครั้งที่ 2 ณ ห้องประชุมกรมประมง\n',
    );
    expect(report.published?.start).toBe('2023-03-03');
    expect(report.meeting).toMatchObject({ nameTh: 'การประชุมหารือด้านการประมงชายฝั่ง', date: null });
    expect(report.diagnostics.map((d) => d.code)).toContain('meeting-without-date');
  });

  it('keeps a second meeting whose name extends the first as a related meeting', () => {
    // Actual: both mentions are merged into one group, relatedMeetings is [].
    const report = parseReport(
      lead('เข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจอาเซียน และการประชุมรัฐมนตรีเศรษฐกิจอาเซียนกับญี่ปุ่น ณ กรุงพนมเปญ'),
    );
    expect(report.relatedMeetings.map((m) => m.nameTh)).toEqual(['การประชุมรัฐมนตรีเศรษฐกิจอาเซียนกับญี่ปุ่น']);
  });

  it('does not take the time of a news-wire header for the meeting time', () => {
    // The wire's posting time stands 40 characters before the meeting date.
    const report = parseReport(
      'ไทยและเวียดนามจัดการประชุมคณะกรรมการร่วมด้านการค้า ครั้งที่ ๖\n\nข่าวต่างประเทศ Wednesday June 12, 2024 14:10 —กระทรวงการต่างประเทศ\n\nเมื่อวันที่ ๑๑ มิถุนายน ๒๕๖๗ คณะผู้แทนไทยเข้าร่วมการประชุมคณะกรรมการร่วมด้านการค้า ครั้งที่ ๖ ณ กรุงฮานอย\n',
    );
    expect(report.meeting?.time).toBeNull();
  });
});

describe('the date of a statement', () => {
  it('is not the date of a meeting when the lead reports what someone said', () => {
    const report = parseReport(
      'วันที่ 4 สิงหาคม 2567 นายสมบัติ ใจกว้าง โฆษกกระทรวงสมมุติ เปิดเผยว่า กระทรวงเตรียมจัดการหารือกับภาคเอกชนในเดือนหน้า\n',
    );
    expect(report.meeting?.date ?? null).toBeNull();
    expect(report.dates.map((d) => d.start)).toEqual(['2024-08-04']);
  });

  it('is the date of the event when the lead tells the event before the reporting verb', () => {
    const report = parseReport(
      'วันที่ 4 สิงหาคม 2567 นายสมบัติ ใจกว้าง อธิบดีกรมสมมุติ ให้การต้อนรับคณะผู้แทนจากกรุงเทพฯ และกล่าวว่า ยินดีที่ได้หารือ\n',
    );
    expect(report.meeting?.date?.start).toBe('2024-08-04');
  });
});

describe('a meeting held both on site and online', () => {
  it('is hybrid when the report says some joined on site and others online', () => {
    const report = parseReport(
      'เมื่อวันที่ ๘ มีนาคม ๒๕๖๗ กรมสมมุติจัดการประชุมคณะทำงานด้านข้อมูลเปิด ครั้งที่ ๒ ทั้งแบบ On-site ณ ห้องประชุม ๓ อาคารสมมุติ และแบบออนไลน์ผ่านระบบ Zoom\n',
    );
    expect(report.meeting?.mode).toBe('hybrid');
  });
});
