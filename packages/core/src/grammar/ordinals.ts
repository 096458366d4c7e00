import { parseEnglishOrdinal } from '../data/ordinals';

const LEADING_ORDINAL = /^(?:the\s+)?(\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:-[A-Za-z]+)?)\s+/i;

/**
 * The ordinal that opens an English name, if any, and how many characters it takes with the
 * article and the space after it.
 *
 * @example leadingOrdinal('The 20th Meeting of the Commission') // { value: 20, length: 9 }
 */
export function leadingOrdinal(name: string): { value: number; length: number } | null {
  const match = LEADING_ORDINAL.exec(name);
  if (!match?.[1]) return null;
  const value = parseEnglishOrdinal(match[1]);
  return value === null ? null : { value, length: match[0].length };
}

/**
 * The English name without its opening round number: `The 20th Meeting of X` → `Meeting of X`.
 *
 * @example stripLeadingOrdinal('Sixteenth Coordinating Conference') // 'Coordinating Conference'
 */
export function stripLeadingOrdinal(name: string): string {
  const ordinal = leadingOrdinal(name);
  return ordinal ? name.slice(ordinal.length) : name;
}
