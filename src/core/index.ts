/** The core's public surface: what adapters may import. */
export type { Answer, AnsweredAnswer, UnansweredAnswer, Citation, CitedArticle, Language, UsedContext } from './answer.ts';
export type { Kiji, AskOptions, ReloadReport } from './kiji.ts';
export type { ArticleHeader, ArticleSummary } from '../corpus/article.ts';
export { defaultTop, maxQuestionLength } from './kiji.ts';
export { createKiji, type CreateKijiOptions } from './create-kiji.ts';
export { buildIndex, type BuildIndexOptions, type BuildIndexReport } from './build/build-index.ts';
export type { IndexProgress } from './build/open-index.ts';
export { detectLanguage } from './question/question.ts';
