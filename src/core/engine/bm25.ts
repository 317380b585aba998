/**
 * BM25 exactly as minisearch 7 computes it, operation for operation, so the
 * compact index scores every passage to the same floating-point bits as the
 * minisearch index it replaces (ranking must not move by a tie). Field
 * lengths count distinct terms, and the average is kept incrementally, as
 * minisearch keeps it.
 */
export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

/** minisearch's calcBM25Score. */
export function bm25Score(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number, params: Bm25Params): number {
  const { k, b, d } = params;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** minisearch's addFieldLength: `count` documents were indexed before this one. */
export function averageAfterAdd(average: number, count: number, length: number): number {
  return (average * count + length) / (count + 1);
}

/** minisearch's removeFieldLength: `count` documents are indexed, this one included. */
export function averageAfterRemove(average: number, count: number, length: number): number {
  if (count === 1) return 0;
  return (average * count - length) / (count - 1);
}
