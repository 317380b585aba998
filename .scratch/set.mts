import { loadTokenizer } from '../src/core/analysis/tokenizer.ts';
import { createAnalyzer } from '../src/core/analysis/analyzer.ts';
import { buildSearchState } from '../src/core/build/search-state.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { bundledCorpusDir } from '../src/config.ts';
import { buildEnglishLexicon } from '../src/core/question/english-lexicon.ts';
import { translateEnglish } from '../src/core/question/translate-english.ts';
import { readFileSync } from 'node:fs';
const analyzer = createAnalyzer(await loadTokenizer());
const a1: any = await loadCorpus(bundledCorpusDir); const a2: any = await loadCorpus('tests/fixtures/jsquad-sample');
const state = buildSearchState([...a1.articles, ...a2.articles], analyzer);
const lex = await buildEnglishLexicon(state, analyzer);
console.log('names', [...lex.names]);
for (const line of readFileSync('tests/questions/english.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const q = JSON.parse(line); const t = translateEnglish(q.q, lex, () => false);
  console.log(q.id, q.q, '→', t.japanese, t.unmatched.map((u) => u.word + (u.name ? '!' : u.verb ? '~' : '')).join(' '));
}
