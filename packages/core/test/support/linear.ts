/**
 * Helpers for the tests that pin linear time on adversarial input. They measure CPU time, not
 * wall time, and allow far more than the standard (well under a second per MB on one core), so
 * that a busy machine does not fail them while a quadratic or exponential path still does.
 */

/** CPU milliseconds of generous slack for one pass over about 1 MB. */
export const LINEAR_BOUND_MS = 3000;

/** About `length` characters made of `pieces` repeated in turn. */
export function repeatPieces(pieces: readonly string[], length = 1_000_000): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const piece = pieces[i % pieces.length] as string;
    parts.push(piece);
    total += piece.length;
  }
  return parts.join('');
}

/** What `run` returns and the CPU milliseconds it took (other processes do not count). */
export function cpuTimed<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}
