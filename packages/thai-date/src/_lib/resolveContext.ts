import type { ThaiDateOptions } from '../types';
import { toCalendarDate } from './calendarDate';
import type { ResolveContext } from './resolveDateCandidate';

/**
 * Turns the public options into the context the resolver needs; throws `invalid-date` for a bad referenceDate.
 *
 * @example
 * resolveContextOf({ historical: false }); // { historical: false, era: null, reference: null, precedingYear: null }
 */
export function resolveContextOf(options: ThaiDateOptions): ResolveContext {
  return {
    historical: options.historical ?? true,
    era: options.era ?? null,
    reference:
      options.referenceDate === undefined
        ? null
        : toCalendarDate(options.referenceDate, 'The referenceDate option'),
    precedingYear: null,
  };
}
