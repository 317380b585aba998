/**
 * Scores a question set through the CLI's own answerQuestion, so the figures
 * describe exactly what `ask --json` prints:
 *   top-1      answerable, answered, first quote holds an answer span, from the right article
 *   recall@3   an answer span in any of the top-3 quotes
 *   abstention unanswerable questions that were not answered
 *   false abstention  answerable questions that were not answered
 */
import { answerQuestion } from '../../src/adapters/cli/answer-question.ts';
import type { JsonAnswer } from '../../src/adapters/cli/answer-json.ts';
import type { Kiji } from '../../src/core/index.ts';
import type { Logger } from '../../src/logger.ts';
import { containsAnswer, type Question } from './question-set.ts';

export interface SetFigures {
  questions: number;
  answerable: number;
  unanswerable: number;
  top1: number;
  recall3: number;
  abstained: number;
  falseAbstained: number;
  msPerQuestion: number;
}

export interface Miss {
  question: Question;
  kind: 'false-abstention' | 'wrong-first' | 'not-in-top-3' | 'answered-unanswerable';
  result: JsonAnswer;
}

export async function scoreQuestions(kiji: Kiji, questions: readonly Question[], logger: Logger, onMiss?: (miss: Miss) => void): Promise<SetFigures> {
  const figures: SetFigures = { questions: questions.length, answerable: 0, unanswerable: 0, top1: 0, recall3: 0, abstained: 0, falseAbstained: 0, msPerQuestion: 0 };
  const started = performance.now();
  for (const question of questions) {
    const { json } = await answerQuestion(kiji, question.q, 3, logger);
    if (!question.answerable) {
      figures.unanswerable += 1;
      if (json.answered) onMiss?.({ question, kind: 'answered-unanswerable', result: json });
      else figures.abstained += 1;
      continue;
    }
    figures.answerable += 1;
    if (!json.answered) {
      figures.falseAbstained += 1;
      onMiss?.({ question, kind: 'false-abstention', result: json });
      continue;
    }
    const first = json.citations[0];
    const firstRight = first !== undefined && first.article.id === question.article && containsAnswer(first.quote, question.answers);
    const inTop3 = json.citations.slice(0, 3).some((citation) => containsAnswer(citation.quote, question.answers));
    if (firstRight) figures.top1 += 1;
    if (inTop3) figures.recall3 += 1;
    if (!firstRight) onMiss?.({ question, kind: inTop3 ? 'wrong-first' : 'not-in-top-3', result: json });
  }
  figures.msPerQuestion = questions.length === 0 ? 0 : (performance.now() - started) / questions.length;
  return figures;
}
