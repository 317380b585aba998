/**
 * Per field and token, an upper bound of the BM25 frequency part any passage
 * in its posting list can score: max over the list of f·(k+1) / (f + norm),
 * norm = k·(1 − b + b·length/average), computed with the searcher's own
 * operations so that every passage's part is ≤ the bound to the bit. The
 * pruned search (max-score.ts) multiplies it by the token's idf and boosts to
 * get the most one list can add to a passage's score.
 *
 * Computed when an index is sealed, for the averages at that moment, and
 * persisted with it. When the averages move later (passages added or removed
 * in a fork), a stored bound still holds after scaling by
 * max(1, average now / average then): norm scales by at most that ratio's
 * inverse, and the part by at most the ratio (see `scaledBound`). Lists a
 * fork changed have no stored bound; the searcher computes theirs.
 */
import type { PostingView, SealedPostings } from './postings.ts';

export interface TermBounds {
  k: number;
  b: number;
  /** Field averages the bounds were computed for. */
  averages: Float64Array;
  /** Per field, by token number (tokens interned after sealing are absent: their lists were empty). */
  values: Float64Array[];
}

export function emptyTermBounds(fields: number): TermBounds {
  return { k: 0, b: 0, averages: new Float64Array(fields), values: Array.from({ length: fields }, () => new Float64Array(0)) };
}

/** The largest frequency part of one list (0 for an empty one). */
export function listBound(view: PostingView | undefined, norms: Float64Array, once: Float64Array, k: number): number {
  if (!view) return 0;
  const { docs, freqs, end } = view;
  const kPlus1 = k + 1;
  let max = 0;
  for (let i = view.start; i < end; i += 1) {
    const doc = docs[i] as number;
    const frequency = freqs[i] as number;
    const part = frequency === 1 ? (once[doc] as number) : (frequency * kPlus1) / (frequency + (norms[doc] as number));
    if (part > max) max = part;
  }
  return max;
}

/** Bounds of every list of one sealed field, for per-document norms (see search-fields.ts). */
export function fieldBounds(postings: SealedPostings, norms: Float64Array, once: Float64Array, k: number): Float64Array {
  const tokens = postings.offsets.length - 1;
  const values = new Float64Array(Math.max(0, tokens));
  for (let token = 0; token < tokens; token += 1) {
    const start = postings.offsets[token] as number;
    const end = postings.offsets[token + 1] as number;
    if (end > start) values[token] = listBound({ docs: postings.docs, freqs: postings.freqs, start, end }, norms, once, k);
  }
  return values;
}

/** Per-document norm and the part for a frequency of one, as the searcher computes them. */
export function fieldNorms(lengths: ArrayLike<number>, field: number, fieldCount: number, docs: number, average: number, k: number, b: number): { norms: Float64Array; once: Float64Array } {
  const norms = new Float64Array(docs);
  const once = new Float64Array(docs);
  for (let doc = 0; doc < docs; doc += 1) {
    const norm = k * (1 - b + (b * (lengths[doc * fieldCount + field] as number)) / average);
    norms[doc] = norm;
    once[doc] = (1 * (k + 1)) / (1 + norm);
  }
  return { norms, once };
}

/**
 * A stored bound under today's average. With a ≥ a₀ every norm shrinks, but
 * by at most the factor a₀/a on its length term, so f+norm shrinks by at
 * most that factor and the part grows by at most a/a₀. (The searcher adds a
 * relative slack on top for rounding.)
 */
export function scaledBound(stored: number, averageThen: number, averageNow: number): number {
  return averageNow > averageThen && averageThen > 0 ? stored * (averageNow / averageThen) : stored;
}
