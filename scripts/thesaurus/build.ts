/**
 * `npm run thesaurus`: turns Sudachi's synonym dictionary (the npm package
 * sudachi-synonyms-dictionary, 14 MB of JSON that takes ~0.9 s and ~95 MB
 * to load) into data/sudachi-synonyms.txt, one group a line, which the core
 * reads in a few milliseconds. Entries Sudachi marks "never expand" are
 * dropped; entries that may be expanded to but must not trigger expansion
 * are kept with a leading "~". Latin-only spellings are dropped (English
 * questions go through the English dictionary instead).
 */
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface Item {
  expandControl: 0 | 1 | 2;
  midashi: string;
}
const { fetchDictionary } = createRequire(import.meta.url)('sudachi-synonyms-dictionary') as { fetchDictionary(): Promise<{ id: string; items: Item[] }[]> };
const groups = await fetchDictionary();
const lines: string[] = [];
for (const group of groups) {
  const spellings = [...new Set(group.items.filter((item) => item.expandControl !== 2 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(item.midashi)).map((item) => `${item.expandControl === 1 ? '~' : ''}${item.midashi.normalize('NFKC').replace(/,/gu, '')}`))];
  if (spellings.filter((spelling) => !spelling.startsWith('~')).length >= 1 && spellings.length >= 2) lines.push(spellings.join(','));
}
const file = fileURLToPath(new URL('../../data/sudachi-synonyms.txt', import.meta.url));
await writeFile(file, `# Sudachi synonym dictionary (WorksApplications/SudachiDict, Apache-2.0), via the npm package sudachi-synonyms-dictionary; see data/README.md.\n${lines.join('\n')}\n`);
process.stdout.write(`wrote ${lines.length} groups to ${file}\n`);
