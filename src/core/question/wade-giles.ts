/**
 * Wade–Giles, as Taiwan's names are written in English (Lai Ching-te, Tsai
 * Ing-wen, Chiang Ching-kuo), read as the pinyin syllables it may stand
 * for (lai qing de, cai ying wen, jiang jing guo), so the pinyin names
 * (pinyin-names.ts) spell them with the corpus's kanji (頼清徳, 蔡英文).
 * The system's own table of initials and finals, not a list of names:
 * without its apostrophes (as passports and news write it) ch is zh or
 * ch, k is g or k, and so on, so each syllable may be several.
 */

/** Initials without the aspiration mark: each stands for its unaspirated and aspirated pinyin (ch → zh, ch). */
const initials: [string, string[]][] = [
  ['tz', ['z', 'c']], ['ts', ['z', 'c']], ['ch', ['zh', 'ch']], ['hs', ['x']], ['sh', ['sh']], ['ss', ['s']], ['sz', ['s']],
  ['k', ['g', 'k']], ['p', ['b', 'p']], ['t', ['d', 't']], ['j', ['r']],
  ['b', ['b']], ['d', ['d']], ['f', ['f']], ['g', ['g']], ['h', ['h']], ['l', ['l']], ['m', ['m']], ['n', ['n']], ['s', ['s']], ['w', ['w']], ['y', ['y']],
];

/** Finals as Wade–Giles writes them → pinyin (ih and the u of tzu are pinyin's empty i; ung is ong; ien is ian). */
const finals: [string, string[]][] = [
  ['ieh', ['ie']], ['ien', ['ian']], ['iung', ['iong']], ['ung', ['ong']], ['uei', ['ui']], ['ih', ['i']], ['eh', ['e']], ['erh', ['er']],
  ['ueh', ['ue']], ['üeh', ['ue']], ['o', ['e', 'uo', 'o']], ['u', ['u', 'i']],
];

/** Syllables a name's word holds, hyphens apart (Ching-te: ching, te); a word without hyphens is one syllable or left alone. */
export function wadeGilesReadings(word: string): string[] {
  const parts = word.toLowerCase().replace(/['’‘`]/gu, '').split('-').filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => !/^[a-zü]+$/u.test(part))) return [];
  const readings = parts.reduce<string[]>((sofar, part) => sofar.flatMap((head) => syllableReadings(part).map((syllable) => `${head}${syllable}`)), ['']);
  return [...new Set(readings)];
}

/** One Wade–Giles syllable → the pinyin syllables it may be, itself among them (Lai, Wang are pinyin already). */
export function syllableReadings(syllable: string): string[] {
  const found = new Set<string>([syllable]);
  const initial = initials.find(([written]) => syllable.startsWith(written) && /[aeiouü]/u.test(syllable.slice(written.length, written.length + 1)));
  const [written, pinyin] = initial ?? ['', ['']];
  const rest = syllable.slice(written.length);
  // The whole final, as the table writes it (hsiung: iung → iong); any other is pinyin's already (ai, ao, ang).
  const ends = finals.filter(([final]) => rest === final).flatMap(([, to]) => to);
  for (const final of [rest, ...ends]) {
    for (const start of pinyin) {
      // ch, k, hs before i or ü are pinyin's j, q, x (Ching: jing, qing).
      const palatal = /^[iü]/u.test(rest) && rest !== 'ih' && ['zh', 'ch', 'g', 'k', 'z', 'c'].includes(start) ? (['zh', 'g', 'z'].includes(start) ? 'j' : 'q') : start;
      // The u of tzu, ssu, szu, and ih after zh, ch, sh, r are pinyin's empty i; u elsewhere stays u.
      if (final === 'i' && rest === 'u' && !['z', 'c', 's'].includes(palatal)) continue;
      found.add(`${palatal}${final}`);
      // Without an initial, i and u are written yi, wu in pinyin (Ing → ying).
      if (start === '' && /^i/u.test(final)) found.add(final.length === 1 || !/^i[aeiou]/u.test(final) ? `y${final}` : `y${final.slice(1)}`);
      if (start === '' && /^u/u.test(final)) found.add(final.length === 1 ? 'wu' : `w${final.slice(1)}`);
      // Wade–Giles yu is pinyin's you as well as its yu (Yu-ih: you yi).
      if (start === 'y' && final === 'u') found.add('you');
    }
  }
  return [...found].filter((reading) => reading !== '');
}
