/**
 * `npx tsx scripts/eval/show-english.ts SET.jsonl CORPUS_DIR…`: each English
 * question of a set as the translation makes it (Japanese words, spelling
 * groups, unmatched words), for working on the translation.
 */
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { analyzeEnglishQuestion } from '../../src/core/question/english-question.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';

const [setPath, ...dirs] = process.argv.slice(2);
if (!setPath || dirs.length === 0) throw new Error('usage: show-english.ts SET.jsonl CORPUS_DIR…');
const corpus = await combineCorpora(dirs);
const analyzer = createAnalyzer(await loadTokenizer());
const run = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const lexicon = await buildEnglishLexicon(run.state, analyzer);
const synonyms = createSynonymTable(defaultSynonyms);
for (const line of (await readFile(setPath, 'utf8')).split('\n').filter((row) => row.trim() !== '')) {
  const { id, q } = JSON.parse(line) as { id: string; q: string };
  const { translation, analyzed } = analyzeEnglishQuestion(q, analyzer, synonyms, lexicon);
  const sizes = translation.groups.map((group) => group.map((spelling) => `${spelling}:${lexicon.passagesOf(spelling).size}`).join(' ')).join(' | ');
  process.stdout.write(`${id} ${q}\n  df ${sizes}\n  → ${translation.japanese}  kind=${analyzed.kind}\n  groups ${JSON.stringify(translation.groups)}\n  unmatched ${translation.unmatched.map((u) => u.word).join(' ')}\n  keys ${analyzed.keyTerms.map((k) => `${k.term}${k.noun ? '' : '(v)'}${k.exact ? '!' : ''}`).join(' ')}\n`);
}
await corpus.remove();
