/**
 * What a persisted index depends on besides the article files. A cache built
 * under another key is rebuilt, not trusted: the analyzer's declared version,
 * the passage settings, the kuromoji version, and a digest of the source of
 * every module that shapes the index, so an edit that forgot to bump
 * analyzerVersion still cannot serve answers from the old analysis.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyzerVersion } from '../analysis/analyzer.ts';
import { passageDefaults } from '../../corpus/to-passages.ts';
import { projectPath } from '../../project-root.ts';

/** Bump when the cache layout (index-cache.ts, compact-index.ts) changes. */
export const cacheFormatVersion = 3;

/**
 * Sources whose code decides what gets stored, relative to this file's
 * source (src/core/store, also when running from dist/: the digest is of the
 * TypeScript, so a compiled start and a start through tsx share a cache): the
 * article reader, the analysis, the build (what a file becomes: passages,
 * sentence bounds, refusals), the engine's layout, this store, and the error
 * messages (refused files' problems are stored). Whole folders, so a new or
 * renamed file can never be left out of the digest.
 */
const pipelineSources = ['../../corpus', '../analysis', '../build', '../engine', '.', '../../errors.ts'];

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
  const kuromoji = (createRequire(import.meta.url)('kuromoji/package.json') as { version?: string }).version ?? 'unknown';
  const code = await digestSources(projectPath('src', 'core', 'store'), pipelineSources);
  return { format: cacheFormatVersion, analyzerVersion, passages: JSON.stringify(passageDefaults), kuromoji, code };
}

/**
 * SHA-1 over every .ts file under each source (a folder, or one file), paths
 * relative to `base` (so the checkout's location does not matter), in a
 * stable order. Read synchronously (~100 small files, a few ms): as a chain
 * of awaited reads it took ~0.3–1 s of wall time at a start whose thread is
 * busy loading kuromoji and the cache, and the cache's check waits for it.
 */
export async function digestSources(base: string, sources: readonly string[]): Promise<string> {
  const hash = createHash('sha1');
  for (const source of sources) {
    const full = join(base, source);
    const info = statSync(full, { throwIfNoEntry: false });
    // Without the sources (a bundled build), the declared versions alone decide.
    if (!info) continue;
    const names = info.isDirectory() ? readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort() : [''];
    for (const name of names) hash.update(`${join(source, name)}\n`).update(readFileSync(join(full, name)));
  }
  return hash.digest('hex');
}

export function sameKey(a: CacheKey, b: CacheKey): string | null {
  for (const field of ['format', 'analyzerVersion', 'passages', 'kuromoji', 'code'] as const) {
    if (a[field] !== b[field]) return field === 'code' ? 'the indexing code changed' : `${field} changed (${String(a[field])} → ${String(b[field])})`;
  }
  return null;
}
