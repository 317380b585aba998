/**
 * `npx tsx scripts/bench/english-dictionary.ts [--corpus DIR]`: what the English
 * dictionary costs. Opens kiji, asks a Japanese question, then an English one
 * (the first English question loads data/edict/en-ja.tsv.gz and filters it to
 * the corpus), then one naming a person nothing else explains (the corpus's
 * kanji words are read for Japanese names), printing the wall time and
 * resident memory after each step.
 */
import { parseArgs } from 'node:util';
import { openKiji } from '../../src/adapters/terminal/open-kiji.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const mb = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;
const started = performance.now();
const { kiji } = await openKiji({ corpusDir: values.corpus ?? bundledCorpusDir, cacheDir: null }, silentLogger);
process.stdout.write(`start-up: ${((performance.now() - started) / 1000).toFixed(2)} s, RSS ${mb()}\n`);
let at = performance.now();
await kiji.ask('G20外相会合はどこで開かれましたか？');
process.stdout.write(`first Japanese question: ${(performance.now() - at).toFixed(0)} ms, RSS ${mb()}\n`);
at = performance.now();
await kiji.ask('Where did Wang Yi and Lavrov meet at the G20?');
process.stdout.write(`first English question (loads the dictionary): ${(performance.now() - at).toFixed(0)} ms, RSS ${mb()}\n`);
at = performance.now();
await kiji.ask('What did Lavrov say about the SCO?');
process.stdout.write(`next English question: ${(performance.now() - at).toFixed(0)} ms, RSS ${mb()}\n`);
at = performance.now();
// A capitalised word nothing else explains: the corpus's kanji words are read by IPADIC's entries here (japanese-names.ts).
await kiji.ask('What did Kishida say about Hokkaido?');
process.stdout.write(`first Japanese-style name (reads the corpus's kanji words): ${(performance.now() - at).toFixed(0)} ms, RSS ${mb()}\n`);
at = performance.now();
await kiji.ask('What did Motegi say about the foreign ministry?');
process.stdout.write(`next English question with a name: ${(performance.now() - at).toFixed(0)} ms, RSS ${mb()}\n`);
await kiji.close();
