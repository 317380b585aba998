/**
 * The persisted index: built on a miss, used on a hit without analysing a
 * thing, rebuilt (one log line, no crash) when corrupt or built under other
 * settings, and never trusted for a file that changed.
 */
import { mkdir, mkdtemp, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { readSectionFile, writeSectionFile } from '../../src/core/store/section-file.ts';
import { cacheKey } from '../../src/core/store/cache-key.ts';
import { openIndex, type OpenIndexOptions } from '../../src/core/build/open-index.ts';
import { cachePath, saveIndexCache } from '../../src/core/store/index-cache.ts';
import type { SearchState } from '../../src/core/build/search-state.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { createRecordingLogger, type RecordingLogger } from '../support/recording-logger.ts';
import { bundledCorpusDir, createTempCorpus, factArticle, type TempCorpus } from '../support/temp-corpus.ts';

let analyzer: Analyzer;
let corpus: TempCorpus;
let logger: RecordingLogger;

beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

afterEach(async () => {
  await corpus?.dispose();
});

async function setUp(synthetic = 6) {
  corpus = await createTempCorpus({ copy: bundledCorpusDir, synthetic });
  logger = createRecordingLogger();
}

function options(overrides: Partial<OpenIndexOptions> = {}): OpenIndexOptions {
  return { corpusDir: corpus.dir, cacheDir: corpus.cacheDir, threads: 1, logger, analyzer: async () => analyzer, ...overrides };
}

const questions = ['王毅外相はクアラルンプールで誰と会談しましたか', 'G20外相会合はどこで開かれましたか', '戦略協調'];

function view(state: SearchState) {
  const search = (question: string) => {
    const { terms, bigrams } = analyzer.analyze(question);
    return state.index.search({ terms: terms.map((token) => ({ token, weight: 1 })), bigrams: bigrams.map((token) => ({ token, weight: 1 })) }, 20);
  };
  return {
    files: [...state.files.keys()],
    articles: state.articles.map((article) => article.id),
    passages: [...state.sources.values()].map(({ passage, article }) => [passage.id, passage.articleId, article.id, passage.position, passage.heading, passage.text, passage.sentences]),
    hits: questions.map(search),
  };
}

const cacheWarnings = () => logger.lines.filter((line) => line.message.startsWith('index cache not used') && line.level === 'warn');

describe('index cache', () => {
  it('passes its own check with empty sections between full ones (an empty postings list)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiji-cache-file-'));
    try {
      const path = join(dir, 'index.kiji');
      // new Int32Array(0) has a zero-size buffer: the case zlib's crc32 once mistook for "start over".
      await writeSectionFile(path, { v: 1 }, [
        { name: 'before', data: new Int32Array([1, 2, 3]) },
        { name: 'empty', data: new Int32Array(0) },
        { name: 'emptyText', text: '' },
        { name: 'after', data: new Uint8Array([4, 5]) },
      ]);
      const file = await readSectionFile(path);
      expect([...file.i32('before')]).toEqual([1, 2, 3]);
      expect(file.i32('empty')).toHaveLength(0);
      expect([...file.u8('after')]).toEqual([4, 5]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('uses the cache of a one-article corpus (no headings: empty sections) instead of rebuilding it every time', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kiji-tiny-'));
    try {
      const corpusDir = join(root, 'corpus');
      await mkdir(corpusDir);
      await writeFile(join(corpusDir, 'short.txt'), '短い記事\n東京で会議が開かれました。\n');
      logger = createRecordingLogger();
      const tiny = { corpusDir, cacheDir: join(root, 'cache'), threads: 1, logger, analyzer: async () => analyzer };
      expect((await openIndex(tiny)).cache.loadedFrom).toBeNull();
      const second = await openIndex(tiny);
      expect(cacheWarnings()).toEqual([]);
      expect(second.cache.loadedFrom).toBe(cachePath(tiny.cacheDir, corpusDir));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('builds on a miss, then opens from the cache without analysing anything, to the same index', async () => {
    await setUp();
    const first = await openIndex(options());
    expect(first.cache).toMatchObject({ loadedFrom: null, miss: 'no cache yet' });
    expect(first.added).toBe(8);
    expect(first.cache.savedBytes).toBe((await stat(cachePath(corpus.cacheDir, corpus.dir))).size);

    const untouchable = vi.fn(async (): Promise<Analyzer> => {
      throw new Error('a cache hit must not tokenise');
    });
    const second = await openIndex(options({ analyzer: untouchable }));
    expect(second.cache.loadedFrom).toBe(cachePath(corpus.cacheDir, corpus.dir));
    expect(second).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 8 });
    expect(untouchable).not.toHaveBeenCalled();
    expect(view(second.state)).toEqual(view(first.state));
    expect(second.state.index.snapshot()).toEqual(first.state.index.snapshot());
  });

  const corruptions: [string, (path: string) => Promise<void>, RegExp][] = [
    ['a flipped byte', async (path) => {
      const bytes = await readFile(path);
      const at = Math.floor(bytes.length * 0.7);
      bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      await writeFile(path, bytes);
    }, /checksum mismatch/],
    ['a truncated file', async (path) => truncate(path, Math.floor((await stat(path)).size / 2)), /truncated|ended early/],
    ['garbage', async (path) => writeFile(path, 'not an index at all'), /not a kiji index file/],
    ['a sound file with inconsistent contents', async (path) => {
      const key = await cacheKey();
      await writeSectionFile(path, { format: 'kiji-index', key, corpusDir: corpus.dir, listedAt: Date.now(), createdAt: new Date().toISOString() }, [
        { name: 'files', json: [] },
        { name: 'docIds', json: ['a#0'] },
      ]);
    }, /cache corrupt/],
  ];

  for (const [what, corrupt, reason] of corruptions) {
    it(`rebuilds from the articles when the cache is ${what}, saying so in one line`, async () => {
      await setUp(2);
      const fresh = await openIndex(options());
      await corrupt(cachePath(corpus.cacheDir, corpus.dir));
      const rebuilt = await openIndex(options());
      expect(rebuilt.cache.loadedFrom).toBeNull();
      expect(rebuilt.added).toBe(4);
      expect(cacheWarnings()).toHaveLength(1);
      expect(cacheWarnings()[0]?.message).toMatch(reason);
      expect(view(rebuilt.state)).toEqual(view(fresh.state));
      // And the rebuilt cache is sound again.
      const again = await openIndex(options());
      expect(again.cache.loadedFrom).not.toBeNull();
    });
  }

  it('rebuilds when the cache was made under other settings (another analyzer version)', async () => {
    await setUp(2);
    const fresh = await openIndex(options());
    const key = await cacheKey();
    await saveIndexCache(cachePath(corpus.cacheDir, corpus.dir), corpus.dir, { ...key, analyzerVersion: key.analyzerVersion - 1 }, fresh.state, fresh.state.index.snapshot());
    const rebuilt = await openIndex(options());
    expect(rebuilt.cache.loadedFrom).toBeNull();
    expect(cacheWarnings()[0]?.message).toMatch(/other settings: analyzerVersion changed/);
  });

  it('keeps one cache per corpus folder, and works without one', async () => {
    await setUp(0);
    const other = await createTempCorpus({ copy: bundledCorpusDir });
    try {
      await openIndex(options());
      await openIndex(options({ corpusDir: other.dir }));
      expect(cachePath(corpus.cacheDir, corpus.dir)).not.toBe(cachePath(corpus.cacheDir, other.dir));
      expect((await openIndex(options())).cache.loadedFrom).not.toBeNull();
      const off = await openIndex(options({ cacheDir: null }));
      expect(off.cache).toMatchObject({ loadedFrom: null, miss: 'cache off', savedBytes: null });
    } finally {
      await other.dispose();
    }
  });
});

describe('change detection against the cache', () => {
  it('re-analyses only the files added or changed, and forgets removed ones', async () => {
    await setUp(4);
    await corpus.write('news/a.txt', factArticle('架空市の市長選挙', '架空市の新しい市長には山田一郎氏が選ばれました。'));
    await openIndex(options());
    await corpus.write('news/a.txt', factArticle('架空市の市長選挙', '架空市の新しい市長には佐藤次郎氏が選ばれました。'), Date.now() / 1000 - 60);
    await corpus.write('news/b.txt', factArticle('架空県の天気', '架空県では明日は大雪になる見込みです。'));
    await corpus.delete('g20-wang-yi-lavrov-johannesburg.txt');

    const analyzed: string[] = [];
    const run = await openIndex(options({ onProgress: () => analyzed.push('file') }));
    expect(run).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 5 });
    expect(analyzed).toHaveLength(2);
    const texts = [...run.state.sources.values()].map(({ passage }) => passage.text).join('\n');
    expect(texts).toContain('佐藤次郎');
    expect(texts).not.toContain('山田一郎');
    expect(texts).toContain('大雪');
    expect(run.state.articles.map((article) => article.id)).not.toContain('g20-wang-yi-lavrov-johannesburg');
    expect(run.state.index.analysisOf('g20-wang-yi-lavrov-johannesburg#0')).toBeUndefined();
  });

  it('takes a touched file (new time, same bytes) as unchanged, and records its new time', async () => {
    await setUp(0);
    await openIndex(options());
    const path = `${corpus.dir}/2025-07-10-wang-yi-lavrov-kuala-lumpur.txt`;
    const later = Date.now() / 1000 - 600;
    await utimes(path, later, later);
    const touched = await openIndex(options());
    expect(touched).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(touched.state.files.get('2025-07-10-wang-yi-lavrov-kuala-lumpur.txt')?.fingerprint.mtimeMs).toBe((await stat(path)).mtimeMs);
    const after = await openIndex(options({ analyzer: async () => { throw new Error('nothing to analyse'); } }));
    expect(after.changed).toBe(0);
  });

  it('hashes a file whose time is too recent to prove anything: same size and time, other bytes', async () => {
    await setUp(0);
    const now = Date.now() / 1000;
    await corpus.write('racy.txt', factArticle('架空島の祭り', '架空島の祭りは毎年八月に開かれます。'), now);
    await openIndex(options());
    // Same length, same mtime (an edit within the filesystem's clock tick).
    await corpus.write('racy.txt', factArticle('架空島の祭り', '架空島の祭りは毎年九月に開かれます。'), now);
    const run = await openIndex(options());
    expect(run.changed).toBe(1);
    expect([...run.state.sources.values()].map(({ passage }) => passage.text).join('')).toContain('九月');
  });

  it('remembers a refused file and its reason without reading it again', async () => {
    await setUp(0);
    await corpus.write('broken.txt', '');
    const first = await openIndex(options());
    const problem = first.state.files.get('broken.txt')?.problem;
    expect(problem).toMatch(/broken\.txt.*empty/);
    const second = await openIndex(options({ analyzer: async () => { throw new Error('nothing to analyse'); } }));
    expect(second.cache.loadedFrom).not.toBeNull();
    expect(second.state.files.get('broken.txt')?.problem).toBe(problem);
  });
});
