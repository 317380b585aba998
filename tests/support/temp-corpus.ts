/**
 * The one throwaway corpus folder for tests: real files in the OS temp
 * folder, so kiji reads them exactly as it reads a user's folder, with a
 * cache folder beside it. Files are dated an hour back unless a test says
 * otherwise, since change detection looks at size and time and treats very
 * recent files as suspect.
 */
import { cp, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCorpusDir } from '../../src/config.ts';
import { readSentencePool, syntheticArticle } from '../../scripts/bench/synthetic-corpus.ts';

export { bundledCorpusDir };
export const neighbourCorpusDir = fileURLToPath(new URL('../fixtures/neighbour-corpus', import.meta.url));

export interface TempCorpus {
  /** The temp folder holding both of the others. */
  root: string;
  /** The corpus folder. */
  dir: string;
  /** A cache folder beside it (created when first used). */
  cacheDir: string;
  /** Writes a file (text as UTF-8, bytes as given), creating folders on the way; returns its full path. */
  write(path: string, content: string | Uint8Array, mtimeSeconds?: number): Promise<string>;
  /** Copies every file of another folder in. */
  copyFrom(dir: string): Promise<void>;
  /** Deletes one file of the corpus. */
  delete(path: string): Promise<void>;
  /** Removes the whole temp folder. */
  dispose(): Promise<void>;
}

export interface TempCorpusOptions {
  /** A folder to copy in first (e.g. bundledCorpusDir). */
  copy?: string;
  /** How many synthetic articles (the bench's generator) to add, under synthetic/. */
  synthetic?: number;
}

const anHourAgo = () => Date.now() / 1000 - 3600;

export async function createTempCorpus(options: TempCorpusOptions = {}): Promise<TempCorpus> {
  const root = await mkdtemp(join(tmpdir(), 'kiji-test-'));
  const dir = join(root, 'corpus');
  await mkdir(dir);
  const corpus: TempCorpus = {
    root,
    dir,
    cacheDir: join(root, 'cache'),
    async write(path, content, mtimeSeconds = anHourAgo()) {
      const full = join(dir, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
      await utimes(full, mtimeSeconds, mtimeSeconds);
      return full;
    },
    async copyFrom(from) {
      await cp(from, dir, { recursive: true });
      // Copies are new files; date them back so only the edits a test makes look recent.
      const time = anHourAgo();
      for (const name of await readdir(from, { recursive: true })) await utimes(join(dir, name), time, time);
    },
    delete: (path) => rm(join(dir, path)),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
  if (options.copy) await corpus.copyFrom(options.copy);
  if (options.synthetic) {
    const pool = await readSentencePool(bundledCorpusDir);
    for (let i = 0; i < options.synthetic; i += 1) {
      const article = syntheticArticle(pool, i);
      await corpus.write(join('synthetic', article.path), article.text);
    }
  }
  return corpus;
}

/** A small, valid article in the plain format, for padding a folder with good files. */
export function plainArticle(title: string, body: string): string {
  return `${title}\n${body}\nReference(s):\nA test article\nexample.com\n`;
}

/** A small article in kiji's plain format about one made-up fact. */
export function factArticle(title: string, fact: string): string {
  return `${title}\n${fact}\nこの記事はテストのために書かれました。内容は架空のものです。\nReference(s):\nTest article\nexample.com\n`;
}
