/**
 * Runs the analyzer over passages: each sentence on its own (answers quote
 * sentences), title and heading once per article and section.
 */
import type { Article, Passage } from '../../corpus/article.ts';
import type { Analyzer } from './analyzer.ts';
import type { AnalyzedPassage } from '../engine/passage-index.ts';

export function analyzePassages(article: Article, passages: readonly Passage[], analyzer: Analyzer): AnalyzedPassage[] {
  const title = analyzer.analyze(article.title).terms;
  const headings = new Map<string, string[]>();
  return passages.map((passage) => {
    const heading = passage.heading ?? '';
    let headingTerms = headings.get(heading);
    if (!headingTerms) {
      headingTerms = heading === '' ? [] : analyzer.analyze(heading).terms;
      headings.set(heading, headingTerms);
    }
    return {
      id: passage.id,
      title,
      heading: headingTerms,
      sentences: passage.sentences.map((sentence) => analyzer.analyze(sentence)),
    };
  });
}
