/**
 * What a 👍/👎 button needs to know about the answer it sits under, packed
 * small enough to ride in the button (Slack: value ≤ 2,000 characters) or in
 * the message it came with (Discord), so that nothing is kept in memory
 * between the answer and the click.
 */
import type { Answer } from '../../core/index.ts';
import type { VotedAnswer } from './feedback-log.ts';

export function votedAnswerOf(answer: Answer): VotedAnswer {
  const readAs = answer.answered ? answer.usedContext?.readAs : undefined;
  return {
    question: answer.question,
    ...(readAs === undefined ? {} : { readAs }),
    answered: answer.answered,
    citations: answer.answered ? answer.citations.map((citation) => ({ n: citation.n, article: citation.article.id, passage: citation.passageId })) : [],
  };
}

/** Compact JSON: {q, r?, a, c: [passage ids]}; citations are dropped from the end until it fits, null if the question alone does not. */
export function packVotedAnswer(voted: VotedAnswer, maxChars: number): string | null {
  for (let shown = voted.citations.length; shown >= 0; shown -= 1) {
    const packed = JSON.stringify({
      q: voted.question,
      ...(voted.readAs === undefined ? {} : { r: voted.readAs }),
      a: voted.answered ? 1 : 0,
      c: voted.citations.slice(0, shown).map((citation) => citation.passage),
    });
    if (packed.length <= maxChars) return packed;
  }
  return null;
}

export function unpackVotedAnswer(packed: string): VotedAnswer | null {
  try {
    const value = JSON.parse(packed) as { q?: unknown; r?: unknown; a?: unknown; c?: unknown };
    if (typeof value.q !== 'string' || !Array.isArray(value.c)) return null;
    const passages = value.c.filter((id): id is string => typeof id === 'string');
    return {
      question: value.q,
      ...(typeof value.r === 'string' ? { readAs: value.r } : {}),
      answered: value.a === 1,
      citations: passages.map((passage, index) => ({ n: index + 1, article: passage.replace(/#\d+$/u, ''), passage })),
    };
  } catch {
    return null;
  }
}
