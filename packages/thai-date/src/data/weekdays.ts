/** Weekday names, indexed like `Date#getUTCDay()`: 0 = Sunday … 6 = Saturday. */
export interface WeekdayNames {
  readonly weekday: number;
  /** The Thai name without the leading วัน, as Intl prints it inside วัน…ที่. */
  readonly thai: string;
  /** Other Thai spellings seen in reports (พฤหัส for พฤหัสบดี). */
  readonly thaiVariants: readonly string[];
  readonly english: string;
  readonly englishShort: readonly string[];
}

export const WEEKDAYS: readonly WeekdayNames[] = [
  { weekday: 0, thai: 'อาทิตย์', thaiVariants: [], english: 'Sunday', englishShort: ['Sun'] },
  { weekday: 1, thai: 'จันทร์', thaiVariants: [], english: 'Monday', englishShort: ['Mon'] },
  { weekday: 2, thai: 'อังคาร', thaiVariants: [], english: 'Tuesday', englishShort: ['Tues', 'Tue'] },
  { weekday: 3, thai: 'พุธ', thaiVariants: [], english: 'Wednesday', englishShort: ['Wed'] },
  {
    weekday: 4,
    thai: 'พฤหัสบดี',
    thaiVariants: ['พฤหัสฯ', 'พฤหัส'],
    english: 'Thursday',
    englishShort: ['Thurs', 'Thur', 'Thu'],
  },
  { weekday: 5, thai: 'ศุกร์', thaiVariants: [], english: 'Friday', englishShort: ['Fri'] },
  { weekday: 6, thai: 'เสาร์', thaiVariants: [], english: 'Saturday', englishShort: ['Sat'] },
];
