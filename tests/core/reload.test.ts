/**
 * Live updates through the Kiji interface: a reload picks up added, changed
 * and removed files; questions asked while it runs are answered from the old
 * index until the new one is swapped in whole; a reload that fails keeps the
 * old index answering and says why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKiji } from '../../src/core/create-kiji.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { CorpusUnavailableError } from '../../src/errors.ts';
import { createRecordingLogger, type RecordingLogger } from '../support/recording-logger.ts';
import { bundledCorpusDir, createTempCorpus, factArticle, type TempCorpus } from '../support/temp-corpus.ts';

let corpus: TempCorpus;
let kiji: Kiji | undefined;
let logger: RecordingLogger;

afterEach(async () => {
  await kiji?.close();
  kiji = undefined;
  await corpus?.dispose();
});

const mayor = (name: string) => factArticle('架空市の市長選挙', `架空市の新しい市長には${name}氏が選ばれました。`);
const question = '架空市の新しい市長には誰が選ばれましたか';

async function firstQuote(asked: Kiji): Promise<string> {
  const answer = await asked.ask(question);
  if (!answer.answered) throw new Error(`not answered: ${answer.reason}`);
  return answer.citations[0]?.quote ?? '';
}

async function start(withCache: boolean) {
  corpus = await createTempCorpus({ copy: bundledCorpusDir });
  await corpus.write('news/mayor.txt', mayor('山田一郎'));
  logger = createRecordingLogger();
  kiji = await createKiji({ corpusDir: corpus.dir, logger, cacheDir: withCache ? corpus.cacheDir : null, threads: 1 });
  return kiji;
}

describe('reload', () => {
  it('picks up added, changed and removed articles and reports what changed', async () => {
    const bot = await start(true);
    expect(await firstQuote(bot)).toContain('山田一郎');
    await corpus.write('news/mayor.txt', mayor('佐藤次郎'), Date.now() / 1000 - 60);
    await corpus.write('news/weather.txt', factArticle('架空県の天気', '架空県では明日は大雪になる見込みです。'));
    await corpus.delete('g20-wang-yi-lavrov-johannesburg.txt');

    const report = await bot.reload();
    expect(report).toMatchObject({ added: 1, changed: 1, removed: 1, articles: 3, problems: [] });
    expect(await firstQuote(bot)).toContain('佐藤次郎');
    expect(bot.sources().map((article) => article.id).sort()).toEqual(['2025-07-10-wang-yi-lavrov-kuala-lumpur', 'news/mayor', 'news/weather']);

    // Nothing changed since: nothing to do.
    expect(await bot.reload()).toMatchObject({ added: 0, changed: 0, removed: 0 });
  });

  it('reports a bad file once, not again at every reload while it stays as it was', async () => {
    corpus = await createTempCorpus({ copy: bundledCorpusDir });
    await corpus.write('news/empty.txt', '');
    logger = createRecordingLogger();
    kiji = await createKiji({ corpusDir: corpus.dir, logger, cacheDir: null, threads: 1 });
    await corpus.write('news/mayor.txt', mayor('山田一郎'));
    await kiji.reload();
    await corpus.write('news/mayor.txt', mayor('佐藤次郎'), Date.now() / 1000 - 60);
    const report = await kiji.reload();
    expect(report.problems).toEqual([expect.stringContaining('news/empty.txt')]);
    expect(kiji.problems()).toEqual(report.problems);
    const skipped = logger.lines.filter((line) => line.message.startsWith('skipped: news/empty.txt'));
    expect(skipped).toHaveLength(1);
    // A new problem is still reported.
    await corpus.write('news/also-empty.txt', '');
    await kiji.reload();
    expect(logger.lines.filter((line) => line.message.startsWith('skipped: news/also-empty.txt'))).toHaveLength(1);
  });

  it('answers every question asked during a reload, from the old index until the swap and the new one after', async () => {
    const bot = await start(false);
    await corpus.write('news/mayor.txt', mayor('佐藤次郎'), Date.now() / 1000 - 60);
    // Enough new files that the reload takes many turns of the event loop (it yields between files).
    for (let i = 0; i < 12; i += 1) await corpus.write(`news/extra-${i}.txt`, factArticle(`架空町の話題 ${i}`, `架空町では${i + 1}回目の催しが開かれました。`));

    let settled = false;
    const reloading = bot.reload().finally(() => {
      settled = true;
    });
    const quotes: string[] = [];
    while (!settled) {
      quotes.push(await firstQuote(bot));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await reloading;
    quotes.push(await firstQuote(bot));

    const names = quotes.map((quote) => (quote.includes('山田一郎') ? 'old' : quote.includes('佐藤次郎') ? 'new' : quote));
    expect(names.length).toBeGreaterThan(2);
    expect(names[0]).toBe('old');
    expect(names.at(-1)).toBe('new');
    // Old, then new, never back, never anything else: no question saw a half-built index.
    const swap = names.indexOf('new');
    expect(names.slice(0, swap).every((name) => name === 'old')).toBe(true);
    expect(names.slice(swap).every((name) => name === 'new')).toBe(true);
  });

  it('keeps answering from the previous index when a reload fails, and logs why', async () => {
    const bot = await start(true);
    await corpus.delete('news/mayor.txt');
    await corpus.delete('2025-07-10-wang-yi-lavrov-kuala-lumpur.txt');
    await corpus.delete('g20-wang-yi-lavrov-johannesburg.txt');

    await expect(bot.reload()).rejects.toBeInstanceOf(CorpusUnavailableError);
    const failure = await logger.waitFor((line) => line.level === 'error');
    expect(failure.message).toBe('reload failed; still answering from the previous index');
    expect(String(failure.fields.error)).toMatch(/no article files/);
    expect(await firstQuote(bot)).toContain('山田一郎');
    expect(bot.sources()).toHaveLength(3);

    // Once the folder is fixed, the next reload works.
    await corpus.write('news/mayor.txt', mayor('佐藤次郎'));
    expect(await bot.reload()).toMatchObject({ articles: 1 });
    expect(await firstQuote(bot)).toContain('佐藤次郎');
  });

  it('runs reloads one at a time: overlapping calls each see the files as they are when they run', async () => {
    const bot = await start(false);
    await corpus.write('news/mayor.txt', mayor('佐藤次郎'), Date.now() / 1000 - 60);
    const [first, second] = await Promise.all([bot.reload(), bot.reload()]);
    expect(first.changed).toBe(1);
    expect(second).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(await firstQuote(bot)).toContain('佐藤次郎');
  });
});
