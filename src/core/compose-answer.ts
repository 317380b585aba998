/**
 * From ranked passages to an Answer: the sentences that answer, each with a
 * numbered citation carrying its evidence; or, when the articles do not
 * answer, the reason.
 */
import type { Article, Passage } from '../corpus/article.ts';
import type { Answer, Citation } from './answer.ts';
import type { Verdict } from './judge-answerable.ts';
import { normalizeText } from './normalize.ts';
import type { AnalyzedQuestion, AnswerKind } from './question.ts';
import type { RankedPassage, SentenceScore } from './rank-passages.ts';
import { reasons } from './reasons.ts';

export const answerDefaults = {
  top: 3,
  /** A further citation must score at least this share of the best passage's score. */
  minRelativeScore: 0.6,
  /** Bonus for a sentence holding the kind of thing asked for (a date for いつ …) that the question lacks. */
  kindBonus: 0.15,
  /** Sentence openings that point back at the previous sentence. */
  refersBack: /^(?:この|これ|その|それ|こうした|そうした|こう|そう|こちら|同様)/u,
};

export interface PassageSource {
  passage: Passage;
  article: Article;
}

export function composeAnswer(
  question: AnalyzedQuestion,
  ranked: readonly RankedPassage[],
  verdict: Verdict,
  lookup: (id: string) => PassageSource | undefined,
  top: number,
): Answer {
  const say = reasons[question.language];
  if (!verdict.answerable) {
    const reason =
      verdict.why === 'no_terms' ? say.noTerms : verdict.missingTerms.length > 0 ? say.missing(verdict.missingTerms) : say.notFound;
    return { answered: false, question: question.text, language: question.language, reason, missingTerms: verdict.missingTerms };
  }

  const best = ranked[0];
  const citations: Citation[] = [];
  for (const candidate of ranked) {
    if (citations.length >= top || !best) break;
    if (candidate.score < best.score * answerDefaults.minRelativeScore) break;
    const source = lookup(candidate.id);
    const sentence = bestSentence(candidate, question);
    if (!source || !sentence || (citations.length > 0 && sentence.coverage === 0)) continue;
    const span = quoteSpan(source.passage.sentences, sentence.index);
    const { passage, article } = source;
    citations.push({
      n: citations.length + 1,
      article: {
        id: article.id,
        title: article.title,
        source: article.source,
        reference: article.reference,
        url: article.url,
        date: article.date,
      },
      section: passage.heading,
      quote: passage.sentences.slice(span.start, span.end + 1).join(''),
      passage: passage.text,
      passageId: passage.id,
      score: round(candidate.score),
      matchedTerms: [...new Set([...sentence.matchedTerms, ...candidate.matchedTerms])],
    });
  }
  if (citations.length === 0) {
    return { answered: false, question: question.text, language: question.language, reason: say.notFound, missingTerms: [] };
  }
  return { answered: true, question: question.text, language: question.language, citations };
}

/**
 * The best sentence, and the next one when it refers back to it
 * (「…がある。これを空梅雨という。」): the answer is often the name given
 * right after the sentence that matches the question.
 */
export function quoteSpan(sentences: readonly string[], best: number): { start: number; end: number } {
  const next = sentences[best + 1];
  const refersBack = next !== undefined && answerDefaults.refersBack.test(next);
  return { start: best, end: refersBack ? best + 1 : best };
}

export function bestSentence(candidate: RankedPassage, question: AnalyzedQuestion): SentenceScore | undefined {
  const wanted = tagKinds[question.kind];
  const asked = new Set(question.terms);
  let best: { sentence: SentenceScore; score: number } | undefined;
  for (const sentence of candidate.sentences) {
    const tags = candidate.analysis.sentences[sentence.index]?.tags ?? [];
    const hasWanted = wanted.length > 0 && tags.some((tag) => {
      const [kind, value] = tag.split(':', 2) as [string, string];
      return wanted.includes(kind) && !asked.has(value);
    });
    const score = sentence.coverage + (hasWanted ? answerDefaults.kindBonus : 0);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best?.sentence;
}

const tagKinds: Record<AnswerKind, string[]> = {
  time: ['time'],
  place: ['place'],
  person: ['person', 'name'],
  number: ['number'],
  reason: [],
  manner: [],
  thing: [],
};

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A passage's words as the abstention checks search them: title, heading and text, normalised. */
export function searchableText({ passage, article }: PassageSource): string {
  return normalizeText(`${article.title}\n${passage.heading ?? ''}\n${passage.text}`);
}
