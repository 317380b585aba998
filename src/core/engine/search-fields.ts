/**
 * One minisearch query (OR of tokens over some fields, BM25, field and
 * token boosts) over typed-array postings, reproducing minisearch's
 * arithmetic and order exactly:
 * - a token's score for a passage is its fields' scores summed in field
 *   order; a passage's score is its tokens' scores summed in query order,
 *   times the number of distinct query tokens it matched ("quality");
 * - passages enter the result in the order minisearch's Maps would meet
 *   them, and equal scores keep that order (stable sort).
 * Two ways to the same top k: MaxScore pruning (max-score.ts), which skips
 * the long lists of common tokens once they cannot lift a passage into the
 * top k, and the exhaustive loop below, which scores every posting of every
 * query token term at a time and is the cheaper one for short lists, a
 * single token, or a query where nothing can be pruned. A token in one
 * field only (every bigram) adds straight into the passage's total.
 * Scratch arrays are reused between queries: search is synchronous.
 */
import { createMaxScore, type BoundedPart, type BoundedToken } from './max-score.ts';
import { findDoc, type PostingView } from './postings.ts';
import type { WeightedToken } from './passage-index.ts';
import { listBound } from './term-bounds.ts';
import type { TokenTable } from './token-table.ts';
import { topScores } from './top-scores.ts';

export const searchDefaults = {
  /** Field boosts of the term view: a title or heading match says more than a body match. */
  termBoosts: { title: 1.5, heading: 1.0, text: 1.0 },
  /** BM25 (d = 0: plain BM25, not BM25+; short passages should not win on matches alone). */
  bm25: { k: 1.2, b: 0.75, d: 0 },
};

export interface SearchSource {
  tokens(): TokenTable;
  documentCount(): number;
  /** One more than the highest document number ever used. */
  docSpace(): number;
  fieldLength(doc: number, field: number): number;
  average(field: number): number;
  posting(field: number, token: number): PostingView | undefined;
  /** The stored bound of the list's frequency part for these parameters (term-bounds.ts), if it has one. */
  storedBound(field: number, token: number, k: number, b: number): number | undefined;
}

/**
 * How to search: by MaxScore where it can prune ('auto'); by MaxScore whenever it can
 * prune at all, however short the lists ('pruned', for tests on small corpora); or
 * always every posting ('exhaustive', the reference).
 */
export type SearchMode = 'auto' | 'pruned' | 'exhaustive';

/** Below this many postings in all the query's lists together, the plain loop wins outright. */
const minPostingsToPrune = 4096;
/**
 * MaxScore pays only when some list is long (a token most passages hold, with a tiny
 * bound, skipped whole). Measured at 10,000 synthetic articles, fastest of 5 per query:
 * on the ranking's queries (tokens held by over 10 % of passages left out) MaxScore took
 * 1.87 ms p50 against the loop's 1.62; on the whole queries 10.8 ms against 14.9.
 */
const minLongestShare = 0.1;

export interface RawHit {
  doc: number;
  score: number;
  /** Query tokens the passage holds, in query order (only when asked for). */
  queryTerms: string[];
}

const fieldNumbers = new Map([
  ['title', 0],
  ['heading', 1],
  ['text', 2],
  ['bigrams', 3],
]);

export function createSearcher(source: SearchSource) {
  let size = 0;
  let total = new Float64Array(0);
  let termScore = new Float64Array(0);
  let quality = new Uint32Array(0);
  let inResult = new Uint32Array(0);
  let inTerm = new Uint32Array(0);
  let epoch = 0;
  let order = new Int32Array(0);
  let touched = new Int32Array(0);
  /** k·(1 − b + b·length/average) per field and document, for the current parameters. */
  let norms: { key: string; norms: Float64Array; once: Float64Array }[] = [];
  /** Bounds computed for lists without a stored one (changed since sealing), until the next change. */
  let computedBounds = new Map<string, number>();
  const maxScore = createMaxScore();
  const counts = { pruned: 0, exhaustive: 0 };

  const boundOf = (field: number, token: number, view: PostingView, k: number, b: number, fieldNorms: { norms: Float64Array; once: Float64Array }) => {
    const stored = source.storedBound(field, token, k, b);
    if (stored !== undefined) return stored;
    const key = `${field}|${token}|${k}|${b}`;
    let bound = computedBounds.get(key);
    if (bound === undefined) {
      bound = listBound(view, fieldNorms.norms, fieldNorms.once, k);
      computedBounds.set(key, bound);
    }
    return bound;
  };

  const prepare = () => {
    const needed = source.docSpace();
    if (needed > size) {
      size = Math.max(needed, Math.ceil(size * 1.5));
      total = new Float64Array(size);
      termScore = new Float64Array(size);
      quality = new Uint32Array(size);
      inResult = new Uint32Array(size);
      inTerm = new Uint32Array(size);
      order = new Int32Array(size);
      touched = new Int32Array(size);
      epoch = 0;
    }
    if (epoch > 0xfffffff0) {
      inResult.fill(0);
      inTerm.fill(0);
      epoch = 0;
    }
  };

  /**
   * Per field and document: the length norm k·(1 − b + b·length/average), and the whole
   * frequency part (k+1)/(1 + norm) for the common case of a token occurring once, computed
   * with the same operations as for any frequency, so the score is the same to the bit.
   */
  const normsFor = (field: number, k: number, b: number): { norms: Float64Array; once: Float64Array } => {
    const average = source.average(field);
    const key = `${k}|${b}|${average}|${source.docSpace()}`;
    const cached = norms[field];
    if (cached?.key === key) return cached;
    const values = new Float64Array(source.docSpace());
    const once = new Float64Array(source.docSpace());
    for (let doc = 0; doc < values.length; doc += 1) {
      const norm = k * (1 - b + (b * source.fieldLength(doc, field)) / average);
      values[doc] = norm;
      once[doc] = (1 * (k + 1)) / (1 + norm);
    }
    const entry = { key, norms: values, once };
    norms[field] = entry;
    return entry;
  };

  /**
   * The hot loops, one list each, with the scratch arrays in locals (read once, not per
   * posting through the closure). A token in one field adds straight into the totals.
   */
  const addSingle = (view: PostingView, fieldNorms: Float64Array, once: Float64Array, scale: number, invDocFreq: number, d: number, kPlus1: number, resultEpoch: number, first: boolean, from: number): number => {
    const { docs, freqs, end } = view;
    const seenAt = inResult;
    const sums = total;
    const qualities = quality;
    const entered = order;
    const step = first ? 1 : 0;
    let length = from;
    for (let i = view.start; i < end; i += 1) {
      const doc = docs[i] as number;
      const frequency = freqs[i] as number;
      const part = frequency === 1 ? (once[doc] as number) : (frequency * kPlus1) / (frequency + (fieldNorms[doc] as number));
      const weighted = scale * (invDocFreq * (d + part));
      if (seenAt[doc] !== resultEpoch) {
        seenAt[doc] = resultEpoch;
        sums[doc] = weighted;
        qualities[doc] = 1;
        entered[length++] = doc;
      } else {
        sums[doc] = (sums[doc] as number) + weighted;
        qualities[doc] = (qualities[doc] as number) + step;
      }
    }
    return length;
  };
  /** One field of a token in several: into the token's own score, summed in field order. */
  const addToTerm = (view: PostingView, fieldNorms: Float64Array, once: Float64Array, scale: number, invDocFreq: number, d: number, kPlus1: number, termEpoch: number, from: number): number => {
    const { docs, freqs, end } = view;
    const seenAt = inTerm;
    const sums = termScore;
    const entered = touched;
    let length = from;
    for (let i = view.start; i < end; i += 1) {
      const doc = docs[i] as number;
      const frequency = freqs[i] as number;
      const part = frequency === 1 ? (once[doc] as number) : (frequency * kPlus1) / (frequency + (fieldNorms[doc] as number));
      const weighted = scale * (invDocFreq * (d + part));
      if (seenAt[doc] !== termEpoch) {
        seenAt[doc] = termEpoch;
        sums[doc] = weighted;
        entered[length++] = doc;
      } else {
        sums[doc] = (sums[doc] as number) + weighted;
      }
    }
    return length;
  };

  return {
    /** Called on every change: cached norms depend on lengths and averages. */
    counts: () => ({ ...counts }),
    invalidate() {
      norms = [];
      computedBounds = new Map();
    },
    run(
      tokens: readonly WeightedToken[],
      boosts: Readonly<Record<string, number>>,
      limit: number,
      wantTerms: boolean,
      params: { k: number; b: number; d: number },
      mode: SearchMode = 'auto',
    ): RawHit[] {
      if (tokens.length === 0 || limit <= 0) return [];
      const weights = new Map(tokens.map(({ token, weight }) => [token, weight]));
      // minisearch's query tokenizer: the tokens joined, split again, empty ones dropped.
      const joined = tokens.map(({ token }) => token).join('\n');
      const terms = (joined === '' ? [] : joined.split('\n')).filter((term) => !!term);
      const fields = Object.keys(boosts).flatMap((name) => {
        const field = fieldNumbers.get(name);
        return field === undefined ? [] : [{ field, boost: (Object.hasOwn(boosts, name) ? boosts[name] : undefined) || 1 }];
      });
      const { k, b, d } = params;
      const table = source.tokens();
      const documentCount = source.documentCount();
      const idfOf = (view: PostingView) => {
        const matching = view.end - view.start;
        return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
      };
      const withTerms = (best: { doc: number; score: number }[], matched: { term: string; token: number }[]): RawHit[] =>
        best.map(({ doc, score }) => ({
          doc,
          score,
          queryTerms: wantTerms ? matched.filter(({ token }) => fields.some(({ field }) => holds(source.posting(field, token), doc))).map(({ term }) => term) : [],
        }));
      if (mode !== 'exhaustive') {
        const pruned = tryMaxScore(terms, fields, limit, params, weights, mode === 'pruned');
        if (pruned) {
          counts.pruned += 1;
          return withTerms(pruned.best, pruned.matched);
        }
      }
      counts.exhaustive += 1;
      prepare();
      epoch += 1;
      const resultEpoch = epoch;
      let orderLength = 0;
      const seen = new Set<string>();
      const matchedTokens: { term: string; token: number }[] = [];

      for (const term of terms) {
        const first = !seen.has(term);
        seen.add(term);
        const termBoost = weights.get(term) ?? 1;
        const token = table.find(term);
        if (token === undefined) continue;
        if (first) matchedTokens.push({ term, token });
        const parts = [];
        for (const { field, boost } of fields) {
          const view = source.posting(field, token);
          if (view) parts.push({ field, boost, view });
        }
        if (parts.length === 0) continue;
        if (parts.length === 1) {
          // One field: the token's score is this one value; add it straight to the passage's total.
          const { field, boost, view } = parts[0] as (typeof parts)[number];
          const fieldNorms = normsFor(field, k, b);
          orderLength = addSingle(view, fieldNorms.norms, fieldNorms.once, termBoost * boost, idfOf(view), d, k + 1, resultEpoch, first, orderLength);
          continue;
        }
        epoch += 1;
        const termEpoch = epoch;
        let touchedCount = 0;
        for (const { field, boost, view } of parts) {
          const fieldNorms = normsFor(field, k, b);
          touchedCount = addToTerm(view, fieldNorms.norms, fieldNorms.once, termBoost * boost, idfOf(view), d, k + 1, termEpoch, touchedCount);
        }
        for (let i = 0; i < touchedCount; i += 1) {
          const doc = touched[i] as number;
          if (inResult[doc] !== resultEpoch) {
            inResult[doc] = resultEpoch;
            total[doc] = termScore[doc] as number;
            quality[doc] = 1;
            order[orderLength++] = doc;
          } else {
            total[doc] = (total[doc] as number) + (termScore[doc] as number);
            if (first) quality[doc] = (quality[doc] as number) + 1;
          }
        }
      }
      // Keep epochs of the two marks apart: the next query starts above both.
      epoch += 1;

      const sums = total;
      const qualities = quality;
      const best = topScores(order, orderLength, (doc) => (sums[doc] as number) * (qualities[doc] as number), limit);
      return withTerms(
        best.map(({ candidate: doc, score }) => ({ doc, score })),
        matchedTokens,
      );
    },
  };

  /**
   * The query as MaxScore wants it (distinct tokens with their lists and bounds, the
   * query order as indexes), run; null when the exhaustive loop is the better way.
   */
  function tryMaxScore(
    terms: readonly string[],
    fields: readonly { field: number; boost: number }[],
    limit: number,
    params: { k: number; b: number; d: number },
    weights: ReadonlyMap<string, number>,
    always: boolean,
  ): { best: { doc: number; score: number }[]; matched: { term: string; token: number }[] } | null {
    const { k, b, d } = params;
    if (!(d >= 0) || !(k >= 0) || !(b >= 0 && b <= 1)) return null;
    const table = source.tokens();
    const documentCount = source.documentCount();
    const byTerm = new Map<string, number>();
    const tokens: BoundedToken[] = [];
    const matched: { term: string; token: number }[] = [];
    const sequence: number[] = [];
    let postings = 0;
    let longest = 0;
    for (const term of terms) {
      const known = byTerm.get(term);
      if (known !== undefined) {
        if (known >= 0) {
          (tokens[known] as BoundedToken).occurrences += 1;
          sequence.push(known);
        }
        continue;
      }
      const token = table.find(term);
      const parts: BoundedPart[] = [];
      const scaleBase = weights.get(term) ?? 1;
      if (token !== undefined) {
        for (const { field, boost } of fields) {
          const view = source.posting(field, token);
          if (!view) continue;
          const scale = scaleBase * boost;
          if (!(scale > 0) || !Number.isFinite(scale)) return null;
          const matching = view.end - view.start;
          postings += matching;
          longest = Math.max(longest, matching);
          const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
          const fieldNorms = normsFor(field, k, b);
          const bound = scale * (invDocFreq * (d + boundOf(field, token, view, k, b, fieldNorms)));
          parts.push({ view, scale, invDocFreq, norms: fieldNorms.norms, once: fieldNorms.once, bound });
        }
        matched.push({ term, token });
      }
      if (parts.length === 0) {
        byTerm.set(term, -1);
        continue;
      }
      byTerm.set(term, tokens.length);
      sequence.push(tokens.length);
      tokens.push({ parts, occurrences: 1 });
    }
    if (tokens.length < 2 || limit >= source.docSpace()) return null;
    if (!always && (postings < minPostingsToPrune || longest < documentCount * minLongestShare)) return null;
    const best = maxScore(tokens, sequence, limit, source.docSpace(), d, k);
    return best ? { best, matched } : null;
  }
}

function holds(view: PostingView | undefined, doc: number): boolean {
  return view !== undefined && findDoc(view.docs, view.start, view.end, doc) >= 0;
}
