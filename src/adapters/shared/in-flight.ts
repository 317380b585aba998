/**
 * The questions a bot is answering right now, so a shutdown can stop taking
 * new ones and still finish these: the adapter tracks each question from
 * arrival to delivered reply; `close()` turns new ones away and `idle()`
 * resolves when the last one settles. The runner bounds how long it waits
 * (run-bot.ts).
 */
export interface InFlight {
  /** True once draining: new questions are turned away. */
  readonly closing: boolean;
  readonly size: number;
  /** Tracks `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when everything tracked so far has settled (failures included). */
  idle(): Promise<void>;
  /** Turns new questions away from now on (`closing` becomes true). */
  close(): void;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  let closing = false;
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return {
    get closing() {
      return closing;
    },
    get size() {
      return running.size;
    },
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return work;
    },
    idle,
    close() {
      closing = true;
    },
  };
}
