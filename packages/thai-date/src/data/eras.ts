/**
 * The calendars a Thai year can be written in: พุทธศักราช (BE), คริสต์ศักราช (CE),
 * รัตนโกสินทรศก (RS, counted from the founding of Bangkok in 1782), จุลศักราช (CS) and
 * มหาศักราช (MS).
 */
export type ThaiCalendar = 'BE' | 'CE' | 'RS' | 'CS' | 'MS';

export interface EraNames {
  readonly calendar: ThaiCalendar;
  /** The letters before and after the dot: ['พ', 'ศ'] is พ.ศ. */
  readonly abbreviation: readonly [string, string];
  /** Spelled-out names and Latin abbreviations. */
  readonly words: readonly string[];
  /** Added to a year of this era to get the Buddhist-era year; null for CE, which is converted directly. */
  readonly offsetToBuddhistEra: number | null;
  /** How many digits a year of this era has in practice; guards against ม.ศ.5 (an old school grade). */
  readonly yearDigits: { readonly min: number; readonly max: number };
}

export const ERAS: readonly EraNames[] = [
  {
    calendar: 'BE',
    abbreviation: ['พ', 'ศ'],
    words: ['พุทธศักราช', 'B.E.'],
    offsetToBuddhistEra: 0,
    yearDigits: { min: 2, max: 4 },
  },
  {
    calendar: 'CE',
    abbreviation: ['ค', 'ศ'],
    words: ['คริสต์ศักราช', 'A.D.', 'C.E.'],
    offsetToBuddhistEra: null,
    yearDigits: { min: 2, max: 4 },
  },
  {
    calendar: 'RS',
    abbreviation: ['ร', 'ศ'],
    words: ['รัตนโกสินทร์ศก', 'รัตนโกสินทรศก'],
    offsetToBuddhistEra: 2324,
    yearDigits: { min: 1, max: 3 },
  },
  {
    calendar: 'CS',
    abbreviation: ['จ', 'ศ'],
    words: ['จุลศักราช'],
    offsetToBuddhistEra: 1181,
    yearDigits: { min: 3, max: 4 },
  },
  {
    calendar: 'MS',
    abbreviation: ['ม', 'ศ'],
    words: ['มหาศักราช'],
    offsetToBuddhistEra: 621,
    yearDigits: { min: 3, max: 4 },
  },
];

/** Gregorian year = Buddhist-era year − 543 (for dates from 1 January 2484 BE on). */
export const BUDDHIST_ERA_OFFSET = 543;

/** The first Buddhist-era year that began on 1 January; earlier years began on 1 April. */
export const FIRST_JANUARY_NEW_YEAR = 2484;
