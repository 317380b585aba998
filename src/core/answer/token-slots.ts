/**
 * A question's few dozen tokens by their index numbers (PassageIndex.tokenNumber):
 * an open-addressing table of integers, small enough to stay in cache, so matching a
 * passage's sentences against the question compares numbers from typed arrays instead
 * of hashing strings that lie all over the heap.
 */
export interface TokenSlots {
  /** The question's tokens, by slot. */
  readonly tokens: readonly string[];
  /** The slot of the token numbered `id`, or -1 when the question does not hold it. */
  slotOf(id: number): number;
}

export function createTokenSlots(tokens: readonly string[], numberOf: (token: string) => number | undefined): TokenSlots {
  let capacity = 8;
  while (capacity < tokens.length * 4) capacity *= 2;
  const mask = capacity - 1;
  const ids = new Int32Array(capacity).fill(-1);
  const slots = new Int32Array(capacity);
  const hash = (id: number) => Math.imul(id, 0x9e3779b1) >>> 0;
  tokens.forEach((token, slot) => {
    const id = numberOf(token);
    if (id === undefined) return;
    let at = hash(id) & mask;
    while (ids[at] !== -1 && ids[at] !== id) at = (at + 1) & mask;
    ids[at] = id;
    slots[at] = slot;
  });
  return {
    tokens,
    slotOf(id) {
      let at = hash(id) & mask;
      for (;;) {
        const held = ids[at] as number;
        if (held === id) return slots[at] as number;
        if (held === -1) return -1;
        at = (at + 1) & mask;
      }
    },
  };
}
