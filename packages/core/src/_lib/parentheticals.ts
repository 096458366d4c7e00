import type { Span } from './text';

/** A `( … )` group of the input: `span` covers the brackets, `inner` what is between them. */
export interface Parenthetical {
  span: Span;
  inner: string;
  innerSpan: Span;
}

const MAX_INNER = 400;

/**
 * Every non-nested parenthetical on a line, in document order. An unclosed `(` (a cut page)
 * or one longer than a sentence is no parenthetical; a single pass, linear in the input.
 *
 * @example findParentheticals('ก (ABC) ข').map((p) => p.inner) // ['ABC']
 */
export function findParentheticals(input: string): readonly Parenthetical[] {
  // Three extractors read the brackets of the same report: scan each text once.
  if (input === lastInput) return lastFound;
  const found: Parenthetical[] = [];
  let open = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x28 /* ( */) open = i;
    else if (code === 0x0a /* \n */) open = -1;
    else if (code === 0x29 /* ) */ && open >= 0) {
      if (i - open - 1 <= MAX_INNER) {
        found.push({ span: [open, i + 1], inner: input.slice(open + 1, i), innerSpan: [open + 1, i] });
      }
      open = -1;
    }
  }
  lastInput = input;
  lastFound = found;
  return found;
}

let lastInput: string | null = null;
let lastFound: readonly Parenthetical[] = [];
