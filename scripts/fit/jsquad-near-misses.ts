/**
 * Near misses made from JSQuAD, for the answerability fit: a question asked of
 * the corpus with its article present but without the paragraphs that hold
 * its answer. The title and the neighbouring paragraphs still match the
 * question's words; the fact asked for is gone, as in a reader's near miss
 * (第3期 asked where the article has 第1期 and 第2期 only).
 *
 * A corpus per question would take hours, so questions go in rounds: an
 * article's gold paragraphs, in order, are dealt to the rounds in turn; round r
 * drops from every article the paragraphs holding an answer of its round-r
 * questions, is indexed once, and is asked those questions.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeText } from '../../src/core/analysis/normalize.ts';
import type { Ranker } from '../../src/core/answer/ranker.ts';
import { examplesOver, type Example } from './answerability-data.ts';

export interface JsquadQuestion {
  id: string;
  q: string;
  file: string;
  gold: string;
  answers: string[];
}

/**
 * Rounds, each a corpus build and a pass over its questions. With 8, a round
 * drops about an eighth of each article; every question is asked once.
 */
const rounds = 8;
/**
 * A question whose answer is in more paragraphs than this is left out: dropping
 * them all would gut its article (a year or a name repeated throughout), which
 * is no longer a near miss. With the answers in the title left out too, 3,091 of
 * the 4,442 questions are asked.
 */
const mostAnswerParagraphs = 2;

/** One article's paragraphs, as lines, with its title line and its Reference(s) footer apart. */
function split(text: string): { title: string; paragraphs: string[]; footer: string[] } {
  const lines = text.split('\n');
  const footerAt = lines.findIndex((line) => line.startsWith('Reference(s):'));
  const end = footerAt === -1 ? lines.length : footerAt;
  return { title: lines[0] ?? '', paragraphs: lines.slice(1, end), footer: lines.slice(end) };
}

export async function jsquadNearMisses(dir: string, questions: readonly JsquadQuestion[], ranker?: Ranker): Promise<Example[]> {
  const articlesDir = join(dir, 'articles');
  const files = (await readdir(articlesDir)).filter((file) => file.endsWith('.txt')).sort();
  const articles = new Map<string, ReturnType<typeof split>>();
  for (const file of files) articles.set(file, split(await readFile(join(articlesDir, file), 'utf8')));

  // Per question: the paragraphs (by position) holding any of its answers, after normalising.
  const planned: { question: JsquadQuestion; drop: number[]; round: number }[] = [];
  for (const file of files) {
    const article = articles.get(file)!;
    const normalized = article.paragraphs.map(normalizeText);
    const title = normalizeText(article.title);
    const own = questions.filter((question) => question.file === file);
    const golds = [...new Set(own.map((question) => question.gold))];
    for (const question of own) {
      const answers = question.answers.map(normalizeText).filter((answer) => answer !== '');
      if (answers.length === 0 || answers.some((answer) => title.includes(answer))) continue;
      const drop = normalized.flatMap((text, at) => (answers.some((answer) => text.includes(answer)) ? [at] : []));
      if (drop.length === 0 || drop.length > mostAnswerParagraphs) continue;
      planned.push({ question, drop, round: golds.indexOf(question.gold) % rounds });
    }
  }

  const examples: Example[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const asked = planned.filter((plan) => plan.round === round);
    const corpus = await mkdtemp(join(tmpdir(), 'kiji-nearmiss-'));
    try {
      for (const file of files) {
        const article = articles.get(file)!;
        const dropped = new Set(asked.filter((plan) => plan.question.file === file).flatMap((plan) => plan.drop));
        const kept = article.paragraphs.filter((_, at) => !dropped.has(at));
        await writeFile(join(corpus, file), [article.title, ...kept, ...article.footer].join('\n'));
      }
      const questionsAsked = asked.map(({ question }) => ({ id: `${question.id}-nearmiss`, q: question.q, group: `jsquad/${question.file}`, answerable: false }));
      examples.push(...(await examplesOver(corpus, 'jsquad-nearmiss', questionsAsked, ranker)));
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  }
  return examples;
}
