/**
 * The vocabulary of meetings in Thai report prose: what opens a meeting's name, what ends it,
 * what makes it the meeting the report is about, and how it was held.
 */

/** `การประชุม` / `ประชุม` is no meeting's name after these words (`ห้องประชุม`, `ที่ประชุม`, `ศูนย์การประชุม`). */
export const NOT_A_MEETING_AFTER = [
  'ห้อง',
  'หอ',
  'ศูนย์',
  'ที่',
  'วาระ',
  'ระเบียบ',
  'เอกสาร',
  'รายงาน',
  'สถานที่',
  'บันทึก',
  'ผล',
  'ระบบ',
  'มติ',
  'ผู้เข้า',
  'เข้าร่วมการ',
] as const;

/** Tokens after `ประชุม` that show it has no name: a channel, a purpose, a reference back. */
export const NAMELESS_MEETING_OPENINGS = [
  'ผ่าน',
  'ทางไกล',
  'ใน',
  'ที่',
  'ณ',
  'เพื่อ',
  'ครั้ง',
  'ดังกล่าว',
  'นี้',
  'ฯ',
  'ของ',
  'กับ',
  'ร่วมกับ',
  'อื่น',
  'หารือกับ',
  'เมื่อ',
  'โดย',
  'และ',
  'ซึ่ง',
  'จะ',
  'ได้',
  'เป็น',
  'ไม่',
  'มี',
  'เสร็จ',
  'แล้ว',
  'ต่อ',
  'เรื่อง',
  'ว่า',
  'อีก',
  'ด้วย',
  'ทั้ง',
  'ทุก',
  'แต่ละ',
  'สรุป',
  'VDO',
  'Video',
  'video',
  'VCS',
  'Zoom',
  'ZOOM',
  'Teams',
  'WebEx',
  'Webex',
  'online',
  'Online',
  'ออนไลน์',
  'แบบ',
] as const;

/** Words that write a meeting's round before its number: `ครั้งที่ ๓๖`, `สมัยที่ ๗๖`, `รอบที่ 1`. */
export const THAI_ORDINAL_WORDS = ['ครั้งที่', 'สมัยที่', 'รอบที่'] as const;

/** Words that end a meeting's Thai name when they open the next space-separated word. */
export const MEETING_NAME_ENDS = [
  'ครั้ง',
  'สมัยที่',
  'รอบที่',
  'ผ่าน',
  'ณ',
  'เพื่อ',
  'ซึ่ง',
  'โดย',
  'ร่วมกับ',
  'ในวัน',
  'ก่อน',
  'หลัง',
  'ภายหลัง',
  'ระหว่างวันที่',
  'เมื่อ',
  'ภายใต้',
  'ในหัวข้อ',
  'หัวข้อ',
  'หรือ',
  'ที่',
  'ดังกล่าว',
  'อย่างเป็นทางการ',
  'ได้',
  'จะ',
  'เป็น',
  'มี',
  'และ',
  'กับ',
  'จาก',
  'ใน',
  'ว่า',
  'ทั้งนี้',
  'นอกจากนี้',
  'พร้อม',
  'เข้าร่วม',
  'ร่วม',
  'ตาม',
  'ถึง',
  'ระหว่าง',
  'ขึ้น',
  'แล้ว',
  'ด้วย',
  'นั้น',
  'โดยมี',
  'ประกอบด้วย',
] as const;

/**
 * Words that end a meeting's Thai name even when glued to it (`…สิทธิเด็กครั้งที่ ๒๐`,
 * `…อาเซียนครั้งแรกของปี`). Only compounds that cannot occur inside a name.
 */
export const MEETING_NAME_GLUED_ENDS = [
  'ครั้งที่',
  'ครั้งแรก',
  'ครั้งนี้',
  'ครั้งล่าสุด',
  'ครั้งต่อไป',
  'สมัยที่',
  'รอบที่',
  'ผ่านระบบ',
  'ในวันที่',
  'ระหว่างวันที่',
  'เมื่อวันที่',
  'ในหัวข้อ',
  'ภายใต้หัวข้อ',
  'ที่เกี่ยวข้อง',
  'ที่จัดขึ้น',
  'ที่ผ่านมา',
  'ดังกล่าว',
  'เพื่อพิจารณา',
  'เพื่อติดตาม',
  'เพื่อหารือ',
] as const;

/** A whole name that is only one of these words is no name: `ประชุมร่วม`, `ประชุมกัน`. */
export const NOT_A_NAME = ['ร่วม', 'กัน', 'ด้วย', 'หารือ', 'ใหญ่', 'ย่อย', 'สรุป'] as const;

/** Words before a meeting's name that make it the meeting the report is about. */
export const TAKES_PART_IN = [
  'เข้าร่วม',
  'ร่วม',
  'เป็นประธาน',
  'ประธาน',
  'เจ้าภาพ',
  'จัด',
  'มีกำหนด',
  'มีการ',
  'เปิด',
  'ในการ',
  'ใน',
] as const;

/**
 * Words before a meeting's name that make it another meeting: an earlier or later one, or the one
 * the report's meeting prepares (`ประชุมเพื่อเตรียมการสำหรับการประชุม…`).
 */
export const OTHER_MEETING_MARKERS = [
  'ภายหลัง',
  'หลัง',
  'ก่อน',
  'เมื่อครั้ง',
  'ระหว่าง',
  'ต่อจาก',
  'ช่วง',
  'เตรียมการ',
  'เตรียมการสำหรับ',
  'เตรียมความพร้อม',
  'เตรียมความพร้อมสำหรับ',
] as const;

/** Wording that the meeting was held remotely. */
export const REMOTE_WORDING = [
  'ทางไกล',
  'ประชุมออนไลน์',
  'ระบบออนไลน์',
  'รูปแบบออนไลน์',
  'แบบออนไลน์',
  'ทางออนไลน์',
  'ผ่านสื่ออิเล็กทรอนิกส์',
  'e-Meeting',
  'E-Meeting',
  'e-meeting',
  'วีดิทัศน์',
  'วิดีทัศน์',
  'วีดีโอคอนเฟอเรนซ์',
  'วิดีโอคอนเฟอเรนซ์',
  'วีดิโอคอนเฟอเรนซ์',
  'Video Conference',
  'Video conference',
  'video conference',
  'VDO Conference',
  'VDO conference',
  'Videoconference',
  'VCS',
  'Zoom',
  'ZOOM',
  'Microsoft Teams',
  'MS Teams',
  'WebEx',
  'Webex',
  'WebeX',
  'Google Meet',
  'ซูม',
] as const;

/** Wording that some took part in a room and others remotely. */
export const HYBRID_WORDING = ['ไฮบริด', 'Hybrid', 'hybrid', 'แบบผสม', 'รูปแบบผสมผสาน'] as const;

/**
 * Wording that the meeting was also held remotely, besides the place named before it: with a
 * venue, `ณ ห้องประชุม ๒ และผ่านระบบ Zoom` is hybrid (a room joined to others with no `และ` is
 * virtual).
 */
export const ALSO_REMOTE_WORDING = [
  'และผ่านระบบ',
  'และผ่านทาง',
  'และทางออนไลน์',
  'และแบบออนไลน์',
  'และออนไลน์',
] as const;

/** Wording that some took part on site: with remote wording beside it, the meeting was hybrid. */
export const ON_SITE_WORDING = [
  'ออนไซต์',
  'On-site',
  'On-Site',
  'on-site',
  'Onsite',
  'onsite',
  'On site',
] as const;

/** A visit to a country is held in person even when no venue is named. */
export const VISIT_WORDING = ['เยือน'] as const;

/** Words that introduce the theme of a meeting. */
export const THEME_OPENINGS = [
  'ภายใต้หัวข้อ',
  'ในหัวข้อ',
  'หัวข้อ',
  'ภายใต้แนวคิดหลัก',
  'ภายใต้แนวคิด',
  'ภายใต้ธีม',
] as const;

/** Words that put a place after them (`ณ ห้องประชุม…`, `ที่โรงแรม…`); `ที่` needs a place word. */
export const VENUE_OPENINGS = ['ณ', 'ที่'] as const;

/** Where a venue ends: the words that open the next clause. */
export const VENUE_ENDS = [
  'ที่ประชุม',
  'ต่อจาก',
  'ก่อน',
  'ครั้งก่อน',
  'โดย',
  'ซึ่ง',
  'เพื่อ',
  'ผ่าน',
  'ภายหลัง',
  'หลัง',
  'ก่อน',
  'ระหว่าง',
  'ในวันที่',
  'เมื่อ',
  'เวลา',
  'และ',
  'ร่วม',
  'ได้',
  'จะ',
  'เป็น',
  'ถือ',
  'ให้',
  'กับ',
  'ทั้งนี้',
  'นอกจากนี้',
  'สำหรับ',
  'โอกาสนี้',
  'ในการนี้',
  'ภายใต้',
  'ในโอกาส',
  'ตาม',
  'มี',
  'ไปยัง',
  'จาก',
  'ที่ผ่านมา',
  'นำ',
  'พร้อม',
  'เข้า',
  'วันที่',
  'วันนี้',
  'ใน',
] as const;

/** Verbs that report a statement: a date before them is when it was said. */
export const STATEMENT_VERBS = ['เปิดเผยว่า', 'กล่าวว่า', 'แถลงว่า', 'ระบุว่า', 'ให้สัมภาษณ์', 'แจ้งว่า'] as const;

/** Words of the events a report dates: meeting, talks, visits, receptions, calls. */
export const EVENT_VERBS = [
  'ประชุม',
  'หารือ',
  'เยือน',
  'ต้อนรับ',
  'เข้าพบ',
  'เยี่ยมคารวะ',
  'พบปะ',
  'เข้าร่วม',
  'เป็นประธาน',
  'ลงนาม',
  'เจรจา',
  'สัมมนา',
] as const;
