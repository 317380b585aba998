/**
 * `npx tsx scripts/dictionary/build-jyutping.ts [RIME_CHARS] [OPENCC_DICT_DIR]`: turns the
 * Cantonese readings of Rime's jyut6ping3 (Debian's `rime-data-jyut6ping3`,
 * /usr/share/rime-data/jyut6ping3.chars.dict.yaml, CC BY 4.0) into
 * data/cantonese/jyutping.tsv.gz, one kanji a line with its tone-less jyutping
 * readings, commonest first. Rime lists traditional forms and some Japanese ones
 * (頼, 徳); the Japanese and simplified forms it lacks (蒋) take their traditional
 * form's readings (蔣), by OpenCC's character tables (Apache 2.0;
 * JPShinjitaiCharacters and STCharacters as the npm package opencc-js ships them:
 * `npm pack opencc-js` and unpack, then pass package/dist/esm-lib/dict).
 * Run it again only to refresh the table; the product reads the file alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const [chars = '/usr/share/rime-data/jyut6ping3.chars.dict.yaml', opencc = 'package/dist/esm-lib/dict'] = process.argv.slice(2);
const target = fileURLToPath(new URL('../../data/cantonese/jyutping.tsv.gz', import.meta.url));
const han = /^\p{Script=Han}$/u;

/** Kanji → readings with their weights (Rime's percentages; none is 100 %): the commonest first. */
const readings = new Map<string, Map<string, number>>();
const text = readFileSync(chars, 'utf8');
for (const line of text.slice(text.indexOf('\n...') + 4).split('\n')) {
  const [kanji = '', jyutping = '', weight] = line.split('\t');
  if (!han.test(kanji) || !/^[a-z]+[1-6]$/u.test(jyutping)) continue;
  const syllable = jyutping.replace(/[1-6]$/u, '');
  const share = weight === undefined ? 100 : Number.parseFloat(weight);
  const known = readings.get(kanji) ?? new Map<string, number>();
  known.set(syllable, Math.max(known.get(syllable) ?? 0, share));
  readings.set(kanji, known);
}
let borrowed = 0;
for (const file of ['JPShinjitaiCharacters.js', 'STCharacters.js']) {
  const table = /"([^"]*)"/u.exec(readFileSync(join(opencc, file), 'utf8'))?.[1] ?? '';
  for (const pair of table.split('|')) {
    const [form = '', traditional = ''] = pair.split(' ');
    const source = readings.get([...traditional][0] ?? '');
    if (!han.test(form) || readings.has(form) || !source) continue;
    readings.set(form, source);
    borrowed += 1;
  }
}
const lines = [...readings]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([kanji, known]) => `${kanji}\t${[...known].filter(([, share]) => share > 0).sort((a, b) => b[1] - a[1]).map(([syllable]) => syllable).join(' ')}`)
  .filter((line) => !line.endsWith('\t'));
const header = '# kiji kanji → Cantonese (jyutping, tone-less) from Rime jyut6ping3 (CC BY 4.0) and OpenCC (Apache 2.0). See data/cantonese/README.md.';
writeFileSync(target, gzipSync(`${header}\n${lines.join('\n')}\n`, { level: 9 }));
process.stdout.write(`${lines.length} kanji (${borrowed} Japanese or simplified forms read as their traditional form) → ${target}\n`);
