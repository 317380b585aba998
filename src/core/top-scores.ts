/**
 * The best `limit` of many scored candidates, best first, without sorting
 * them all (a common bigram touches half the corpus). Equal scores keep
 * their candidate order, exactly as a stable sort followed by slice would.
 */
export function topScores(candidates: ArrayLike<number>, count: number, scoreOf: (candidate: number) => number, limit: number): { candidate: number; score: number }[] {
  if (limit <= 0 || count === 0) return [];
  // Heap of the best so far, worst at the root; "worse" = lower score, or equal score and later.
  const heap: { candidate: number; score: number; position: number }[] = [];
  const worse = (a: (typeof heap)[number], b: (typeof heap)[number]) => a.score < b.score || (a.score === b.score && a.position > b.position);
  const swap = (i: number, j: number) => {
    const t = heap[i] as (typeof heap)[number];
    heap[i] = heap[j] as (typeof heap)[number];
    heap[j] = t;
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left] as (typeof heap)[number], heap[worst] as (typeof heap)[number])) worst = left;
      if (right < heap.length && worse(heap[right] as (typeof heap)[number], heap[worst] as (typeof heap)[number])) worst = right;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  for (let position = 0; position < count; position += 1) {
    const candidate = candidates[position] as number;
    const entry = { candidate, score: scoreOf(candidate), position };
    if (heap.length < limit) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as (typeof heap)[number], heap[parent] as (typeof heap)[number])) break;
        swap(i, parent);
        i = parent;
      }
    } else if (worse(heap[0] as (typeof heap)[number], entry)) {
      heap[0] = entry;
      siftDown(0);
    }
  }
  return heap
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ candidate, score }) => ({ candidate, score }));
}
