import { describe, expect, it } from 'vitest';
import { createAskSafely } from '../../src/adapters/shared/ask-safely.ts';
import { createRateLimiter } from '../../src/adapters/shared/rate-limiter.ts';
import { createFakeKiji, samplePassages } from '../support/fake-kiji.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';

function setup(limit = 5) {
  let now = 0;
  const kiji = createFakeKiji({ passages: samplePassages });
  const logger = createRecordingLogger();
  const ask = createAskSafely({ kiji, limiter: createRateLimiter({ limit, windowMs: 60_000, now: () => now }), logger });
  return { kiji, logger, ask, step: (ms: number) => (now += ms) };
}

describe('askSafely', () => {
  it('returns the core’s answer', async () => {
    const { ask } = setup();
    const outcome = await ask({ question: 'ラブロフ', user: 'T:U', via: 'test' });
    expect(outcome.kind).toBe('answer');
    if (outcome.kind === 'answer' && outcome.answer.answered) expect(outcome.answer.citations[0]?.article.id).toBe('g20');
  });

  it('refuses politely past the per-user limit, in the question’s language, and lets others ask', async () => {
    const { ask, kiji, step } = setup(2);
    await ask({ question: 'ラブロフ', user: 'T:U1', via: 'test' });
    await ask({ question: 'ラブロフ', user: 'T:U1', via: 'test' });
    const third = await ask({ question: 'ラブロフ', user: 'T:U1', via: 'test' });
    expect(third).toMatchObject({ kind: 'refused', text: '質問が続いています。60秒ほど待ってからもう一度お試しください。' });
    const english = await ask({ question: 'Lavrov?', user: 'T:U1', via: 'test' });
    expect(english).toMatchObject({ kind: 'refused', language: 'en' });
    expect(kiji.asked).toHaveLength(2);
    expect((await ask({ question: 'ラブロフ', user: 'T:U2', via: 'test' })).kind).toBe('answer');
    expect((await ask({ question: 'ラブロフ', user: 'T:U1', via: 'test', unlimited: true })).kind).toBe('answer');
    step(60_000);
    expect((await ask({ question: 'ラブロフ', user: 'T:U1', via: 'test' })).kind).toBe('answer');
  });

  it('turns a bad question into its friendly message, without an error id', async () => {
    const { ask } = setup();
    expect(await ask({ question: '  ', user: 'T:U', via: 'test' })).toMatchObject({
      kind: 'problem',
      failed: false,
      text: '質問が空です。記事について知りたいことを入力してください。',
    });
  });

  it('answers an unexpected failure with the apology and logs it with the request id', async () => {
    const { ask, kiji, logger } = setup();
    kiji.failOn('壊れる質問', new Error('index exploded'));
    const outcome = await ask({ question: '壊れる質問', user: 'T:U', via: 'test' });
    expect(outcome).toMatchObject({ kind: 'problem', failed: true, text: expect.stringContaining('申し訳ありません') });
    const line = logger.lines.find((entry) => entry.level === 'error');
    expect(line).toMatchObject({ message: 'ask failed', fields: { requestId: outcome.requestId, via: 'test' } });
    expect(outcome.requestId).toMatch(/^[0-9a-f]{8}$/);
  });
});
