/**
 * The fitted ranker: a linear score over the named features (features.ts),
 * its weights fitted by `npm run fit` on JSQuAD and stored as data in
 * ranker-weights.json, never set by hand.
 */
import { z } from 'zod';
import fitted from './ranker-weights.json' with { type: 'json' };
import { featureNames } from './features.ts';

const RankerSchema = z.object({
  version: z.number().int(),
  features: z.array(z.string()),
  weights: z.array(z.number()),
});

export interface Ranker {
  version: number;
  /** One weight per feature, in `featureNames` order. */
  weights: Float64Array;
}

/** A ranker from its stored form; the features must be today's, in today's order. */
export function rankerFrom(stored: unknown): Ranker {
  const parsed = RankerSchema.parse(stored);
  if (parsed.features.join() !== featureNames.join()) {
    throw new Error(`ranker weights are for features [${parsed.features.join(', ')}], not [${featureNames.join(', ')}]: run npm run fit`);
  }
  return { version: parsed.version, weights: Float64Array.from(parsed.weights) };
}

let stored: Ranker | undefined;

/** The shipped weights, checked when first used (so `npm run fit` can run while they are stale). */
export function defaultRanker(): Ranker {
  stored ??= rankerFrom(fitted);
  return stored;
}

export function scoreWith(ranker: Ranker, features: Float64Array): number {
  let score = 0;
  for (let i = 0; i < features.length; i += 1) score += (ranker.weights[i] ?? 0) * (features[i] ?? 0);
  return score;
}
