import { loadTokenizer } from '../src/core/analysis/tokenizer.ts';
import { createAnalyzer } from '../src/core/analysis/analyzer.ts';
import { buildSearchState } from '../src/core/build/search-state.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { bundledCorpusDir } from '../src/config.ts';
import { loadEnglishDictionary } from '../src/core/analysis/english-dictionary.ts';
const analyzer = createAnalyzer(await loadTokenizer());
const corpus: any = await loadCorpus(bundledCorpusDir);
const state = buildSearchState(corpus.articles, analyzer);
for (let i = 0; i < 3; i++) {
let t = performance.now();
await loadEnglishDictionary(() => false); const a = performance.now() - t;
t = performance.now(); let n = 0;
await loadEnglishDictionary((s) => { n++; return state.index.documentFrequency('term', s) > 0; }); const b = performance.now() - t;
console.log(a.toFixed(0), b.toFixed(0), n);
}
import { buildEnglishLexicon } from '../src/core/question/english-lexicon.ts';
for (let i = 0; i < 3; i++) { const t = performance.now(); await buildEnglishLexicon(state, analyzer); console.log('lexicon', (performance.now() - t).toFixed(0)); }
