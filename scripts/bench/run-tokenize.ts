/**
 * Bench child: kuromoji alone, one thread, over the text file MeCab reads
 * too (one passage a line), for the side-by-side tokenising speed.
 */
import { readFile } from 'node:fs/promises';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { arg, report } from './child.ts';

const lines = (await readFile(arg('text'), 'utf8')).split('\n').filter((line) => line !== '');
const tokenize = await loadTokenizer();
const started = performance.now();
let chars = 0;
for (const line of lines) {
  tokenize(line);
  chars += line.length;
}
const seconds = (performance.now() - started) / 1000;
report({ chars, seconds, charsPerSecond: chars / seconds });
