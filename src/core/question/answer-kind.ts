/**
 * Whether a sentence holds the kind of thing a question asks for: a date
 * for いつ, a place for どこ, a person for 誰, a number for いくつ. Only things
 * the question does not already name count.
 */
import type { AnalyzedQuestion, AnswerKind } from './question.ts';

const tagKinds: Record<AnswerKind, readonly string[]> = {
  time: ['time'],
  country: ['country'],
  place: ['place', 'country'],
  person: ['person', 'name'],
  number: ['number'],
  reason: [],
  manner: [],
  thing: [],
};

/** The kinds a sentence's entity tags can show. */
export const kindsWithTags: ReadonlySet<AnswerKind> = new Set((Object.keys(tagKinds) as AnswerKind[]).filter((kind) => tagKinds[kind].length > 0));

export function holdsWantedKind(tags: readonly string[], question: AnalyzedQuestion): boolean {
  const wanted = tagKinds[question.kind];
  if (wanted.length === 0) return false;
  return tags.some((tag) => {
    const split = tag.indexOf(':');
    return wanted.includes(tag.slice(0, split)) && !question.terms.includes(tag.slice(split + 1));
  });
}
