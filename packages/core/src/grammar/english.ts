/**
 * Words that make an English name the name of a meeting (and so its leading ordinal a round
 * number, not part of the name: `Sixteenth Coordinating Conference` vs `Fourth Industrial Revolution`).
 */
export const ENGLISH_MEETING_WORDS = [
  'meeting',
  'meetings',
  'conference',
  'summit',
  'forum',
  'retreat',
  'dialogue',
  'session',
  'consultation',
  'consultations',
  'symposium',
  'workshop',
  'seminar',
  'talk',
  'talks',
  'webinar',
  'dialog',
  'plenary',
  'colloquium',
  'assembly',
  'congress',
  'convention',
  'roundtable',
  'council meeting',
] as const;

/** Small words an English proper name may contain between its capitalised words. */
export const ENGLISH_NAME_CONNECTORS = [
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'to',
  'at',
  'with',
  'de',
  'du',
  'la',
  '&',
] as const;

/** Words that join the items of a list: `Cambodia, Lao PDR and Viet Nam`. */
export const ENGLISH_LIST_WORDS = ['and', 'the'] as const;

/** Honorifics that open a Latin-script name given in parentheses: `(H.E. Mr. Mori Takeo)`. */
export const ENGLISH_HONORIFICS = [
  'H.E.',
  'HE',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Miss',
  'Dr.',
  'Prof.',
  'Sir',
  'Dame',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
] as const;

/** Words that link a defined Thai phrase to its sentence and are no part of it: `และ`, `ร่วมกับ`. */
export const TERM_LINK_WORDS = [
  'และ',
  'ร่วมกับ',
  'กับ',
  'ของ',
  'ว่า',
  'โดย',
  'ใน',
  'ที่',
  'จาก',
  'แก่',
  'ต่อ',
  'ผ่าน',
  'ซึ่ง',
  'หรือ',
  'ภายใต้',
  'ได้แก่',
  'อาทิ',
] as const;

/**
 * Words that give the other name of a term in the same brackets: `(Mekong River Partnership
 * หรือ MRP)`, `(Mekong River Partnership, or MRP)`.
 */
export const TERM_ALIAS_WORDS = ['หรือ', 'or'] as const;

/**
 * Words that begin the name of a body, a meeting, a programme or a plan. A Thai phrase written
 * without spaces after a clause (`…ได้เสนอต่อการประชุมรัฐมนตรี… (AMM)`) is defined from the first
 * of them; a phrase that opens with one keeps its whole run.
 */
export const TERM_NAME_HEADS = [
  'การประชุม',
  'คณะกรรมการ',
  'คณะทำงาน',
  'คณะอนุกรรมการ',
  'โครงการ',
  'สำนักงาน',
  'กระทรวง',
  'กรม',
  'องค์การ',
  'องค์กร',
  'ศูนย์',
  'สถาบัน',
  'ธนาคาร',
  'กองทุน',
  'อาสาสมัคร',
  'แผนงาน',
  'แผนปฏิบัติการ',
  'ยุทธศาสตร์',
  'ความตกลง',
  'ข้อตกลง',
  'บันทึกความเข้าใจ',
  'กรอบความร่วมมือ',
  'มหาวิทยาลัย',
] as const;

/**
 * Labels that open a credit, not a definition, when a colon follows them: `(Photo: Reuters)`,
 * `(Source : MFA)`. Compared case-insensitively.
 */
export const SOURCE_LABELS = [
  'source',
  'sources',
  'photo',
  'photos',
  'photo credit',
  'image',
  'images',
  'picture',
  'pictures',
  'pic',
  'credit',
  'credits',
  'cr.',
  'cr',
] as const;

/** Phrases that credit a source with no colon: `(Photo by Reuters)`, `(Courtesy of UNICEF)`. */
export const SOURCE_PHRASES = [
  'photo by',
  'photos by',
  'picture by',
  'image by',
  'courtesy of',
  'photo courtesy of',
  'credit to',
] as const;

/** Labels of a contact number: `(Tel. 02 123 4567)`, `(Hotline 1111)`. Compared case-insensitively. */
export const PHONE_LABELS = [
  'tel',
  'tel.',
  'telephone',
  'phone',
  'mobile',
  'mob.',
  'fax',
  'hotline',
  'call',
] as const;
