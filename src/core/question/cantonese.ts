/**
 * Hong Kong's names in English (Tung Chee-hwa, Lam Cheng Yuet-ngor, Kai-shek)
 * are Cantonese, spelt by the Hong Kong Government's romanisation, not pinyin.
 * Each kanji's Cantonese readings come from Rime's jyut6ping3 table
 * (data/cantonese/jyutping.tsv.gz, built by scripts/dictionary/build-jyutping.ts,
 * Japanese and simplified forms read as their traditional ones: 蒋 as 蔣); a
 * reading is spelt as that romanisation writes it, its own table of initials
 * and finals (g → k, z → ch or ts, oeng → eung, yut → uet), not a list of names.
 * Read from disk at the first name pinyin and Wade–Giles cannot spell.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { projectPath } from '../../project-root.ts';

export const cantoneseTablePath = projectPath('data', 'cantonese', 'jyutping.tsv.gz');

/** A kanji → its tone-less jyutping readings, commonest first; none for a kanji the table lacks. */
export type ReadCantonese = (kanji: string) => readonly string[];

/** The table, read once (about 30k kanji, 10–20 ms); without the file, no kanji has a reading. */
export function loadCantonese(path = cantoneseTablePath): ReadCantonese {
  let table: Map<string, string[]> | undefined;
  const read = () => {
    table = new Map();
    let text = '';
    try {
      text = gunzipSync(readFileSync(path)).toString('utf8');
    } catch {
      return table;
    }
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0 && !line.startsWith('#')) table.set(line.slice(0, tab), line.slice(tab + 1).split(' '));
    }
    return table;
  };
  return (kanji) => (table ?? read()).get(kanji) ?? [];
}

/** Jyutping initials, longest first, → how the romanisation writes them (j is y, or nothing before i: Ip, Yip). */
const initials: [string, string[]][] = [
  ['gw', ['kw']], ['kw', ['kw']], ['ng', ['ng', '']], ['b', ['p']], ['p', ['p']], ['m', ['m']], ['f', ['f']], ['d', ['t']], ['t', ['t']],
  ['n', ['n']], ['l', ['l']], ['g', ['k']], ['k', ['k']], ['h', ['h']], ['w', ['w']], ['z', ['ch', 'ts']], ['c', ['ch', 'ts']],
  ['s', ['s', 'sh']], ['j', ['y', '']],
];

/** Jyutping finals → the romanisation's spellings of them (aa: a, ah; short a often u: Chun, Sun; i: i, ee). */
const finals: Record<string, string[]> = {
  aa: ['a', 'ah'], aai: ['ai'], aau: ['au'], aam: ['am'], aan: ['an'], aang: ['ang'], aap: ['ap'], aat: ['at'], aak: ['ak'],
  ai: ['ai', 'ei'], au: ['au'], am: ['am', 'um'], an: ['an', 'un'], ang: ['ang'], ap: ['ap'], at: ['at', 'ut'], ak: ['ak'],
  e: ['e', 'eh'], ei: ['ei', 'ee', 'i'], eu: ['eu'], em: ['em'], eng: ['eng'], ep: ['ep'], ek: ['ek'],
  i: ['i', 'ee'], iu: ['iu'], im: ['im'], in: ['in'], ing: ['ing'], ip: ['ip'], it: ['it'], ik: ['ik'],
  o: ['o', 'oh', 'or'], oi: ['oi', 'oy'], ou: ['o', 'ou'], on: ['on'], ong: ['ong'], ot: ['ot'], ok: ['ok'],
  u: ['u', 'oo'], ui: ['ui', 'ooi'], un: ['un', 'oon'], ung: ['ung'], ut: ['ut', 'oot'], uk: ['uk'],
  oe: ['oe', 'eu'], oeng: ['eung'], oek: ['euk'], eoi: ['ui', 'eui'], eon: ['un', 'eun'], eot: ['ut', 'eut'],
  yu: ['u', 'yu', 'ue'], yun: ['un', 'uen', 'yun'], yut: ['ut', 'uet', 'yut'], m: ['m'], ng: ['ng'],
};

/** One tone-less jyutping syllable → the spellings the romanisation may give it (gaai → kai; sek → sek, shek; jyut → yuet …). */
export function hongKongSpellings(jyutping: string): string[] {
  const whole = finals[jyutping];
  // A syllable of a final alone (aa, ng, m), as a final is written.
  if (whole && !initials.some(([initial]) => jyutping.startsWith(initial) && finals[jyutping.slice(initial.length)])) return [...whole];
  const found = initials.find(([initial]) => jyutping.startsWith(initial) && finals[jyutping.slice(initial.length)]);
  if (!found) return [];
  const [initial, starts] = found;
  const ends = finals[jyutping.slice(initial.length)] ?? [];
  // y before a final written with its own y (jyut: yuet, not yyut) is written once.
  return [...new Set(starts.flatMap((start) => ends.map((end) => (start === 'y' && end.startsWith('y') ? end : `${start}${end}`))))].filter((spelling) => spelling !== '');
}
