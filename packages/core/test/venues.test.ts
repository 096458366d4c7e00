import { findVenues, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';

const values = (text: string, options?: Parameters<typeof findVenues>[1]) =>
  findVenues(text, options).map((venue) => venue.value);

describe('findVenues', () => {
  it('reads the place after ณ up to the next clause, span without ณ', () => {
    const text = 'ประชุม ณ ห้องประชุม ๒ ชั้น ๓ ศาลากลางจังหวัดน่าน โดยมีหัวหน้าส่วนราชการเข้าร่วม';
    expect(findVenues(text)).toEqual([
      {
        text: 'ห้องประชุม ๒ ชั้น ๓ ศาลากลางจังหวัดน่าน',
        span: [9, 48],
        value: 'ห้องประชุม ๒ ชั้น ๓ ศาลากลางจังหวัดน่าน',
      },
    ]);
  });

  it('ends the place before a sentence opener (สำหรับ, โอกาสนี้, ในการนี้, วันนี้)', () => {
    for (const opener of [
      'สำหรับการประชุมครั้งนี้',
      'โอกาสนี้ ผู้ว่าราชการจังหวัด',
      'ในการนี้ ที่ประชุม',
      'วันนี้ (5 มี.ค. 67) ',
    ]) {
      expect(values(`ประชุม ณ ห้องประชุม ๒ ศาลากลางจังหวัดน่าน ${opener}ได้หารือ`)).toEqual([
        'ห้องประชุม ๒ ศาลากลางจังหวัดน่าน',
      ]);
    }
  });

  it('reads the place after a free-standing ที่ followed by a place word', () => {
    expect(values('ประชุมคณะกรรมการ ที่ศาลากลางจังหวัดขอนแก่น เพื่อหารือ')).toEqual(['ศาลากลางจังหวัดขอนแก่น']);
    expect(values('การประชุมครั้งนี้จัดขึ้น ที่โรงแรมริมโขง จังหวัดหนองคาย ระหว่างวันที่ ๓ - ๔ มีนาคม')).toEqual([
      'โรงแรมริมโขง จังหวัดหนองคาย',
    ]);
  });

  it('does not read ที่ before a word that is no place, nor ที่ inside a word', () => {
    expect(findVenues('ที่ประชุมเห็นชอบ และที่ผ่านมา')).toEqual([]);
    expect(findVenues('การประชุมครั้งที่ ๒ ในพื้นที่ชายแดน')).toEqual([]);
  });

  it('does not read ณ inside a word (คณะ, ประมาณ)', () => {
    expect(findVenues('คณะทำงาน ประมาณ ๒๐ คน')).toEqual([]);
  });

  it('never reads a place after จาก', () => {
    expect(findVenues('เข้าร่วมจากห้องประชุม ๑ กระทรวงแรงงาน ผ่านระบบ Zoom')).toEqual([]);
  });

  it('stops at a verb glued to the place', () => {
    expect(values('ณ ห้องประชุมกรมประมงได้มีการหารือ')).toEqual(['ห้องประชุมกรมประมง']);
  });

  it('ends the place before a post that opens the next clause', () => {
    expect(values('เวลา 10.00 น. ณ ตึกภักดีบดินทร์ ทำเนียบรัฐบาล นายกรัฐมนตรีได้ให้การต้อนรับคณะผู้แทน')).toEqual([
      'ตึกภักดีบดินทร์ ทำเนียบรัฐบาล',
    ]);
    expect(values('ณ ศาลากลางจังหวัดตาก ผู้ว่าราชการจังหวัดตาก ได้เป็นประธาน')).toEqual(['ศาลากลางจังหวัดตาก']);
    // A post inside the place's name, or one no clause follows, is part of the place.
    expect(values('ณ ห้องประชุม สำนักงานปลัดกระทรวงพาณิชย์ ชั้น 4 โดยมี')).toEqual([
      'ห้องประชุม สำนักงานปลัดกระทรวงพาณิชย์ ชั้น 4',
    ]);
  });

  it('keeps a city and its country, and a bracketed abbreviation inside the place', () => {
    expect(values('ประชุม ณ กรุงเวียงจันทน์ สปป. ลาว ระหว่างวันที่ ๓ - ๔ มีนาคม ๒๕๖๖')).toEqual([
      'กรุงเวียงจันทน์ สปป. ลาว',
    ]);
    expect(values('ณ ศูนย์ประชุมนานาชาติ (ICC) จังหวัดเชียงใหม่ ได้มีการ')).toEqual([
      'ศูนย์ประชุมนานาชาติ (ICC) จังหวัดเชียงใหม่',
    ]);
  });

  it('cleans the value but keeps the span on the text as written', () => {
    const text = 'ณ ห้องประชุม\u00a0ชั้น ๒  อาคารรัฐสภา โดยมี';
    const [venue] = findVenues(text);
    expect(venue?.value).toBe('ห้องประชุม ชั้น ๒ อาคารรัฐสภา');
    expect(text.slice(...(venue?.span ?? [0, 0]))).toBe(venue?.text);
    expect(venue?.text).toBe('ห้องประชุม\u00a0ชั้น ๒  อาคารรัฐสภา');
  });

  it('stops at a line break and at a caller-given stop', () => {
    expect(values('ณ ห้องประชุม ๒\nที่ประชุมรับทราบ')).toEqual(['ห้องประชุม ๒']);
    const text = 'ณ ห้องประชุม ๒ นายสมชาย ใจดีมาก กล่าว';
    expect(values(text, { stops: [[15, 32]] })).toEqual(['ห้องประชุม ๒']);
  });

  it('skips an ณ inside an excluded span (the post of an ambassador)', () => {
    const text = 'นางสุภาพร รักษ์ไทย เอกอัครราชทูต ณ กรุงโตเกียว ได้หารือ';
    expect(values(text, { exclude: [[0, 46]] })).toEqual([]);
  });

  it('stops before ที่ประชุม, the subject of the next sentence', () => {
    // Actual: ['ห้องประชุม ๒ ที่ประชุมเห็นชอบ'].
    expect(values('ณ ห้องประชุม ๒ ที่ประชุมเห็นชอบให้ดำเนินการ')).toEqual(['ห้องประชุม ๒']);
  });

  it('stops before ต่อจากการประชุม…, another clause', () => {
    // Actual: ['กรุงเวียงจันทน์ ต่อจากการประชุมครั้งก่อน'].
    expect(values('ณ กรุงเวียงจันทน์ ต่อจากการประชุมครั้งก่อน')).toEqual(['กรุงเวียงจันทน์']);
  });
});

describe('a venue at a cut', () => {
  it('keeps only the complete words of a venue the page was cut inside', () => {
    const report = parseReport(
      'เมื่อวันที่ ๓ มิถุนายน ๒๕๖๖ คณะผู้แทนไทยเข้าร่วมการประชุมคณะกรรมการร่วมด้านการค้า ครั้งที่ ๔ ที่ศูนย์ประชุมแห่งชาติ กรุงเวียงจันท',
    );
    expect(report.meeting?.venue).toBe('ศูนย์ประชุมแห่งชาติ');
  });
});
