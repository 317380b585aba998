/**
 * Which of a question's character trigrams a passage holds, found in one
 * pass over the passage instead of one substring search per trigram (a
 * JSQuAD question has ~40 of them and each of its 30 candidates ~400
 * characters): each position's three code units are hashed into a small
 * bitmap of the question's trigrams, and only a hit is looked up exactly.
 * A trigram is found exactly when `text.includes(trigram)` is true (code
 * units, as `includes` and `slice` count them).
 *
 * The same finds then bound the longest-run search: a piece of three or
 * more code units can only occur where each of its trigrams does, so the
 * substring search is skipped where one is missing, with the same result.
 */

/** The bitmap has 2^filterLog2 entries, indexed by a hash's top bits (hashOf). */
const filterLog2 = 12;

export interface QuestionTrigrams {
  /** The distinct trigrams of the runs, in order of first appearance. */
  readonly trigrams: readonly string[];
  /** 1 at each trigram's index (as in `trigrams`) that the text holds. */
  found(text: string): Uint8Array;
  /** Length of the longest piece of the runs the text holds; `found` is `found(text)`. */
  longestRun(text: string, found: Uint8Array): number;
}

export function questionTrigrams(runs: readonly string[]): QuestionTrigrams {
  const trigrams: string[] = [];
  const indexOf = new Map<number, number>();
  const filter = new Uint8Array(1 << filterLog2);
  /** Per run, the index of the trigram starting at each position. */
  const starting = runs.map((run) => {
    const at = new Int32Array(Math.max(0, run.length - 2));
    for (let start = 0; start + 3 <= run.length; start += 1) {
      const key = keyOf(run.charCodeAt(start), run.charCodeAt(start + 1), run.charCodeAt(start + 2));
      let index = indexOf.get(key);
      if (index === undefined) {
        index = trigrams.length;
        trigrams.push(run.slice(start, start + 3));
        indexOf.set(key, index);
        filter[hashOf(run.charCodeAt(start), run.charCodeAt(start + 1), run.charCodeAt(start + 2))] = 1;
      }
      at[start] = index;
    }
    return at;
  });

  return {
    trigrams,
    found(text) {
      const found = new Uint8Array(trigrams.length);
      if (trigrams.length === 0 || text.length < 3) return found;
      let a = text.charCodeAt(0);
      let b = text.charCodeAt(1);
      for (let at = 2; at < text.length; at += 1) {
        const c = text.charCodeAt(at);
        if (filter[hashOf(a, b, c)] === 1) {
          const index = indexOf.get(keyOf(a, b, c));
          if (index !== undefined) found[index] = 1;
        }
        a = b;
        b = c;
      }
      return found;
    },
    longestRun(text, found) {
      let best = 0;
      for (let r = 0; r < runs.length; r += 1) {
        const run = runs[r] as string;
        const at = starting[r] as Int32Array;
        for (let start = 0; start + best < run.length; start += 1) {
          let end = start + best + 1;
          while (end <= run.length && possible(found, at, start, end) && text.includes(run.slice(start, end))) end += 1;
          best = Math.max(best, end - 1 - start);
        }
      }
      return best;
    },
  };
}

/** Whether every trigram of run[start, end) is in the text (always so below three code units); `at`: the run's trigram at each position. */
function possible(found: Uint8Array, at: Int32Array, start: number, end: number): boolean {
  for (let gram = start; gram + 3 <= end; gram += 1) if (found[at[gram] as number] !== 1) return false;
  return true;
}

/** The three code units as one number (exact: under 2⁴⁸). */
function keyOf(a: number, b: number, c: number): number {
  return a * 0x1_0000_0000 + b * 0x1_0000 + c;
}

function hashOf(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - filterLog2);
}
