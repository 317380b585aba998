/**
 * Writes (or reuses) the synthetic corpus of N articles in a folder. A
 * dot-file records what was written, so a rerun of the bench skips the
 * generation; article files are in year/month folders, as archives are.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readSentencePool, syntheticArticle, type SentencePool } from './synthetic-corpus.ts';

/** Bump when the generator changes, so old folders are regenerated. */
const generatorVersion = 1;

export async function writeSyntheticCorpus(dir: string, count: number, bundledDir: string): Promise<SentencePool> {
  const pool = await readSentencePool(bundledDir);
  const marker = join(dir, '.kiji-bench.json');
  const wanted = JSON.stringify({ generatorVersion, count });
  if ((await readFile(marker, 'utf8').catch(() => '')) === wanted) return pool;
  await rm(dir, { recursive: true, force: true });
  for (let index = 0; index < count; index += 1) {
    const article = syntheticArticle(pool, index);
    const path = join(dir, article.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, article.text);
  }
  await writeFile(marker, wanted);
  return pool;
}
