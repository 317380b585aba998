/**
 * The best `limit` of many scored candidates, best first, without sorting
 * them all (a common bigram touches half the corpus) and without an object
 * per candidate (tens of thousands a query would keep the GC busy). Equal
 * scores keep their candidate order, exactly as a stable sort then slice.
 */
export function topScores(candidates: ArrayLike<number>, count: number, scoreOf: (candidate: number) => number, limit: number): { candidate: number; score: number }[] {
  const size = Math.min(limit, count);
  if (size <= 0) return [];
  // A heap of positions into `candidates`, worst at the root: lower score, or equal score and later.
  const heap = new Int32Array(size);
  const scores = new Float64Array(size);
  let length = 0;
  const worse = (a: number, b: number) => (scores[a] as number) < (scores[b] as number) || (scores[a] === scores[b] && (heap[a] as number) > (heap[b] as number));
  const swap = (i: number, j: number) => {
    const position = heap[i] as number;
    const score = scores[i] as number;
    heap[i] = heap[j] as number;
    scores[i] = scores[j] as number;
    heap[j] = position;
    scores[j] = score;
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
  for (let position = 0; position < count; position += 1) {
    const score = scoreOf(candidates[position] as number);
    if (length < size) {
      heap[length] = position;
      scores[length] = score;
      let i = length;
      length += 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (score > (scores[0] as number)) {
      // Equal to the worst kept is not enough: the kept one came first.
      heap[0] = position;
      scores[0] = score;
      siftDown(0);
    }
  }
  const kept = Array.from({ length }, (_, i) => ({ position: heap[i] as number, score: scores[i] as number }));
  kept.sort((a, b) => b.score - a.score || a.position - b.position);
  return kept.map(({ position, score }) => ({ candidate: candidates[position] as number, score }));
}
