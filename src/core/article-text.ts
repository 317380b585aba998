/**
 * Whole-article text for the abstention checks, built on first use and kept
 * for the most recently asked-about articles only.
 */
import type { PassageSource } from './compose-answer.ts';
import { normalizeText } from './normalize.ts';

const kept = 256;

export function createArticleTexts(sources: ReadonlyMap<string, PassageSource>): (passageId: string) => string {
  let byArticle: Map<string, string[]> | undefined;
  const cache = new Map<string, string>();
  return (passageId) => {
    const articleId = sources.get(passageId)?.article.id;
    if (articleId === undefined) return '';
    const cached = cache.get(articleId);
    if (cached !== undefined) return cached;
    if (!byArticle) {
      byArticle = new Map();
      for (const { passage, article } of sources.values()) {
        const texts = byArticle.get(article.id) ?? [article.title];
        texts.push(passage.heading ?? '', passage.text);
        byArticle.set(article.id, texts);
      }
    }
    const text = normalizeText((byArticle.get(articleId) ?? []).join('\n'));
    cache.set(articleId, text);
    if (cache.size > kept) cache.delete(cache.keys().next().value as string);
    return text;
  };
}
