/**
 * `npx tsx scripts/dictionary/build-enamdict.ts [ENAMDICT_PATH]`: turns ENAMDICT (JMnedict's proper
 * names; Debian's `enamdict` package, EUC-JP, /usr/share/edict/enamdict) into
 * data/enamdict/names.tsv.gz, the English name → Japanese spellings table kiji reads at the first
 * capitalised word nothing else explains. Run it again only to refresh it.
 *
 * One line per English name of at most four words: `name<TAB>spelling spelling …`, in ENAMDICT's
 * order, and one per initials of the names of several words of organisations, companies, products,
 * works and places: `=pboc<TAB>people's bank of china|…`; all sorted by their UTF-8 bytes, so that
 * kiji looks a name up by binary search without reading the table into strings. Kept: places, full names, surnames, companies, organisations, products, works and names
 * of no stated kind; given names only where ENAMDICT writes them in katakana (シリル for Cyril:
 * a foreign one), since a Japanese given name in romaji (Makoto) is a dozen one-kanji spellings
 * that are common words too. A Japanese full name, which ENAMDICT gives surname first (Ishiba
 * Shigeru), is given in English order as well (Shigeru Ishiba). One-character spellings are dropped
 * (too loose to search for), and so are dates and notes in parentheses.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialsOf } from '../../src/core/analysis/initials.ts';

const source = process.argv[2] ?? '/usr/share/edict/enamdict';
const target = fileURLToPath(new URL('../../data/enamdict/names.tsv.gz', import.meta.url));
const maxWords = 4;
/** Spellings kept per name: the run-time filter keeps those the corpus writes, rarely more than one. */
const maxSpellings = 24;

const text = new TextDecoder('euc-jp').decode(readFileSync(source));
const katakanaOnly = /^[\p{Script=Katakana}ー・]+$/u;
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Kinds of name kept whatever the spelling (see the header); given names (g, f, m) only in katakana. */
const keptKinds = new Set(['p', 'h', 's', 'u', 'c', 'o', 'pr', 'wk', 'st']);

const byName = new Map<string, string[]>();
/** Initials (pboc) → the names of organisations, companies, products, works and places of several words that have them. */
const byInitials = new Map<string, Set<string>>();
const initialledKinds = new Set(['o', 'c', 'pr', 'wk', 'p']);

let entries = 0;
for (const line of text.split('\n')) {
  const match = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/u.exec(line);
  if (!match || line.startsWith('　？？？')) continue;
  entries += 1;
  const head = (match[1] as string).normalize('NFKC').toLowerCase();
  if (!japanese.test(head) || [...head].length < 2) continue;
  let kinds: string[] = [];
  for (const raw of (match[3] as string).split('/')) {
    const tagged = /^\(([a-z,]+)\)\s*(.*)$/u.exec(raw);
    if (tagged) kinds = (tagged[1] as string).split(',');
    const gloss = tagged ? (tagged[2] as string) : raw;
    if (!kinds.some((kind) => keptKinds.has(kind)) && !katakanaOnly.test(head)) continue;
    for (const name of namesOf(gloss, kinds.includes('h') && !katakanaOnly.test(head))) {
      let spellings = byName.get(name);
      if (!spellings) byName.set(name, (spellings = []));
      if (!spellings.includes(head) && spellings.length < maxSpellings) spellings.push(head);
      if (kinds.some((kind) => initialledKinds.has(kind))) {
        for (const letters of initialsOf(name)) {
          let names = byInitials.get(letters);
          if (!names) byInitials.set(letters, (names = new Set()));
          names.add(name);
        }
      }
    }
  }
}

/** The English name(s) a gloss gives: notes in parentheses and quotes dropped, lower case; a Japanese full name in both orders. */
function namesOf(gloss: string, japaneseFullName: boolean): string[] {
  const cleaned = gloss
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/["“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFKC')
    .toLowerCase();
  if (cleaned === '' || !/^[\p{L}][\p{L}\p{N} '’.&-]*$/u.test(cleaned)) return [];
  const words = cleaned.split(' ');
  if (words.length > maxWords) return [];
  return japaneseFullName && words.length === 2 ? [cleaned, `${words[1]} ${words[0]}`] : [cleaned];
}

// Sorted by their UTF-8 bytes, as the run-time look-up searches them; initials lines start with "=", names joined by "|".
const lines = [
  ...[...byName].map(([name, spellings]) => `${name}\t${spellings.join(' ')}`),
  ...[...byInitials].map(([letters, names]) => `=${letters}\t${[...names].join('|')}`),
].sort((a, b) => Buffer.compare(Buffer.from(a.slice(0, a.indexOf('\t'))), Buffer.from(b.slice(0, b.indexOf('\t')))));
const header = '# kiji English name→Japanese table from ENAMDICT (JMnedict, EDRDG, CC BY-SA 4.0). See data/enamdict/README.md.';
const packed = gzipSync(`${header}\n${lines.join('\n')}\n`, { level: 9 });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, packed);
process.stdout.write(`${entries} ENAMDICT entries → ${byName.size} English names and ${byInitials.size} initials, ${(packed.length / 1024 / 1024).toFixed(2)} MB gzipped → ${target}\n`);
