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
import { createBestByKey } from './top-scores.ts';

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

/** A MaxScore part with the list it bounds (its bound is computed only once pruning is tried). */
type PendingPart = BoundedPart & { field: number; token: number };

interface ExhaustivePart {
  view: PostingView;
  norms: Float64Array;
  /** termBoost × fieldBoost. */
  scale: number;
  invDocFreq: number;
}

interface ExhaustiveItem {
  /** The token's lists that exist, in field order. */
  parts: ExhaustivePart[];
  /** Its first occurrence in the query (later ones add to scores, not to the count of tokens matched). */
  first: boolean;
  /** Where the whole-corpus loop would meet passages at this token: (query position, field) before document. */
  key: number;
}

/** Documents per block of the exhaustive loop: its scratch (~50 bytes a document) then fits in a core's cache. */
const defaultBlockSize = 4096;

export function createSearcher(source: SearchSource, blockSize = defaultBlockSize) {
  /** Per-block scratch (see exhaustive): small enough to stay in the core's caches. */
  const blockSum = new Float64Array(blockSize);
  const blockTerm = new Float64Array(blockSize);
  const blockKey = new Float64Array(blockSize);
  const blockQuality = new Uint32Array(blockSize);
  const blockInTerm = new Uint8Array(blockSize);
  const blockFirstPart = new Uint8Array(blockSize);
  const blockEntered = new Int32Array(blockSize);
  const blockTouched = new Int32Array(blockSize);
  /** k·(1 − b + b·length/average) per field and document, for the current parameters. */
  let norms: { k: number; b: number; average: number; docSpace: number; norms: Float64Array; once: Float64Array }[] = [];
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

  /**
   * Per field and document: the length norm k·(1 − b + b·length/average), and the whole
   * frequency part (k+1)/(1 + norm) for the common case of a token occurring once, computed
   * with the same operations as for any frequency, so the score is the same to the bit.
   */
  const normsFor = (field: number, k: number, b: number): { norms: Float64Array; once: Float64Array } => {
    const average = source.average(field);
    const docSpace = source.docSpace();
    // Compared as numbers: a key string cost a double's printing per list of every query.
    const cached = norms[field];
    if (cached !== undefined && cached.k === k && cached.b === b && cached.average === average && cached.docSpace === docSpace) return cached;
    const values = new Float64Array(docSpace);
    const once = new Float64Array(docSpace);
    for (let doc = 0; doc < values.length; doc += 1) {
      const norm = k * (1 - b + (b * source.fieldLength(doc, field)) / average);
      values[doc] = norm;
      once[doc] = (1 * (k + 1)) / (1 + norm);
    }
    const entry = { k, b, average, docSpace, norms: values, once };
    norms[field] = entry;
    return entry;
  };

  /**
   * The hot loops, one list's postings below `high` each, with the scratch arrays in
   * locals. A token in one field adds straight into the block's totals; `key` orders
   * the passages it meets first as the term-at-a-time loop would have met them.
   */
  const addSingle = (part: ExhaustivePart, cursor: Int32Array, c: number, low: number, high: number, d: number, kPlus1: number, step: number, key: number, from: number): number => {
    const { docs, freqs, end } = part.view;
    const { norms: fieldNorms, scale, invDocFreq } = part;
    const sums = blockSum;
    const qualities = blockQuality;
    const keys = blockKey;
    const entered = blockEntered;
    let length = from;
    let i = cursor[c] as number;
    for (; i < end; i += 1) {
      const doc = docs[i] as number;
      if (doc >= high) break;
      const frequency = freqs[i] as number;
      const value = (frequency * kPlus1) / (frequency + (fieldNorms[doc] as number));
      const weighted = scale * (invDocFreq * (d + value));
      const local = doc - low;
      // Without a branch on whether the passage was met before (it is not predictable): the
      // block's sums and qualities start at 0 (0 + x is x to the bit), and the passage is
      // listed as entered by moving the end past it only the first time, while its quality is
      // 0 ((0 − 1) >>> 31 is 1, any other quality's 0). A passage is always first met at a
      // token's first occurrence (a repeat has the same lists), so its quality is 1 from then on.
      const quality = qualities[local] as number;
      sums[local] = (sums[local] as number) + weighted;
      qualities[local] = quality + step;
      entered[length] = local;
      length += (quality - 1) >>> 31;
    }
    cursor[c] = i;
    for (let e = from; e < length; e += 1) keys[entered[e] as number] = key + low + (entered[e] as number);
    return length;
  };
  /** One field of a token in several: into the token's own score, summed in field order. */
  const addToTerm = (part: ExhaustivePart, cursor: Int32Array, c: number, low: number, high: number, d: number, kPlus1: number, fieldAt: number, from: number): number => {
    const { docs, freqs, end } = part.view;
    const { norms: fieldNorms, scale, invDocFreq } = part;
    const inTerm = blockInTerm;
    const sums = blockTerm;
    const firstPart = blockFirstPart;
    const touched = blockTouched;
    let length = from;
    let i = cursor[c] as number;
    for (; i < end; i += 1) {
      const doc = docs[i] as number;
      if (doc >= high) break;
      const frequency = freqs[i] as number;
      const value = (frequency * kPlus1) / (frequency + (fieldNorms[doc] as number));
      const weighted = scale * (invDocFreq * (d + value));
      const local = doc - low;
      // As in addSingle: sums from 0, listed the first time without a branch.
      sums[local] = (sums[local] as number) + weighted;
      touched[length] = local;
      length += 1 - (inTerm[local] as number);
      inTerm[local] = 1;
    }
    cursor[c] = i;
    for (let e = from; e < length; e += 1) firstPart[touched[e] as number] = fieldAt;
    return length;
  };

  /**
   * Every posting of every query token, scored as minisearch does, one block of document
   * numbers at a time: each list is walked once, a block's stretch of it at each step, so the
   * running sums (per block, a few dozen kilobytes) stay in cache instead of spreading over
   * arrays as long as the corpus. Within a passage the sums are taken in the same order as
   * term at a time over the whole corpus (tokens in query order, a token's fields in field
   * order), so each score is the same bits; the order the whole-corpus loop would have met
   * passages in (token, then field, then document) is kept as a key, which breaks ties.
   */
  const exhaustive = (items: readonly ExhaustiveItem[], limit: number, d: number, k: number): { doc: number; score: number }[] => {
    const docSpace = source.docSpace();
    const kPlus1 = k + 1;
    const partCount = items.reduce((sum, item) => sum + item.parts.length, 0);
    const cursor = new Int32Array(partCount);
    let c = 0;
    for (const item of items) for (const part of item.parts) cursor[c++] = part.view.start;
    const best = createBestByKey(limit);
    for (let low = 0; low < docSpace; low += blockSize) {
      const high = Math.min(docSpace, low + blockSize);
      let count = 0;
      c = 0;
      for (const item of items) {
        const { parts } = item;
        if (parts.length === 1) {
          count = addSingle(parts[0] as ExhaustivePart, cursor, c, low, high, d, kPlus1, item.first ? 1 : 0, item.key, count);
          c += 1;
          continue;
        }
        let touchedCount = 0;
        for (let p = 0; p < parts.length; p += 1) {
          touchedCount = addToTerm(parts[p] as ExhaustivePart, cursor, c, low, high, d, kPlus1, p, touchedCount);
          c += 1;
        }
        for (let i = 0; i < touchedCount; i += 1) {
          const local = blockTouched[i] as number;
          blockInTerm[local] = 0;
          const term = blockTerm[local] as number;
          blockTerm[local] = 0;
          if (blockQuality[local] === 0) {
            blockSum[local] = term;
            blockQuality[local] = 1;
            blockKey[local] = item.key + (blockFirstPart[local] as number) * docSpace + low + local;
            blockEntered[count++] = local;
          } else {
            blockSum[local] = (blockSum[local] as number) + term;
            if (item.first) blockQuality[local] = (blockQuality[local] as number) + 1;
          }
        }
      }
      // Most passages score below the worst kept: that compare alone, no call.
      let cut = best.full() ? best.worst() : -Infinity;
      for (let i = 0; i < count; i += 1) {
        const local = blockEntered[i] as number;
        const score = (blockSum[local] as number) * (blockQuality[local] as number);
        blockSum[local] = 0;
        blockQuality[local] = 0;
        if (score < cut) continue;
        best.offer(low + local, score, blockKey[local] as number);
        if (best.full()) cut = best.worst();
      }
    }
    return best.sorted();
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
      const withTerms = (best: { doc: number; score: number }[], matched: { term: string; token: number }[]): RawHit[] => {
        if (!wantTerms) return best.map(({ doc, score }) => ({ doc, score, queryTerms: [] }));
        // Each matched token's lists looked up once, not once per hit.
        const lists = matched.map(({ term, token }) => ({ term, views: fields.map(({ field }) => source.posting(field, token)) }));
        return best.map(({ doc, score }) => ({ doc, score, queryTerms: lists.filter(({ views }) => views.some((view) => holds(view, doc))).map(({ term }) => term) }));
      };
      if (mode !== 'exhaustive') {
        const pruned = tryMaxScore(terms, fields, limit, params, weights, mode === 'pruned');
        if (pruned) {
          counts.pruned += 1;
          return withTerms(pruned.best, pruned.matched);
        }
      }
      counts.exhaustive += 1;
      const seen = new Set<string>();
      const matchedTokens: { term: string; token: number }[] = [];
      const items: ExhaustiveItem[] = [];
      for (const [at, term] of terms.entries()) {
        const first = !seen.has(term);
        seen.add(term);
        const termBoost = weights.get(term) ?? 1;
        const token = table.find(term);
        if (token === undefined) continue;
        if (first) matchedTokens.push({ term, token });
        const parts: ExhaustivePart[] = [];
        for (const { field, boost } of fields) {
          const view = source.posting(field, token);
          if (!view) continue;
          const fieldNorms = normsFor(field, k, b);
          parts.push({ view, norms: fieldNorms.norms, scale: termBoost * boost, invDocFreq: idfOf(view) });
        }
        if (parts.length > 0) items.push({ parts, first, key: at * fields.length * source.docSpace() });
      }
      return withTerms(exhaustive(items, limit, d, k), matchedTokens);
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
      const parts: PendingPart[] = [];
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
          // The bound is filled in below, once pruning is known to be worth trying (most queries are not).
          parts.push({ view, scale, invDocFreq, norms: fieldNorms.norms, once: fieldNorms.once, bound: Number.NaN, field, token });
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
    for (const { parts } of tokens) {
      for (const part of parts as PendingPart[]) {
        part.bound = part.scale * (part.invDocFreq * (d + boundOf(part.field, part.token, part.view, k, b, { norms: part.norms, once: part.once })));
      }
    }
    const best = maxScore(tokens, sequence, limit, source.docSpace(), d, k);
    return best ? { best, matched } : null;
  }
}

function holds(view: PostingView | undefined, doc: number): boolean {
  return view !== undefined && findDoc(view.docs, view.start, view.end, doc) >= 0;
}
