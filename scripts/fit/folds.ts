/** Folds split by article, the same every run: an article's questions are all in one fold. */
export const foldCount = 5;

export function assignFolds(articleOfEach: readonly string[]): number[] {
  const articles = [...new Set(articleOfEach)].sort();
  const foldOf = new Map(articles.map((article, i) => [article, i % foldCount]));
  return articleOfEach.map((article) => foldOf.get(article) ?? 0);
}
