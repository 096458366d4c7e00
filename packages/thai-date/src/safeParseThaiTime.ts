import { parseThaiTime, type ThaiTimeResult } from './parseThaiTime';
import { ThaiDateError } from './ThaiDateError';
import type { SafeParseResult } from './types';

/**
 * Like `parseThaiTime`, but returns `{ success: false, error }` instead of throwing.
 *
 * @example
 * safeParseThaiTime('25.00 น.'); // { success: false, error: ThaiDateError { code: 'invalid-time', … } }
 */
export function safeParseThaiTime(text: string): SafeParseResult<ThaiTimeResult> {
  try {
    return { success: true, data: parseThaiTime(text) };
  } catch (error) {
    if (error instanceof ThaiDateError) return { success: false, error };
    throw error;
  }
}
