/**
 * Which passages use a Japanese spelling, for choosing between a
 * dictionary word's translations by what the other words of the question
 * share passages with (choose-spellings.ts): the passages holding all of the
 * spelling's terms (a compound kuromoji cuts, 上海協力機構, is found by its
 * parts) and, where the terms do not spell it out, its bigrams (中国系 is not 中国).
 * Memoised per lexicon, that is per index state.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import { normalizeText } from '../analysis/normalize.ts';
import type { PassageIndex } from '../engine/passage-index.ts';

export type SpellingPassages = (spelling: string) => ReadonlySet<string>;

const none: ReadonlySet<string> = new Set();

/** The passages holding one token, memoised. */
type Holding = (kind: 'term' | 'bigram', token: string) => ReadonlySet<string>;

function createHolding(index: PassageIndex): Holding {
  const byToken = new Map<string, ReadonlySet<string>>();
  return (kind, token) => {
    const key = `${kind}:${token}`;
    let passages = byToken.get(key);
    if (!passages) {
      // The index's own search over one token with room for every passage: its postings, as passage ids.
      const query = kind === 'term' ? { terms: [{ token, weight: 1 }], bigrams: [] } : { terms: [], bigrams: [{ token, weight: 1 }] };
      passages = index.documentFrequency(kind, token) === 0 ? none : new Set(index.search(query, index.passageCount).map((hit) => hit.id));
      byToken.set(key, passages);
    }
    return passages;
  };
}

/**
 * The passages holding every bigram of a spelling, whatever its terms: closer to the spelling
 * written out than its terms are (大国 + 間 + 外相 are in many passages, 大国間外相 in none).
 */
export function createBigramPassages(index: PassageIndex): SpellingPassages {
  const holding = createHolding(index);
  return (spelling) => {
    const grams: string[] = [];
    for (let at = 0; at + 1 < spelling.length; at += 1) grams.push(spelling.slice(at, at + 2));
    return intersection(grams.map((gram) => holding('bigram', gram)));
  };
}

export function createSpellingPassages(index: PassageIndex, analyzer: Analyzer): SpellingPassages {
  const bySpelling = new Map<string, ReadonlySet<string>>();
  const holding = createHolding(index);
  return (spelling) => {
    let passages = bySpelling.get(spelling);
    if (!passages) {
      const { terms, bigrams } = analyzer.analyze(spelling);
      // A spelling its terms spell out (上海協力機構, 売る) is found by them: a verb's bigrams would miss 売られた.
      // One the analysis shortens (中国系 is the term 中国, 系 a suffix) must have its bigrams written too.
      const whole = terms.join('') === normalizeText(spelling);
      const parts = [...terms.map((term) => holding('term', term)), ...(whole ? [] : bigrams.map((gram) => holding('bigram', gram)))];
      passages = intersection(parts);
      bySpelling.set(spelling, passages);
    }
    return passages;
  };
}

function intersection(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return none;
  if (rest.length === 0) return smallest;
  return new Set([...smallest].filter((id) => rest.every((set) => set.has(id))));
}
