/**
 * `npx tsx scripts/eval/name-coverage.ts CORPUS_DIR… [--list]`: how the English translation fares with
 * the names of the articles' own English reference titles, a measure of names no question set
 * has to ask about. Each capitalised run of a reference title (Xi Jinping, China-Arab States
 * Summit, Riyadh) is translated as a question would be and counted as: spelt with some word of
 * its own article, spelt only with other articles' words, or left unmatched (a capitalised
 * one refuses a question outright). For development corpora only: never point it at a
 * held-out set's articles.
 */
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { normalizeText } from '../../src/core/analysis/normalize.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import { translateEnglish } from '../../src/core/question/translate-english.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const dirs = args.filter((arg) => arg !== '--list');
if (dirs.length === 0) throw new Error('usage: name-coverage.ts CORPUS_DIR… [--list]');
const corpus = await combineCorpora(dirs);
const analyzer = createAnalyzer(await loadTokenizer());
const run = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
const lexicon = await buildEnglishLexicon(run.state, analyzer);
const synonyms = createSynonymTable(defaultSynonyms);
const texts = new Map<string, string>();
for (const { passage, article } of run.state.sources.values()) texts.set(article.id, `${texts.get(article.id) ?? normalizeText(article.title)}\n${normalizeText(passage.sentences.join(''))}`);

const counts = { own: 0, elsewhere: 0, unmatched: 0, unmatchedName: 0 };
for (const article of run.state.articles) {
  if (article.reference === null) continue;
  const own = texts.get(article.id) ?? '';
  // Capitalised words, a hyphen or a name particle keeping a run together (China-Arab States Summit).
  for (const [name] of article.reference.matchAll(/\p{Lu}[\p{L}\p{N}'’.]*(?:(?:[ -]|\s(?:of|de|da|von|der|al|bin)\s)\p{Lu}[\p{L}\p{N}'’.]*)*/gu)) {
    const translation = translateEnglish(`Tell me about ${name}.`, lexicon, (latin) => synonyms.equivalents(latin).length > 1);
    const spellings = translation.groups.flat().map(normalizeText);
    const unmatched = translation.unmatched.filter(({ word }) => !/^(?:tell|about)$/iu.test(word));
    const kind = unmatched.length > 0 ? (unmatched.some((word) => word.name) ? 'unmatchedName' : 'unmatched') : spellings.some((spelling) => own.includes(spelling)) ? 'own' : 'elsewhere';
    counts[kind] += 1;
    if (list && kind !== 'own') process.stdout.write(`${kind}\t${name}\t${spellings.join(' ')}\t${unmatched.map(({ word }) => word).join(' ')}\t${article.id}\n`);
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
await corpus.remove();
