export type { ThaiCalendar } from './data/eras';
export { findThaiDates } from './findThaiDates';
export { findThaiTimes, type ThaiTimeMatch } from './findThaiTimes';
export { type FormatThaiDateOptions, formatThaiDate } from './formatThaiDate';
export { parseThaiDate } from './parseThaiDate';
export { parseThaiNumber } from './parseThaiNumber';
export { parseThaiTime, type ThaiTimeResult } from './parseThaiTime';
export { safeParseThaiDate } from './safeParseThaiDate';
export { safeParseThaiTime } from './safeParseThaiTime';
export { ThaiDateError, type ThaiDateErrorCode } from './ThaiDateError';
export { toArabicDigits } from './toArabicDigits';
export { toThaiDigits } from './toThaiDigits';
export type {
  SafeParseResult,
  ThaiDateKind,
  ThaiDateMatch,
  ThaiDateOptions,
  ThaiDatePrecision,
  ThaiDateResult,
  ThaiDateWarning,
} from './types';
