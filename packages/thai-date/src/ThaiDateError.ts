/**
 * What went wrong, as a stable string to switch on:
 * - `empty-input`: nothing but spaces was given.
 * - `unrecognized`: no date (or time) expression could be read at the start of the text.
 * - `trailing-text`: an expression was read, but more text follows it.
 * - `invalid-day`: the day does not exist in that month (31 กุมภาพันธ์, 29 ก.พ. 2564).
 * - `invalid-month`: a numeric month outside 1–12 (16/13/2563).
 * - `nonexistent-date`: a day the historical calendar skipped (January–March 2483 BE).
 * - `weekday-mismatch`: the weekday written is not the weekday of the date.
 * - `range-reversed`: the end of a range comes before its start.
 * - `invalid-time`: an hour above 24 or a minute above 59.
 * - `invalid-date`: a `Date` or date string given as input or option is not a valid date.
 * - `invalid-option`: an option has a value outside its documented set (`style: 'tiny'`).
 */
export type ThaiDateErrorCode =
  | 'empty-input'
  | 'unrecognized'
  | 'trailing-text'
  | 'invalid-day'
  | 'invalid-month'
  | 'nonexistent-date'
  | 'weekday-mismatch'
  | 'range-reversed'
  | 'invalid-time'
  | 'invalid-date'
  | 'invalid-option';

/**
 * The error thrown by `parseThaiDate`, `parseThaiTime` and `formatThaiDate`. `code` says what
 * kind of problem it is; `message` says what was wrong and what to do about it; `input` is the
 * text or value that was rejected.
 *
 * @example
 * try {
 *   parseThaiDate('31 กุมภาพันธ์ 2564');
 * } catch (error) {
 *   if (error instanceof ThaiDateError) console.log(error.code); // 'invalid-day'
 * }
 */
export class ThaiDateError extends Error {
  override readonly name = 'ThaiDateError';
  readonly code: ThaiDateErrorCode;
  readonly input: string;

  constructor(code: ThaiDateErrorCode, message: string, input: string) {
    super(message);
    this.code = code;
    this.input = input;
  }
}
