/** Every way a Thai month name is written in reports, so the parser can be built from data. */
export interface ThaiMonthNames {
  /** 1 = January … 12 = December. */
  readonly month: number;
  /** The official name, as Intl prints it in the long styles. */
  readonly full: string;
  /** The letters before and after the dot of the official abbreviation: ['พ', 'ค'] is พ.ค. */
  readonly abbreviation: readonly [string, string];
  /** Spoken short forms such as มกรา, and misspellings of those. */
  readonly colloquial: readonly string[];
  /** Misspellings of the full name that are common enough in published reports to read. */
  readonly misspellings: readonly string[];
}

export const THAI_MONTHS: readonly ThaiMonthNames[] = [
  { month: 1, full: 'มกราคม', abbreviation: ['ม', 'ค'], colloquial: ['มกรา'], misspellings: [] },
  {
    month: 2,
    full: 'กุมภาพันธ์',
    abbreviation: ['ก', 'พ'],
    colloquial: ['กุมภา'],
    misspellings: ['กุมภาพันธุ์', 'กุมภาพันธ', 'กุมพาพันธ์'],
  },
  { month: 3, full: 'มีนาคม', abbreviation: ['มี', 'ค'], colloquial: ['มีนา'], misspellings: [] },
  { month: 4, full: 'เมษายน', abbreviation: ['เม', 'ย'], colloquial: ['เมษา'], misspellings: [] },
  { month: 5, full: 'พฤษภาคม', abbreviation: ['พ', 'ค'], colloquial: ['พฤษภา'], misspellings: ['พฤศภาคม'] },
  { month: 6, full: 'มิถุนายน', abbreviation: ['มิ', 'ย'], colloquial: ['มิถุนา'], misspellings: [] },
  {
    month: 7,
    full: 'กรกฎาคม',
    abbreviation: ['ก', 'ค'],
    colloquial: ['กรกฎา', 'กรกฏา'],
    misspellings: ['กรกฏาคม'],
  },
  { month: 8, full: 'สิงหาคม', abbreviation: ['ส', 'ค'], colloquial: ['สิงหา'], misspellings: [] },
  { month: 9, full: 'กันยายน', abbreviation: ['ก', 'ย'], colloquial: ['กันยา'], misspellings: [] },
  { month: 10, full: 'ตุลาคม', abbreviation: ['ต', 'ค'], colloquial: ['ตุลา'], misspellings: [] },
  {
    month: 11,
    full: 'พฤศจิกายน',
    abbreviation: ['พ', 'ย'],
    colloquial: ['พฤศจิกา', 'พฤษจิกา'],
    misspellings: ['พฤษจิกายน'],
  },
  { month: 12, full: 'ธันวาคม', abbreviation: ['ธ', 'ค'], colloquial: ['ธันวา'], misspellings: [] },
];

/** English month names as they appear on Thai pages, with their usual abbreviations. */
export interface EnglishMonthNames {
  readonly month: number;
  readonly full: string;
  readonly short: readonly string[];
}

export const ENGLISH_MONTHS: readonly EnglishMonthNames[] = [
  { month: 1, full: 'January', short: ['Jan'] },
  { month: 2, full: 'February', short: ['Feb'] },
  { month: 3, full: 'March', short: ['Mar'] },
  { month: 4, full: 'April', short: ['Apr'] },
  { month: 5, full: 'May', short: [] },
  { month: 6, full: 'June', short: ['Jun'] },
  { month: 7, full: 'July', short: ['Jul'] },
  { month: 8, full: 'August', short: ['Aug'] },
  { month: 9, full: 'September', short: ['Sept', 'Sep'] },
  { month: 10, full: 'October', short: ['Oct'] },
  { month: 11, full: 'November', short: ['Nov'] },
  { month: 12, full: 'December', short: ['Dec'] },
];
