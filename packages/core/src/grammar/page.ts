/**
 * The vocabulary of a report page around its text: site chrome, header labels and the words that
 * open a lead sentence. Matched against whole cleaned lines (or line starts) by the header reader.
 */

/** Whole lines that are site chrome, compared case-insensitively after cleaning. */
export const CHROME_LINES = [
  'รูปภาพประกอบ',
  'รูปภาพ',
  'แกลลอรี่',
  'แกลเลอรี่',
  'ภาพกิจกรรม',
  'รีเซต',
  'สนับสนุนเนื้อหา',
  'ติดตามข่าวสด',
  'ข่าวเด่นประจำวัน',
  'ข่าวที่เกี่ยวข้อง',
  'อ่านต่อ',
  'อ่านเพิ่มเติม',
  'แชร์',
  'แชร์ข่าว',
  'พิมพ์',
  'ดาวน์โหลด',
  'latest:',
  'latest',
  'share',
  'tweet',
  'print',
  'home',
  'menu',
  'หน้าแรก',
  'หน้าหลัก',
  'เมนู',
  'ค้นหา',
  'ย้อนกลับ',
  'กลับหน้าหลัก',
  'เข้าสู่ระบบ',
  'login',
  'skip to content',
  'ข้ามไปยังเนื้อหา',
  'facebook',
  'twitter',
  'line',
  'linkedin',
  'messenger',
  'telegram',
  'email',
  'e-mail',
  'อีเมล',
  'copy link',
  'คัดลอกลิงก์',
] as const;

/** The first link of a breadcrumb trail: the site's home page, compared case-insensitively. */
export const BREADCRUMB_ROOTS = ['หน้าแรก', 'หน้าหลัก', 'home'] as const;

/**
 * Labels of a press release's number (`ข่าวที่ 45/2567`, `ฉบับที่ 12/2567`): a line with nothing but
 * the number is chrome, and the number may open the date line.
 */
export const RELEASE_NUMBER_LABELS = ['ข่าวที่', 'ฉบับที่', 'ข่าวประชาสัมพันธ์ ฉบับที่', 'ข่าวแจก ฉบับที่'] as const;

/** Fragments that mark a whole line as chrome wherever they stand in it. */
export const CHROME_FRAGMENTS = [
  'ultimatelysocial',
  'social media & sharing',
  'คุกกี้',
  'cookies',
  'cookie',
  'ที่มาภาพ',
  'ขอบคุณภาพ',
  'เครดิตภาพ',
  'ขนาดตัวอักษร',
] as const;

/**
 * Lines that sites put above a headline to name the section it sits in, compared
 * case-insensitively after cleaning. One of these is a section label even when nothing below
 * the headline (a copy of it, a date line) confirms that the next line is one.
 */
export const SECTION_LABELS = [
  'ข่าวประชาสัมพันธ์',
  'ข่าวกิจกรรม',
  'ข่าวสาร',
  'ข่าวสารและกิจกรรม',
  'ข่าวและกิจกรรม',
  'ข่าวเด่น',
  'ข่าวทั่วไป',
  'ข่าวภูมิภาค',
  'ข่าวจังหวัด',
  'ข่าวหน่วยงาน',
  'ข่าวผู้บริหาร',
  'ข่าวในประเทศ',
  'ข่าวต่างประเทศ',
  'ข่าวการเมือง',
  'ข่าวเศรษฐกิจ',
  'ข่าวสังคม',
  'ข่าวการศึกษา',
  'ข่าวประจำวัน',
  'ข่าวสารประชาสัมพันธ์',
  'ภาพข่าว',
  'ข่าวสารกิจกรรม',
  'กิจกรรม',
  'กิจกรรมหน่วยงาน',
  'ประชาสัมพันธ์',
  'news',
  'news & events',
  'press release',
  'press releases',
  'activities',
] as const;

/**
 * Words that open a section label the table above does not hold: `ข่าวกิจกรรมผู้บริหาร`,
 * `ข่าวสารจากหน่วยงาน`, `News Update`. A short line opening with one names the section above a
 * headline; headlines seldom open with the word news.
 */
export const SECTION_LABEL_HEADS = ['ข่าว', 'news'] as const;

/** Labels that introduce the publication date of the page. */
export const PUBLISHED_LABELS = [
  'POSTED ON',
  'Posted on',
  'วันที่นำเข้าข้อมูล',
  'วันที่เผยแพร่',
  'เผยแพร่เมื่อ',
  'เผยแพร่',
  'โพสต์เมื่อ',
  'เขียนเมื่อ',
  'ประกาศเมื่อ',
  'ประกาศ ณ วันที่',
  'เผยแพร่ ณ วันที่',
  'ข่าววันที่',
  'วันที่ลงข่าว',
  'วันที่โพสต์',
  'ลงวันที่',
  'Published',
  'Published on',
  'Posted',
  'Date',
  'วันที่ประกาศ',
  'วันที่ข่าว',
  'วันที่เผยแพร่ข่าว',
  'วันที่สร้าง',
  'วันที่บันทึก',
  'สร้างเมื่อ',
  'ลงข่าวเมื่อ',
  'ลงเมื่อ',
  'โพสต์',
  'Created',
  'Created on',
  'date',
  'วันที่',
] as const;

/** Labels that introduce the date the page was last updated. */
export const UPDATED_LABELS = [
  'วันที่ปรับปรุงข้อมูล',
  'ปรับปรุงล่าสุด',
  'ปรับปรุงเมื่อ',
  'ปรับปรุง',
  'แก้ไขเมื่อ',
  'แก้ไขล่าสุด',
  'อัปเดต',
  'อัพเดท',
  'อัปเดตล่าสุด',
  'อัพเดทล่าสุด',
  'อัปเดตเมื่อ',
  'อัพเดทเมื่อ',
  'วันที่แก้ไข',
  'แก้ไข',
  'Updated',
  'Updated on',
  'Last updated',
  'Last Updated',
  'Modified',
  'Last modified',
  'Last Modified',
] as const;

/**
 * Words that introduce the time on a labelled date line: `โพสต์เมื่อ 12 มี.ค. 2567 เวลา 10.30 น.`.
 * Without a publication label, `วันที่ … เวลา … น.` is the reporter's dateline of the event.
 */
export const TIME_WORDS = ['เวลา'] as const;

/** Words that open a byline on the date line: `โดย: MGR Online`, `by admin`. */
export const BYLINE_LABELS = [
  'โดย',
  'เขียนโดย',
  'โพสต์โดย',
  'เผยแพร่โดย',
  'ผู้เขียน',
  'By',
  'by',
  'Posted by',
  'posted by',
] as const;

/** Words that end a byline before its date: `โพสต์โดย admin เมื่อ 12 มี.ค. 2567`, `Posted by admin on …`. */
export const BYLINE_DATE_WORDS = ['เมื่อวันที่', 'เมื่อ', 'วันที่', 'on'] as const;

/**
 * Words around a view counter: `| 7,791 view`, `ผู้เข้าชม 1,293 ครั้ง`, `Views 41100`, `Hits: 96`,
 * `ผู้เข้าชม 52 คน`. `afterWord` units follow the number only when a word stands before it: a bare
 * `52 คน` is a head count, not a counter.
 */
export const VIEW_WORDS = {
  before: [
    'ผู้เข้าชม',
    'เข้าชม',
    'จำนวนผู้เข้าชม',
    'จำนวนผู้อ่าน',
    'เปิดอ่าน',
    'อ่าน',
    'ผู้ชม',
    'Views',
    'View',
    'views',
    'Hits',
    'hits',
    'ฮิต',
  ],
  after: ['view', 'views', 'ครั้ง', 'Views', 'View'],
  afterWord: ['คน'],
} as const;

/**
 * How a lead sentence (not a headline) opens: a dateline, a time, a place, a reporter's formula.
 * Tested on the line start after cleaning.
 */
export const LEAD_OPENINGS = [
  'เมื่อ',
  'วันที่',
  'วันนี้',
  'ในวันที่',
  'ระหว่างวันที่',
  'ช่วงเช้า',
  'ช่วงบ่าย',
  'ช่วงเย็น',
  'ช่วงค่ำ',
  'ตามที่',
  'ตามมติ',
  'ด้วย',
  'ที่ ',
  'ณ ',
  'เวลา',
  'ผู้สื่อข่าวรายงาน',
  'ข่าววันนี้',
  '*',
] as const;
