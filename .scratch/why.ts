import { createAnalyzer } from '../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../src/core/analysis/tokenizer.ts';
import { answerabilityFeatureNames, answerabilityFeatures, defaultAnswerability, probabilityWith } from '../src/core/answer/answerability.ts';
import { createArticleTexts } from '../src/core/answer/article-text.ts';
import { findingsOf } from '../src/core/answer/judge-answerable.ts';
import { passageTexts } from '../src/core/answer/passage-texts.ts';
import { rankPassages } from '../src/core/answer/rank-passages.ts';
import { openIndex } from '../src/core/build/open-index.ts';
import { analyzeQuestion } from '../src/core/question/question.ts';
import { silentLogger } from '../src/logger.ts';
import { combineCorpora } from '../scripts/eval/combined-corpus.ts';
const analyzer = createAnalyzer(await loadTokenizer());
const corpus = await combineCorpora(process.env.DIRS ? process.env.DIRS.split(',') : ['corpus']);
const { state } = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const synonyms = createSynonymTable(defaultSynonyms, (s) => state.index.documentFrequency('term', s) > 0);
const articleText = createArticleTexts(state.sources);
const model = defaultAnswerability();
for (const q of process.argv.slice(2)) {
  const a = analyzeQuestion(q, analyzer, synonyms);
  const texts = passageTexts(state.sources, articleText);
  const ranked = rankPassages(a, state.index, texts, { positionOf: (id) => state.sources.get(id)?.passage.position ?? 0 });
  const f = findingsOf(a, ranked, state.index, texts);
  const x = answerabilityFeatures(a, f);
  console.log(q, 'p=', probabilityWith(model, x).toFixed(3), 'keys', a.keyTerms.map((k) => `${k.term}${k.exact ? '!' : ''}(${k.rarity.toFixed(2)})`).join(' '), 'unknown', f.unknown.map((k) => k.term).join(','));
  console.log('  ', answerabilityFeatureNames.map((n, i) => `${n}=${x[i]!.toFixed(2)}*${model.weights[i]!.toFixed(1)}`).join(' '));
  console.log('   best:', state.sources.get(ranked[0]!.id)?.passage.text.slice(0, 80));
}
await corpus.remove();
