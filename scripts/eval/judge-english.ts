/**
 * `npx tsx scripts/eval/judge-english.ts SET.jsonl CORPUS_DIR…`: why each
 * answerable English question of a (development) set is refused or
 * answered: the key terms as the judge sees them (! exact, (v) verb, ?
 * no article uses it), the outright refusal if any, else the answerability
 * probability against the threshold with the features that are not zero.
 */
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { answerabilityFeatureNames, answerabilityFeatures, defaultAnswerability, probabilityWith } from '../../src/core/answer/answerability.ts';
import { rankAbout } from '../../src/core/answer/answer-question.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { passageTexts } from '../../src/core/answer/passage-texts.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { analyzeEnglishQuestion } from '../../src/core/question/english-question.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';

const [setPath, ...dirs] = process.argv.slice(2);
if (!setPath || dirs.length === 0) throw new Error('usage: judge-english.ts SET.jsonl CORPUS_DIR…');
const corpus = await combineCorpora(dirs);
const analyzer = createAnalyzer(await loadTokenizer());
const run = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const lexicon = await buildEnglishLexicon(run.state, analyzer);
const synonyms = createSynonymTable(defaultSynonyms);
const { index, sources } = run.state;
const texts = passageTexts(sources);
const model = defaultAnswerability();
const positionOf = (id: string) => sources.get(id)?.passage.position ?? 0;
for (const line of (await readFile(setPath, 'utf8')).split('\n').filter((row) => row.trim() !== '')) {
  const { id, q, answerable } = JSON.parse(line) as { id: string; q: string; answerable: boolean };
  const { analyzed } = analyzeEnglishQuestion(q, analyzer, synonyms, lexicon);
  const ranked = rankAbout(analyzed, index, texts, { positionOf });
  const findings = findingsOf(analyzed, ranked, index, texts);
  const keys = analyzed.keyTerms.map((key) => `${key.term}${key.noun ? '' : '(v)'}${key.exact ? '!' : ''}${findings.unknown.includes(key) ? '?' : ''}`).join(' ');
  const outright = refusedOutright(analyzed, findings);
  const features = answerabilityFeatures(analyzed, findings);
  const probability = probabilityWith(model, features);
  const verdict = outright && !outright.answerable ? `refused outright: ${outright.why}` : `p=${probability.toFixed(2)} (answers at ${model.threshold.toFixed(2)})`;
  const shown = answerabilityFeatureNames.map((name, at) => [name, features[at] ?? 0] as const).filter(([, value]) => value !== 0);
  process.stdout.write(`${id} ${answerable ? '' : '[abstain] '}${q}\n  keys ${keys}  kind=${analyzed.kind}\n  ${verdict}\n  ${shown.map(([name, value]) => `${name}=${value.toFixed(2)}`).join(' ')}\n`);
}
await corpus.remove();
