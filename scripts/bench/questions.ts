/**
 * Questions for the latency run, about the synthetic articles, in the mix a
 * bot sees: questions about who met whom where (names from one article),
 * questions rephrasing a sentence with a question word in place of a name,
 * and questions the articles cannot answer (names they never mention).
 */
import { createRandom } from './random.ts';
import type { SentencePool, SyntheticArticle } from './synthetic-corpus.ts';
import { syntheticArticle } from './synthetic-corpus.ts';

const unknownPeople = ['ゼレンスキー', 'マクロン', 'ルラ', 'モディ', 'アルバニージー', 'ラマポーザ'];
const unknownPlaces = ['ケープタウン', 'ウラジオストク', 'レイキャビク', 'カトマンズ', 'ホノルル', 'マラケシュ'];

export function benchQuestions(pool: SentencePool, articles: number, count: number): string[] {
  const random = createRandom(0x71756573);
  const questions: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const article = syntheticArticle(pool, random.int(0, articles - 1));
    const kind = random.next();
    if (kind < 0.4) questions.push(aboutCast(article, random.int(0, 4)));
    else if (kind < 0.8) questions.push(rephrased(article, random.int(0, 1_000_000)));
    else questions.push(unanswerable(random.int(0, 1_000_000)));
  }
  return questions;
}

function aboutCast({ cast }: SyntheticArticle, form: number): string {
  const [a, b] = [cast.personA[0], cast.personB[1]];
  switch (form) {
    case 0:
      return `${a}氏は${cast.city[0]}で誰と会談しましたか？`;
    case 1:
      return `${cast.countryA[0]}と${cast.countryB[0]}の会談はどこで行われましたか？`;
    case 2:
      return `${b}氏は${cast.countryA[0]}との関係について何と述べましたか？`;
    case 3:
      return `${cast.year}年${cast.month}月に${cast.city[0]}で会談したのは誰ですか？`;
    default:
      return `${a}氏と${b}氏の会談では何が確認されましたか？`;
  }
}

/** A sentence of the article with a name turned into a question word, cut to its first clauses. */
function rephrased(article: SyntheticArticle, seed: number): string {
  const sentence = article.sentences[seed % article.sentences.length] ?? '';
  const { cast } = article;
  const swaps: [string, string][] = [
    [cast.personA[0], '誰'],
    [cast.personB[0], '誰'],
    [cast.personB[1], '誰'],
    [cast.city[0], 'どこ'],
    [cast.host[0], 'どこ'],
    [`${cast.year}年`, 'いつ'],
  ];
  const found = swaps.find(([name]) => sentence.includes(name));
  const asked = found ? sentence.replace(new RegExp(`${found[0]}(?:氏)?`, 'u'), found[1]) : sentence;
  // People ask in a line, not a paragraph: the clauses up to about 40 characters.
  let kept = '';
  for (const clause of asked.replace(/[。！？]+$/u, '').split('、')) {
    if (kept.length >= 25 || kept.length + clause.length > 45) break;
    kept = kept === '' ? clause : `${kept}、${clause}`;
  }
  if (kept === '') kept = asked.slice(0, 40);
  return found ? `${kept}のは？` : `${kept}とはどういうことですか？`;
}

function unanswerable(seed: number): string {
  const person = unknownPeople[seed % unknownPeople.length] ?? '';
  const place = unknownPlaces[Math.floor(seed / 7) % unknownPlaces.length] ?? '';
  return seed % 2 === 0 ? `${person}大統領は${place}で何を話しましたか？` : `${place}で開かれた会議の議長は誰ですか？`;
}
