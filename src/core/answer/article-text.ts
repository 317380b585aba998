/**
 * Whole-article text for the abstention checks: normalised once per article
 * and kept (normalized-texts.ts), not rebuilt per question.
 */
import type { PassageSource } from '../../corpus/article.ts';
import { normalizedTextsOf } from './normalized-texts.ts';

export function createArticleTexts(sources: ReadonlyMap<string, PassageSource>): (passageId: string) => string {
  const texts = normalizedTextsOf(sources);
  return (id) => texts.article(id);
}
