/**
 * BM25's average field lengths exactly as minisearch 7 keeps them, operation
 * for operation, so the compact index scores every passage to the same
 * floating-point bits as the minisearch index it replaced (ranking must not
 * move by a tie). Field lengths count distinct terms, and the average is
 * kept incrementally. The score itself (minisearch's calcBM25Score) is
 * computed inline in search-fields.ts, where it is the hot loop.
 */
/** minisearch's addFieldLength: `count` documents were indexed before this one. */
export function averageAfterAdd(average: number, count: number, length: number): number {
  return (average * count + length) / (count + 1);
}

/** minisearch's removeFieldLength: `count` documents are indexed, this one included. */
export function averageAfterRemove(average: number, count: number, length: number): number {
  if (count === 1) return 0;
  return (average * count - length) / (count - 1);
}
