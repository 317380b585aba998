/**
 * `npx tsx scripts/eval/explain.ts --corpus DIR [--corpus DIR…] "question" …`:
 * what the judge found for each question (key terms, the ones no article
 * uses, specificity, the answerability features and probability), to see
 * why a question is refused or answered.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { answerabilityFeatureNames, answerabilityFeatures, defaultAnswerability, probabilityWith } from '../../src/core/answer/answerability.ts';
import { rankAbout } from '../../src/core/answer/answer-question.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { passageTexts } from '../../src/core/answer/passage-texts.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';

const { values, positionals } = parseArgs({ options: { corpus: { type: 'string', multiple: true } }, allowPositionals: true });
const corpus = await combineCorpora(values.corpus ?? ['corpus']);
const analyzer = createAnalyzer(await loadTokenizer());
const { state } = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const synonyms = createSynonymTable(defaultSynonyms, (spelling) => state.index.documentFrequency('term', spelling) > 0);
const texts = passageTexts(state.sources);
const model = defaultAnswerability();
for (const text of positionals) {
  const question = analyzeQuestion(text, analyzer, synonyms);
  const ranked = rankAbout(question, state.index, texts, { positionOf: (id) => state.sources.get(id)?.passage.position ?? 0 });
  const findings = findingsOf(question, ranked, state.index, texts);
  const features = answerabilityFeatures(question, findings);
  console.log(`\n${text}`);
  console.log(`  kind ${question.kind}  keys ${question.keyTerms.map((key) => `${key.surface}${key.exact ? '!' : ''}${key.noun ? 'n' : ''}(${key.equivalents.join('/')})`).join(' ')}`);
  console.log(`  unknown ${findings.unknown.map((key) => key.surface).join(' ') || '-'}  specificity ${findings.specificity.toFixed(3)}  outright ${(refusedOutright(question, findings) as { why?: string } | null)?.why ?? 'no'}`);
  console.log(`  p ${probabilityWith(model, features).toFixed(3)} (threshold ${model.threshold})  ${answerabilityFeatureNames.map((name, i) => `${name} ${(features[i] ?? 0).toFixed(2)}`).join('  ')}`);
  console.log(`  best ${ranked[0]?.id ?? '-'}: ${ranked[0] ? texts.body(ranked[0].id).slice(0, 90) : ''}`);
}
await corpus.remove();
