/**
 * Whole-article text for the abstention checks, built for an article when a
 * question first needs it and kept for the most recently asked-about ones.
 */
import { passageId, type PassageSource } from '../../corpus/article.ts';
import { normalizeText } from '../analysis/normalize.ts';

const kept = 256;

export function createArticleTexts(sources: ReadonlyMap<string, PassageSource>): (passageId: string) => string {
  const cache = new Map<string, string>();
  return (id) => {
    const article = sources.get(id)?.article;
    if (article === undefined) return '';
    const cached = cache.get(article.id);
    if (cached !== undefined) return cached;
    const parts = [article.title];
    for (let position = 0; ; position += 1) {
      const passage = sources.get(passageId(article.id, position))?.passage;
      if (passage === undefined) break;
      parts.push(passage.heading ?? '', passage.text);
    }
    const text = normalizeText(parts.join('\n'));
    cache.set(article.id, text);
    if (cache.size > kept) cache.delete(cache.keys().next().value as string);
    return text;
  };
}
