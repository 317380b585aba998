/**
 * Synonyms and abbreviations: groups of spellings that mean the same thing
 * (安保理 = 国連安全保障理事会). A question that uses one spelling also
 * searches for the others. Users extend the table with a `synonyms.txt` in
 * their corpus folder: one group a line, spellings separated by commas,
 * `#` starts a comment (the Solr/Elasticsearch synonym format).
 */
import { normalizeText } from './normalize.ts';
import { paraphrasesOf } from './thesaurus.ts';

export type SynonymGroups = readonly (readonly string[])[];

export const defaultSynonyms: SynonymGroups = [
  ['国連安全保障理事会', '安保理', '国連安保理', 'un security council'],
  ['上海協力機構', 'sco'],
  ['核兵器不拡散条約', '核拡散防止条約', 'npt'],
  ['包括的共同行動計画', 'イラン核合意', 'jcpoa'],
  ['東南アジア諸国連合', 'asean', 'アセアン'],
  ['中露', '中ロ', '中国とロシア', '中国・ロシア', '中国ロシア'],
  ['中国', '中華人民共和国'],
  ['国際連合', '国連', 'un'],
  ['主要20か国・地域', 'g20', '20か国・地域'],
  ['外相', '外務大臣', '外交部長', '外務相'],
  ['東アジア首脳会議', '東アジアサミット', 'eas'],
  ['首脳会議', 'サミット', '首脳会合'],
  ['asean地域フォーラム', 'arf'],
  ['ヨハネスブルク', 'ヨハネスブルグ'],
  // Names kuromoji cuts in two, kept one key term each (Japanese questions only: English
  // spellings come from the articles' reference titles and transliteration, not from here).
  ['王毅'],
  ['ラブロフ'],
  ['クアラルンプール'],
  ['パレスチナ'],
  ['イスラエル'],
  ['南アフリカ', '南ア'],
  ['米国', 'アメリカ', 'アメリカ合衆国'],
  ['brics', 'ブリックス'],
  // Abbreviations every newsroom uses.
  ['欧州連合', 'eu'],
  ['電気自動車', 'ev'],
  ['人工知能', 'ai'],
  ['国内総生産', 'gdp'],
  ['国際通貨基金', 'imf'],
  ['世界貿易機関', 'wto'],
  ['北大西洋条約機構', 'nato'],
  ['石油輸出国機構', 'opec'],
  ['国際原子力機関', 'iaea'],
  ['アジア太平洋経済協力', 'apec'],
  ['主要7か国', 'g7', '先進7か国'],
  ['原発', '原子力発電所'],
  ['国連総会', '国際連合総会'],
]

/** Parses the synonyms.txt format; returns the groups and any line it could not use. */
export function parseSynonyms(text: string): { groups: string[][]; problems: { line: number; message: string }[] } {
  const groups: string[][] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line === '') return;
    const spellings = line.split(/[,、，]/u).map((spelling) => spelling.trim()).filter((spelling) => spelling !== '');
    if (spellings.length < 2) problems.push({ line: index + 1, message: 'a synonym group needs at least two spellings separated by commas' });
    else groups.push(spellings);
  });
  return { groups, problems };
}

export interface SynonymTable {
  /** Other spellings of every group whose spelling occurs in the (normalised) text. */
  alternativesIn(normalized: string): { found: string; alternatives: string[] }[];
  /** All spellings equivalent to `spelling`, itself included. */
  equivalents(spelling: string): string[];
  /** Looser paraphrases of a word (the thesaurus) that the articles use; empty without a corpus. */
  paraphrases(term: string): string[];
}

/** `known`: whether the articles use a spelling, so paraphrases are only ones that can match. */
export function createSynonymTable(groups: SynonymGroups, known?: (spelling: string) => boolean): SynonymTable {
  const normalizedGroups = groups.map((group) => [...new Set(group.map(normalizeText))]);
  const matchers = new Map(normalizedGroups.flat().map((spelling) => [spelling, matcherOf(spelling)]));
  const bySpelling = new Map<string, string[]>();
  for (const group of normalizedGroups) {
    for (const spelling of group) bySpelling.set(spelling, [...new Set([...(bySpelling.get(spelling) ?? []), ...group])]);
  }
  return {
    alternativesIn(normalized) {
      const hits: { found: string; alternatives: string[] }[] = [];
      for (const group of normalizedGroups) {
        const found = group.filter((spelling) => matchers.get(spelling)?.(normalized)).sort((a, b) => b.length - a.length)[0];
        if (found !== undefined) hits.push({ found, alternatives: group.filter((spelling) => spelling !== found) });
      }
      return hits;
    },
    equivalents(spelling) {
      const key = normalizeText(spelling);
      return bySpelling.get(key) ?? [key];
    },
    paraphrases(term) {
      return known ? paraphrasesOf(term, known) : [];
    },
  };
}

/**
 * Latin spellings match whole words only, so "un" is not found inside "unesco". Built once per
 * table; the word's expression is made and run only for a text that holds the spelling at all
 * (the same verdicts: it matches the spelling literally), so a question without it costs one
 * substring search instead of a Unicode-property expression compiled at the first question.
 */
function matcherOf(spelling: string): (text: string) => boolean {
  if (!/^[\p{Script=Latin}\p{N}\s.-]+$/u.test(spelling)) return (text) => text.includes(spelling);
  let word: RegExp | undefined;
  return (text) => {
    if (!text.includes(spelling)) return false;
    word ??= new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${spelling.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{Script=Latin}\\p{N}])`, 'u');
    return word.test(text);
  };
}
