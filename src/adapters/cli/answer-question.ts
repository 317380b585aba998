/**
 * One question through the core, never throwing: an Answer becomes the JSON
 * contract (its `text` is what a human sees too), a refused question becomes
 * an unanswered line with the reason. The CLI and `npm run eval` both call
 * this, so the eval scores exactly what the CLI prints.
 */
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { describeFailure, guessLanguage } from '../shared/messages.ts';
import { renderAnswerText } from '../terminal/render-answer.ts';
import { answerToJson, refusalToJson, type JsonAnswer } from './answer-json.ts';

export interface QuestionResult {
  json: JsonAnswer;
  /** The core failed unexpectedly (not a refused question): the CLI exits non-zero at the end. */
  failed: boolean;
}

export async function answerQuestion(kiji: Kiji, question: string, top: number, logger: Logger, context: readonly string[] = []): Promise<QuestionResult> {
  try {
    const answer = await kiji.ask(question, { top, context });
    // The core honours `top`; capping again keeps the contract even if it ever returns more.
    const capped = answer.answered ? { ...answer, citations: answer.citations.slice(0, top) } : answer;
    const citations = capped.answered ? capped.citations : [];
    return { json: answerToJson(question, capped, renderAnswerText(capped), citations), failed: false };
  } catch (error) {
    const language = guessLanguage(question);
    const { known, text } = describeFailure(error, language);
    if (!known) logger.error('could not answer', { question: question.slice(0, 200), error });
    return { json: refusalToJson(question, text, language), failed: !known };
  }
}
