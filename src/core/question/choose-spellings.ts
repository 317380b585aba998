/**
 * Choosing among an English word's Japanese translations by agreement with
 * the rest of the question: the translation whose passages hold the most of
 * the question's other words comes first ("party" to a treaty is 当事者
 * beside 条約 and イラン, not the 党 of politics). Words are ambiguous one
 * by one and rarely all together, the observation behind co-occurrence
 * disambiguation in cross-language retrieval (Ballesteros & Croft 1998;
 * Gao et al. 2001). With no agreement at all, the spelling the articles
 * write most comes first (the most-frequent-translation baseline of the
 * same literature); other ties keep the dictionary's order (EDICT's common
 * words and first senses first).
 */
import type { SpellingPassages } from './spelling-passages.ts';

/**
 * Pseudo-passages holding none of the other words, added to every spelling's own: a spelling
 * written once (中国系, 陶器) has its one passage's luck tempered. On english.jsonl 3 picks
 * 中国 for "chinese", 会談 for "discuss", 死去 for "die" where 0 picked 中国系, 話し合う and 没;
 * top-1 68.4 % against 71.1 % (没 and 話し合う happen to win one question each), recall@3 the same.
 */
const shrinkage = 3;

export interface Candidate {
  spelling: string;
  /** How much the dictionary trusts it before the corpus has a say, 0–1 (see translate-english.ts). */
  prior: number;
}

/**
 * `slots`: each translated word's candidates, the dictionary's best first; a
 * slot of one spelling (a name, Japanese as written) only gives context.
 * Returns each slot's spellings, best first.
 */
export function orderByAgreement(slots: readonly (readonly Candidate[])[], passagesOf: SpellingPassages, passageCount: number): string[][] {
  const sets = slots.map((slot) => slot.map(({ spelling }) => passagesOf(spelling)));
  // A passage holds slot j as much as the most trusted of j's candidates it holds (a weak
  // candidate, far down the dictionary's list, is weak evidence for the others too).
  const present = sets.map((candidates, j) => {
    const held = new Map<string, number>();
    candidates.forEach((set, k) => {
      const prior = slots[j]?.[k]?.prior ?? 1;
      for (const id of set) if ((held.get(id) ?? 0) < prior) held.set(id, prior);
    });
    return held;
  });
  // A word found in every passage of an article (its protagonist) says little about which passage: weigh by rarity.
  const weights = present.map((union) => (union.size === 0 ? 0 : Math.log(1 + passageCount / union.size)));
  return slots.map((slot, i) => {
    if (slot.length < 2) return slot.map(({ spelling }) => spelling);
    // The other words a passage of this spelling holds, on average, weighed: a word used
    // everywhere (見る, 持つ) meets every name somewhere, but rarely in a given passage.
    const agreement = (passages: ReadonlySet<string>) => {
      if (passages.size === 0) return 0;
      let total = 0;
      for (const id of passages) for (let j = 0; j < present.length; j += 1) if (j !== i) total += (weights[j] ?? 0) * (present[j]?.get(id) ?? 0);
      return total / (passages.size + shrinkage);
    };
    const scored = slot.map((candidate, order) => ({ ...candidate, order, score: candidate.prior * agreement(sets[i]?.[order] ?? new Set()) }));
    // A spelling the dictionary filter let through on its bigrams alone (雨期 inside 梅雨期) but no passage writes goes last.
    const written = (order: number) => ((sets[i]?.[order]?.size ?? 0) > 0 ? 1 : 0);
    // With nothing to agree with (a one-word question), the spelling the articles write most, the commonest
    // translation (rainy season: 梅雨 in 49 passages, not EDICT's first 雨季 in 4); one the dictionary does not trust stays behind.
    const used = (order: number) => ((slot[order]?.prior ?? 0) > 0 ? (sets[i]?.[order]?.size ?? 0) : 0);
    return scored.sort((a, b) => b.score - a.score || written(b.order) - written(a.order) || (b.score === 0 ? used(b.order) - used(a.order) : 0) || a.order - b.order).map(({ spelling }) => spelling);
  });
}
