/**
 * Throwaway corpus folders for tests: real files in the OS temp folder, so
 * the loader reads them exactly as it reads a user's folder.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bundledCorpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));
export const neighbourCorpusDir = fileURLToPath(new URL('../fixtures/neighbour-corpus', import.meta.url));

export interface TempCorpus {
  dir: string;
  /** Writes a file (text as UTF-8, bytes as given), creating folders on the way. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  /** Copies every file of another folder in. */
  copyFrom(dir: string): Promise<void>;
  remove(): Promise<void>;
}

export async function createTempCorpus(): Promise<TempCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'kiji-corpus-'));
  return {
    dir,
    async write(name, content) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      return path;
    },
    copyFrom: (from) => cp(from, dir, { recursive: true }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A small, valid article in the plain format, for padding a folder with good files. */
export function plainArticle(title: string, body: string): string {
  return `${title}\n${body}\nReference(s):\nA test article\nexample.com\n`;
}
