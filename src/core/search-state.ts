/**
 * Everything a question is answered from, built in one go and swapped in
 * whole: the articles, their passages and the index over them. A reload
 * builds a new state beside the old one; questions keep using the state
 * they started with.
 */
import type { Article, ArticleSummary } from '../corpus/article.ts';
import { toPassages } from '../corpus/to-passages.ts';
import { analyzePassages } from './analyze-passages.ts';
import type { Analyzer } from './analyzer.ts';
import type { PassageSource } from './compose-answer.ts';
import { createMiniSearchIndex } from './minisearch-index.ts';
import type { PassageIndex } from './passage-index.ts';

export interface SearchState {
  articles: readonly Article[];
  sources: ReadonlyMap<string, PassageSource>;
  index: PassageIndex;
}

export function buildSearchState(articles: readonly Article[], analyzer: Analyzer): SearchState {
  const index = createMiniSearchIndex();
  const sources = new Map<string, PassageSource>();
  for (const article of articles) {
    const passages = toPassages(article);
    for (const passage of passages) sources.set(passage.id, { passage, article });
    index.add(analyzePassages(article, passages, analyzer));
  }
  return { articles, sources, index };
}

export function summarize(state: SearchState): ArticleSummary[] {
  const counts = new Map<string, number>();
  for (const { article } of state.sources.values()) counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
  return state.articles.map((article) => ({
    id: article.id,
    title: article.title,
    source: article.source,
    reference: article.reference,
    url: article.url,
    date: article.date,
    passages: counts.get(article.id) ?? 0,
  }));
}
