import { findTerms, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';

const terms = (text: string) => findTerms(text).map(({ th, en, abbr }) => ({ th, en, abbr }));

describe('findTerms: definitions', () => {
  it('reads (English, ABBR) and (ABBR: English) as English name and abbreviation', () => {
    const terms = (text: string) => findTerms(text).map((term) => [term.th, term.en, term.abbr]);
    expect(terms('ธนาคารเพื่อการพัฒนาชนบท (Rural Development Bank, RDB) ได้')).toEqual([
      ['ธนาคารเพื่อการพัฒนาชนบท', 'Rural Development Bank', 'RDB'],
    ]);
    expect(terms('ธนาคารเพื่อการพัฒนาชนบท (RDB: Rural Development Bank) ได้')).toEqual([
      ['ธนาคารเพื่อการพัฒนาชนบท', 'Rural Development Bank', 'RDB'],
    ]);
    // A comma inside a gloss with no abbreviation after it is part of the gloss.
    expect(terms('หัวข้อ เติบโตร่วมกัน (Growing Together, Sharing Prosperity) ได้')).toEqual([
      ['เติบโตร่วมกัน', 'Growing Together, Sharing Prosperity', null],
    ]);
  });

  it('reads ไทย (English: ABBR) with the whole definition as its text', () => {
    const text = 'ศูนย์ประสานงานการค้าชายแดน (Border Trade Coordination Centre: BTCC) ได้จัดทำรายงาน';
    expect(findTerms(text)).toEqual([
      {
        text: 'ศูนย์ประสานงานการค้าชายแดน (Border Trade Coordination Centre: BTCC)',
        span: [0, 67],
        th: 'ศูนย์ประสานงานการค้าชายแดน',
        en: 'Border Trade Coordination Centre',
        abbr: 'BTCC',
      },
    ]);
  });

  it('reads a spaced colon the same way', () => {
    expect(terms('ศูนย์ประสานงานการค้าชายแดน (Border Trade Coordination Centre : BTCC) ได้')).toEqual([
      { th: 'ศูนย์ประสานงานการค้าชายแดน', en: 'Border Trade Coordination Centre', abbr: 'BTCC' },
    ]);
  });

  it('reads ไทย (ABBR) with a Latin or a Thai abbreviation', () => {
    expect(terms('กรมส่งเสริมการเกษตร (กสก.) ได้')).toEqual([
      { th: 'กรมส่งเสริมการเกษตร', en: null, abbr: 'กสก.' },
    ]);
    expect(terms('ศูนย์พัฒนาการประมงแห่งภูมิภาค (SEAFDEC) ได้')).toEqual([
      { th: 'ศูนย์พัฒนาการประมงแห่งภูมิภาค', en: null, abbr: 'SEAFDEC' },
    ]);
    expect(terms('สำนักงานสาธารณสุขจังหวัดพะเยา (สสจ.พย.) รายงาน')).toEqual([
      { th: 'สำนักงานสาธารณสุขจังหวัดพะเยา', en: null, abbr: 'สสจ.พย.' },
    ]);
    expect(terms('เชื้อไวรัส (COVID-19) ระบาด')).toEqual([{ th: 'เชื้อไวรัส', en: null, abbr: 'COVID-19' }]);
  });

  it('reads an abbreviation joined by a plus or led by a small letter', () => {
    expect(terms('การประชุมรัฐมนตรีอาเซียนบวกสาม (ASEAN+3) ได้')).toEqual([
      { th: 'การประชุมรัฐมนตรีอาเซียนบวกสาม', en: null, abbr: 'ASEAN+3' },
    ]);
    expect(terms('ระบบการจัดซื้อภาครัฐ (e-GP) และศูนย์บริการ (iTAP) ได้')).toEqual([
      { th: 'ระบบการจัดซื้อภาครัฐ', en: null, abbr: 'e-GP' },
      { th: 'ศูนย์บริการ', en: null, abbr: 'iTAP' },
    ]);
    // A word led by a small letter is a gloss.
    expect(terms('ระบบ (e-Learning) ได้')).toEqual([{ th: 'ระบบ', en: 'e-Learning', abbr: null }]);
  });

  it('reads an abbreviation written with an en dash as one written with a hyphen', () => {
    expect(terms('เชื้อไวรัส (COVID–19) ระบาด')).toEqual([{ th: 'เชื้อไวรัส', en: null, abbr: 'COVID–19' }]);
    expect(terms('สถานการณ์การแพร่ระบาดของโรค (โควิด–19) ในพื้นที่')).toEqual([
      { th: 'สถานการณ์การแพร่ระบาดของโรค', en: null, abbr: 'โควิด–19' },
    ]);
    expect(terms('สถานการณ์การแพร่ระบาดของโรค (โควิด–๑๙) ในพื้นที่')[0]?.abbr).toBe('โควิด–๑๙');
  });

  it('starts the Thai name at its head word when its clause is written on to it', () => {
    expect(terms('ที่ประชุมมีมติให้สำนักงานเกษตรจังหวัดน่าน (สกจ.นน.) รายงาน')).toEqual([
      { th: 'สำนักงานเกษตรจังหวัดน่าน', en: null, abbr: 'สกจ.นน.' },
    ]);
    expect(terms('ได้เสนอต่อการประชุมรัฐมนตรีเกษตรอาเซียน (AMAF) ในปีหน้า')).toEqual([
      { th: 'การประชุมรัฐมนตรีเกษตรอาเซียน', en: null, abbr: 'AMAF' },
    ]);
    // A run that opens with a head word is the name, whatever heads it holds further on.
    expect(terms('ศูนย์ความร่วมมือเพื่อโครงการน้ำสะอาด (CWC) ได้')).toEqual([
      { th: 'ศูนย์ความร่วมมือเพื่อโครงการน้ำสะอาด', en: null, abbr: 'CWC' },
    ]);
  });

  it('reads ไทย (English) as a gloss with no abbreviation', () => {
    expect(terms('แผนแม่บทด้านการเชื่อมโยง (Master Plan on Regional Connectivity) ฉบับใหม่')).toEqual([
      { th: 'แผนแม่บทด้านการเชื่อมโยง', en: 'Master Plan on Regional Connectivity', abbr: null },
    ]);
  });

  it('reads English name (ABBR) with the English name as th-less text', () => {
    const text = 'ที่ Pacific Coral Research Institute (PCRI) ประเทศฟิจิ';
    expect(findTerms(text)).toEqual([
      {
        text: 'Pacific Coral Research Institute (PCRI)',
        span: [4, 43],
        th: null,
        en: 'Pacific Coral Research Institute',
        abbr: 'PCRI',
      },
    ]);
  });

  it('reads (English หรือ ABBR) and (English – ABBR) like (English: ABBR)', () => {
    expect(terms('กลไกความร่วมมือลุ่มน้ำ (Mekong River Partnership หรือ MRP) ได้')).toEqual([
      { th: 'กลไกความร่วมมือลุ่มน้ำ', en: 'Mekong River Partnership', abbr: 'MRP' },
    ]);
    expect(terms('กลไกความร่วมมือลุ่มน้ำ (Mekong River Partnership – MRP) ได้')).toEqual([
      { th: 'กลไกความร่วมมือลุ่มน้ำ', en: 'Mekong River Partnership', abbr: 'MRP' },
    ]);
  });

  it('reads (English or ABBR), (English, or ABBR) and (English; ABBR) like (English: ABBR)', () => {
    for (const inner of [
      'Coastal Water Alliance or CWA',
      'Coastal Water Alliance, or CWA',
      'Coastal Water Alliance; CWA',
    ]) {
      expect(terms(`พันธมิตรน้ำชายฝั่ง (${inner}) ได้`)).toEqual([
        { th: 'พันธมิตรน้ำชายฝั่ง', en: 'Coastal Water Alliance', abbr: 'CWA' },
      ]);
    }
    // `or` between two words of a gloss is part of it.
    expect(terms('ทางเลือก (Build or Buy) ได้')).toEqual([{ th: 'ทางเลือก', en: 'Build or Buy', abbr: null }]);
  });

  it('removes the ordinal of a meeting from en and abbr', () => {
    expect(
      terms('การประชุมเชิงปฏิบัติการ (Sixteenth Regional Workshop on Coastal Fisheries: 16th RWCF) จัดขึ้น'),
    ).toEqual([{ th: 'การประชุมเชิงปฏิบัติการ', en: 'Regional Workshop on Coastal Fisheries', abbr: 'RWCF' }]);
    expect(terms('การประชุมสุดยอด (The 3rd Mekong Leaders Summit) จัดขึ้น')[0]?.en).toBe('Mekong Leaders Summit');
  });

  it('keeps a number that is part of a non-meeting name', () => {
    expect(terms('การปฏิวัติอุตสาหกรรม (Fourth Industrial Revolution) ได้')[0]?.en).toBe(
      'Fourth Industrial Revolution',
    );
  });

  it('returns spans that point at the definition', () => {
    const text = 'ไทยร่วมกับองค์การอนามัยโลก (WHO) และศูนย์ข้อมูล (Data Centre) ในการ';
    for (const term of findTerms(text)) expect(text.slice(...term.span)).toBe(term.text);
    expect(findTerms(text).map((term) => term.text.endsWith(')'))).toEqual([true, true]);
  });

  it('skips parentheticals inside excluded spans', () => {
    const text = 'นายสมชาย ใจดีมาก (Somchai Jaideemak) กล่าว';
    expect(findTerms(text, { exclude: [[0, 36]] })).toEqual([]);
  });

  it('does not take the number of ครั้งที่ for the Thai expression', () => {
    // Actual: th '๑๖', text '๑๖ (Sixteenth …)'.
    const [term] = findTerms('ครั้งที่ ๑๖ (Sixteenth Coordinating Conference on Coastal Security: 16th CCCS)');
    expect(term?.th).not.toBe('๑๖');
  });

  it('keeps a short Thai bracket of the name in the Thai expression', () => {
    const text = 'โดยสำนักงานส่งเสริมนวัตกรรมชุมชน (องค์การมหาชน) (สนช.) ได้';
    const [term] = findTerms(text);
    expect(term).toMatchObject({ th: 'สำนักงานส่งเสริมนวัตกรรมชุมชน (องค์การมหาชน)', en: null, abbr: 'สนช.' });
    expect(text.slice(...(term?.span ?? [0, 0]))).toBe(term?.text);
  });

  it('does not take a leading conjunction into the Thai expression', () => {
    // Actual: th 'และองค์การอนามัยโลก'.
    expect(terms('กรมควบคุมโรค และองค์การอนามัยโลก (WHO)')[0]?.th).toBe('องค์การอนามัยโลก');
  });
});

describe('findTerms: doubled spaces', () => {
  it('reads the English name before (ABBR) when its words are two or three spaces apart', () => {
    const text = 'ณ Penang  Harbour   Convention  Centre  (PHCC) เมืองจอร์จทาวน์';
    const [term] = findTerms(text);
    expect(term).toMatchObject({ th: null, en: 'Penang Harbour Convention Centre', abbr: 'PHCC' });
    expect(text.slice(...(term?.span ?? [0, 0]))).toBe(term?.text);
    expect(term?.text.startsWith('Penang')).toBe(true);
  });

  it('reads a definition whose parenthetical doubles its spaces', () => {
    expect(terms('ศูนย์ประสานงานการค้าชายแดน  (Border  Trade  Coordination  Centre:  BTCC)  ได้')).toEqual([
      { th: 'ศูนย์ประสานงานการค้าชายแดน', en: 'Border Trade Coordination Centre', abbr: 'BTCC' },
    ]);
  });
});

describe('findTerms: what is not a term', () => {
  it('is not a person in parentheses', () => {
    expect(findTerms('กล่าวต้อนรับ (Mr. Somchai Jaideemak) และ (H.E. Mr. Wichai Deemak)')).toEqual([]);
  });

  it('is not a date, an amount or a list marker', () => {
    expect(findTerms('เมื่อวันพฤหัสบดี (5 มีนาคม 2563) ที่ผ่านมา')).toEqual([]);
    expect(findTerms('งบประมาณรวม (ประมาณ ๙๒ ล้านบาท) สำหรับ')).toEqual([]);
    expect(findTerms('ประเด็นสำคัญ ได้แก่ (๑) การค้า (๒) การลงทุน (3) การท่องเที่ยว')).toEqual([]);
    expect(findTerms('ณ ห้องประชุม (ชั้น 2) อาคาร 1')).toEqual([]);
  });

  it('is not a Thai aside or a source tag', () => {
    expect(findTerms('โครงการดังกล่าว (ซึ่งเริ่มดำเนินการตั้งแต่ปีที่แล้ว) ได้รับ')).toEqual([]);
    expect(findTerms('ภาพกิจกรรม (ที่มา: กรมประมง)')).toEqual([]);
  });

  it('is not the English side of a date or a sum', () => {
    expect(findTerms('ประชุมเมื่อวันจันทร์ที่ ๖ มีนาคม ๒๕๖๖ (Monday, 6 March 2023) ที่ผ่านมา')).toEqual([]);
    expect(findTerms('งบประมาณ ๓ ล้านดอลลาร์สหรัฐ (approx. USD 3 million) สำหรับ')).toEqual([]);
    // A year in a name is no date.
    expect(terms('แผนงาน (Work Plan 2025) ได้')).toEqual([{ th: 'แผนงาน', en: 'Work Plan 2025', abbr: null }]);
  });

  it('is not a Latin list marker, a link, a credit or a contact number', () => {
    expect(findTerms('ได้แก่ (i) การค้า (ii) การลงทุน (IV) การท่องเที่ยว')).toEqual([]);
    expect(findTerms('ดูเพิ่มเติม (www.example.go.th) หรือ (https://example.org/news?id=4)')).toEqual([]);
    expect(findTerms('ส่งเอกสารทาง (contact@example.go.th) ภายใน')).toEqual([]);
    expect(findTerms('ภาพกิจกรรม (Photo: Sample Agency) และ (Source : MFA) และ (Photo by AFP)')).toEqual([]);
    expect(findTerms('สอบถามได้ที่ (Tel. 02 123 4567) หรือ (Hotline 1300)')).toEqual([]);
    // A label word that opens a name is kept: `Photo Exhibition`, `Call Centre`.
    expect(terms('นิทรรศการ (Photo Exhibition) และศูนย์รับเรื่อง (Call Centre: CC)')).toEqual([
      { th: 'นิทรรศการ', en: 'Photo Exhibition', abbr: null },
      { th: 'ศูนย์รับเรื่อง', en: 'Call Centre', abbr: 'CC' },
    ]);
  });

  it('is not a list of countries', () => {
    expect(findTerms('ประเทศลุ่มน้ำโขง (Cambodia, Lao PDR, Myanmar and Viet Nam) ได้')).toEqual([]);
    // A country word in a name keeps the gloss.
    expect(terms('ความร่วมมือ (Thailand and Japan Partnership) ได้')[0]?.en).toBe(
      'Thailand and Japan Partnership',
    );
  });

  it('is not an era range', () => {
    expect(findTerms('แผนปฏิบัติการระดับชาติ (พ.ศ.2560-2564) และแผนระยะที่สอง (พ.ศ. 2565)')).toEqual([]);
  });

  it('is not an unclosed bracket or one across lines', () => {
    expect(findTerms('ศูนย์ข้อมูล (Data Centre')).toEqual([]);
    expect(findTerms('ศูนย์ข้อมูล (Data\nCentre)')).toEqual([]);
  });
});

describe('terms in parseReport', () => {
  it('lists each definition once, without people', () => {
    const report = parseReport(
      'เมื่อวันที่ 3 มีนาคม 2566 นายวีรพล ชัยชนะกุล (Weeraphon Chaichanakul) ผู้แทนองค์การอนามัยโลก (WHO) กล่าวว่า องค์การอนามัยโลก (WHO) พร้อมสนับสนุน\n',
    );
    expect(report.terms.map(({ en, abbr }) => ({ en, abbr }))).toEqual([{ en: null, abbr: 'WHO' }]);
    expect(report.people[0]?.nameLatin).toBe('Weeraphon Chaichanakul');
  });
});
