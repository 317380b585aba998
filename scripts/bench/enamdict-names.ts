/**
 * `node --expose-gc --import tsx scripts/bench/enamdict-names.ts [CORPUS_DIR…]`: what the ENAMDICT
 * names cost at the first name looked up (data/enamdict/names.tsv.gz decompressed and its lines
 * indexed), over the bundled articles and the folders given: wall and CPU time, heap and array
 * buffers added, and the time of an acronym's look-up after it.
 */
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from '../eval/combined-corpus.ts';
const corpus = await combineCorpora(['corpus', ...process.argv.slice(2)]);
const analyzer = createAnalyzer(await loadTokenizer());
const run = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const lexicon = await buildEnglishLexicon(run.state, analyzer);
globalThis.gc?.(); const heap0 = process.memoryUsage().heapUsed; const ab0 = process.memoryUsage().arrayBuffers; const cpu0 = process.cpuUsage(); const t0 = performance.now();
const found = lexicon.dictionaryNames.of('parthenon');
const t1 = performance.now(); const cpu1 = process.cpuUsage(cpu0); globalThis.gc?.(); const heap1 = process.memoryUsage().heapUsed;
const t2 = performance.now(); lexicon.dictionaryNames.initialled('pboc'); const t3 = performance.now();
console.log(JSON.stringify({ found, loadMs: +(t1 - t0).toFixed(1), cpuMs: +((cpu1.user + cpu1.system) / 1000).toFixed(1), heapMB: +((heap1 - heap0) / 1e6).toFixed(2), initialsMs: +(t3 - t2).toFixed(1), rss: +(process.memoryUsage().rss / 1e6).toFixed(0), arrayBuffersMB: +((process.memoryUsage().arrayBuffers - ab0) / 1e6).toFixed(1) }));
await corpus.remove();
