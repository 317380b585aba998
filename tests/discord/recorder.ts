/**
 * A list that can be awaited: tests wait for the event they expect (a request,
 * a gateway frame) instead of sleeping, whether it already happened or not.
 */
export interface Recorder<T> {
  readonly items: readonly T[];
  push(item: T): void;
  /** The first item, past or future, that matches. */
  waitFor(match: (item: T) => boolean): Promise<T>;
}

export function createRecorder<T>(): Recorder<T> {
  const items: T[] = [];
  const waiting: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];
  return {
    items,
    push(item) {
      items.push(item);
      for (const waiter of [...waiting]) {
        if (!waiter.match(item)) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(item);
      }
    },
    waitFor(match) {
      const found = items.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve) => waiting.push({ match, resolve }));
    },
  };
}
