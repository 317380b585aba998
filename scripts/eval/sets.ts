/**
 * Our question sets and the corpus folders each is asked over. `fitted`
 * sets may train the ranker (`npm run fit`); blind3 is kept apart: written
 * blind before the fitted ranking, it is only ever scored.
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
];
