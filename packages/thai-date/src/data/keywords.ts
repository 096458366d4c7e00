/** Words around Thai dates and times. The scanner's regular expressions are built from these. */
export const KEYWORDS = {
  /** Before a weekday name: วันจันทร์. */
  day: 'วัน',
  /** Between a weekday and the day number: วันจันทร์ที่ 22. */
  ordinal: 'ที่',
  /** Before a month name: เดือนตุลาคม. Part of the date's span. */
  month: 'เดือน',
  /** Before a year: ปี 2566. Part of the date's span. */
  year: 'ปี',
  /** Before a fiscal year (1 October – 30 September): ปีงบประมาณ 2566. */
  fiscalYear: ['ปีงบประมาณ', 'ปีงบฯ', 'ปีงบ'],
  /** Joins the two ends of a range: 22-23, 7 – 9, 1 ถึง 5. */
  rangeSeparators: ['-', '–', '—', '~', 'จนถึง', 'ถึง'],
  /** Words that introduce a date in a sentence; parseThaiDate skips them, findThaiDates leaves them out of the span. */
  leadIns: [
    'เมื่อวันที่',
    'ระหว่างวันที่',
    'ในวันที่',
    'ตั้งแต่วันที่',
    'ภายในวันที่',
    'วันที่',
    'ประจำ',
    'ตั้งแต่',
    'ระหว่าง',
    'เมื่อ',
    'ภายใน',
    'ใน',
  ],
  /** Words after a date that parseThaiDate tolerates: 2-4 เม.ย.นี้ ("this April"). */
  trailers: ['นี้', 'ที่ผ่านมา', 'ที่จะถึง'],
  /** Before a time: เวลา 14.00 น. */
  time: 'เวลา',
  /** "About", between เวลา and the time. */
  approximately: 'ประมาณ',
  /** After a time: 14.00 น. or 14.00 นาฬิกา. */
  timeSuffixes: ['นาฬิกา', 'น.'],
} as const;
