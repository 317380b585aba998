/**
 * The compact index's sealed form: no holes, every field's posting lists
 * back to back in one set of arrays, documents numbered 0…n-1. What the
 * cache stores and loads in place, what a bulk load produces, and the base
 * every growable version (compact-index.ts) reads through to. Sealing lays a
 * version out this way, renumbering around removed documents.
 */
import type { PostingView, SealedPostings } from './postings.ts';
import { searchDefaults } from './search-fields.ts';
import { fieldBounds, fieldNorms, type TermBounds } from './term-bounds.ts';
import type { TokenTable } from './token-table.ts';

/** minisearch's field order, which decides the order scores are summed in. */
export const indexFields = ['title', 'heading', 'text', 'bigrams'] as const;
export const fieldCount = indexFields.length;

/** A sealed index. */
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
  /** Per field and token, the largest BM25 frequency part in its list, for MaxScore (term-bounds.ts). */
  bounds: TermBounds;
}

/** The sealed arrays a growable version shares with the versions it was forked from, never writing into them. */
export type SealedBase = Pick<IndexSnapshot, 'analysisOffsets' | 'analysisBytes' | 'postings' | 'bounds'> & { docCount: number };

/** One version of the index, as sealing reads it. */
export interface SealSource {
  tokens: TokenTable;
  base: SealedBase;
  /** By document number; undefined where a document was removed. */
  docIds: readonly (string | undefined)[];
  fieldLengths: Uint32Array;
  termDf: Int32Array;
  bigramDf: Int32Array;
  averages: Float64Array;
  /** Nothing added, removed or changed since the base was sealed. */
  untouched: boolean;
  posting(field: number, token: number): PostingView | undefined;
  analysis(doc: number): Uint8Array;
}

export function snapshotOf(source: SealSource): IndexSnapshot {
  return source.untouched ? shareSealed(source) : seal(source);
}

/** Already sealed (loaded, or built in bulk): share the immutable arrays, copy the ones versions change in place. */
function shareSealed(source: SealSource): IndexSnapshot {
  const { base } = source;
  const tokenCount = source.tokens.size;
  return {
    tokens: [...source.tokens.all()],
    docIds: source.docIds.slice() as string[],
    fieldLengths: source.fieldLengths.slice(0, base.docCount * fieldCount),
    analysisOffsets: base.analysisOffsets,
    analysisBytes: base.analysisBytes,
    postings: base.postings.map((postings) => (postings.offsets.length === tokenCount + 1 ? postings : extendOffsets(postings, tokenCount))),
    termDf: grow(source.termDf, Math.max(tokenCount, source.termDf.length)).slice(0, tokenCount),
    bigramDf: grow(source.bigramDf, Math.max(tokenCount, source.bigramDf.length)).slice(0, tokenCount),
    averages: source.averages.slice(),
    bounds: base.bounds,
  };
}

/** Bounds for sealed lists under the index's BM25 parameters and these averages. */
export function boundsOf(postings: readonly SealedPostings[], fieldLengths: Uint32Array, averages: Float64Array, docs: number): TermBounds {
  const { k, b } = searchDefaults.bm25;
  const values = postings.map((fieldPostings, field) => {
    const { norms, once } = fieldNorms(fieldLengths, field, fieldCount, docs, averages[field] as number, k, b);
    return fieldBounds(fieldPostings, norms, once, k);
  });
  return { k, b, averages: averages.slice(), values };
}

/** Offsets for tokens interned after the lists were sealed (they have no postings). */
function extendOffsets(postings: SealedPostings, tokenCount: number): SealedPostings {
  const offsets = new Int32Array(tokenCount + 1);
  offsets.set(postings.offsets.subarray(0, tokenCount + 1));
  offsets.fill(postings.offsets[postings.offsets.length - 1] as number, postings.offsets.length);
  return { ...postings, offsets };
}

/** A copy of `array` with room for `capacity` elements (the new ones zero). */
export function grow<T extends Int32Array | Uint32Array>(array: T, capacity: number): T {
  const grown = new (array.constructor as new (length: number) => T)(capacity);
  grown.set(array);
  return grown;
}

/** Renumbers live documents 0…n-1 in order (so every list stays ascending) and lays each field's lists end to end. */
function seal(source: SealSource): IndexSnapshot {
  const renumber = new Int32Array(source.docIds.length).fill(-1);
  const docIds: string[] = [];
  source.docIds.forEach((id, doc) => {
    if (id === undefined) return;
    renumber[doc] = docIds.length;
    docIds.push(id);
  });
  const fieldLengths = new Uint32Array(docIds.length * fieldCount);
  const analysisOffsets = new Int32Array(docIds.length + 1);
  let analysisSize = 0;
  source.docIds.forEach((id, doc) => {
    if (id === undefined) return;
    const to = renumber[doc] as number;
    fieldLengths.set(source.fieldLengths.subarray(doc * fieldCount, (doc + 1) * fieldCount), to * fieldCount);
    analysisSize += source.analysis(doc).length;
    analysisOffsets[to + 1] = analysisSize;
  });
  const analysisBytesOut = new Uint8Array(analysisSize);
  source.docIds.forEach((id, doc) => {
    if (id !== undefined) analysisBytesOut.set(source.analysis(doc), analysisOffsets[renumber[doc] as number]);
  });

  const tokenCount = source.tokens.size;
  const postings = indexFields.map((_, field) => {
    const offsets = new Int32Array(tokenCount + 1);
    let size = 0;
    let maxFreq = 0;
    for (let token = 0; token < tokenCount; token += 1) {
      const view = source.posting(field, token);
      if (view) {
        size += view.end - view.start;
        for (let i = view.start; i < view.end; i += 1) maxFreq = Math.max(maxFreq, view.freqs[i] as number);
      }
      offsets[token + 1] = size;
    }
    const docs = new Int32Array(size);
    const freqs = maxFreq > 0xffff ? new Uint32Array(size) : maxFreq > 0xff ? new Uint16Array(size) : new Uint8Array(size);
    for (let token = 0; token < tokenCount; token += 1) {
      const view = source.posting(field, token);
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
    tokens: [...source.tokens.all()],
    docIds,
    fieldLengths,
    analysisOffsets,
    analysisBytes: analysisBytesOut,
    postings,
    termDf: source.termDf.slice(0, tokenCount),
    bigramDf: source.bigramDf.slice(0, tokenCount),
    averages: source.averages.slice(),
    bounds: boundsOf(postings, fieldLengths, source.averages, docIds.length),
  };
}
