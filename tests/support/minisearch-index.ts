/**
 * The test oracle for the compact index (tests/core/compact-index-parity.test.ts):
 * PassageIndex on minisearch, with the production index's defaults. Fields hold analyzer output joined by
 * newlines (the analyzer already did the Japanese work), so minisearch's own
 * tokenizer only splits. Two searches, one per view, restricted by field.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { AnalyzedPassage, IndexQuery, PassageHit, PassageIndex, WeightedToken } from '../../src/core/engine/passage-index.ts';
import { searchDefaults } from '../../src/core/engine/search-fields.ts';

interface IndexedDocument {
  id: string;
  title: string;
  heading: string;
  text: string;
  bigrams: string;
}

const split = (text: string) => (text === '' ? [] : text.split('\n'));

export const miniSearchOptions: Options<IndexedDocument> = {
  fields: ['title', 'heading', 'text', 'bigrams'],
  storeFields: [],
  tokenize: split,
  processTerm: (term) => term,
  searchOptions: { tokenize: split, processTerm: (term) => term, bm25: searchDefaults.bm25 },
};

export interface MiniSearchPassageIndex extends PassageIndex {
  toJSON(): unknown;
  /**
   * Drops discarded passages from the postings. Until then minisearch counts
   * them in a token's document frequency for passages it meets before them,
   * so scores right after a removal differ slightly from a fresh build's.
   */
  vacuum(): Promise<void>;
}

export function createMiniSearchIndex(): MiniSearchPassageIndex {
  const search = new MiniSearch<IndexedDocument>(miniSearchOptions);
  const analyses = new Map<string, AnalyzedPassage>();
  const termFrequency = new Map<string, number>();
  const bigramFrequency = new Map<string, number>();

  const count = (passage: AnalyzedPassage, delta: 1 | -1) => {
    for (const [tokens, frequency] of [
      [new Set([...passage.title, ...passage.heading, ...passage.sentences.flatMap((s) => s.terms)]), termFrequency],
      [new Set(passage.sentences.flatMap((s) => s.bigrams)), bigramFrequency],
    ] as const) {
      for (const token of tokens) {
        const next = (frequency.get(token) ?? 0) + delta;
        if (next <= 0) frequency.delete(token);
        else frequency.set(token, next);
      }
    }
  };

  const run = (tokens: WeightedToken[], fields: SearchOptions['boost'], limit: number) => {
    if (tokens.length === 0) return [];
    const weights = new Map(tokens.map(({ token, weight }) => [token, weight]));
    return search
      .search(tokens.map(({ token }) => token).join('\n'), {
        fields: Object.keys(fields ?? {}),
        boost: fields,
        boostTerm: (term) => weights.get(term) ?? 1,
        combineWith: 'OR',
        bm25: searchDefaults.bm25,
      })
      .slice(0, limit);
  };

  return {
    get passageCount() {
      return analyses.size;
    },
    add(passages) {
      search.addAll(passages.map(toDocument));
      for (const passage of passages) {
        analyses.set(passage.id, passage);
        count(passage, 1);
      }
    },
    remove(ids) {
      for (const id of ids) {
        const passage = analyses.get(id);
        if (!passage) continue;
        search.discard(id);
        analyses.delete(id);
        count(passage, -1);
      }
    },
    search(query, limit) {
      const hits = new Map<string, PassageHit>();
      const hit = (id: string) => {
        let existing = hits.get(id);
        if (!existing) {
          existing = { id, termScore: 0, bigramScore: 0, matchedTerms: [] };
          hits.set(id, existing);
        }
        return existing;
      };
      for (const result of run(query.terms, searchDefaults.termBoosts, limit)) {
        const entry = hit(String(result.id));
        entry.termScore = result.score;
        entry.matchedTerms = result.queryTerms;
      }
      for (const result of run(query.bigrams, { bigrams: 1 }, limit)) hit(String(result.id)).bigramScore = result.score;
      return [...hits.values()];
    },
    documentFrequency(kind, token) {
      return (kind === 'term' ? termFrequency : bigramFrequency).get(token) ?? 0;
    },
    analysisOf(id) {
      return analyses.get(id);
    },
    toJSON() {
      return search.toJSON();
    },
    async vacuum() {
      await search.vacuum();
    },
  };
}

function toDocument(passage: AnalyzedPassage): IndexedDocument {
  return {
    id: passage.id,
    title: passage.title.join('\n'),
    heading: passage.heading.join('\n'),
    text: passage.sentences.flatMap((sentence) => sentence.terms).join('\n'),
    bigrams: passage.sentences.flatMap((sentence) => sentence.bigrams).join('\n'),
  };
}
