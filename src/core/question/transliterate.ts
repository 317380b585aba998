/**
 * English names against the corpus's katakana words (Lavrov ↔ ラブロフ,
 * Kuala Lumpur ↔ クアラルンプール): the katakana is romanised with a small
 * table, both sides are reduced to a consonant skeleton in broad sound
 * classes (l = r, v = b = f, m = n: the distinctions katakana loses), and
 * the closest skeleton wins when few edits separate them.
 */

/** Each katakana's Latin letters (small ャュョ as full syllables: japanese-names.ts reads them as glides first). */
export const kana: Readonly<Record<string, string>> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo', ヮ: 'wa', ヵ: 'ka', ヶ: 'ke',
};

/** Katakana as Latin letters; small kana and ー only shape vowels, which the skeleton drops anyway. */
export function romanizeKatakana(katakana: string): string {
  let out = '';
  for (const char of katakana) {
    if (char === 'ッ' || char === 'ー' || char === '・' || char === '=' || char === '゠') continue;
    out += kana[char] ?? '';
  }
  return out;
}

/** Consonants in sound classes, repeats collapsed: lavrov → rbrb, raburofu → rbrb. */
export function skeleton(latin: string): string {
  const word = latin
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/tch|ch|ts|tz|cz/gu, 'C')
    .replace(/sh|zh|th|ss/gu, 's')
    .replace(/ph/gu, 'f')
    .replace(/ck|kh|q/gu, 'k')
    .replace(/gh/gu, 'g')
    .replace(/c(?=[eiy])/gu, 's')
    .replace(/c/gu, 'k')
    .replace(/x/gu, 'ks');
  let out = '';
  for (const char of word) {
    const sound = soundClass(char);
    if (sound !== '' && !out.endsWith(sound)) out += sound;
  }
  return out;
}

function soundClass(char: string): string {
  if ('aeiouyw'.includes(char)) return '';
  if (char === 'l' || char === 'r') return 'r';
  if (char === 'v' || char === 'f' || char === 'b') return 'b';
  if (char === 'm' || char === 'n') return 'n';
  if (char === 'z') return 's';
  return char === 'C' ? 'c' : char;
}

/** Sounds katakana often swaps (ト for ch, ジ for s, グ for k): half an edit. */
const near = new Set(['td', 'dt', 'kg', 'gk', 'pb', 'bp', 'sj', 'js', 'tc', 'ct', 'sc', 'cs', 'jc', 'cj', 'dj', 'jd']);

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const x = a[i - 1] as string;
      const y = b[j - 1] as string;
      const swap = x === y ? 0 : near.has(`${x}${y}`) ? 0.5 : 1;
      // Sounds one side writes and the other often does not: a silent h (Thailand), j read as y
      // (Johannesburg → ヨハネス), r after a vowel (partner → パートナー).
      const drop = (char: string) => (char === 'h' || char === 'j' || char === 'r' ? 0.5 : 1);
      current.push(Math.min((previous[j] as number) + drop(x), (current[j - 1] as number) + drop(y), (previous[j - 1] as number) + swap));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The katakana words closest to an English name, or none. Skeletons shorter
 * than three consonants say too little (Iran, Oman) and must match exactly,
 * with the romanised vowels close too.
 */
export function matchKatakana(english: string, candidates: readonly KatakanaWord[], options: { exact?: boolean } = {}): string[] {
  // A name's syllable closing in ng may be katakana's ン (Jong Un: ジョンウン, Pyongyang: ピョンヤン) where an English
  // word's is ング (banking: バンキング): both readings of a name are tried, before the spaces between its words go.
  const targets = [...new Set([skeleton(english), ...(options.exact ? [] : [skeleton(english.replace(/ng(?![aeiouy])/giu, 'n'))])])];
  // A common word is matched only by an identical skeleton of four or more: loanwords, not look-alikes.
  if ((targets[0] as string).length < (options.exact ? 4 : 2)) return [];
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    let score = Infinity;
    for (const target of targets) {
      const length = Math.max(target.length, candidate.skeleton.length);
      // Katakana adds no consonants and drops few: Hanover (hnbr) is not ハインリヒ・ヴァラウ (hnrhbr).
      if (Math.abs(target.length - candidate.skeleton.length) > (length < 8 ? 1 : 2)) continue;
      const edits = distance(target, candidate.skeleton);
      const allowed = options.exact || length < 3 ? 0 : length < 5 ? 0.5 : length < 7 ? 1 : 1.5;
      if (edits > allowed) continue;
      if (length < 3 && !shortMatch(vowels(english), vowels(candidate.romaji))) continue;
      // Among skeletons close enough, the vowels decide: Putin is プーチン (0.5 edits, its vowels), not パートナー (0 edits, none of them).
      score = Math.min(score, edits + vowelWeight * distance(vowels(english), vowels(candidate.romaji)));
    }
    if (score === Infinity) continue;
    if (score < best) {
      best = score;
      found = [candidate.word];
    } else if (score === best) found.push(candidate.word);
  }
  return found.slice(0, 2);
}

/**
 * Whether an English name may be this katakana word, more loosely than matchKatakana: for pairing
 * within one reference title, where the candidates are the few names the title leaves unexplained
 * (Erdogan ↔ エルドアン, one consonant dropped; Lula ↔ ルラ, a skeleton of one sound with its vowels).
 * The first sounds agree, and at most a third of the consonants differ.
 */
export function soundsLike(english: string, candidate: KatakanaWord): boolean {
  const [target, other] = [skeleton(english), candidate.skeleton];
  if (target === '' || other === '' || (target[0] !== other[0] && !near.has(`${target[0]}${other[0]}`))) return false;
  const length = Math.max(target.length, other.length);
  if (distance(target, other) > Math.max(1, length / 3)) return false;
  return length > 2 || shortMatch(vowels(english), vowels(candidate.romaji));
}

/** What one vowel edit weighs against a consonant edit when choosing between close skeletons. */
const vowelWeight = 0.25;

/** Iran ↔ イラン, Laos ↔ ラオス, not Alma ↔ イラン: the first vowel the same, at most one other differing. */
function shortMatch(english: string, romaji: string): boolean {
  return english[0] === romaji[0] && distance(english, romaji) <= 1;
}

/** The vowel sequence of a word, with katakana's epenthetic u and o left in: only used for very short names. */
function vowels(latin: string): string {
  return latin.toLowerCase().replace(/[^aeiou]/gu, '');
}

/**
 * Two katakana spellings of one name (ビエンチャン, ヴィエンチャン; ハノーファー, ハノーバー): the same
 * consonant skeleton, of three sounds at least, and the same first vowel. Stricter than
 * matchKatakana: EDICT's reading needs no guessing, so a near miss is another word (ウリナラ, イラン).
 */
export function soundsSame(a: KatakanaWord, b: KatakanaWord): boolean {
  if (a.skeleton.length < 3 || a.skeleton !== b.skeleton) return false;
  const [x, y] = [kanaVowels(a.word), kanaVowels(b.word)];
  return x[0] === y[0] && Math.abs(x.length - y.length) <= 1 && distance(x, y) <= 1;
}

/** The vowel of each mora, a small kana replacing its base's (ヴィ → i, チャ → a, ファ → a): ー and ッ add none. */
function kanaVowels(word: string): string {
  let out = '';
  for (const char of word) {
    const vowel = (kana[char] ?? '').replace(/[^aeiou]/gu, '').slice(-1);
    if (vowel === '') continue;
    if ('ァィゥェォャュョヮ'.includes(char)) out = `${out.slice(0, -1)}${vowel}`;
    else if (char !== 'ン') out += vowel;
  }
  return out;
}

export interface KatakanaWord {
  word: string;
  romaji: string;
  skeleton: string;
}

export function katakanaWord(word: string): KatakanaWord {
  const romaji = romanizeKatakana(word);
  return { word, romaji, skeleton: skeleton(romaji) };
}
