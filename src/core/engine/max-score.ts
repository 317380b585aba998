/**
 * Exact top-k by MaxScore (Turtle & Flood 1995), shaped by how minisearch
 * scores: a passage's score is the sum of its query tokens' scores (each a
 * sum over fields) times the number of distinct tokens it holds. So a
 * passage holding only tokens from a set S scores at most
 * (Σ_S bound) × |S|, and that is what decides which lists can be skipped.
 *
 * 1. The tokens with the highest bounds (rare names: short lists), term at
 *    a time into accumulators, until 15 % of the query's postings are read;
 *    the k-th best accumulated score is a lower bound of the k-th best
 *    score (scores only grow).
 * 2. Non-essential tokens: those with the lowest bounds (common tokens:
 *    long lists), as many as together cannot lift a passage holding only
 *    them to that threshold. Their lists are never walked; the other
 *    tokens' are, into the accumulators, and the threshold is raised.
 * 3. Candidates whose accumulated score plus the non-essential bounds
 *    cannot reach it are dropped.
 * 4. The rest, in document order, are looked up in the non-essential lists
 *    by galloping cursors (dropped as soon as their bound falls below the
 *    cut), and those that can still enter the top k are scored exactly: the
 *    sum replayed in minisearch's order (query order, then field order) so
 *    scores are the same bits as the exhaustive loop's, and equal scores
 *    keep its order (the order passages first met a token).
 *
 * Bounds are compared with a relative slack: sums taken in another order
 * round differently, by far less than 1e-10. When too little would be
 * skipped, it answers null and the caller runs the exhaustive loop.
 */
import type { PostingView } from './postings.ts';
import { createBestByKey, type ScoredDoc } from './top-scores.ts';

export interface BoundedPart {
  view: PostingView;
  /** termBoost × fieldBoost. */
  scale: number;
  invDocFreq: number;
  norms: Float64Array;
  once: Float64Array;
  /** The most this list adds to one passage's score (one occurrence of the token). */
  bound: number;
}

export interface BoundedToken {
  /** In field order. */
  parts: BoundedPart[];
  /** How often the token occurs in the query: its score counts that many times. */
  occurrences: number;
}

const slack = 1e-10;

/** Share of the query's postings read to find a first threshold (the rarest tokens' lists). */
const seedShare = 0.15;
/** Pruning is given up unless it skips at least this share of the postings (else lookups cost more than they save). */
const minSkippedShare = 0.3;

export function createMaxScore() {
  let size = 0;
  let acc = new Float64Array(0);
  let quality = new Uint32Array(0);
  let seen = new Uint32Array(0);
  let inToken = new Uint32Array(0);
  let candidates = new Int32Array(0);
  let lower = new Float64Array(0);
  let epoch = 0;

  const prepare = (docSpace: number) => {
    if (docSpace > size) {
      size = Math.max(docSpace, Math.ceil(size * 1.5));
      acc = new Float64Array(size);
      quality = new Uint32Array(size);
      seen = new Uint32Array(size);
      inToken = new Uint32Array(size);
      candidates = new Int32Array(size);
      lower = new Float64Array(size);
      epoch = 0;
    }
    if (epoch > 0xfffff000) {
      seen.fill(0);
      inToken.fill(0);
      epoch = 0;
    }
  };

  /**
   * The best `limit` passages, best first, or null when pruning skipped no
   * list (the caller's exhaustive loop is then the cheaper way to the answer).
   * `sequence`: the query's tokens as indexes into `tokens`, in query order.
   */
  return function topK(tokens: readonly BoundedToken[], sequence: readonly number[], limit: number, docSpace: number, d: number, k: number): ScoredDoc[] | null {
    prepare(docSpace);
    const resultEpoch = ++epoch;
    const kPlus1 = k + 1;
    const tokenCount = tokens.length;
    const tokenBound = new Float64Array(tokenCount);
    const tokenPostings = new Float64Array(tokenCount);
    let totalPostings = 0;
    tokens.forEach((token, t) => {
      for (const part of token.parts) {
        tokenBound[t] = (tokenBound[t] as number) + part.bound;
        tokenPostings[t] = (tokenPostings[t] as number) + part.view.end - part.view.start;
      }
      tokenBound[t] = token.occurrences * (tokenBound[t] as number);
      totalPostings += tokenPostings[t] as number;
    });
    // Highest bound first (rare names), ties in query order.
    const byBound = Array.from({ length: tokenCount }, (_, i) => i).sort((a, b) => (tokenBound[b] as number) - (tokenBound[a] as number) || a - b);
    const processed = new Uint8Array(tokenCount);
    let count = 0;

    /** Term at a time into the accumulators (sums in any order: they only bound). */
    const accumulate = (t: number) => {
      const token = tokens[t] as BoundedToken;
      const tokenEpoch = ++epoch;
      const times = token.occurrences;
      processed[t] = 1;
      for (const { view, scale, invDocFreq, norms, once } of token.parts) {
        const { docs, freqs, end } = view;
        for (let i = view.start; i < end; i += 1) {
          const doc = docs[i] as number;
          const frequency = freqs[i] as number;
          const part = frequency === 1 ? (once[doc] as number) : (frequency * kPlus1) / (frequency + (norms[doc] as number));
          const value = times * (scale * (invDocFreq * (d + part)));
          if (seen[doc] !== resultEpoch) {
            seen[doc] = resultEpoch;
            acc[doc] = value;
            quality[doc] = 1;
            inToken[doc] = tokenEpoch;
            candidates[count++] = doc;
          } else {
            acc[doc] = (acc[doc] as number) + value;
            if (inToken[doc] !== tokenEpoch) {
              inToken[doc] = tokenEpoch;
              quality[doc] = (quality[doc] as number) + 1;
            }
          }
        }
      }
    };
    /** A lower bound of the k-th best score: the k-th best accumulated so far (scores only grow). */
    const lowerThreshold = () => {
      for (let i = 0; i < count; i += 1) {
        const doc = candidates[i] as number;
        lower[i] = (acc[doc] as number) * (quality[doc] as number);
      }
      return kthLargest(lower, count, limit) * (1 - slack);
    };

    // 1. The rarest tokens' lists first, for a first threshold.
    const seedBudget = totalPostings * seedShare;
    let read = 0;
    for (const t of byBound) {
      if (read > 0 && read + (tokenPostings[t] as number) > seedBudget && count >= limit) break;
      accumulate(t);
      read += tokenPostings[t] as number;
    }
    if (count < limit) return null;
    let threshold = lowerThreshold();

    // 2. Non-essential tokens: the lowest bounds, as many as cannot together lift a passage to the threshold.
    let neBound = 0;
    let neCount = 0;
    for (let i = tokenCount - 1; i >= 0; i -= 1) {
      const t = byBound[i] as number;
      if (processed[t] === 1 || (neBound + (tokenBound[t] as number)) * (neCount + 1) * (1 + slack) >= threshold) break;
      neBound += tokenBound[t] as number;
      neCount += 1;
    }
    // Not worth it unless the lists skipped outweigh the lookups to come.
    let skipped = 0;
    for (let i = tokenCount - neCount; i < tokenCount; i += 1) skipped += tokenPostings[byBound[i] as number] as number;
    if (skipped < totalPostings * minSkippedShare) return null;
    const nonEssential = byBound.slice(tokenCount - neCount);
    for (let i = 0; i < tokenCount - neCount; i += 1) if (processed[byBound[i] as number] === 0) accumulate(byBound[i] as number);
    threshold = Math.max(threshold, lowerThreshold());
    epoch += 1;

    // 3. Candidates that can still make the cut, in document order.
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = candidates[i] as number;
      if (((acc[doc] as number) + neBound) * ((quality[doc] as number) + neCount) * (1 + slack) >= threshold) candidates[kept++] = doc;
    }
    const survivors = candidates.subarray(0, kept).sort();

    // 4. Each refined by the non-essential lists (galloping cursors), then scored exactly if it can enter the top k.
    const parts = tokens.flatMap((token) => token.parts);
    const partCount = parts.length;
    const partStart = new Int32Array(tokenCount + 1);
    tokens.forEach((token, i) => (partStart[i + 1] = (partStart[i] as number) + token.parts.length));
    const cursors = Int32Array.from(parts, (part) => part.view.start);
    const lookedFor = new Int32Array(partCount).fill(-1);
    const value = new Float64Array(partCount);
    const holds = new Uint8Array(partCount);
    const counted = new Int32Array(tokenCount).fill(-1);
    const best = createBestByKey(limit);
    const stride = 4 * docSpace;
    /** Looks the document up in list p (cursor moves forward), keeping its contribution. */
    const look = (p: number, doc: number): boolean => {
      lookedFor[p] = doc;
      const { view, scale, invDocFreq, norms, once } = parts[p] as BoundedPart;
      const at = gallop(view.docs, cursors[p] as number, view.end, doc);
      cursors[p] = at;
      if (at >= view.end || view.docs[at] !== doc) {
        holds[p] = 0;
        return false;
      }
      const frequency = view.freqs[at] as number;
      const part = frequency === 1 ? (once[doc] as number) : (frequency * kPlus1) / (frequency + (norms[doc] as number));
      value[p] = scale * (invDocFreq * (d + part));
      holds[p] = 1;
      return true;
    };

    for (let s = 0; s < kept; s += 1) {
      const doc = survivors[s] as number;
      const cut = Math.max(threshold, best.full() ? best.worst() : 0);
      let sum = acc[doc] as number;
      let matched = quality[doc] as number;
      let rest = neBound;
      let restCount = neCount;
      let dropped = false;
      for (const t of nonEssential) {
        if ((sum + rest) * (matched + restCount) * (1 + slack) < cut) {
          dropped = true;
          break;
        }
        const times = (tokens[t] as BoundedToken).occurrences;
        let has = false;
        for (let p = partStart[t] as number; p < (partStart[t + 1] as number); p += 1) {
          if (!look(p, doc)) continue;
          sum += times * (value[p] as number);
          has = true;
        }
        if (has) matched += 1;
        rest -= tokenBound[t] as number;
        restCount -= 1;
      }
      if (dropped || sum * matched * (1 + slack) < cut) continue;
      // The exact score, summed in minisearch's order: each query token's fields, tokens in query order.
      for (let p = 0; p < partCount; p += 1) if (lookedFor[p] !== doc) look(p, doc);
      let total = 0;
      let started = false;
      let distinct = 0;
      let firstKey = -1;
      for (const t of sequence) {
        let score = 0;
        let has = false;
        for (let p = partStart[t] as number; p < (partStart[t + 1] as number); p += 1) {
          if (holds[p] !== 1) continue;
          score = has ? score + (value[p] as number) : (value[p] as number);
          // The exhaustive loop meets a passage first at its first token, in that token's first field holding it.
          if (!has && firstKey < 0) firstKey = t * stride + (p - (partStart[t] as number)) * docSpace + doc;
          has = true;
        }
        if (!has) continue;
        total = started ? total + score : score;
        started = true;
        if (counted[t] !== doc) {
          counted[t] = doc;
          distinct += 1;
        }
      }
      best.offer(doc, total * distinct, firstKey);
    }
    return best.sorted();
  };
}

/** First position in docs[from … end - 1] holding a document ≥ doc (end if none): doubling steps, then halving. */
export function gallop(docs: Int32Array, from: number, end: number, doc: number): number {
  if (from >= end || (docs[from] as number) >= doc) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < end && (docs[high] as number) < doc) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > end) high = end;
  // docs[low] < doc; docs[high] ≥ doc or high = end.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((docs[middle] as number) < doc) low = middle;
    else high = middle;
  }
  return high;
}

/** The k-th largest of values[0 … count - 1] (count ≥ k ≥ 1); reorders them. */
export function kthLargest(values: Float64Array, count: number, k: number): number {
  let low = 0;
  let high = count - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i += 1;
      while ((values[j] as number) < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] as number;
  }
  return values[target] as number;
}
