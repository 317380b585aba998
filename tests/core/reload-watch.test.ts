/**
 * Watching the corpus folder: bursts of file events become one reload after
 * a quiet period; hidden files and other extensions are ignored; a watcher
 * that fails is reported, never fatal. Timers and fs.watch are injected, so
 * nothing here waits for real time except the one end-to-end test, which
 * awaits the reload's log line.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { createKiji } from '../../src/core/create-kiji.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { isRelevant, watchCorpus, type Timers, type WatchFn } from '../../src/core/build/watch-corpus.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';
import { bundledCorpusDir, createTempCorpus, factArticle, type TempCorpus } from '../support/temp-corpus.ts';

function fakeWatch() {
  const handle = Object.assign(new EventEmitter(), { closed: false, close: () => void (handle.closed = true) });
  let listener: (event: string, filename: string | null) => void = () => {};
  const watch: WatchFn = (_dir, options, callback) => {
    expect(options.recursive).toBe(true);
    listener = callback;
    return handle;
  };
  return { watch, handle, emit: (filename: string | null) => listener('rename', filename) };
}

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback) => {
      next += 1;
      pending.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    pending: () => pending.size,
    /** Fires whatever timer is pending, as if the quiet period had passed. */
    elapse() {
      for (const [id, callback] of [...pending]) {
        pending.delete(id);
        callback();
      }
    },
  };
}

describe('watchCorpus', () => {
  it('turns a burst of relevant events into one change, after the quiet period', () => {
    const fs = fakeWatch();
    const clock = manualTimers();
    let changes = 0;
    const watcher = watchCorpus('/corpus', { onChange: () => (changes += 1), logger: createRecordingLogger(), watch: fs.watch, timers: clock.timers });
    fs.emit('2025/07/a.txt');
    fs.emit('2025/07/b.md');
    fs.emit('synonyms.txt');
    expect(clock.pending()).toBe(1);
    expect(changes).toBe(0);
    clock.elapse();
    expect(changes).toBe(1);
    fs.emit('2025/08');
    clock.elapse();
    expect(changes).toBe(2);
    watcher.close();
    expect(fs.handle.closed).toBe(true);
  });

  it('ignores hidden paths and files that are not articles', () => {
    expect(['.git/index', 'news/.a.txt.swp', 'news/a.txt~', 'cache/index-1.kiji.123.tmp', 'photo.jpg'].map(isRelevant)).toEqual([false, false, false, false, false]);
    expect(['a.txt', 'news/b.MD', 'c.markdown', 'synonyms.txt', '2025', null].map(isRelevant)).toEqual([true, true, true, true, true, true]);
    const fs = fakeWatch();
    const clock = manualTimers();
    watchCorpus('/corpus', { onChange: () => {}, logger: createRecordingLogger(), watch: fs.watch, timers: clock.timers });
    fs.emit('.git/HEAD');
    expect(clock.pending()).toBe(0);
  });

  it('drops a pending change on close', () => {
    const fs = fakeWatch();
    const clock = manualTimers();
    let changes = 0;
    const watcher = watchCorpus('/corpus', { onChange: () => (changes += 1), logger: createRecordingLogger(), watch: fs.watch, timers: clock.timers });
    fs.emit('a.txt');
    watcher.close();
    clock.elapse();
    expect(changes).toBe(0);
  });

  it('reports a watcher that fails or cannot start, and carries on', () => {
    const logger = createRecordingLogger();
    const fs = fakeWatch();
    watchCorpus('/corpus', { onChange: () => {}, logger, watch: fs.watch, timers: manualTimers().timers });
    fs.handle.emit('error', new Error('ENOSPC: inotify watch limit reached'));
    expect(fs.handle.closed).toBe(true);
    const refusing: WatchFn = () => {
      throw new Error('recursive watch unsupported');
    };
    const watcher = watchCorpus('/corpus', { onChange: () => {}, logger, watch: refusing });
    watcher.close();
    expect(logger.lines.map((line) => [line.level, line.message])).toEqual([
      ['warn', 'stopped watching the corpus folder; reload by hand to pick up changes'],
      ['warn', 'cannot watch the corpus folder; reload by hand to pick up changes'],
    ]);
  });
});

describe('a watching Kiji', () => {
  let corpus: TempCorpus;
  let kiji: Kiji | undefined;
  afterEach(async () => {
    await kiji?.close();
    await corpus?.dispose();
  });

  it('reloads by itself when an article file appears', async () => {
    corpus = await createTempCorpus({ copy: bundledCorpusDir });
    const logger = createRecordingLogger();
    kiji = await createKiji({ corpusDir: corpus.dir, logger, cacheDir: corpus.cacheDir, watch: { debounceMs: 20 }, threads: 1 });
    const before = await kiji.ask('山田一郎氏はどこの市長に選ばれましたか');
    expect(before.answered).toBe(false);

    await corpus.write('2026/01/mayor.txt', factArticle('架空市の市長選挙', '架空市の新しい市長には山田一郎氏が選ばれました。'));
    const reloaded = await logger.waitFor((line) => line.message === 'corpus reloaded');
    expect(reloaded.fields).toMatchObject({ added: 1 });
    const after = await kiji.ask('山田一郎氏はどこの市長に選ばれましたか');
    expect(after.answered && after.citations[0]?.quote).toContain('山田一郎');
  });
});
