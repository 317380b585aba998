/**
 * A listwise linear ranker (softmax over each question's candidates,
 * ListNet's top-one form) fitted by full-batch Adam with L2, on features
 * standardised per fit; the weights returned apply to raw features.
 */
export interface Group {
  /** One row per candidate, `dims` features each. */
  rows: Float64Array[];
  /** Which candidates are right (inside the gold paragraph). */
  gold: boolean[];
  /** How much this question counts in the fit (default 1). */
  weight?: number;
}

export interface FitOptions {
  l2: number;
  iterations: number;
  learningRate: number;
}

export const fitDefaults: FitOptions = { l2: 1e-3, iterations: 300, learningRate: 0.05 };

export function fitListwise(groups: readonly Group[], dims: number, options: FitOptions = fitDefaults): Float64Array {
  // Only questions with a right and a wrong candidate say anything about the order.
  const usable = groups.filter((group) => group.gold.some(Boolean) && group.gold.some((g) => !g));
  const rows = usable.reduce((sum, group) => sum + group.rows.length, 0);
  const x = new Float64Array(rows * dims);
  const gold = new Uint8Array(rows);
  const starts = new Int32Array(usable.length + 1);
  const groupWeight = Float64Array.from(usable, (group) => group.weight ?? 1);
  const totalWeight = groupWeight.reduce((a, b) => a + b, 0) || 1;
  let r = 0;
  usable.forEach((group, g) => {
    starts[g] = r;
    group.rows.forEach((row, i) => {
      x.set(row.subarray(0, dims), r * dims);
      gold[r] = group.gold[i] ? 1 : 0;
      r += 1;
    });
  });
  starts[usable.length] = r;
  const mean = new Float64Array(dims);
  const scale = new Float64Array(dims);
  for (let i = 0; i < rows; i += 1) for (let d = 0; d < dims; d += 1) mean[d]! += x[i * dims + d]! / rows;
  for (let i = 0; i < rows; i += 1) for (let d = 0; d < dims; d += 1) scale[d]! += (x[i * dims + d]! - mean[d]!) ** 2 / rows;
  for (let d = 0; d < dims; d += 1) scale[d] = Math.sqrt(scale[d]!) || 1;
  for (let i = 0; i < rows; i += 1) for (let d = 0; d < dims; d += 1) x[i * dims + d] = (x[i * dims + d]! - mean[d]!) / scale[d]!;

  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const gradient = new Float64Array(dims);
  const scores = new Float64Array(rows);
  for (let step = 1; step <= options.iterations; step += 1) {
    gradient.fill(0);
    for (let i = 0; i < rows; i += 1) {
      let s = 0;
      for (let d = 0; d < dims; d += 1) s += w[d]! * x[i * dims + d]!;
      scores[i] = s;
    }
    for (let g = 0; g < usable.length; g += 1) {
      const from = starts[g]!;
      const to = starts[g + 1]!;
      let top = -Infinity;
      for (let i = from; i < to; i += 1) top = Math.max(top, scores[i]!);
      let total = 0;
      let goldTotal = 0;
      for (let i = from; i < to; i += 1) {
        const e = Math.exp(scores[i]! - top);
        scores[i] = e;
        total += e;
        if (gold[i]) goldTotal += e;
      }
      for (let i = from; i < to; i += 1) {
        const coefficient = groupWeight[g]! * (scores[i]! / total - (gold[i] ? scores[i]! / goldTotal : 0));
        for (let d = 0; d < dims; d += 1) gradient[d]! += coefficient * x[i * dims + d]!;
      }
    }
    for (let d = 0; d < dims; d += 1) {
      const grad = gradient[d]! / totalWeight + options.l2 * w[d]!;
      m[d] = 0.9 * m[d]! + 0.1 * grad;
      v[d] = 0.999 * v[d]! + 0.001 * grad * grad;
      const mHat = m[d]! / (1 - 0.9 ** step);
      const vHat = v[d]! / (1 - 0.999 ** step);
      w[d] = w[d]! - (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  // Back to raw features: w·(x − mean)/scale = (w/scale)·x + a constant, and a constant changes no order.
  return w.map((weight, d) => weight / scale[d]!);
}
