/**
 * People named by their office in a question: the name right before it
 * (ラブロフ外相) and the place or body it belongs to (東ティモールの首相). An
 * answer about another office-holder is the classic wrong answer in news.
 */
import { termOf } from '../analysis/analyzer.ts';
import type { KeyTerm } from './question.ts';
import type { Morpheme } from '../analysis/tokenizer.ts';

/**
 * Offices whose holder a question names by place or body (東ティモールの首相,
 * 南アフリカの外相): a passage naming the place and some other office-holder
 * is the classic wrong answer.
 */
const offices = new Set([
  '首相', '大統領', '外相', '国防相', '財務相', '蔵相', '大臣', '長官', '議長', '代表', '大使', '国王', '首長', '知事', '市長',
  '総裁', '総長', '事務総長', '党首', '報道官', '司令官', '首脳', '主席', '委員長', '社長', '会長',
]);

/** Words between a name and its office that are part of the title (カラス上級代表, 王毅国務委員). */
const titlePrefixes = new Set(['上級', '副', '前', '元', '次期', '筆頭', '首席', '国務', '外務', '財務', '国防', '事務', '特別', '報道']);

/**
 * The person right before an office (ラブロフ外相 → ラブロフ), skipping title
 * words; not a place (南アフリカ外相: see nounPairs), a number or an acronym,
 * and not when the office names a meeting (G20外相会合).
 */
export function officeHolders(morphemes: Morpheme[], keyTerms: ReadonlyMap<string, KeyTerm>): KeyTerm[] {
  const holders: KeyTerm[] = [];
  for (const [position, morpheme] of morphemes.entries()) {
    if (!isOffice(morphemes, position)) continue;
    let at = position - 1;
    while (at >= 0 && titlePrefixes.has(termOf(morphemes[at] as Morpheme))) at -= 1;
    const name = morphemes[at];
    if (!name || name.pos !== '名詞' || name.pos1 === '数' || name.pos2 === '地域' || offices.has(termOf(name))) continue;
    const key = keyTerms.get(termOf(name)) ?? [...keyTerms.values()].find((candidate) => candidate.term.endsWith(termOf(name)));
    if (key && !/^[a-z0-9]+$/u.test(key.term) && !holders.includes(key)) holders.push(key);
  }
  return holders;
}

/**
 * Titles only a person's name is written right before (李強首相, 王氏): not 首脳, 代表 or 大使,
 * which follow a country (各国首脳) as often.
 */
const titles = ['氏', '首相', '副首相', '主席', '国家主席', '副主席', '外相', '大統領', '副大統領', '報道官', '総書記', '国務委員', '国務長官'];

/** The first kanji of the titles (首 of 首相, 氏). */
export const titleStarts: ReadonlySet<string> = new Set(titles.map((title) => title[0] as string));

/** `name` followed by each title for which `written` holds (李強首相, 王氏): a person, not a place or a word. */
export function withTitles(name: string, written: (spelling: string) => boolean): string[] {
  return titles.map((title) => `${name}${title}`).filter(written);
}

/** An office, or a spelling ending in one (外務大臣, 国務長官). */
export function isOfficeWord(term: string): boolean {
  return offices.has(term) || [...offices].some((office) => term.length > office.length && term.endsWith(office));
}

/** Words that turn an office into a meeting or a group (外相会合, 首脳会議, 代表団). */
const notAPerson = new Set(['会合', '会議', '会談', '会', 'サミット', '団', '部', '国', '職', '室', '府', '庁', '側']);

/** Whether the morpheme at `position` names an office held by a person (外相, 代表), not 外相会合 or 代表団. */
function isOffice(morphemes: Morpheme[], position: number): boolean {
  const morpheme = morphemes[position];
  const next = morphemes[position + 1];
  return morpheme !== undefined && isOfficeWord(termOf(morpheme)) && !(next !== undefined && notAPerson.has(next.surface));
}

/** A の B, where A is a name and B an office (東ティモールの首相): see offices. */
export function nounPairs(morphemes: Morpheme[], keyTerms: ReadonlyMap<string, KeyTerm>): [KeyTerm, KeyTerm][] {
  const pairs: [KeyTerm, KeyTerm][] = [];
  for (let i = 1; i + 1 < morphemes.length; i += 1) {
    const [left, particle, right] = [morphemes[i - 1], morphemes[i], morphemes[i + 1]];
    if (particle?.surface !== 'の' || particle.pos !== '助詞' || !left || !right) continue;
    // A synonym spelling of several morphemes (上海協力機構) is one key: find it by the part next to の.
    const keyOf = (morpheme: Morpheme, part: (key: KeyTerm, term: string) => boolean) =>
      keyTerms.get(termOf(morpheme)) ?? [...keyTerms.values()].find((key) => part(key, termOf(morpheme)));
    const a = keyOf(left, (key, term) => key.term.endsWith(term));
    const b = keyOf(right, (key, term) => key.term.startsWith(term));
    // b may be a synonym spelling of several morphemes (外務大臣): then the whole spelling must be an office.
    const office = b !== undefined && (b.term === termOf(right) ? isOffice(morphemes, i + 1) : isOfficeWord(b.term));
    if (a?.exact && b !== undefined && office) pairs.push([a, b]);
  }
  return pairs;
}

