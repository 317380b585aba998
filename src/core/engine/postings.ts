/**
 * Posting lists in typed arrays: for one field and token, the passages
 * (ascending document numbers) holding the token and how often. A sealed
 * index keeps each field's lists back to back in three arrays (offsets,
 * documents, frequencies: ~6 bytes a posting, against ~60 in minisearch's
 * Map of Maps); changes go to growable copies owned by one index version.
 */
/** As narrow as the largest frequency allows: nearly every token occurs once or twice in a passage. */
export type Frequencies = Uint8Array | Uint16Array | Uint32Array;

export interface SealedPostings {
  /** Token t's postings are entries offsets[t] … offsets[t + 1] - 1; tokens past the end have none. */
  offsets: Int32Array;
  docs: Int32Array;
  freqs: Frequencies;
}

export interface GrowablePosting {
  docs: Int32Array;
  freqs: Uint32Array;
  length: number;
  /** The index version allowed to change this list in place; any other copies it first. */
  owner: object;
}

/** A read view: entries start … end - 1 of docs / freqs. */
export interface PostingView {
  docs: Int32Array;
  freqs: Frequencies;
  start: number;
  end: number;
}

export const emptySealedPostings = (): SealedPostings => ({ offsets: new Int32Array(1), docs: new Int32Array(0), freqs: new Uint8Array(0) });

export function sealedView(sealed: SealedPostings, token: number): PostingView | undefined {
  if (token + 1 >= sealed.offsets.length) return undefined;
  const start = sealed.offsets[token] as number;
  const end = sealed.offsets[token + 1] as number;
  return end > start ? { docs: sealed.docs, freqs: sealed.freqs, start, end } : undefined;
}

export function growableView(posting: GrowablePosting): PostingView | undefined {
  return posting.length > 0 ? { docs: posting.docs, freqs: posting.freqs, start: 0, end: posting.length } : undefined;
}

/** A growable copy of a view (or an empty list), owned by `owner`. */
export function growableCopy(view: PostingView | undefined, owner: object, extra = 4): GrowablePosting {
  const length = view ? view.end - view.start : 0;
  const docs = new Int32Array(length + extra);
  const freqs = new Uint32Array(length + extra);
  if (view) {
    docs.set(view.docs.subarray(view.start, view.end));
    freqs.set(view.freqs.subarray(view.start, view.end));
  }
  return { docs, freqs, length, owner };
}

/** Appends a document numbered above every document already listed. */
export function appendPosting(posting: GrowablePosting, doc: number, freq: number): void {
  if (posting.length === posting.docs.length) {
    const capacity = Math.max(8, posting.length * 2);
    const docs = new Int32Array(capacity);
    const freqs = new Uint32Array(capacity);
    docs.set(posting.docs);
    freqs.set(posting.freqs);
    posting.docs = docs;
    posting.freqs = freqs;
  }
  posting.docs[posting.length] = doc;
  posting.freqs[posting.length] = freq;
  posting.length += 1;
}

export function removeFromPosting(posting: GrowablePosting, doc: number): boolean {
  const at = findDoc(posting.docs, 0, posting.length, doc);
  if (at < 0) return false;
  posting.docs.copyWithin(at, at + 1, posting.length);
  posting.freqs.copyWithin(at, at + 1, posting.length);
  posting.length -= 1;
  return true;
}

/** Position of `doc` in the ascending docs[start … end - 1], or -1. */
export function findDoc(docs: Int32Array, start: number, end: number, doc: number): number {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle] as number;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
