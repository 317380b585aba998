/**
 * Core bugs found while building the CLI, REPL and eval, over the real core
 * and the bundled corpus, kept as regression tests once fixed. Pin an open
 * one as `it.fails` until it is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';

let kiji: Kiji;
beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
});
afterAll(async () => {
  await kiji?.close();
});

describe('core bugs', () => {
  // Issue 2: "Never quote an unrelated passage as an answer." Neither article says who chaired the
  // meeting; the core used to quote that Wang Yi is a Politburo member, as if that answered it
  // (fixed in 49492ae). Open again since the judge was fitted on five more writers' sets: it quotes that the
  // talks were held beside the meeting (p 0.26 against the threshold 0.14). Held out, that judge refuses
  // 14 rather than 20 of 342 answerable Japanese questions and 49 rather than 52 of 110 near misses.
  it.fails('abstains when asked who chaired the G20 foreign ministers meeting', async () => {
    const answer = await kiji.ask('G20外相会合の議長を務めたのは誰？');
    expect(answer.answered).toBe(false);
  });

  // An English question used to be refused by naming English function words as the key terms the
  // articles lack ("The articles never mention "what", "did", "say", "about""), though it asks about
  // ASEAN and Lavrov (ラブロフ via the synonym table). Fixed: function words are not key terms.
  it('answers an English question about names the articles use, and never names function words', async () => {
    const answer = await kiji.ask('What did Lavrov say about ASEAN?');
    expect(answer.answered).toBe(true);
    if (!answer.answered) return;
    expect(answer.language).toBe('en');
    expect(answer.citations.some((citation) => citation.quote.includes('ラブロフ') && citation.quote.includes('ASEAN'))).toBe(true);
    const refused = await kiji.ask('What did the ministers say about football?');
    expect(refused.answered).toBe(false);
    if (refused.answered) return;
    expect(refused.missingTerms.map((term) => term.toLowerCase())).not.toContain('what');
    expect(refused.reason).toMatch(/football/);
  });
});
