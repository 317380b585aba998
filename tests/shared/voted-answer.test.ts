/** What rides in a 👍 / 👎 button: the question, a follow-up's reading and the passages cited, within the platform's limit. */
import { describe, expect, it } from 'vitest';
import { packVotedAnswer, unpackVotedAnswer } from '../../src/adapters/shared/voted-answer.ts';

const voted = {
  question: 'それはいつ？',
  readAs: 'ラブロフ外相 上海協力機構 それはいつ？',
  answered: true,
  citations: [
    { n: 1, article: 'kl', passage: 'kl#3' },
    { n: 2, article: 'g20', passage: 'g20#0' },
  ],
};

describe('packVotedAnswer', () => {
  it('round-trips the question, its reading and the citations', () => {
    const packed = packVotedAnswer(voted, 2000);
    expect(packed).not.toBeNull();
    expect(unpackVotedAnswer(packed ?? '')).toEqual(voted);
  });

  it('drops citations from the end to fit, and gives up only when the question alone does not', () => {
    const tight = packVotedAnswer(voted, 64);
    expect(unpackVotedAnswer(tight ?? '')?.citations.map((citation) => citation.passage)).toEqual(['kl#3']);
    expect(packVotedAnswer({ ...voted, question: 'あ'.repeat(3000) }, 2000)).toBeNull();
  });

  it('reads nothing from a value it did not write', () => {
    expect(unpackVotedAnswer('not json')).toBeNull();
    expect(unpackVotedAnswer('{"c":[]}')).toBeNull();
  });
});
