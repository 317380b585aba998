/**
 * What a persisted index depends on besides the article files. A cache built
 * under another key is rebuilt, not trusted: the analyzer's declared version,
 * the passage settings, the kuromoji version, and a digest of the source of
 * every module that shapes the index, so an edit that forgot to bump
 * analyzerVersion still cannot serve answers from the old analysis.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { analyzerVersion } from '../analysis/analyzer.ts';
import { passageDefaults } from '../../corpus/to-passages.ts';

/** Bump when the cache layout (index-cache.ts, compact-index.ts) changes. */
export const cacheFormatVersion = 3;

/**
 * Folders whose code decides what gets stored, relative to this file: the
 * article reader, the analysis, the engine's layout and this store. Whole
 * folders, so a new or renamed file can never be left out of the digest.
 */
const pipelineFolders = ['../../corpus', '../analysis', '../engine', '.'];

export interface CacheKey {
  format: number;
  analyzerVersion: number;
  passages: string;
  kuromoji: string;
  code: string;
}

let computing: Promise<CacheKey> | undefined;

export function cacheKey(): Promise<CacheKey> {
  computing ??= compute();
  return computing;
}

async function compute(): Promise<CacheKey> {
  const hash = createHash('sha1');
  for (const folder of pipelineFolders) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    // Without the sources (a bundled build), the declared versions alone decide.
    const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${name}`).update(await readFile(join(dir, name)));
    }
  }
  const kuromoji = (createRequire(import.meta.url)('kuromoji/package.json') as { version?: string }).version ?? 'unknown';
  return { format: cacheFormatVersion, analyzerVersion, passages: JSON.stringify(passageDefaults), kuromoji, code: hash.digest('hex') };
}

export function sameKey(a: CacheKey, b: CacheKey): string | null {
  for (const field of ['format', 'analyzerVersion', 'passages', 'kuromoji', 'code'] as const) {
    if (a[field] !== b[field]) return field === 'code' ? 'the indexing code changed' : `${field} changed (${String(a[field])} → ${String(b[field])})`;
  }
  return null;
}
