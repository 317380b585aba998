/**
 * The best `limit` of many scored candidates, best first, without sorting
 * them all (a common bigram touches half the corpus) and without an object
 * per candidate (tens of thousands a query would keep the GC busy). Equal
 * scores are ordered by a key (the order the term-at-a-time loop meets
 * passages in): the lower key first, exactly as a stable sort then slice
 * over candidates in key order.
 */
export interface ScoredDoc {
  doc: number;
  score: number;
}

export function createBestByKey(limit: number) {
  const size = Math.max(0, limit);
  // A heap, worst at the root: lower score, or equal score and higher key.
  const docs = new Int32Array(size);
  const scores = new Float64Array(size);
  const keys = new Float64Array(size);
  let length = 0;
  const worse = (a: number, b: number) => (scores[a] as number) < (scores[b] as number) || (scores[a] === scores[b] && (keys[a] as number) > (keys[b] as number));
  const swap = (i: number, j: number) => {
    const doc = docs[i] as number;
    const score = scores[i] as number;
    const key = keys[i] as number;
    docs[i] = docs[j] as number;
    scores[i] = scores[j] as number;
    keys[i] = keys[j] as number;
    docs[j] = doc;
    scores[j] = score;
    keys[j] = key;
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < length && worse(left, worst)) worst = left;
      if (right < length && worse(right, worst)) worst = right;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  return {
    full: () => length >= size,
    /** The lowest score kept (only when full). */
    worst: () => scores[0] as number,
    offer(doc: number, score: number, key: number) {
      if (size === 0) return;
      if (length < size) {
        docs[length] = doc;
        scores[length] = score;
        keys[length] = key;
        let i = length;
        length += 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(i, parent)) break;
          swap(i, parent);
          i = parent;
        }
        return;
      }
      const worstScore = scores[0] as number;
      if (score < worstScore || (score === worstScore && key > (keys[0] as number))) return;
      docs[0] = doc;
      scores[0] = score;
      keys[0] = key;
      siftDown(0);
    },
    sorted(): ScoredDoc[] {
      const kept = Array.from({ length }, (_, i) => ({ doc: docs[i] as number, score: scores[i] as number, key: keys[i] as number }));
      kept.sort((a, b) => b.score - a.score || a.key - b.key);
      return kept.map(({ doc, score }) => ({ doc, score }));
    },
  };
}
