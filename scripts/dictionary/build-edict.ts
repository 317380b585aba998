/**
 * `npx tsx scripts/dictionary/build-edict.ts [EDICT_PATH]`: turns EDICT
 * (Debian's `edict` package, EUC-JP, /usr/share/edict/edict) into
 * data/edict/en-ja.tsv.gz, the English → Japanese table kiji loads when an
 * English question arrives. Run it again only to refresh the dictionary;
 * the product never needs EDICT itself.
 *
 * One line per English phrase of at most three words (glosses that are
 * sentences or explanations are dropped): `phrase<TAB>spelling spelling …`,
 * best first; a spelling ending in `*` comes from an entry EDICT marks (P),
 * a common word, one with `^` from a capitalised gloss (China ↔ 中国, not
 * china ↔ 陶器); a third column holds `v` when some entry glosses the phrase as a
 * verb ("to host") and `p` when some gloss capitalises it (a name); a name "A B of C" is also
 * given as "A B" (United States). Ordering: (P) entries, then earlier senses, then earlier
 * glosses within a sense.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? '/usr/share/edict/edict';
const target = fileURLToPath(new URL('../../data/edict/en-ja.tsv.gz', import.meta.url));
/** Spellings kept per phrase: the run-time filter keeps those the corpus uses, rarely more than two. */
const maxSpellings = 20;
const maxWords = 3;

const text = new TextDecoder('euc-jp').decode(readFileSync(source));
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const katakanaOnly = /^[\p{Script=Katakana}ー・]+$/u;

interface Candidate {
  spelling: string;
  common: boolean;
  /** From a capitalised gloss (China, not china): a name, preferred when the question capitalises the word. */
  proper: boolean;
  rank: number;
  order: number;
}
const byPhrase = new Map<string, Map<string, Candidate>>();
/** Heads of names before "of" (United States), kept apart until every gloss is read. */
const byHead = new Map<string, Map<string, Candidate>>();
/** Phrases some entry glosses as a verb ("to host"): an English verb nothing matched is a paraphrase, not a missing thing. */
const verbs = new Set<string>();
/** Phrases some entry glosses with a capital (North Korea, Ukraine): names, even where the corpus has no spelling for them. */
const propers = new Set<string>();
let order = 0;
let entries = 0;

for (const line of text.split('\n')) {
  const match = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/u.exec(line);
  if (!match || line.startsWith('　？？？')) continue;
  entries += 1;
  const [, head = '', reading, body = ''] = match;
  const glosses = body.split('/');
  const common = glosses.includes('(P)');
  const usuallyKana = /\(uk\)/u.test(body);
  const spellings = [
    ...(reading && (usuallyKana || katakanaOnly.test(reading)) ? [reading] : []),
    head,
    ...(reading && !usuallyKana && katakanaOnly.test(reading) ? [] : []),
  ]
    .map((spelling) => spelling.normalize('NFKC').toLowerCase())
    .filter((spelling) => japanese.test(spelling));
  if (spellings.length === 0) continue;
  let sense = 0;
  let inSense = 0;
  for (const raw of glosses) {
    if (raw === '(P)' || raw === '' || raw.startsWith('EntL')) continue;
    if (/^(?:\([^)]*\)\s*)*\(\d+\)/u.test(raw)) {
      sense += 1;
      inSense = 0;
    }
    const verb = /^(?:\([^)]*\)\s*)*to /u.test(raw);
    const proper = /^(?:\([^)]*\)\s*)*(?:the )?\p{Lu}\p{Ll}/u.test(raw);
    const heads = proper && common ? headsOf(raw) : [];
    for (const phrase of [...phrasesOf(raw), ...heads]) {
      const head = heads.includes(phrase);
      if (verb && !head) verbs.add(phrase);
      if (proper && !head) propers.add(phrase);
      const rank = (common ? 0 : 1000) + sense * 10 + inSense;
      const table = head ? byHead : byPhrase;
      let candidates = table.get(phrase);
      if (!candidates) table.set(phrase, (candidates = new Map()));
      for (const spelling of spellings) {
        const known = candidates.get(spelling);
        if (!known || rank < known.rank) {
          candidates.set(spelling, { spelling, common: common || (known?.common ?? false), proper: proper || (known?.proper ?? false), rank, order: known?.order ?? order++ });
        } else if (proper) known.proper = true;
      }
    }
    inSense += 1;
  }
}
// A name's head is only a phrase of its own where no gloss says the phrase (director general stays 総裁, no name).
for (const [phrase, candidates] of byHead) {
  if (byPhrase.has(phrase)) continue;
  byPhrase.set(phrase, candidates);
  propers.add(phrase);
}

/** The English phrase(s) a gloss gives, or none when it is a sentence or an explanation. */
function phrasesOf(gloss: string): string[] {
  let cleaned = withoutNotes(gloss.replace(/\{[^}]*\}/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  cleaned = cleaned.replace(/^(?:to be |to |a |an |the )/u, (prefix) => (prefix === 'to be ' ? 'be ' : '')).replace(/[.!?,;:]+$/u, '').trim();
  if (cleaned === '' || !/^[a-z0-9][a-z0-9 '&.-]*$/u.test(cleaned)) return [];
  const words = cleaned.split(' ');
  if (words.length > maxWords) return [];
  // "be held" is also asked as "held": keep the bare participle too.
  return words[0] === 'be' && words.length > 1 ? [cleaned, words.slice(1).join(' ')] : [cleaned];
}

/**
 * A gloss without its parenthesised notes: leading tags ((n), (vs), (uk), (1), (abbr) …) and any other,
 * innermost first, so a nested one goes whole ("dog (Canis (lupus) familiaris)" is dog, 犬).
 */
function withoutNotes(gloss: string): string {
  let text = gloss;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\([^()]*\)/gu, ' ');
  }
  return text;
}

/**
 * What English calls a common name by its head before "of" (the United States, from "(United States
 * of) America", 米国, a (P) entry): two capitalised words or more before it, so "Ministry of Defense"
 * gives no "ministry" and "A Book of …" no "book".
 */
function headsOf(gloss: string): string[] {
  const unwrapped = gloss.replace(/^((?:\([^)]*\)\s*)*?)\(([^)]* of)\)\s*/u, '$1$2 ');
  const match = /^(?:\([^)]*\)\s*)*(?:the )?((?!(?:A|An|The) )\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*)+) of \p{Lu}/u.exec(unwrapped);
  return match?.[1] ? phrasesOf(match[1]) : [];
}

const lines: string[] = [];
for (const [phrase, candidates] of [...byPhrase].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const best = [...candidates.values()].sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, maxSpellings);
  const spellings = best.map((candidate) => `${candidate.spelling}${candidate.proper ? '^' : ''}${candidate.common ? '*' : ''}`).join(' ');
  const flags = `${verbs.has(phrase) ? 'v' : ''}${propers.has(phrase) ? 'p' : ''}`;
  lines.push(`${phrase}\t${spellings}${flags ? `\t${flags}` : ''}`);
}
const header = '# kiji English→Japanese table from EDICT (JMdict/EDICT, EDRDG, CC BY-SA 4.0). See data/edict/README.md.';
const packed = gzipSync(`${header}\n${lines.join('\n')}\n`, { level: 9 });
writeFileSync(target, packed);
process.stdout.write(`${entries} EDICT entries → ${lines.length} English phrases, ${(packed.length / 1024 / 1024).toFixed(2)} MB gzipped → ${target}\n`);
