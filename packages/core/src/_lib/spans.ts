/**
 * A set of spans answering "is this span inside one of them" and "does it overlap one" by
 * binary search, so that filtering every match of a long text against it stays n log n.
 *
 * @example new SpanSet([[0, 10], [20, 30]]).contains([22, 25]) // true
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<readonly [number, number]>) {
    const sorted = [...spans].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
    for (const [start, end] of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && start <= (this.ends[last] as number)) {
        this.ends[last] = Math.max(this.ends[last] as number, end);
      } else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  /** True when `[start, end)` lies inside one span of the set. */
  contains([start, end]: readonly [number, number]): boolean {
    const i = lastAtOrBefore(this.starts, start);
    return i >= 0 && end <= (this.ends[i] as number);
  }

  /** True when `[start, end)` shares at least one position with a span of the set. */
  overlaps([start, end]: readonly [number, number]): boolean {
    const i = lastAtOrBefore(this.starts, end - 1);
    return i >= 0 && (this.ends[i] as number) > start;
  }
}

/** The index of the last value `<= target` in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The index of the first value `>= target` in an ascending array (its length when none). */
export function firstAtOrAfter(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Items in document order, searchable by where they start. */
export class SpanIndex<T extends { span: readonly [number, number] }> {
  readonly items: readonly T[];
  private readonly starts: number[];

  constructor(items: readonly T[]) {
    // Extractors return their items in document order: sort only when they are not.
    this.items = isInOrder(items) ? items : [...items].sort((a, b) => a.span[0] - b.span[0]);
    this.starts = this.items.map((item) => item.span[0]);
  }

  /** Items that start in `[start, end)`, in order. */
  startingIn(start: number, end: number): T[] {
    const from = firstAtOrAfter(this.starts, start);
    const to = firstAtOrAfter(this.starts, end);
    return this.items.slice(from, to);
  }

  /** The first item that starts at or after `at`. */
  firstFrom(at: number): T | undefined {
    return this.items[firstAtOrAfter(this.starts, at)];
  }

  /** The last item that starts before `at`. */
  lastBefore(at: number): T | undefined {
    return this.items[firstAtOrAfter(this.starts, at) - 1];
  }

  /** The item that starts exactly at `at`. */
  at(at: number): T | undefined {
    const item = this.items[firstAtOrAfter(this.starts, at)];
    return item && item.span[0] === at ? item : undefined;
  }
}

function isInOrder<T extends { span: readonly [number, number] }>(items: readonly T[]): boolean {
  for (let i = 1; i < items.length; i++) {
    if ((items[i] as T).span[0] < (items[i - 1] as T).span[0]) return false;
  }
  return true;
}
