import { describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../src/adapters/discord/handle-interaction.ts';
import { createAskSafely } from '../../src/adapters/shared/ask-safely.ts';
import { createInFlight } from '../../src/adapters/shared/in-flight.ts';
import { createRateLimiter } from '../../src/adapters/shared/rate-limiter.ts';
import { messages } from '../../src/adapters/shared/messages.ts';
import { citation, createFakeKiji, type FakeKiji } from '../support/fake-kiji.ts';
import { fakeInteraction } from './fake-interaction.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';

const question = '王毅外相はどこで会談しましたか';

function setup(options: { limit?: number; kiji?: FakeKiji } = {}) {
  let clock = 0;
  const kiji =
    options.kiji ??
    createFakeKiji({
      answers: { [question]: [citation(1, { quote: 'クアラルンプールで会談しました。' })] },
      articles: [{ id: 'kl', title: 'クアラルンプール会談', source: 'cgtn.com', reference: null, url: null, date: '2025-07-10', passages: 12 }],
    });
  const logger = createRecordingLogger();
  const limiter = createRateLimiter({ limit: options.limit ?? 5, windowMs: 60_000, now: () => clock });
  const inFlight = createInFlight();
  const askSafely = createAskSafely({ kiji, limiter, logger, now: () => clock });
  const handle = createInteractionHandler({ kiji, askSafely, logger, inFlight });
  return { kiji, logger, handle, inFlight, advance: (ms: number) => (clock += ms) };
}

describe('the interaction handler', () => {
  it('defers publicly, then edits in the rendered answer', async () => {
    const { handle, kiji } = setup();
    const interaction = fakeInteraction({ question });
    await handle(interaction);
    expect(kiji.asked).toEqual([question]);
    expect(interaction.steps.map((step) => step.kind)).toEqual(['defer', 'edit']);
    expect(interaction.steps[0]).toEqual({ kind: 'defer', private: false });
    const edit = interaction.steps[1];
    expect(edit?.kind === 'edit' && edit.reply.embeds[0]?.description).toContain('> クアラルンプールで会談しました。 [1]');
  });

  it('defers privately when the asker chose the private option', async () => {
    const { handle } = setup();
    const interaction = fakeInteraction({ question, private: true });
    await handle(interaction);
    expect(interaction.steps[0]).toEqual({ kind: 'defer', private: true });
  });

  it('answers a core failure with a Japanese apology and its error id, and logs it with that id and the interaction id', async () => {
    const { handle, kiji, logger } = setup();
    kiji.failWith = new Error('index file is corrupt');
    const interaction = fakeInteraction({ question });
    await handle(interaction);
    const logged = logger.lines.find((entry) => entry.level === 'error');
    expect(logged?.fields).toMatchObject({ interaction: interaction.id, command: 'ask', requestId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(logged?.fields.error).toBe(kiji.failWith);
    expect(interaction.steps.at(-1)).toEqual({
      kind: 'edit',
      reply: { content: `${messages.ja.apology}\n${messages.ja.errorId(String(logged?.fields.requestId))}`, embeds: [], allowedMentions: { parse: [] } },
    });
  });

  it('keeps answering after a failure', async () => {
    const { handle, kiji } = setup();
    kiji.failWith = new Error('boom');
    await handle(fakeInteraction({ question }));
    kiji.failWith = null;
    const next = fakeInteraction({ question });
    await handle(next);
    expect(next.steps.at(-1)?.kind === 'edit' && next.steps.at(-1)).toMatchObject({ reply: { embeds: [{ title: question }] } });
  });

  it('replaces a rejected answer with the apology', async () => {
    const { handle, logger } = setup();
    const interaction = fakeInteraction({ question, failEdits: 1 });
    await handle(interaction);
    expect(interaction.steps.at(-1)).toMatchObject({ kind: 'edit', reply: { content: expect.stringContaining(messages.ja.apology) } });
    expect(logger.lines.some((entry) => entry.level === 'error' && entry.fields.interaction === interaction.id)).toBe(true);
  });

  it('logs, and does not throw, when even the apology cannot be sent', async () => {
    const { handle, logger } = setup();
    const interaction = fakeInteraction({ question, failEdits: 2 });
    await expect(handle(interaction)).resolves.toBeUndefined();
    expect(logger.lines.filter((entry) => entry.level === 'error').map((entry) => entry.message)).toEqual([
      'could not send the reply',
      'could not send the failure reply',
    ]);
  });

  it('tells the asker when the question is too long, in their language', async () => {
    const { handle, logger } = setup();
    const interaction = fakeInteraction({ question: 'あ'.repeat(3000) });
    await handle(interaction);
    expect(interaction.steps.at(-1)).toMatchObject({ kind: 'edit', reply: { content: messages.ja.tooLong(1000) } });
    // A refused question is the user's mistake, not ours: no error in the log.
    expect(logger.lines.some((entry) => entry.level === 'error')).toBe(false);
  });

  it('limits each user politely and privately, without asking the core or deferring', async () => {
    const { handle, kiji, advance } = setup({ limit: 2 });
    await handle(fakeInteraction({ question }));
    await handle(fakeInteraction({ question }));
    advance(15_000);
    const third = fakeInteraction({ question });
    await handle(third);
    expect(kiji.asked).toHaveLength(2);
    expect(third.steps).toEqual([
      { kind: 'reply', private: true, reply: { content: messages.ja.rateLimited(45), embeds: [], allowedMentions: { parse: [] } } },
    ]);
    // Someone else is not affected.
    const other = fakeInteraction({ question, userId: 'user-2' });
    await handle(other);
    expect(other.steps[0]?.kind).toBe('defer');
    // And the first user may ask again once the window has passed.
    advance(45_000);
    const later = fakeInteraction({ question });
    await handle(later);
    expect(later.steps[0]?.kind).toBe('defer');
  });

  it('lists the sources in the asker\'s locale', async () => {
    const { handle } = setup();
    const ja = fakeInteraction({ commandName: 'sources' });
    await handle(ja);
    expect(ja.steps).toHaveLength(1);
    expect(ja.steps[0]).toMatchObject({ kind: 'reply', private: false, reply: { embeds: [{ title: '読み込んでいる記事（1件）' }] } });
    const en = fakeInteraction({ commandName: 'sources', locale: 'en-US', private: true });
    await handle(en);
    expect(en.steps[0]).toMatchObject({ kind: 'reply', private: true, reply: { embeds: [{ title: 'Articles loaded (1)' }] } });
  });

  it('turns new questions away politely while shutting down, without asking the core', async () => {
    const { handle, kiji, inFlight } = setup();
    inFlight.close();
    const interaction = fakeInteraction({ question, locale: 'en-US' });
    await handle(interaction);
    expect(kiji.asked).toEqual([]);
    expect(interaction.steps).toEqual([
      { kind: 'reply', private: true, reply: { content: messages.en.shuttingDown, embeds: [], allowedMentions: { parse: [] } } },
    ]);
  });

  it('answers an unknown command instead of leaving it unanswered', async () => {
    const { handle } = setup();
    const interaction = fakeInteraction({ commandName: 'old-command' });
    await handle(interaction);
    expect(interaction.steps).toMatchObject([{ kind: 'reply', private: true }]);
  });
});
