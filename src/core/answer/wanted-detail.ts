/**
 * Whether a sentence's text holds the detail a question asks for where the
 * entity tags cannot tell (answer-kind.ts covers dates, places, people and
 * numbers): a weekday for 何曜日, a reason for なぜ, a name for 何と呼ばれる.
 * The quote then is, or takes in, the sentence that has it.
 */
import type { AnalyzedQuestion } from '../question/question.ts';

const asks: [RegExp, RegExp][] = [
  [/曜日|what day of the week/u, /[月火水木金土日]曜/u],
  [/なぜ|何故|どうして(?![いおきく])|理由|why/u, /ため|ので|から[、。]|理由|背景|狙い|目的|として/u],
  [/何と(?:呼|い)|なんと(?:呼|い)|名称|名前|何という|なんという|呼び名|通称|what is .* called/u, /「[^」]+」|と呼ばれ|という|と称/u],
  // What someone said is the words they said: a quotation, or a sentence that reports speech.
  [/何と(?:言|述べ|語|話|強調|訴え|発言)|なんと(?:言|述べ|語)|どう(?:述べ|語|話|言)|何を(?:語|述べ|強調|訴え)|what did .* say/u, /「[^」]+」|と(?:述べ|語|強調|訴え|指摘|説明|表明|発言)/u],
];

/** The sentence patterns a question's wording asks for (none for most questions). */
export function wantedDetails(question: AnalyzedQuestion): RegExp[] {
  return asks.filter(([asked]) => asked.test(question.normalized)).map(([, held]) => held);
}
