/**
 * Whether a sentence's text holds the detail a question asks for where the
 * entity tags cannot tell (answer-kind.ts covers dates, places, people and
 * numbers): a weekday for 何曜日, a reason for なぜ, a name for 何と呼ばれる.
 * The quote then is, or takes in, the sentence that has it.
 */
import type { AnalyzedQuestion } from '../question/question.ts';
import { normalizeText } from '../analysis/normalize.ts';

/** Runs of the question's words, as a regular expression's alternatives. */
type Words = string;

interface Detail {
  asked: RegExp;
  /** The sentence pattern, given the question's own words (runs of kanji, of katakana, of Latin letters). */
  held: (words: Words | null) => RegExp;
}

const fixed = (held: RegExp) => () => held;

/** Endings of an office (財務・経済計画相, 国家発展改革委員会の主任, 上級代表). */
const office = '(?:相|大臣|長官|大統領|首相|主席|議長|委員長|委員|代表|大使|主任|総裁|総長|知事|市長|官|長)';

const details: Detail[] = [
  { asked: /曜日|what day of the week/u, held: fixed(/[月火水木金土日]曜/u) },
  { asked: /なぜ|何故|どうして(?![いおきく])|理由|why/u, held: fixed(/ため|ので|から[、。]|理由|背景|狙い|目的|として/u) },
  {
    // A name asked about a word of the question is also given where the word is spelt out beside its
    // other form (国家発展改革委員会（発改委）, 中国・ASEAN自由貿易協定（ACFTA）): the sentence defining it.
    asked: /何と(?:呼|い)|なんと(?:呼|い)|名称|名前|何という|なんという|呼び名|通称|\bwhat\b.*\b(?:called|named|name)\b/u,
    held: (words) => new RegExp(`「[^」]+」|と呼ばれ|という|と称${words ? `|[（(]\\s*${words}\\s*[）)]|${words}\\s*[（(]` : ''}`, 'iu'),
  },
  // What someone said is the words they said: a quotation, or a sentence that reports speech.
  {
    asked:
      /何と(?:言|述べ|語|話|強調|訴え|発言)|なんと(?:言|述べ|語)|どう(?:述べ|語|話|言)|何を(?:語|述べ|強調|訴え)|\bwhat (?:did|does|do|has|have|had|will|would)\b.*\b(?:say|said|tell|told|stress|stressed|state|stated|emphasi[sz]e|argue|announce)\b/u,
    held: fixed(/「[^」]+」|と(?:述べ|語|強調|訴え|指摘|説明|表明|発言)/u),
  },
  // A person's title is written against the name (ジョセフ・キプロノ財務・経済計画相).
  {
    asked: /肩書|役職|職名|ポスト|どんな立場|what is .* (?:title|position|job)/u,
    held: (words) => (words ? new RegExp(`${words}[\\p{Script=Han}\\p{Script=Katakana}ー・]{0,12}?${office}(?![\\p{Script=Han}])`, 'iu') : /(?!)/u),
  },
];

/** The sentence patterns a question's wording asks for (none for most questions). */
export function wantedDetails(question: AnalyzedQuestion): RegExp[] {
  const asking = askingText(question);
  const asked = details.filter((detail) => detail.asked.test(asking));
  if (asked.length === 0) return [];
  // As the question writes them, one script each (ジョセフ・キプロノ | 氏): kuromoji splits an
  // abbreviation it does not know (発改委 → 発 + 改 + 委).
  const runs = [...new Set(question.normalized.match(/\p{Script=Han}{2,}|[\p{Script=Katakana}ー・]{2,}|[a-z0-9]{2,}/gu) ?? [])].map(escape);
  const words = runs.length === 0 ? null : `(?:${runs.join('|')})`;
  return asked.map((detail) => detail.held(words));
}

/**
 * The wording that says what is asked: an English question's own words (what did … say, what is … called), which its
 * Japanese translation loses (say is no key term, called a frame word), beside the translation; a Japanese question's text.
 */
export function askingText(question: AnalyzedQuestion): string {
  return question.language === 'en' ? `${question.normalized}\n${normalizeText(question.text)}` : question.normalized;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
