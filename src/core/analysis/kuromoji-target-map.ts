/**
 * kuromoji's target map (a trie entry's number → the dictionary entries it
 * stands for), read in place from its file (tid_map.dat) instead of being
 * built as kuromoji builds it: an object of 326,000 arrays, each grown by
 * push to 17 slots, ~70 MB of heap that every collection walks, and ~80 ms
 * of the start. Here it is the file's own Int32 words plus two arrays of
 * 392,000 offsets and lengths (3 MB), answered through a Proxy because
 * kuromoji's Viterbi builder reads it as `target_map[id]`: the same entries
 * in the same order (tests/core/kuromoji-dictionary.test.ts), for ~5–8 % more
 * time per tokenised character (measured over 6,000 bench sentences).
 */

/**
 * The map's own look-up by number, for a caller that knows it (kuromoji-lattice.ts): the same
 * entries without the Proxy's round trip through the key's string.
 */
export const entriesByNumber = Symbol('kiji.targetMap.entriesByNumber');

/** tid_map.dat: a count, then records of key, n, and n entry numbers (then zero padding). */
export function targetMapOf(bytes: ArrayBuffer): Record<number, ArrayLike<number> | undefined> {
  const words = new Int32Array(bytes, 0, bytes.byteLength >> 2);
  let maxKey = -1;
  for (let at = 1; at + 1 < words.length; at += 2 + (words[at + 1] as number)) maxKey = Math.max(maxKey, words[at] as number);
  const starts = new Int32Array(maxKey + 1);
  const lengths = new Int32Array(maxKey + 1);
  for (let at = 1; at + 1 < words.length; at += 2 + (words[at + 1] as number)) {
    const key = words[at] as number;
    const length = words[at + 1] as number;
    if (length > 0) {
      // kuromoji would append a repeated key's entries; IPADIC's file has none, and a file that did is refused (the caller falls back to kuromoji's loader).
      if (lengths[key] !== 0) throw new Error(`kuromoji target map repeats key ${key}`);
      starts[key] = at + 2;
      lengths[key] = length;
    }
  }
  const entries = (key: number): Int32Array | undefined => {
    const length = lengths[key];
    if (!length) return undefined;
    const start = starts[key] as number;
    return words.subarray(start, start + length);
  };
  return new Proxy({}, {
    get(_, property) {
      if (property === entriesByNumber) return entries;
      if (typeof property !== 'string') return undefined;
      return entries(Number(property));
    },
  });
}

/** What kuromoji's own loader is given instead of the real file: no records, so it builds nothing. */
export function emptyTargetMapFile(): ArrayBuffer {
  return new ArrayBuffer(4);
}
