/**
 * PassageIndex in typed arrays: the same BM25 over the same four fields as
 * the minisearch index it replaced, scoring every passage to the same bits
 * (see bm25.ts and tests/core/compact-index-parity.test.ts, whose oracle
 * that minisearch index now is), in a tenth of the memory and
 * loadable from disk without parsing (index-cache.ts).
 *
 * Versions: `fork()` returns a new index sharing all unchanged data with
 * this one, which is frozen from then on. A reload changes the fork while
 * questions keep reading the old version, then swaps; a failed reload just
 * drops the fork.
 */
import { averageAfterAdd, averageAfterRemove } from './bm25.ts';
import { bulkLoad } from './bulk-load.ts';
import { fieldTokens, packAnalysis, unpackAnalysis, type FieldTokens } from './packed-analysis.ts';
import type { AnalyzedPassage, PassageHit, PassageIndex } from './passage-index.ts';
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
import { createSearcher, searchDefaults } from './search-fields.ts';
import { createTokenTable, type TokenTable } from './token-table.ts';

/** minisearch's field order, which decides the order scores are summed in. */
export const indexFields = ['title', 'heading', 'text', 'bigrams'] as const;
export const fieldCount = indexFields.length;

/** A sealed index: no holes, every list in one array per field. What the cache stores. */
export interface IndexSnapshot {
  tokens: readonly string[];
  docIds: readonly string[];
  /** Distinct tokens per document and field: docIds.length × 4. */
  fieldLengths: Uint32Array;
  /** Document d's packed analysis is analysisBytes[analysisOffsets[d] … analysisOffsets[d + 1] - 1]. */
  analysisOffsets: Int32Array;
  analysisBytes: Uint8Array;
  postings: readonly SealedPostings[];
  /** Passages holding each token as a term (title, heading or text) and as a bigram. */
  termDf: Int32Array;
  bigramDf: Int32Array;
  /** minisearch's running averages of field length, kept to the bit. */
  averages: Float64Array;
}

export interface CompactIndex extends PassageIndex {
  readonly tokens: TokenTable;
  /** Adds one passage whose analysis is already packed with this index's token table. */
  addPacked(id: string, analysis: Uint8Array): void;
  /** Adds many, straight into sealed arrays when the index is still empty (see bulk-load.ts). */
  addPackedMany(entries: readonly { id: string; analysis: Uint8Array }[]): void;
  /** A new version to change; this one stays as it is and can no longer be changed. */
  fork(): CompactIndex;
  /** The current contents, sealed (renumbered without holes). */
  snapshot(): IndexSnapshot;
}

interface State {
  tokens: TokenTable;
  base: Pick<IndexSnapshot, 'analysisOffsets' | 'analysisBytes' | 'postings'> & { docCount: number };
  overlay: Map<number, GrowablePosting>[];
  docIds: (string | undefined)[];
  docNumbers: Map<string, number>;
  /** Analyses of documents added since the base was sealed, by doc - base.docCount. */
  extraAnalyses: Uint8Array[];
  fieldLengths: Uint32Array;
  termDf: Int32Array;
  bigramDf: Int32Array;
  averages: Float64Array;
  documentCount: number;
}

export function createCompactIndex(snapshot?: IndexSnapshot): CompactIndex {
  return fromState(snapshot ? stateOf(snapshot) : emptyState());
}

function emptyState(): State {
  return {
    tokens: createTokenTable(),
    base: { docCount: 0, analysisOffsets: new Int32Array(1), analysisBytes: new Uint8Array(0), postings: indexFields.map(emptySealedPostings) },
    overlay: indexFields.map(() => new Map()),
    docIds: [],
    docNumbers: new Map(),
    extraAnalyses: [],
    fieldLengths: new Uint32Array(64 * fieldCount),
    termDf: new Int32Array(64),
    bigramDf: new Int32Array(64),
    averages: new Float64Array(fieldCount),
    documentCount: 0,
  };
}

function stateOf(snapshot: IndexSnapshot): State {
  const docIds = [...snapshot.docIds];
  return {
    tokens: createTokenTable(snapshot.tokens),
    base: { docCount: docIds.length, analysisOffsets: snapshot.analysisOffsets, analysisBytes: snapshot.analysisBytes, postings: [...snapshot.postings] },
    overlay: indexFields.map(() => new Map()),
    docIds,
    docNumbers: new Map(docIds.map((id, doc) => [id, doc])),
    extraAnalyses: [],
    // Copied (they are small): versions must never write into a snapshot someone else may load again.
    fieldLengths: snapshot.fieldLengths.slice(),
    termDf: snapshot.termDf.slice(),
    bigramDf: snapshot.bigramDf.slice(),
    averages: Float64Array.from(snapshot.averages),
    documentCount: docIds.length,
  };
}

function fromState(state: State): CompactIndex {
  /** Whoever holds this may change growable postings in place. */
  const owner = {};
  let frozen = false;
  const mutable = () => {
    if (frozen) throw new Error('this index version was forked and can no longer change; change the fork');
    searcher.invalidate();
  };

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

  const addPacked = (id: string, analysis: Uint8Array) => {
    mutable();
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
  });

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
      state.base = { docCount: built.docIds.length, analysisOffsets: built.analysisOffsets, analysisBytes: built.analysisBytes, postings: built.postings };
      state.docIds = built.docIds;
      state.docNumbers = new Map(built.docIds.map((id, doc) => [id, doc]));
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
    search(query, limit) {
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
      for (const result of searcher.run(query.terms, searchDefaults.termBoosts, limit, true, searchDefaults.bm25)) {
        const entry = hit(result.doc);
        entry.termScore = result.score;
        entry.matchedTerms = result.queryTerms;
      }
      for (const result of searcher.run(query.bigrams, { bigrams: 1 }, limit, false, searchDefaults.bm25)) hit(result.doc).bigramScore = result.score;
      return [...hits.values()];
    },
    documentFrequency(kind, token) {
      const id = state.tokens.find(token);
      if (id === undefined) return 0;
      return (kind === 'term' ? state.termDf : state.bigramDf)[id] ?? 0;
    },
    analysisOf(id) {
      const doc = state.docNumbers.get(id);
      return doc === undefined ? undefined : unpackAnalysis(id, analysisBytes(doc), state.tokens);
    },
    fork() {
      frozen = true;
      return fromState({
        ...state,
        overlay: state.overlay.map((map) => new Map(map)),
        docIds: [...state.docIds],
        docNumbers: new Map(state.docNumbers),
        extraAnalyses: [...state.extraAnalyses],
        fieldLengths: state.fieldLengths.slice(),
        termDf: state.termDf.slice(),
        bigramDf: state.bigramDf.slice(),
        averages: state.averages.slice(),
      });
    },
    snapshot() {
      const sealed = state.overlay.every((map) => map.size === 0) && state.docIds.length === state.base.docCount && state.documentCount === state.base.docCount;
      if (!sealed) return seal(state, postingView, analysisBytes);
      // Already sealed (loaded, or built in bulk): share the immutable arrays, copy the ones versions change in place.
      const tokenCount = state.tokens.size;
      return {
        tokens: [...state.tokens.all()],
        docIds: state.docIds.slice() as string[],
        fieldLengths: state.fieldLengths.slice(0, state.base.docCount * fieldCount),
        analysisOffsets: state.base.analysisOffsets,
        analysisBytes: state.base.analysisBytes,
        postings: state.base.postings.map((postings) => (postings.offsets.length === tokenCount + 1 ? postings : extendOffsets(postings, tokenCount))),
        termDf: grow(state.termDf, Math.max(tokenCount, state.termDf.length)).slice(0, tokenCount),
        bigramDf: grow(state.bigramDf, Math.max(tokenCount, state.bigramDf.length)).slice(0, tokenCount),
        averages: state.averages.slice(),
      };
    },
  };
}

/** Offsets for tokens interned after the lists were sealed (they have no postings). */
function extendOffsets(postings: SealedPostings, tokenCount: number): SealedPostings {
  const offsets = new Int32Array(tokenCount + 1);
  offsets.set(postings.offsets.subarray(0, tokenCount + 1));
  offsets.fill(postings.offsets[postings.offsets.length - 1] as number, postings.offsets.length);
  return { ...postings, offsets };
}

function listsOf(fields: FieldTokens): number[][] {
  return [fields.title, fields.heading, fields.text, fields.bigrams];
}

function grow<T extends Int32Array | Uint32Array>(array: T, capacity: number): T {
  const grown = new (array.constructor as new (length: number) => T)(capacity);
  grown.set(array);
  return grown;
}

/** Renumbers live documents 0…n-1 in order (so every list stays ascending) and lays each field's lists end to end. */
function seal(state: State, postingView: (field: number, token: number) => PostingView | undefined, analysisBytes: (doc: number) => Uint8Array): IndexSnapshot {
  const renumber = new Int32Array(state.docIds.length).fill(-1);
  const docIds: string[] = [];
  state.docIds.forEach((id, doc) => {
    if (id === undefined) return;
    renumber[doc] = docIds.length;
    docIds.push(id);
  });
  const fieldLengths = new Uint32Array(docIds.length * fieldCount);
  const analysisOffsets = new Int32Array(docIds.length + 1);
  let analysisSize = 0;
  state.docIds.forEach((id, doc) => {
    if (id === undefined) return;
    const to = renumber[doc] as number;
    fieldLengths.set(state.fieldLengths.subarray(doc * fieldCount, (doc + 1) * fieldCount), to * fieldCount);
    analysisSize += analysisBytes(doc).length;
    analysisOffsets[to + 1] = analysisSize;
  });
  const analysisBytesOut = new Uint8Array(analysisSize);
  state.docIds.forEach((id, doc) => {
    if (id !== undefined) analysisBytesOut.set(analysisBytes(doc), analysisOffsets[renumber[doc] as number]);
  });

  const tokenCount = state.tokens.size;
  const postings = indexFields.map((_, field) => {
    const offsets = new Int32Array(tokenCount + 1);
    let size = 0;
    let maxFreq = 0;
    for (let token = 0; token < tokenCount; token += 1) {
      const view = postingView(field, token);
      if (view) {
        size += view.end - view.start;
        for (let i = view.start; i < view.end; i += 1) maxFreq = Math.max(maxFreq, view.freqs[i] as number);
      }
      offsets[token + 1] = size;
    }
    const docs = new Int32Array(size);
    const freqs = maxFreq > 0xffff ? new Uint32Array(size) : maxFreq > 0xff ? new Uint16Array(size) : new Uint8Array(size);
    for (let token = 0; token < tokenCount; token += 1) {
      const view = postingView(field, token);
      if (!view) continue;
      let at = offsets[token] as number;
      for (let i = view.start; i < view.end; i += 1, at += 1) {
        docs[at] = renumber[view.docs[i] as number] as number;
        freqs[at] = view.freqs[i] as number;
      }
    }
    return { offsets, docs, freqs };
  });

  return {
    tokens: [...state.tokens.all()],
    docIds,
    fieldLengths,
    analysisOffsets,
    analysisBytes: analysisBytesOut,
    postings,
    termDf: state.termDf.slice(0, tokenCount),
    bigramDf: state.bigramDf.slice(0, tokenCount),
    averages: state.averages.slice(),
  };
}
