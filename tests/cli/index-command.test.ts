/**
 * `npm run index`: builds the cache and says what it did, says "up to date"
 * when nothing changed, refuses bad usage, and draws its progress bar only on
 * a terminal and only once a run has lasted a while.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createProgressBar, progressLine } from '../../src/adapters/cli/index-progress.ts';
import { runIndex } from '../../src/adapters/cli/index-run.ts';
import { bundledCorpusDir, createTempCorpus, factArticle, type TempCorpus } from '../support/temp-corpus.ts';

let corpus: TempCorpus | undefined;
afterEach(async () => {
  await corpus?.dispose();
  corpus = undefined;
});

function capture(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (text: string) => out.push(text) }, stderr: { isTTY, write: (text: string) => err.push(text) }, env: {} } };
}

describe('npm run index', () => {
  it('builds the index, then finds it up to date, then picks up a change', async () => {
    corpus = await createTempCorpus({ copy: bundledCorpusDir });
    const args = ['--corpus', corpus.dir, '--cache', corpus.cacheDir, '--threads', '1'];
    const first = capture();
    expect(await runIndex(args, first.io)).toBe(0);
    expect(first.out.join('')).toMatch(/^indexed 2 articles, 36 passages, [\d,]+ characters in [\d.]+ s\n  analysed 2 files on 1 thread, .*: 2 added, 0 changed, 0 removed, 0 unchanged\n  cache: .*index-\w+\.kiji \([\d.]+ MB\)\n$/u);

    const second = capture();
    expect(await runIndex(args, second.io)).toBe(0);
    expect(second.out.join('')).toMatch(/^index up to date: 2 articles, 36 passages/u);

    await corpus.write('news/new.txt', factArticle('架空市の話題', '架空市で新しい橋が完成しました。'));
    await corpus.write('news/empty.txt', '');
    const third = capture();
    expect(await runIndex(args, third.io)).toBe(0);
    expect(third.out.join('')).toContain('2 added, 0 changed, 0 removed, 2 unchanged, 1 skipped');
    expect(third.err.join('')).toMatch(/skipped: news\/empty\.txt: .*empty/u);
  });

  it('refuses bad usage and reports a missing corpus', async () => {
    expect(await runIndex(['--threads', 'two'], capture().io)).toBe(2);
    expect(await runIndex(['--unknown'], capture().io)).toBe(2);
    const noCache = capture();
    expect(await runIndex([], { ...noCache.io, env: { KIJI_NO_CACHE: '1' } })).toBe(2);
    expect(noCache.err.join('')).toContain('KIJI_NO_CACHE');
    const missing = capture();
    expect(await runIndex(['--corpus', '/nonexistent/kiji-corpus', '--cache', '/tmp/kiji-unused'], missing.io)).toBe(1);
    expect(missing.err.join('')).toContain('/nonexistent/kiji-corpus does not exist');
  });
});

describe('index progress bar', () => {
  const progress = { files: 50, totalFiles: 200, bytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };

  it('draws on a terminal after half a second, at most ten times a second, and clears itself', () => {
    const written: string[] = [];
    let clock = 0;
    const bar = createProgressBar({ isTTY: true, columns: 100, write: (text) => written.push(text) }, () => clock);
    bar.update(progress);
    expect(written).toEqual([]);
    clock = 600;
    bar.update(progress);
    clock = 650;
    bar.update(progress);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe(`\r\x1b[K${progressLine(progress, 0.6, 100)}`);
    bar.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent when stderr is not a terminal', () => {
    const written: string[] = [];
    let clock = 0;
    const bar = createProgressBar({ isTTY: false, write: (text) => written.push(text) }, () => clock);
    clock = 5_000;
    bar.update(progress);
    bar.finish();
    expect(written).toEqual([]);
  });

  it('shows share, files, megabytes and time', () => {
    expect(progressLine(progress, 12.4, 100)).toMatch(/^indexing \[#{10}-{30}\] 25% {2}50\/200 files {2}1\.0\/4\.0 MB {2}12 s$/u);
  });
});
