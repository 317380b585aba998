/**
 * A whole index at once, straight into sealed arrays: count every field's
 * postings, then fill them, two passes over the packed analyses. Adding the
 * passages one by one would grow a list per token and then copy it all into
 * the sealed form; at 10,000 articles that detour costs about 300 MB and a
 * few seconds. The result is the index those one-by-one adds would seal to:
 * same order, same lengths, same running averages, to the bit.
 */
import { averageAfterAdd } from './bm25.ts';
import { fieldTokens, type FieldTokens } from './packed-analysis.ts';
import type { Frequencies, SealedPostings } from './postings.ts';
import { fieldCount } from './sealed-index.ts';

export interface BulkLoaded {
  docIds: string[];
  fieldLengths: Uint32Array;
  analysisOffsets: Int32Array;
  analysisBytes: Uint8Array;
  postings: SealedPostings[];
  termDf: Int32Array;
  bigramDf: Int32Array;
  averages: Float64Array;
}

export function bulkLoad(entries: readonly { id: string; analysis: Uint8Array }[], tokenCount: number): BulkLoaded {
  const docs = entries.length;
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new Error(`passage ${id} is already indexed`);
    seen.add(id);
  }
  const fieldLengths = new Uint32Array(docs * fieldCount);
  const averages = new Float64Array(fieldCount);
  const termDf = new Int32Array(tokenCount);
  const bigramDf = new Int32Array(tokenCount);
  const counts = Array.from({ length: fieldCount }, () => new Int32Array(tokenCount + 1));
  const maxFreq = new Uint32Array(fieldCount);
  const frequency = new Uint32Array(tokenCount);
  const marked = new Int32Array(tokenCount).fill(-1);
  let analysisSize = 0;

  /** Distinct tokens of one field with their frequencies, in first-seen order (scratch reused). */
  const distinct = (tokens: number[], into: number[]) => {
    into.length = 0;
    for (const token of tokens) {
      if (frequency[token] === 0) into.push(token);
      frequency[token] = (frequency[token] as number) + 1;
    }
  };
  const lists = (fields: FieldTokens) => [fields.title, fields.heading, fields.text, fields.bigrams];
  const unique: number[] = [];

  // Pass one: lengths, averages (minisearch's running formula, in order), document frequencies, list sizes.
  entries.forEach(({ analysis }, doc) => {
    analysisSize += analysis.length;
    const fields = fieldTokens(analysis);
    lists(fields).forEach((tokens, field) => {
      distinct(tokens, unique);
      fieldLengths[doc * fieldCount + field] = unique.length;
      averages[field] = averageAfterAdd(averages[field] as number, doc, unique.length);
      const fieldCounts = counts[field] as Int32Array;
      for (const token of unique) {
        fieldCounts[token + 1] = (fieldCounts[token + 1] as number) + 1;
        if ((frequency[token] as number) > (maxFreq[field] as number)) maxFreq[field] = frequency[token] as number;
        frequency[token] = 0;
      }
    });
    for (const token of fields.title.concat(fields.heading, fields.text)) {
      if (marked[token] === doc) continue;
      marked[token] = doc;
      termDf[token] = (termDf[token] as number) + 1;
    }
    for (const token of fields.bigrams) {
      if (marked[token] === -2 - doc) continue;
      marked[token] = -2 - doc;
      bigramDf[token] = (bigramDf[token] as number) + 1;
    }
  });

  const postings: SealedPostings[] = counts.map((fieldCounts, field) => {
    for (let token = 0; token < tokenCount; token += 1) fieldCounts[token + 1] = (fieldCounts[token + 1] as number) + (fieldCounts[token] as number);
    const size = fieldCounts[tokenCount] as number;
    const max = maxFreq[field] as number;
    const freqs: Frequencies = max > 0xffff ? new Uint32Array(size) : max > 0xff ? new Uint16Array(size) : new Uint8Array(size);
    return { offsets: fieldCounts, docs: new Int32Array(size), freqs };
  });

  // Pass two: fill every list, documents ascending; keep the analyses end to end.
  const cursors = postings.map(({ offsets }) => offsets.slice(0, tokenCount));
  const analysisOffsets = new Int32Array(docs + 1);
  const analysisBytes = new Uint8Array(analysisSize);
  entries.forEach(({ analysis }, doc) => {
    analysisBytes.set(analysis, analysisOffsets[doc]);
    analysisOffsets[doc + 1] = (analysisOffsets[doc] as number) + analysis.length;
    lists(fieldTokens(analysis)).forEach((tokens, field) => {
      const { docs: listDocs, freqs } = postings[field] as SealedPostings;
      const cursor = cursors[field] as Int32Array;
      distinct(tokens, unique);
      for (const token of unique) {
        const at = cursor[token] as number;
        listDocs[at] = doc;
        freqs[at] = frequency[token] as number;
        cursor[token] = at + 1;
        frequency[token] = 0;
      }
    });
  });
  return { docIds: entries.map(({ id }) => id), fieldLengths, analysisOffsets, analysisBytes, postings, termDf, bigramDf, averages };
}
