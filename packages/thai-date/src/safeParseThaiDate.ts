import { parseThaiDate } from './parseThaiDate';
import { ThaiDateError } from './ThaiDateError';
import type { SafeParseResult, ThaiDateOptions, ThaiDateResult } from './types';

/**
 * Like `parseThaiDate`, but returns `{ success: false, error }` instead of throwing.
 *
 * @example
 * const result = safeParseThaiDate('29 ก.พ. 2564');
 * if (!result.success) console.log(result.error.code); // 'invalid-day'
 */
export function safeParseThaiDate(
  text: string,
  options: ThaiDateOptions = {},
): SafeParseResult<ThaiDateResult> {
  try {
    return { success: true, data: parseThaiDate(text, options) };
  } catch (error) {
    if (error instanceof ThaiDateError) return { success: false, error };
    throw error;
  }
}
