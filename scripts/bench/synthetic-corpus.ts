/**
 * A synthetic newsroom archive made from the bundled articles: their titles,
 * headings, sentences and bullets recombined, with people, countries, cities,
 * regions, organisations, roles, topics and dates swapped per article. Terms
 * and passage lengths stay those of real articles; the article format is
 * kiji's plain one (title, lead, headings, `- ` bullets, Reference(s) footer).
 *
 * Deterministic: article i depends only on i, so the 1,000-article corpus
 * is a prefix of the 10,000-article one.
 */
import { join } from 'node:path';
import { listArticleFiles } from '../../src/corpus/list-article-files.ts';
import { readArticleFile } from '../../src/corpus/read-article-file.ts';
import { splitSentences } from '../../src/corpus/split-sentences.ts';
import { createRandom, type Random } from './random.ts';
import { cities, countries, organisations, people, publishers, regions, roles, topics } from './vocabulary.ts';

export interface SentencePool {
  titles: string[];
  leads: string[];
  headings: string[];
  sentences: string[];
  bullets: string[];
}

export interface SyntheticArticle {
  /** Relative path inside the corpus folder. */
  path: string;
  text: string;
  /** Body sentences as written, for making questions. */
  sentences: string[];
  cast: Cast;
}

export interface Cast {
  personA: readonly [string, string, string];
  personB: readonly [string, string, string];
  countryA: readonly [string, string];
  countryB: readonly [string, string];
  host: readonly [string, string];
  city: readonly [string, string];
  year: number;
  month: number;
  day: number;
}

/** Reads the bundled articles through kiji's own parser and sorts their pieces by role. */
export async function readSentencePool(corpusDir: string): Promise<SentencePool> {
  const pool: SentencePool = { titles: [], leads: [], headings: [], sentences: [], bullets: [] };
  for (const file of await listArticleFiles(corpusDir)) {
    const { article } = await readArticleFile(corpusDir, file);
    if (!article) continue;
    pool.titles.push(article.title);
    article.sections.forEach((section, sectionIndex) => {
      if (section.heading) pool.headings.push(section.heading);
      section.blocks.forEach((block, blockIndex) => {
        if (block.kind === 'bullet') pool.bullets.push(block.text);
        else if (sectionIndex === 0 && blockIndex === 0) pool.leads.push(...splitSentences(block.text));
        else pool.sentences.push(...splitSentences(block.text));
      });
    });
  }
  return pool;
}

export function syntheticArticle(pool: SentencePool, index: number): SyntheticArticle {
  const random = createRandom(0x6b696a69 + index * 7919);
  const cast = pickCast(random);
  const swap = createSwapper(random, cast);
  const lines: string[] = [swap(random.pick(pool.titles))];
  const sentences: string[] = [];
  const paragraph = (count: number, from: readonly string[]) => {
    const chosen = Array.from({ length: count }, () => swap(random.pick(from)));
    sentences.push(...chosen);
    lines.push(chosen.join(''));
  };
  paragraph(2, pool.leads);
  const sectionCount = random.int(4, 7);
  for (let section = 0; section < sectionCount; section += 1) {
    lines.push(swap(random.pick(pool.headings)));
    const paragraphs = random.int(1, 2);
    for (let p = 0; p < paragraphs; p += 1) paragraph(random.int(1, 3), pool.sentences);
    if (random.next() < 0.4) {
      const bullets = random.int(2, 4);
      for (let b = 0; b < bullets; b += 1) lines.push(`- ${swap(random.pick(pool.bullets))}`);
    }
  }
  lines.push('Reference(s):', englishTitle(random, cast), random.pick(publishers));
  const month = String(cast.month).padStart(2, '0');
  return { path: join(String(cast.year), month, `${String(index).padStart(6, '0')}.txt`), text: `${lines.join('\n')}\n`, sentences, cast };
}

function pickCast(random: Random): Cast {
  const [personA, personB] = random.distinct(people, 2) as [Cast['personA'], Cast['personB']];
  const [countryA, countryB, host] = random.distinct(countries, 3) as [Cast['countryA'], Cast['countryB'], Cast['host']];
  return { personA, personB, countryA, countryB, host, city: random.pick(cities), year: random.int(2015, 2026), month: random.int(1, 12), day: random.int(1, 28) };
}

/** Replaces the bundled articles' names, places and dates with the cast's, consistently within one article. */
function createSwapper(random: Random, cast: Cast): (text: string) => string {
  const [regionA, regionB, regionC] = random.distinct(regions, 3);
  const role = random.pick(roles);
  const topic = random.pick(topics);
  const org = new Map<string, string>();
  const table: Record<string, () => string> = {
    セルゲイ・ラブロフ: () => cast.personB[0],
    ラブロフ: () => cast.personB[1],
    王毅: () => cast.personA[0],
    中国: () => cast.countryA[0],
    ロシア: () => cast.countryB[0],
    マレーシア: () => cast.host[0],
    南アフリカ: () => cast.host[0],
    クアラルンプール: () => cast.city[0],
    ヨハネスブルク: () => cast.city[0],
    中東: () => regionA ?? '中東',
    東アジア: () => regionB ?? '東アジア',
    アジア太平洋: () => regionC ?? 'アジア太平洋',
    外相: () => role,
    イラン核問題: () => topic,
    // Kept as is: 国連 inside it is not the UN.
    東南アジア諸国連合: () => '東南アジア諸国連合',
  };
  for (const name of ['ASEAN地域フォーラム', '東アジア首脳会議', 'ASEAN', '上海協力機構', 'BRICS', 'G20', '国連']) {
    table[name] = () => {
      if (!org.has(name)) org.set(name, random.pick(organisations));
      return org.get(name) ?? name;
    };
  }
  const names = Object.keys(table).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`${names.join('|')}|(\\d+)(年|月|日)`, 'gu');
  return (text) =>
    text.replace(pattern, (match: string, digits: string | undefined, unit: string | undefined) => {
      if (digits === undefined) return table[match]?.() ?? match;
      return `${unit === '年' ? cast.year : unit === '月' ? cast.month : cast.day}${unit ?? ''}`;
    });
}

function englishTitle(random: Random, cast: Cast): string {
  const [a, b, city] = [cast.countryA[1], cast.countryB[1], cast.city[1]];
  return random.pick([
    `${cast.personA[2]}: ${a} willing to promote strategic coordination with ${b}`,
    `${a}, ${b} foreign ministers hold talks in ${city}`,
    `${cast.personA[2]} meets ${cast.personB[2]} on the sidelines of talks in ${city}`,
  ]);
}
