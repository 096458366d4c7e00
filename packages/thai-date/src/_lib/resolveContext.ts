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

/**
 * The same context with the year of the nearest earlier fully dated match (findThaiDates).
 *
 * @example
 * withPrecedingYear(resolveContextOf({}), 2021).precedingYear; // 2021
 */
export function withPrecedingYear(context: ResolveContext, precedingYear: number): ResolveContext {
  return { historical: context.historical, era: context.era, reference: context.reference, precedingYear };
}
