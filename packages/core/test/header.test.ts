import { parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';

/** The header fields of a report, dates reduced to their ISO start. */
const header = (text: string) => {
  const report = parseReport(text);
  return {
    title: report.title,
    section: report.section,
    published: report.published?.start ?? null,
    updated: report.updated?.start ?? null,
    views: report.views,
  };
};

const LEAD =
  'เมื่อวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๖ นายธนวัฒน์ รุ่งเรืองศรี รองอธิบดีกรมประมง เป็นประธานการประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ ๕ ณ ห้องประชุม ๓๐๒ กรมประมง';

describe('header: title, section, published, views', () => {
  it('reads a section label, the title once and POSTED ON dd/mm/yyyy', () => {
    const title = 'กรมประมงจัดการประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ ๕';
    const text = `EVENT & SEMINAR\n\n${title}\nPOSTED ON 14/02/2566\n\n \n\n${title}\n\n${LEAD}\n\nรูปภาพประกอบ\n`;
    const report = parseReport(text);
    expect(header(text)).toEqual({
      title,
      section: 'EVENT & SEMINAR',
      published: '2023-02-14',
      updated: null,
      views: null,
    });
    expect(report.published).toEqual({
      text: '14/02/2566',
      span: [text.indexOf('14/02/2566'), text.indexOf('14/02/2566') + 10],
      start: '2023-02-14',
      end: '2023-02-14',
    });
    expect(report.paragraphs).toEqual([LEAD]);
    expect(text.slice(...(report.spans?.title ?? [0, 0]))).toBe(title);
    expect(text.slice(...(report.spans?.section ?? [0, 0]))).toBe('EVENT & SEMINAR');
  });

  it('reads วันที่นำเข้าข้อมูล, วันที่ปรับปรุงข้อมูล and | N view', () => {
    const title = 'ไทยหารือกับญี่ปุ่นเรื่องความร่วมมือด้านแรงงานฝีมือ';
    const text = `${title}\n\n${title}\n\nวันที่นำเข้าข้อมูล 5 ต.ค. 2565\n\nวันที่ปรับปรุงข้อมูล 7 ต.ค. 2565\n\n| 7,791 view\n\n${LEAD}\n\nแชร์\n`;
    const report = parseReport(text);
    expect(header(text)).toEqual({
      title,
      section: null,
      published: '2022-10-05',
      updated: '2022-10-07',
      views: 7791,
    });
    expect(text.slice(...(report.spans?.views ?? [0, 0]))).toContain('7,791');
    expect(report.paragraphs).toEqual([LEAD]);
    // The header dates are dates of the text too, in document order.
    expect(report.dates.map((d) => d.text)).toEqual(['5 ต.ค. 2565', '7 ต.ค. 2565', '๑๓ กุมภาพันธ์ ๒๕๖๖']);
  });

  it('reads a date line with a byline after or before the date, and a second labelled date', () => {
    const title = 'ผู้ว่าฯ ประชุมกรมการจังหวัดประจำเดือนกุมภาพันธ์';
    const after = `${title}\nเผยแพร่: 15 ก.พ. 2566 10:30   ปรับปรุง: 16 ก.พ. 2566 09:00   โดย: ศูนย์ข่าวภูมิภาค\n${LEAD}\n`;
    expect(header(after)).toEqual({
      title,
      section: null,
      published: '2023-02-15',
      updated: '2023-02-16',
      views: null,
    });
    expect(parseReport(after).paragraphs).toEqual([LEAD]);
    const before = `${title}\nโดย ผู้ดูแลระบบ | 15 กุมภาพันธ์ 2566\n${LEAD}\n`;
    expect(header(before).published).toBe('2023-02-15');
    expect(parseReport(before).paragraphs).toEqual([LEAD]);
    expect(header(`${title}\nเขียนเมื่อ 15 กุมภาพันธ์ 2566\n${LEAD}\n`).published).toBe('2023-02-15');
    expect(header(`${title}\nPosted: 15/02/2023\n${LEAD}\n`).published).toBe('2023-02-15');
    expect(header(`${title}\nเผยแพร่ 15 ก.พ. 2566 แก้ไขเมื่อ 16 ก.พ. 2566\n${LEAD}\n`).updated).toBe(
      '2023-02-16',
    );
    expect(header(`${title}\nLast updated: 16 Feb 2023\n${LEAD}\n`).updated).toBe('2023-02-16');
    expect(header(`${title}\n15 ก.พ. 2566 | Hits: 96\n${LEAD}\n`).views).toBe(96);
    const dashed = `${title}\n15 ก.พ. 2566 - 10:30 น.\n${LEAD}\n`;
    expect(header(dashed).published).toBe('2023-02-15');
    expect(parseReport(dashed).paragraphs).toEqual([LEAD]);
    expect(header(`${title}\n15 ก.พ. 2566 | เปิดอ่าน 1,234 ครั้ง\n${LEAD}\n`).views).toBe(1234);
    // A sentence that opens with โดย is no byline.
    const sentence = `${title}\nโดยมีนายสมชาย ใจดี เป็นประธาน 15 กุมภาพันธ์ 2566\n${LEAD}\n`;
    expect(header(sentence).published).toBeNull();
  });

  it('reads CMS stamps: a time after เวลา on a labelled line, a byline ending in เมื่อ, bullets, counters in คน', () => {
    const title = 'สำนักงานประมงจังหวัดหารือแนวทางฟื้นฟูแหล่งหญ้าทะเล';
    const stamps: [string, { published: string | null; views: number | null }][] = [
      ['โพสต์เมื่อ : 12 มีนาคม 2567 เวลา 10:30 น.', { published: '2024-03-12', views: null }],
      ['ประกาศเมื่อ 12 มี.ค. 2567 เวลา 10.30 น. | อ่าน 87 ครั้ง', { published: '2024-03-12', views: 87 }],
      ['โพสต์โดย ผู้ดูแลระบบ เมื่อ 12 มีนาคม 2567', { published: '2024-03-12', views: null }],
      ['Posted by admin on March 12, 2024', { published: '2024-03-12', views: null }],
      ['12 มี.ค. 2567 • 1,234 views', { published: '2024-03-12', views: 1234 }],
      ['เผยแพร่ 12 มีนาคม 2567\nผู้เข้าชม 52 คน', { published: '2024-03-12', views: 52 }],
      ['วันที่โพสต์ 12/03/2567 · จำนวนผู้เข้าชม : 1,024 คน', { published: '2024-03-12', views: 1024 }],
    ];
    for (const [stamp, expected] of stamps) {
      const text = `${title}\n${stamp}\n${LEAD}\n`;
      expect(header(text)).toEqual({ title, section: null, updated: null, ...expected });
      expect(parseReport(text).paragraphs).toEqual([LEAD]);
    }
    const labelled: [string, { published: string | null; updated: string | null }][] = [
      ['วันที่สร้าง 12 มีนาคม 2567', { published: '2024-03-12', updated: null }],
      ['ลงข่าวเมื่อ 12 มีนาคม 2567', { published: '2024-03-12', updated: null }],
      ['Created: 12 March 2024', { published: '2024-03-12', updated: null }],
      ['วันที่แก้ไข 13 มีนาคม 2567', { published: null, updated: '2024-03-13' }],
      ['Last modified: 13 March 2024', { published: null, updated: '2024-03-13' }],
    ];
    for (const [stamp, expected] of labelled) {
      // An English label is not a wire service's category.
      expect(header(`${title}\n${stamp}\n${LEAD}\n`)).toEqual({
        title,
        section: null,
        views: null,
        ...expected,
      });
    }
    expect(header(`${title}\n12 มีนาคม 2567\nฮิต: 96\n${LEAD}\n`).views).toBe(96);
    // Without a publication label, a date and time is the reporter's dateline of the event.
    expect(header(`${title}\nวันที่ 12 มีนาคม 2567 เวลา 10.30 น.\n${LEAD}\n`).published).toBeNull();
    // A head count is no view counter.
    const headCount = `${title}\n12 มีนาคม 2567\n52 คน\n${LEAD}\n`;
    expect(header(headCount).views).toBeNull();
  });

  it('skips share buttons, menus, a breadcrumb trail and a font-size widget around the title', () => {
    const title = 'ผู้ว่าฯ น่าน ประชุมกรมการจังหวัดประจำเดือน';
    const tops = [
      'Facebook\nTwitter\nLine',
      'ค้นหา\nเมนู\nSkip to content',
      'หน้าหลัก > ข่าวประชาสัมพันธ์ > ข่าวจังหวัด',
      'หน้าแรก / ข่าวประชาสัมพันธ์ / ข่าวจังหวัด',
      'Home » ข่าวกิจกรรม',
      // The last link is the whole headline, however long.
      `หน้าหลัก > ข่าวประชาสัมพันธ์ > ${title}ครั้งที่ 2 เพื่อติดตามผลการเบิกจ่ายงบประมาณ`,
    ];
    for (const top of tops) {
      const text = `${top}\n${title}\n15 ก.พ. 2566\nขนาดตัวอักษร ก ก ก\n${LEAD}\n`;
      expect(header(text)).toEqual({
        title,
        section: null,
        published: '2023-02-15',
        updated: null,
        views: null,
      });
      expect(parseReport(text).paragraphs).toEqual([LEAD]);
    }
  });

  it('reads a bare date line under the title and a bare view counter under it', () => {
    const text = `พม. ประชุมติดตามการช่วยเหลือผู้ประสบภัย\n\n11 ส.ค. 2565\n\n695 view\n\n${LEAD}\n`;
    expect(header(text)).toEqual({
      title: 'พม. ประชุมติดตามการช่วยเหลือผู้ประสบภัย',
      section: null,
      published: '2022-08-11',
      updated: null,
      views: 695,
    });
    const bareCounter = `พม. ประชุมติดตามการช่วยเหลือผู้ประสบภัย\n\n11 ส.ค. 2565\n\n96\n\n${LEAD}\n`;
    expect(header(bareCounter).views).toBe(96);
  });

  it('reads a news-wire header: category as section, its date as published, the source line dropped', () => {
    const title = 'ไทยและเวียดนามจัดการประชุมคณะกรรมการร่วมด้านการค้า ครั้งที่ ๖';
    const text = `${title}\n\nข่าวต่างประเทศ Wednesday June 12, 2024 14:10 —กระทรวงการต่างประเทศ\n\n${LEAD}\n`;
    const report = parseReport(text);
    expect(header(text)).toEqual({
      title,
      section: 'ข่าวต่างประเทศ',
      published: '2024-06-12',
      updated: null,
      views: null,
    });
    expect(report.published?.text).toBe('Wednesday June 12, 2024');
    expect(report.paragraphs).toEqual([LEAD]);
  });

  it('drops a press release number above the headline or before the date', () => {
    const title = 'สำนักงานประมงจังหวัดหารือแนวทางฟื้นฟูแหล่งหญ้าทะเล';
    for (const text of [
      `ข่าวที่ 45/2567\n${title}\n12 มีนาคม 2567\n${LEAD}\n`,
      `ฉบับที่ ๔๕/๒๕๖๗\n${title}\n12 มีนาคม 2567\n${LEAD}\n`,
      `${title}\nข่าวที่ 45/2567 วันที่ 12 มีนาคม 2567\n${LEAD}\n`,
    ]) {
      expect(header(text)).toEqual({
        title,
        section: null,
        published: '2024-03-12',
        updated: null,
        views: null,
      });
      expect(parseReport(text).paragraphs).toEqual([LEAD]);
    }
  });

  it('reads a known section label before the date on a date line as the section', () => {
    const title = 'สำนักงานประมงจังหวัดหารือแนวทางฟื้นฟูแหล่งหญ้าทะเล';
    for (const line of ['ข่าวทั่วไป | 12 มีนาคม 2567', 'ข่าวทั่วไป • 12 มีนาคม 2567', 'ข่าวทั่วไป 12 มีนาคม 2567']) {
      const text = `${title}\n${line}\n${LEAD}\n`;
      expect(header(text)).toEqual({
        title,
        section: 'ข่าวทั่วไป',
        published: '2024-03-12',
        updated: null,
        views: null,
      });
      expect(parseReport(text).paragraphs).toEqual([LEAD]);
    }
    // Any other words before a Thai date make a sentence, not a header.
    expect(header(`${title}\nประชุมครั้งแรก 12 มีนาคม 2567\n${LEAD}\n`).published).toBeNull();
  });

  it('reads ` date 2025-05` as published and the rest of its line as body', () => {
    const text =
      'ผู้แทนไทยร่วมเวทีหารือด้านพลังงานสะอาด\n date 2025-05 เมื่อเวลา 10.00 น. นายธนวัฒน์ รุ่งเรืองศรี เข้าร่วมการประชุมหารือด้านพลังงานสะอาด ครั้งที่ 3 ณ กรุงเทพมหานคร\n';
    const report = parseReport(text);
    expect(report.title).toBe('ผู้แทนไทยร่วมเวทีหารือด้านพลังงานสะอาด');
    expect(report.published).toMatchObject({ text: '2025-05', start: '2025-05', end: '2025-05' });
    expect(report.paragraphs[0]?.startsWith('เมื่อเวลา 10.00 น.')).toBe(true);
    expect(report.meeting?.time?.start).toBe('10:00');
  });

  it('reads a date line in brackets, after ประกาศ ณ วันที่, or with the section and buttons after the date', () => {
    const title = 'กรมประมงจัดประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ 5';
    const read = (line: string) => {
      const report = parseReport(`${title}\n${line}\n${LEAD}`);
      return { ...header(`${title}\n${line}\n${LEAD}`), paragraphs: report.paragraphs.length };
    };
    expect(read('[12 มีนาคม 2567]')).toMatchObject({ title, published: '2024-03-12', paragraphs: 1 });
    expect(read('ประกาศ ณ วันที่ 12 มีนาคม 2567')).toMatchObject({
      title,
      published: '2024-03-12',
      paragraphs: 1,
    });
    expect(read('12 มีนาคม 2567 | ข่าวประชาสัมพันธ์ | พิมพ์')).toMatchObject({
      title,
      section: 'ข่าวประชาสัมพันธ์',
      published: '2024-03-12',
      paragraphs: 1,
    });
    expect(read('12 มี.ค. 2567 | อ่าน 234 ครั้ง | แชร์')).toMatchObject({ published: '2024-03-12', views: 234 });
    // Words after the date that are no header item make the line body text.
    expect(read('12 มีนาคม 2567 ผู้ว่าราชการจังหวัดน่านเปิดงาน')).toMatchObject({ published: null, paragraphs: 2 });
  });

  it('collapses a copy of the title written with the other digits or with the site name after it', () => {
    const title = 'กรมประมงจัดประชุมคณะทำงานด้านการประมงชายฝั่ง ครั้งที่ 5';
    for (const copy of [`${title} - กรมประมง`, `${title} | กรมประมง`, title.replace('5', '๕')]) {
      const report = parseReport(`${title}\n${copy}\n12 มี.ค. 2566\n${LEAD}`);
      expect(report.title).toBe(title);
      expect(report.published?.start).toBe('2023-03-12');
      expect(report.paragraphs).toEqual([LEAD]);
    }
    // A longer sub-headline is body text.
    expect(parseReport(`${title}\n${title}ได้ข้อสรุปแล้ว\n${LEAD}`).paragraphs).toHaveLength(2);
  });

  it('reads a known section label above a headline that nothing below confirms', () => {
    const title = 'กรมประมงหารือแนวทางอนุรักษ์ปะการังกับสถาบันวิจัยทางทะเล';
    expect(header(`ข่าวประชาสัมพันธ์\n${title}\n${LEAD}`)).toEqual({
      title,
      section: 'ข่าวประชาสัมพันธ์',
      published: null,
      updated: null,
      views: null,
    });
    expect(header(`Press Release\n${title}\n${LEAD}`)).toMatchObject({ title, section: 'Press Release' });
    // A label the table does not hold, opening with the word news.
    for (const label of ['ข่าวกิจกรรมผู้บริหาร', 'ข่าวสารจากหน่วยงาน', 'News Update']) {
      expect(header(`${label}\n${title}\n${LEAD}`)).toMatchObject({ title, section: label });
    }
    // A short headline opening with ข่าว above the lead stays the headline.
    expect(header(`ข่าวดีของชาวประมงพื้นบ้าน\n${LEAD}`)).toMatchObject({
      title: 'ข่าวดีของชาวประมงพื้นบ้าน',
      section: null,
    });
    // Any other short line above the headline is the headline itself.
    expect(header(`กรมประมง\n${title}\n${LEAD}`)).toMatchObject({ title: 'กรมประมง', section: null });
  });

  it('reads a label before a colon as the section', () => {
    const text = `ข่าวเด่น : กรมประมงหารือความร่วมมือกับกัมพูชาด้านการประมงชายแดน\n\n${LEAD}\n`;
    expect(header(text)).toMatchObject({
      section: 'ข่าวเด่น',
      title: 'กรมประมงหารือความร่วมมือกับกัมพูชาด้านการประมงชายแดน',
    });
  });

  it('takes the shorter copy of the title when the first line carries site chrome', () => {
    const text = `กรมประมงหารือความร่วมมือด้านการประมงชายแดน ศูนย์ข่าว กป.\n\nกรมประมงหารือความร่วมมือด้านการประมงชายแดน\n\n${LEAD}\n`;
    expect(parseReport(text).title).toBe('กรมประมงหารือความร่วมมือด้านการประมงชายแดน');
  });
});

describe('header: Thai digits', () => {
  it('reads a view counter in Thai digits: | N view, ผู้เข้าชม N ครั้ง, เข้าชม N ครั้ง', () => {
    const title = 'ไทยหารือกับญี่ปุ่นเรื่องความร่วมมือด้านแรงงานฝีมือ';
    const text = `${title}\n\n${title}\n\nวันที่นำเข้าข้อมูล ๕ ต.ค. ๒๕๖๕\n\nวันที่ปรับปรุงข้อมูล ๗ ต.ค. ๒๕๖๕\n\n| ๗,๗๙๑ view\n\n${LEAD}\n`;
    const report = parseReport(text);
    expect(header(text)).toEqual({
      title,
      section: null,
      published: '2022-10-05',
      updated: '2022-10-07',
      views: 7791,
    });
    expect(text.slice(...(report.spans?.views ?? [0, 0]))).toContain('๗,๗๙๑');
    expect(report.paragraphs).toEqual([LEAD]);
    const counter = `${title}\n\n${title}\n|\nเข้าชม ๐ ครั้ง\n\n${LEAD}\n`;
    expect(header(counter).views).toBe(0);
    expect(parseReport(counter).paragraphs).toEqual([LEAD]);
  });

  it('takes a date line in Thai digits with a counter after it as published', () => {
    const title = 'พม. ขับเคลื่อนการดูแลผู้สูงอายุในชุมชน';
    const text = `${title}\n\n${title}\nวันที่ ๔ พ.ค. ๒๕๖๔ | ผู้เข้าชม ๑,๒๙๓ ครั้ง\n\n${LEAD}\n`;
    expect(header(text)).toEqual({
      title,
      section: null,
      published: '2021-05-04',
      updated: null,
      views: 1293,
    });
    expect(parseReport(text).paragraphs).toEqual([LEAD]);
  });

  it('reads a bare counter in Thai digits under the date line', () => {
    const title = 'พม. ประชุมติดตามการช่วยเหลือผู้ประสบภัย';
    const text = `${title}\n\n๑๑ ส.ค. ๒๕๖๕\n\n๙๖\n\n${LEAD}\n`;
    expect(header(text)).toEqual({ title, section: null, published: '2022-08-11', updated: null, views: 96 });
    expect(header(`${title}\n\n๑๑ ส.ค. ๒๕๖๕\n\n๖๙๕ view\n\n${LEAD}\n`).views).toBe(695);
  });
});

describe('header: datelines and texts with no title', () => {
  it('has no title when the text opens with the lead sentence', () => {
    const text = `${LEAD}\n\nที่ประชุมรับทราบผลการดำเนินงาน\n`;
    const report = parseReport(text);
    expect(header(text)).toEqual({ title: null, section: null, published: null, updated: null, views: null });
    expect(report.paragraphs).toEqual([LEAD, 'ที่ประชุมรับทราบผลการดำเนินงาน']);
    expect(report.spans).toEqual({});
  });

  it('takes a วันนี้ (19 พ.ค.64) dateline as published when there is no header date', () => {
    const text =
      'วันนี้ (19 พ.ค.64) เวลา 09.30 น. นายธนวัฒน์ รุ่งเรืองศรี ผู้ว่าราชการจังหวัดน่าน เป็นประธานการประชุมคณะกรรมการโรคติดต่อจังหวัด ครั้งที่ 8/2564 ณ ห้องประชุมศาลากลางจังหวัดน่าน\n';
    const report = parseReport(text);
    expect(report.title).toBeNull();
    expect(report.published).toMatchObject({ text: '19 พ.ค.64', start: '2021-05-19' });
    // The dateline is also the day of the meeting.
    expect(report.meeting?.date?.start).toBe('2021-05-19');
  });

  it('keeps the header date as published when a dateline follows it', () => {
    const text =
      'จังหวัดน่านประชุมคณะกรรมการโรคติดต่อ\n\n20 พ.ค. 2564\n\nวันนี้ (19 พ.ค.64) เวลา 09.30 น. นายธนวัฒน์ รุ่งเรืองศรี เป็นประธานการประชุมคณะกรรมการโรคติดต่อจังหวัด ครั้งที่ 8/2564\n';
    const report = parseReport(text);
    expect(report.published?.start).toBe('2021-05-20');
    expect(report.meeting?.date?.start).toBe('2021-05-19');
  });

  it('takes a place dateline (จ.… date -) as published', () => {
    const text =
      'จ.เชียงราย 3 มีนาคม 2566 - นายธนวัฒน์ รุ่งเรืองศรี ผู้ว่าราชการจังหวัดเชียงราย เป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2566\n';
    expect(parseReport(text).published?.start).toBe('2023-03-03');
  });

  it('takes a bare, a bracketed or a place-first dateline as published, not a lead date', () => {
    const lead = 'นายธนวัฒน์ รุ่งเรืองศรี ผู้ว่าราชการจังหวัดเชียงราย เป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2566\n';
    for (const dateline of ['3 มีนาคม 2566 - ', '(3 มี.ค. 66) ', 'เชียงราย - 3 มี.ค. 66 ']) {
      expect(parseReport(dateline + lead).published?.start).toBe('2023-03-03');
    }
    for (const opening of ['วันที่ 3 มีนาคม 2566 ', 'วันศุกร์ที่ 3 มีนาคม 2566 เวลา 09.00 น. ']) {
      expect(parseReport(opening + lead).published).toBeNull();
    }
  });

  it('does not take a date opening the lead sentence as published', () => {
    expect(parseReport(`${LEAD}\n`).published).toBeNull();
  });
});

describe('header: boilerplate', () => {
  it('drops รูปภาพประกอบ, share buttons, a short cookie notice and separator lines from paragraphs', () => {
    const text = `ข่าวกิจกรรม\nกรมประมงหารือแนวทางอนุรักษ์ปะการัง\n12/03/2566\nกรมประมงหารือแนวทางอนุรักษ์ปะการัง\n${LEAD}\nรูปภาพประกอบ\nShare\nTweet\n------------\nเว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์การใช้งานที่ดี\n`;
    const report = parseReport(text);
    expect(header(text)).toMatchObject({
      section: 'ข่าวกิจกรรม',
      title: 'กรมประมงหารือแนวทางอนุรักษ์ปะการัง',
      published: '2023-03-12',
    });
    expect(report.paragraphs).toEqual([LEAD]);
  });

  it('counts a date inside a repeated title line once', () => {
    const title = 'กรมประมงจัดการประชุมคณะทำงานด้านการประมง ระหว่างวันที่ ๘ - ๑๐ กรกฎาคม ๒๕๖๗';
    const text = `${title}\n\n${title}\n\n11 ก.ค. 2567\n\n${LEAD}\n`;
    const report = parseReport(text);
    expect(report.dates.map((d) => d.text)).toEqual([
      '๘ - ๑๐ กรกฎาคม ๒๕๖๗',
      '11 ก.ค. 2567',
      '๑๓ กุมภาพันธ์ ๒๕๖๖',
    ]);
  });

  it('drops a cookie banner longer than 60 characters', () => {
    // Actual: the banner is kept as the last paragraph (the chrome rule only looks at lines up to 60 characters).
    const banner = 'เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน';
    const report = parseReport(`${LEAD}\n\n${banner}\n`);
    expect(report.paragraphs).toEqual([LEAD]);
  });
});
