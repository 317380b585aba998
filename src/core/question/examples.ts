/**
 * Example questions for help screens and suggested prompts, taken from the
 * articles' own section headings (「上海協力機構やBRICSでの連携強化」 →
 * 「上海協力機構やBRICSでの連携強化について教えてください」), one article at a
 * time so every article is represented. Each is asked before it is offered:
 * only questions kiji actually answers are shown, so an example never ends
 * in a refusal.
 */
import type { Answer } from '../answer.ts';

export interface ArticleHeadings {
  title: string;
  /** Section headings in article order. */
  headings: string[];
}

/** Headings longer than this read as sentences, not topics. */
const maxHeadingChars = 30;

export function exampleQuestions(articles: readonly ArticleHeadings[], answer: (question: string) => Answer, limit: number): string[] {
  const candidates = articles.map(({ title, headings }) => {
    // Headings that quote someone (「…」) make stilted questions; a title is the last resort.
    const plain = headings.filter((heading) => !/[「」『』]/u.test(heading) && heading.length <= maxHeadingChars);
    return [...plain, ...(plain.length === 0 && title.length <= maxHeadingChars * 2 ? [title] : [])].map(asQuestion);
  });
  const examples: string[] = [];
  for (let round = 0; examples.length < limit && candidates.some((list) => list.length > round); round += 1) {
    for (const list of candidates) {
      const question = list[round];
      if (question === undefined || examples.length >= limit || examples.includes(question)) continue;
      if (answer(question).answered) examples.push(question);
    }
  }
  return examples;
}

/** 「…の中身は」 → 「…の中身は？」; a topic → 「…について教えてください」. */
function asQuestion(heading: string): string {
  const text = heading.trim();
  if (/[？?]$/u.test(text)) return text;
  if (/は$/u.test(text)) return `${text}？`;
  return `${text}について教えてください`;
}
