import { THAI_MONTHS } from './months';
import { WEEKDAYS } from './weekdays';

/** Month names as Intl's th-TH prints them in the long and full styles, index 0 = January. */
export const FORMAT_MONTH_LONG: readonly string[] = THAI_MONTHS.map((names) => names.full);

/** Month abbreviations as Intl's th-TH prints them in the medium style: พ.ค. */
export const FORMAT_MONTH_MEDIUM: readonly string[] = THAI_MONTHS.map(
  (names) => `${names.abbreviation[0]}.${names.abbreviation[1]}.`,
);

/** Weekday prefixes of the full style, index 0 = Sunday: วันอาทิตย์ที่ */
export const FORMAT_WEEKDAY_FULL: readonly string[] = WEEKDAYS.map((names) => `วัน${names.thai}ที่`);

/** Era words Intl prints before the year: full style in both eras, long style in CE only. */
export const FORMAT_ERA = { BE: 'พ.ศ.', CE: 'ค.ศ.' } as const;
