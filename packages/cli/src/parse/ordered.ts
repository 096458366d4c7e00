/**
 * Maps `items` with at most `limit` calls of `map` in flight and yields the results in the
 * order of the items. Items are pulled only as results are taken, so memory stays bounded
 * however many items there are. `map` must not reject (return failures as values instead).
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  map: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    inFlight.push(map(item));
    if (inFlight.length >= limit) yield await (inFlight.shift() as Promise<R>);
  }
  for (const result of inFlight) yield await result;
}
