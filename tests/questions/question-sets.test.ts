/**
 * The question sets are data the eval trusts, so they are checked like code:
 * valid lines, unique ids, enough questions of each kind, and every answer
 * span quotable, i.e. inside one sentence of the article the question names
 * (a span no sentence contains could never be matched by a quote).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { toPassages } from '../../src/corpus/to-passages.ts';
import { containsAnswer, loadQuestionSet, type Question } from '../../scripts/eval/question-set.ts';
import { combineCorpora } from '../../scripts/eval/combined-corpus.ts';
import { bundledCorpusDir, neighbourCorpusDir } from '../support/temp-corpus.ts';

const setPath = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Sentences of every article in the folders, by article id. */
async function sentencesById(dirs: string[]): Promise<Map<string, string[]>> {
  const combined = await combineCorpora(dirs);
  try {
    const corpus = await loadCorpus(combined.dir);
    expect(corpus.problems).toEqual([]);
    return new Map(corpus.articles.map((article) => [article.id, toPassages(article).flatMap((passage) => passage.sentences)]));
  } finally {
    await combined.remove();
  }
}

function unquotable(questions: Question[], sentences: Map<string, string[]>): string[] {
  return questions.flatMap((question) => {
    if (!question.answerable || question.article === null) return [];
    const articleSentences = sentences.get(question.article);
    if (!articleSentences) return [`${question.id}: no article ${question.article}`];
    return question.answers
      .filter((answer) => !articleSentences.some((sentence) => containsAnswer(sentence, [answer])))
      .map((answer) => `${question.id}: "${answer}" is in no sentence of ${question.article}`);
  });
}

describe.each([
  { name: 'seed.jsonl', corpora: [bundledCorpusDir], atLeast: 50, unanswerable: 12 },
  { name: 'held-out-style.jsonl', corpora: [bundledCorpusDir, neighbourCorpusDir], atLeast: 25, unanswerable: 6 },
])('$name', ({ name, corpora, atLeast, unanswerable }) => {
  let questions: Question[];
  let sentences: Map<string, string[]>;
  beforeAll(async () => {
    questions = await loadQuestionSet(setPath(name));
    sentences = await sentencesById(corpora);
  });

  it(`has at least ${atLeast} questions, ${unanswerable} or more that the articles cannot answer, with unique ids`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(atLeast);
    expect(questions.filter((question) => !question.answerable).length).toBeGreaterThanOrEqual(unanswerable);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    expect(new Set(questions.map((question) => question.q)).size).toBe(questions.length);
  });

  it('has every answer span inside one sentence of the article the question names', () => {
    expect(unquotable(questions, sentences)).toEqual([]);
  });

  it('never copies a whole sentence of an article as a question', () => {
    const all = [...sentences.values()].flat();
    expect(questions.filter((question) => all.some((sentence) => sentence.includes(question.q.replace(/[？?]$/u, ''))))).toEqual([]);
  });
});

describe('the seed set', () => {
  it('covers width variants and abbreviations', async () => {
    const text = (await loadQuestionSet(setPath('seed.jsonl'))).map((question) => question.q).join('\n');
    for (const variant of ['ＡＳＥＡＮ', 'Ｇ２０', '２０２５', 'SCO', 'NPT', '安保理', '中露', '中ロ', 'g20']) expect(text).toContain(variant);
  });
});
