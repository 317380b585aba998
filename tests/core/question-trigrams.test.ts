/**
 * The one-pass trigram finds and the bounded longest-run search give what
 * one substring search per trigram and the plain longest-run search gave
 * (the code they replaced, kept here as the reference), over random texts
 * from a small alphabet (so that most trigrams occur, some hash alike, and
 * runs repeat), surrogate pairs and halves of them included.
 */
import { describe, expect, it } from 'vitest';
import { questionTrigrams } from '../../src/core/answer/question-trigrams.ts';

function referenceTrigrams(runs: readonly string[]): string[] {
  return [...new Set(runs.flatMap((run) => Array.from({ length: Math.max(0, run.length - 2) }, (_, at) => run.slice(at, at + 3))))];
}

function referenceLongestRun(runs: readonly string[], text: string): number {
  let best = 0;
  for (const run of runs) {
    for (let start = 0; start + best < run.length; start += 1) {
      let end = start + best + 1;
      while (end <= run.length && text.includes(run.slice(start, end))) end += 1;
      best = Math.max(best, end - 1 - start);
    }
  }
  return best;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const alphabet = ['外', '相', '会', '談', 'ラ', 'ブ', 'ロ', 'フ', 'a', '1', '\n', '𠮷', '\uD842', '\uDFB7', '。'];

function text(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('question trigrams', () => {
  it('finds each trigram exactly where includes does, and the same longest run', () => {
    const next = random(13);
    let checked = 0;
    for (let round = 0; round < 400; round += 1) {
      const runs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => text(next, Math.floor(next() * 12)));
      const trigrams = questionTrigrams(runs);
      expect(trigrams.trigrams).toEqual(referenceTrigrams(runs));
      for (let passage = 0; passage < 5; passage += 1) {
        const body = round % 7 === 0 ? runs.join('') + text(next, 5) : text(next, Math.floor(next() * 200));
        const found = trigrams.found(body);
        expect([...found]).toEqual(trigrams.trigrams.map((gram) => (body.includes(gram) ? 1 : 0)));
        expect(trigrams.longestRun(body, found)).toBe(referenceLongestRun(runs, body));
        checked += 1;
      }
    }
    expect(checked).toBe(2000);
  });

  it('handles no runs and texts shorter than a trigram', () => {
    expect(questionTrigrams([]).found('ラブロフ')).toEqual(new Uint8Array(0));
    const trigrams = questionTrigrams(['ラブロフ外相']);
    expect([...trigrams.found('ラブ')]).toEqual([0, 0, 0, 0]);
    expect(trigrams.longestRun('ラブ', trigrams.found('ラブ'))).toBe(2);
    expect(trigrams.longestRun('', trigrams.found(''))).toBe(0);
  });
});
