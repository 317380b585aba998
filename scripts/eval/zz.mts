import { createAnalyzer, isContent } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { loadEnglishDictionary } from '../../src/core/analysis/english-dictionary.ts';
const analyzer = createAnalyzer(await loadTokenizer());
const d = await loadEnglishDictionary(() => false);
for (const w of process.argv.slice(2)) { const h = d.headSpelling(w); console.log(w, h, h && analyzer.morphemes(h).map((m) => `${m.surface}/${m.pos}/${m.pos1}/${isContent(m)}`).join(' ')); }
