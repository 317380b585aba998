/**
 * PassageIndex in typed arrays: the same BM25 over the same four fields as
 * the minisearch index it replaced, scoring every passage to the same bits
 * (see bm25.ts and tests/core/compact-index-parity.test.ts, whose oracle
 * that minisearch index now is), in a tenth of the memory and
 * loadable from disk without parsing (index-cache.ts).
 *
 * A version reads through to a sealed base (sealed-index.ts) and keeps its
 * own changes beside it: growable copies of the posting lists it touched,
 * analyses of passages added since, its own lengths and counts.
 *
 * Versions: `fork()` returns a new index sharing all unchanged data with
 * this one, which is frozen from then on. A reload changes the fork while
 * questions keep reading the old version, then swaps; a failed reload just
 * drops the fork.
 */
import { createRecentCache } from './recent-cache.ts';
import { averageAfterAdd, averageAfterRemove } from './bm25.ts';
import { bulkLoad } from './bulk-load.ts';
import { fieldTokens, packAnalysis, unpackAnalysis, type FieldTokens } from './packed-analysis.ts';
import type { AnalyzedPassage, IndexQuery, PassageHit, PassageIndex } from './passage-index.ts';
import {
  appendPosting,
  emptySealedPostings,
  growableCopy,
  growableView,
  removeFromPosting,
  sealedView,
  type GrowablePosting,
  type PostingView,
  type SealedPostings,
} from './postings.ts';
import { boundsOf, fieldCount, grow, indexFields, snapshotOf, type IndexSnapshot, type SealedBase } from './sealed-index.ts';
import { createSearcher, searchDefaults, type SearchMode } from './search-fields.ts';
import { emptyTermBounds, scaledBound } from './term-bounds.ts';
import { createTokenTable, type TokenTable } from './token-table.ts';

export interface CompactIndex extends PassageIndex {
  readonly tokens: TokenTable;
  /** A token's number in the token table (the analyses' termIds and bigramIds), or undefined when never seen. */
  tokenNumber(token: string): number | undefined;
  /** Adds one passage whose analysis is already packed with this index's token table. */
  addPacked(id: string, analysis: Uint8Array): void;
  /** Adds many, straight into sealed arrays when the index is still empty (see bulk-load.ts). */
  addPackedMany(entries: readonly { id: string; analysis: Uint8Array }[]): void;
  /** A new version to change; this one stays as it is and can no longer be changed. */
  fork(): CompactIndex;
  /** The current contents, sealed (renumbered without holes). */
  snapshot(): IndexSnapshot;
  /** `mode` 'exhaustive' scores every posting (the reference the pruned search must equal; tests, bench). */
  search(query: IndexQuery, limit: number, mode?: SearchMode): PassageHit[];
  /** How many view searches MaxScore answered, and how many the exhaustive loop did. */
  searchCounts(): { pruned: number; exhaustive: number };
}

/** Unpacked analyses kept (~1–2 KB each). */
const unpackedKept = 4096;

interface State {
  tokens: TokenTable;
  base: SealedBase;
  overlay: Map<number, GrowablePosting>[];
  docIds: (string | undefined)[];
  docNumbers: Map<string, number>;
  /** docNumbers is the caller's (CompactIndexOptions.docNumbers): copied before it is first changed. */
  sharedNumbers: boolean;
  /** Analyses of documents added since the base was sealed, by doc - base.docCount. */
  extraAnalyses: Uint8Array[];
  fieldLengths: Uint32Array;
  termDf: Int32Array;
  bigramDf: Int32Array;
  averages: Float64Array;
  documentCount: number;
}

export interface CompactIndexOptions {
  /** Documents per block of the exhaustive search loop (search-fields.ts); small ones for tests. */
  searchBlock?: number;
  /**
   * The snapshot's document numbers by id, when the caller made them already (a restored
   * cache shares one map with its passages: a second map of 92,000 ids cost ~25 ms at the
   * start). Never changed here.
   */
  docNumbers?: ReadonlyMap<string, number>;
}

export function createCompactIndex(snapshot?: IndexSnapshot, options: CompactIndexOptions = {}): CompactIndex {
  return fromState(snapshot ? stateOf(snapshot, options.docNumbers) : emptyState(), options);
}

function emptyState(): State {
  return {
    tokens: createTokenTable(),
    base: { docCount: 0, analysisOffsets: new Int32Array(1), analysisBytes: new Uint8Array(0), postings: indexFields.map(emptySealedPostings), bounds: emptyTermBounds(fieldCount) },
    overlay: indexFields.map(() => new Map()),
    docIds: [],
    docNumbers: new Map(),
    sharedNumbers: false,
    extraAnalyses: [],
    fieldLengths: new Uint32Array(64 * fieldCount),
    termDf: new Int32Array(64),
    bigramDf: new Int32Array(64),
    averages: new Float64Array(fieldCount),
    documentCount: 0,
  };
}

function stateOf(snapshot: IndexSnapshot, docNumbers: ReadonlyMap<string, number> | undefined): State {
  const docIds = [...snapshot.docIds];
  return {
    tokens: createTokenTable(snapshot.tokens),
    base: { docCount: docIds.length, analysisOffsets: snapshot.analysisOffsets, analysisBytes: snapshot.analysisBytes, postings: [...snapshot.postings], bounds: snapshot.bounds },
    overlay: indexFields.map(() => new Map()),
    docIds,
    // Read only until a change copies it (ownNumbers); the type says Map for the versions that own theirs.
    docNumbers: (docNumbers as Map<string, number> | undefined) ?? new Map(docIds.map((id, doc) => [id, doc])),
    sharedNumbers: docNumbers !== undefined,
    extraAnalyses: [],
    // Copied (they are small): versions must never write into a snapshot someone else may load again.
    fieldLengths: snapshot.fieldLengths.slice(),
    termDf: snapshot.termDf.slice(),
    bigramDf: snapshot.bigramDf.slice(),
    averages: Float64Array.from(snapshot.averages),
    documentCount: docIds.length,
  };
}

function fromState(state: State, options: CompactIndexOptions): CompactIndex {
  /** Whoever holds this may change growable postings in place. */
  const owner = {};
  let frozen = false;
  const mutable = () => {
    if (frozen) throw new Error('this index version was forked and can no longer change; change the fork');
    searcher.invalidate();
    unpacked.clear();
  };
  /**
   * Analyses unpacked for recent questions: the same few hundred candidates come back
   * question after question, and unpacking is a string lookup per token. Bounded; the
   * least recently used go first (recent-cache.ts). Callers only read them.
   */
  const unpacked = createRecentCache<AnalyzedPassage>(unpackedKept);

  const analysisBytes = (doc: number): Uint8Array => {
    const { base } = state;
    if (doc < base.docCount) return base.analysisBytes.subarray(base.analysisOffsets[doc], base.analysisOffsets[doc + 1]);
    return state.extraAnalyses[doc - base.docCount] as Uint8Array;
  };

  const postingView = (field: number, token: number): PostingView | undefined => {
    const own = state.overlay[field]?.get(token);
    if (own) return growableView(own);
    return sealedView(state.base.postings[field] as SealedPostings, token);
  };

  /** The posting list this version may change, copied from the shared one first if need be. */
  const ownPosting = (field: number, token: number): GrowablePosting => {
    const overlay = state.overlay[field] as Map<number, GrowablePosting>;
    const existing = overlay.get(token);
    if (existing?.owner === owner) return existing;
    const copy = growableCopy(existing ? growableView(existing) : sealedView(state.base.postings[field] as SealedPostings, token), owner);
    overlay.set(token, copy);
    return copy;
  };

  const ensureTokenCapacity = () => {
    const needed = state.tokens.size;
    if (needed <= state.termDf.length) return;
    const capacity = Math.max(needed, state.termDf.length * 2);
    state.termDf = grow(state.termDf, capacity);
    state.bigramDf = grow(state.bigramDf, capacity);
  };

  const countFrequencies = (fields: FieldTokens, delta: 1 | -1) => {
    ensureTokenCapacity();
    for (const token of new Set([...fields.title, ...fields.heading, ...fields.text])) state.termDf[token] = (state.termDf[token] as number) + delta;
    for (const token of new Set(fields.bigrams)) state.bigramDf[token] = (state.bigramDf[token] as number) + delta;
  };

  const ownNumbers = () => {
    if (!state.sharedNumbers) return;
    state.docNumbers = new Map(state.docNumbers);
    state.sharedNumbers = false;
  };

  const addPacked = (id: string, analysis: Uint8Array) => {
    mutable();
    ownNumbers();
    if (state.docNumbers.has(id)) throw new Error(`passage ${id} is already indexed`);
    const doc = state.docIds.length;
    state.docIds.push(id);
    state.docNumbers.set(id, doc);
    state.extraAnalyses[doc - state.base.docCount] = analysis;
    if ((doc + 1) * fieldCount > state.fieldLengths.length) state.fieldLengths = grow(state.fieldLengths, (doc + 1) * fieldCount * 2);
    state.documentCount += 1;
    const fields = fieldTokens(analysis);
    listsOf(fields).forEach((tokens, field) => {
      const frequencies = new Map<number, number>();
      for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
      state.fieldLengths[doc * fieldCount + field] = frequencies.size;
      state.averages[field] = averageAfterAdd(state.averages[field] as number, state.documentCount - 1, frequencies.size);
      for (const [token, frequency] of frequencies) appendPosting(ownPosting(field, token), doc, frequency);
    });
    countFrequencies(fields, 1);
  };

  const removeOne = (id: string) => {
    const doc = state.docNumbers.get(id);
    if (doc === undefined) return;
    ownNumbers();
    const fields = fieldTokens(analysisBytes(doc));
    for (let field = 0; field < fieldCount; field += 1) {
      const length = state.fieldLengths[doc * fieldCount + field] as number;
      state.averages[field] = averageAfterRemove(state.averages[field] as number, state.documentCount, length);
    }
    state.documentCount -= 1;
    listsOf(fields).forEach((tokens, field) => {
      for (const token of new Set(tokens)) removeFromPosting(ownPosting(field, token), doc);
    });
    countFrequencies(fields, -1);
    state.docIds[doc] = undefined;
    state.docNumbers.delete(id);
  };

  const searcher = createSearcher({
    tokens: () => state.tokens,
    documentCount: () => state.documentCount,
    docSpace: () => state.docIds.length,
    fieldLength: (doc, field) => state.fieldLengths[doc * fieldCount + field] as number,
    average: (field) => state.averages[field] as number,
    posting: postingView,
    storedBound(field, token, k, b) {
      const { bounds } = state.base;
      if (bounds.k !== k || bounds.b !== b || state.overlay[field]?.has(token)) return undefined;
      const value = bounds.values[field]?.[token];
      return value === undefined ? undefined : scaledBound(value, bounds.averages[field] as number, state.averages[field] as number);
    },
  }, options.searchBlock);

  return {
    get passageCount() {
      return state.documentCount;
    },
    get tokens() {
      return state.tokens;
    },
    add(passages: readonly AnalyzedPassage[]) {
      for (const passage of passages) addPacked(passage.id, packAnalysis(passage, state.tokens));
    },
    addPacked,
    addPackedMany(entries) {
      mutable();
      if (state.docIds.length > 0 || entries.length === 0) {
        for (const { id, analysis } of entries) addPacked(id, analysis);
        return;
      }
      const built = bulkLoad(entries, state.tokens.size);
      state.base = {
        docCount: built.docIds.length,
        analysisOffsets: built.analysisOffsets,
        analysisBytes: built.analysisBytes,
        postings: built.postings,
        bounds: boundsOf(built.postings, built.fieldLengths, built.averages, built.docIds.length),
      };
      state.docIds = built.docIds;
      state.docNumbers = new Map(built.docIds.map((id, doc) => [id, doc]));
      state.sharedNumbers = false;
      state.fieldLengths = built.fieldLengths;
      state.termDf = built.termDf;
      state.bigramDf = built.bigramDf;
      state.averages = built.averages;
      state.documentCount = built.docIds.length;
    },
    remove(ids) {
      mutable();
      for (const id of ids) removeOne(id);
    },
    search(query, limit, mode = 'auto') {
      const hits = new Map<string, PassageHit>();
      const hit = (doc: number) => {
        const id = state.docIds[doc] as string;
        let existing = hits.get(id);
        if (!existing) {
          existing = { id, termScore: 0, bigramScore: 0, matchedTerms: [] };
          hits.set(id, existing);
        }
        return existing;
      };
      for (const result of searcher.run(query.terms, searchDefaults.termBoosts, limit, true, searchDefaults.bm25, mode)) {
        const entry = hit(result.doc);
        entry.termScore = result.score;
        entry.matchedTerms = result.queryTerms;
      }
      for (const result of searcher.run(query.bigrams, { bigrams: 1 }, limit, false, searchDefaults.bm25, mode)) hit(result.doc).bigramScore = result.score;
      return [...hits.values()];
    },
    searchCounts: () => searcher.counts(),
    documentFrequency(kind, token) {
      const id = state.tokens.find(token);
      if (id === undefined) return 0;
      return (kind === 'term' ? state.termDf : state.bigramDf)[id] ?? 0;
    },
    tokenNumber: (token) => state.tokens.find(token),
    analysisOf(id) {
      const cached = unpacked.get(id);
      if (cached) return cached;
      const doc = state.docNumbers.get(id);
      if (doc === undefined) return undefined;
      const analysis = unpackAnalysis(id, analysisBytes(doc), state.tokens);
      return unpacked.set(id, analysis);
    },
    fork() {
      frozen = true;
      return fromState(
        {
        ...state,
        overlay: state.overlay.map((map) => new Map(map)),
        docIds: [...state.docIds],
        docNumbers: new Map(state.docNumbers),
        sharedNumbers: false,
        extraAnalyses: [...state.extraAnalyses],
        fieldLengths: state.fieldLengths.slice(),
        termDf: state.termDf.slice(),
        bigramDf: state.bigramDf.slice(),
        averages: state.averages.slice(),
        },
        options,
      );
    },
    snapshot() {
      const untouched = state.overlay.every((map) => map.size === 0) && state.docIds.length === state.base.docCount && state.documentCount === state.base.docCount;
      return snapshotOf({ ...state, untouched, posting: postingView, analysis: analysisBytes });
    },
  };
}

function listsOf(fields: FieldTokens): number[][] {
  return [fields.title, fields.heading, fields.text, fields.bigrams];
}
