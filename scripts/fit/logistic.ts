/** Weighted logistic regression by full-batch Adam with L2, on standardised features; weights returned for raw ones. */
export interface Sample {
  x: Float64Array;
  y: boolean;
  weight: number;
}

export function fitLogistic(samples: readonly Sample[], dims: number, l2 = 1e-3, iterations = 500): { weights: Float64Array; bias: number } {
  const total = samples.reduce((sum, sample) => sum + sample.weight, 0) || 1;
  const mean = new Float64Array(dims);
  const scale = new Float64Array(dims);
  for (const { x, weight } of samples) for (let d = 0; d < dims; d += 1) mean[d]! += (weight * x[d]!) / total;
  for (const { x, weight } of samples) for (let d = 0; d < dims; d += 1) scale[d]! += (weight * (x[d]! - mean[d]!) ** 2) / total;
  for (let d = 0; d < dims; d += 1) scale[d] = Math.sqrt(scale[d]!) || 1;
  const z = samples.map(({ x }) => x.map((value, d) => (value - mean[d]!) / scale[d]!));
  const w = new Float64Array(dims + 1);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  for (let step = 1; step <= iterations; step += 1) {
    const gradient = new Float64Array(dims + 1);
    samples.forEach((sample, i) => {
      const row = z[i]!;
      let s = w[dims]!;
      for (let d = 0; d < dims; d += 1) s += w[d]! * row[d]!;
      const error = sample.weight * (1 / (1 + Math.exp(-s)) - (sample.y ? 1 : 0));
      for (let d = 0; d < dims; d += 1) gradient[d]! += error * row[d]!;
      gradient[dims]! += error;
    });
    for (let d = 0; d <= dims; d += 1) {
      const g = gradient[d]! / total + (d < dims ? l2 * w[d]! : 0);
      m[d] = 0.9 * m[d]! + 0.1 * g;
      v[d] = 0.999 * v[d]! + 0.001 * g * g;
      w[d] = w[d]! - (0.05 * (m[d]! / (1 - 0.9 ** step))) / (Math.sqrt(v[d]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const weights = Float64Array.from({ length: dims }, (_, d) => w[d]! / scale[d]!);
  const bias = w[dims]! - weights.reduce((sum, weight, d) => sum + weight * mean[d]!, 0);
  return { weights, bias };
}

export function probability(weights: Float64Array, bias: number, x: Float64Array): number {
  let s = bias;
  for (let d = 0; d < x.length; d += 1) s += weights[d]! * x[d]!;
  return 1 / (1 + Math.exp(-s));
}
