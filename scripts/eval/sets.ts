/**
 * Our question sets and the corpus folders each is asked over. `fitted`
 * sets train the ranker and the answerability score (`npm run fit`), so
 * their eval figures are in-sample (the fit prints their cross-validated
 * ones); blind4 and blind5 were scored blind first (their figures then are in
 * the commit log), then read for general causes and fitted. Never fitted and
 * never read: blind3, blind6 and blind7 (held out, only ever scored), english2,
 * english6 and english7; english, english-dev2 and english5 are development sets, fitted
 * too (the ranker and the judge see translated questions). english9 was scored blind once
 * (on 03d3b11: top-1 26/33, recall@3 27/33, near misses refused 2/8, answerable refused 3/33),
 * then read for general causes: a development set, not fitted. english10 was written blind by a
 * writer who read no code and scored once on c52ea73 (top-1 26/40, recall@3 31/40, near misses
 * refused 6/10, answerable refused 5/40) before anyone read it: a development set from then on, not fitted.
 * blind10 and english11 were written by a writer who read no code and scored once on 9600769 before anyone
 * read them: blind10 top-1 46/66, recall@3 54/66, near misses refused 15/25, answerable refused 4/66;
 * english11 top-1 22/32, recall@3 28/32, near misses refused 1/8, answerable refused 0/32. From then on
 * development sets (read for general causes), not fitted.
 * blind11 and english12 were written by a writer who read no code (2 December, evening) and scored once on 6e0a30f
 * before anyone read them: blind11 top-1 38/66, recall@3 50/66, near misses refused 10/25, answerable refused 11/66
 * (10 of them scored below the threshold, 8 of those with an ordinary word no article uses: refusal-kinds.ts);
 * english12 top-1 13/28, recall@3 19/28, near misses refused 3/7, answerable refused 4/28. english12 stays held out
 * (never read); blind11 is a development set from then on (read for general causes), not fitted by the ranker.
 * english9, english10, english11, blind10 and blind11 calibrate the judge (`calibrates`): the answerability score
 * is fitted on them too (not the ranker), so their eval figures are in sample for the judge; the fit prints
 * their figures held out by set.
 */
import { fileURLToPath } from 'node:url';
import { bundledCorpusDir } from '../../src/config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface QuestionSetSpec {
  name: string;
  label: string;
  path: string;
  corpora: string[];
  fitted: boolean;
  /**
   * Development sets that train the answerability score but not the ranker, and whose refusals, held
   * out by set, bound the judge's threshold apart from the fitted sets' (fit-answerability.ts):
   * cross-validation over the fitted sets, read and worked on for months, said 2.5 % answerable refused
   * at 0.26 where four of these sets, by other writers, said 4.7 % (8 of 171) and the held-out ones 6.4 %.
   */
  calibrates?: boolean;
}

export const questionSets: QuestionSetSpec[] = [
  { name: 'seed', label: 'seed', path: here('../../tests/questions/seed.jsonl'), corpora: [bundledCorpusDir], fitted: true },
  {
    name: 'neighbour',
    label: 'neighbour (held-out-style, bundled + neighbour articles)',
    path: here('../../tests/questions/held-out-style.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/neighbour-corpus')],
    fitted: true,
  },
  {
    name: 'blind',
    label: 'blind (bundled + five unseen articles)',
    path: here('../../tests/questions/blind.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind-corpus')],
    fitted: true,
  },
  {
    name: 'blind2',
    label: 'blind2 (bundled + five more unseen articles)',
    path: here('../../tests/questions/blind2.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind2-corpus')],
    fitted: true,
  },
  {
    name: 'blind3',
    label: 'blind3 (bundled + six more unseen articles; kept apart, never fitted or tuned to)',
    path: here('../../tests/questions/blind3.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind3-corpus')],
    fitted: false,
  },
  {
    name: 'blind4',
    label: 'blind4 (bundled + six more unseen articles; fitted)',
    path: here('../../tests/questions/blind4.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind4-corpus')],
    fitted: true,
  },
  {
    name: 'blind5',
    label: 'blind5 (bundled + six unseen articles on trade and energy diplomacy)',
    path: here('../../tests/questions/blind5.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind5-corpus')],
    fitted: true,
  },
  {
    name: 'blind6',
    label: 'blind6 (bundled + six unseen articles on security and regional diplomacy)',
    path: here('../../tests/questions/blind6.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind6-corpus')],
    fitted: false,
  },
  {
    name: 'blind7',
    label: 'blind7 (bundled + six unseen articles on economic and science diplomacy; held out)',
    path: here('../../tests/questions/blind7.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind7-corpus')],
    fitted: false,
  },
  {
    name: 'blind8',
    label: 'blind8 (bundled + six unseen articles on health, climate, youth and regional diplomacy; held out)',
    path: here('../../tests/questions/blind8.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind8-corpus')],
    fitted: false,
  },
  {
    name: 'blind9',
    label: 'blind9 (bundled + six unseen articles on diplomacy, disaster relief, AI policy, payments, culture and sport; held out)',
    path: here('../../tests/questions/blind9.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind9-corpus')],
    fitted: false,
  },
  {
    name: 'english',
    label: 'english (English questions; bundled + JSQuAD-style articles)',
    path: here('../../tests/questions/english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/jsquad-sample')],
    fitted: true,
  },
  {
    name: 'english-dev2',
    label: 'english-dev2 (English questions; bundled + blind2 articles; a development set, written after reading the code)',
    path: here('../../tests/questions/english-dev2.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind2-corpus')],
    fitted: true,
  },
  {
    name: 'english2',
    label: 'english2 (English questions; bundled + blind4 articles; held out, never tuned to)',
    path: here('../../tests/questions/english2.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind4-corpus')],
    fitted: false,
  },
  {
    name: 'english5',
    label: 'english5 (English questions; bundled + blind5 articles)',
    path: here('../../tests/questions/blind5-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind5-corpus')],
    fitted: true,
  },
  {
    name: 'english6',
    label: 'english6 (English questions; bundled + blind6 articles)',
    path: here('../../tests/questions/blind6-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind6-corpus')],
    fitted: false,
  },
  {
    name: 'english7',
    label: 'english7 (English questions; bundled + blind7 articles; held out)',
    path: here('../../tests/questions/blind7-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind7-corpus')],
    fitted: false,
  },
  {
    name: 'english8',
    label: 'english8 (English questions; bundled + blind8 articles; held out)',
    path: here('../../tests/questions/blind8-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind8-corpus')],
    fitted: false,
  },
  {
    name: 'english9',
    label: 'english9 (English questions; bundled + blind9 articles; scored blind once, then read for general causes: a development set, not fitted)',
    path: here('../../tests/questions/blind9-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind9-corpus')],
    fitted: false,
    calibrates: true,
  },
  {
    name: 'english10',
    label: 'english10 (English questions; bundled + blind and blind5 articles; written blind on c52ea73 by a writer who read no code, then a development set, not fitted)',
    path: here('../../tests/questions/english10.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind-corpus'), here('../../tests/fixtures/blind5-corpus')],
    fitted: false,
    calibrates: true,
  },
  {
    name: 'blind10',
    label: 'blind10 (bundled + six unseen articles on diplomacy, polar science, flood control, rail, film and fisheries; written by a writer who read no code)',
    path: here('../../tests/questions/blind10.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind10-corpus')],
    fitted: false,
    calibrates: true,
  },
  {
    name: 'english11',
    label: 'english11 (English questions; bundled + blind10 articles; written by a writer who read no code)',
    path: here('../../tests/questions/blind10-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind10-corpus')],
    fitted: false,
    calibrates: true,
  },
  {
    name: 'blind11',
    label: 'blind11 (bundled + six unseen articles on a state visit, trade figures, a lunar mission, a canal, a typhoon and the Asian Games; written by a writer who read no code)',
    path: here('../../tests/questions/blind11.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind11-corpus')],
    fitted: false,
    calibrates: true,
  },
  {
    name: 'english12',
    label: 'english12 (English questions; bundled + blind11 articles; written by a writer who read no code; held out)',
    path: here('../../tests/questions/blind11-english.jsonl'),
    corpora: [bundledCorpusDir, here('../../tests/fixtures/blind11-corpus')],
    fitted: false,
  },
];
