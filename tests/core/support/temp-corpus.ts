/**
 * Throwaway corpus folders for cache and reload tests: the bundled articles
 * plus synthetic ones (the bench's generator), and helpers to edit files
 * with a controlled mtime, since change detection looks at size and time.
 */
import { cp, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledCorpusDir } from '../../../src/config.ts';
import { readSentencePool, syntheticArticle } from '../../../scripts/bench/synthetic-corpus.ts';

export interface TempCorpus {
  root: string;
  corpusDir: string;
  cacheDir: string;
  /** Writes a file and sets its mtime (seconds since the epoch; default: an hour ago, well outside the racy window). */
  write(path: string, text: string, mtimeSeconds?: number): Promise<void>;
  remove(path: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function createTempCorpus(options: { synthetic?: number } = {}): Promise<TempCorpus> {
  const root = await mkdtemp(join(tmpdir(), 'kiji-test-'));
  const corpusDir = join(root, 'corpus');
  const cacheDir = join(root, 'cache');
  await cp(bundledCorpusDir, corpusDir, { recursive: true });
  // Copies are new files; date them back so only the edits a test makes look recent.
  const hourAgo = Date.now() / 1000 - 3600;
  for (const name of await readdir(corpusDir)) await utimes(join(corpusDir, name), hourAgo, hourAgo);
  const corpus: TempCorpus = {
    root,
    corpusDir,
    cacheDir,
    async write(path, text, mtimeSeconds = Date.now() / 1000 - 3600) {
      const full = join(corpusDir, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
      await utimes(full, mtimeSeconds, mtimeSeconds);
    },
    remove: (path) => rm(join(corpusDir, path)),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
  if (options.synthetic) {
    const pool = await readSentencePool(bundledCorpusDir);
    for (let i = 0; i < options.synthetic; i += 1) {
      const article = syntheticArticle(pool, i);
      await corpus.write(join('synthetic', article.path), article.text);
    }
  }
  return corpus;
}

/** A small article in kiji's plain format about one made-up fact. */
export function factArticle(title: string, fact: string): string {
  return `${title}\n${fact}\nこの記事はテストのために書かれました。内容は架空のものです。\nReference(s):\nTest article\nexample.com\n`;
}
