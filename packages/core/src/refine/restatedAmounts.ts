import type { Span } from '../_lib/text';

interface SpannedAmount {
  readonly span: Span;
  readonly value: number;
  readonly currency: string;
}

// Between an amount and its restatement: an opening bracket, perhaps `หรือ` / `or`.
const RESTATEMENT_OPENING = /^\s*\(\s*(?:(?:หรือ|or)\s+)?$/i;

/**
 * The amounts without those that restate the one before them in brackets, the same sum in the
 * same currency: `5 ล้านดอลลาร์สหรัฐ (USD 5 million)` is one sum. A conversion into another
 * currency (`3,500 ล้านบาท (ประมาณ 100 ล้านดอลลาร์สหรัฐ)`) is a sum of its own.
 *
 * @example withoutRestatedAmounts(text, findAmounts(text)).length // 1 for the text above
 */
export function withoutRestatedAmounts<T extends SpannedAmount>(input: string, amounts: readonly T[]): T[] {
  const kept: T[] = [];
  let previous: T | undefined;
  for (const amount of amounts) {
    const restates =
      previous !== undefined &&
      previous.value === amount.value &&
      previous.currency === amount.currency &&
      previous.span[1] <= amount.span[0] &&
      RESTATEMENT_OPENING.test(input.slice(previous.span[1], amount.span[0]));
    if (!restates) kept.push(amount);
    previous = amount;
  }
  return kept;
}
