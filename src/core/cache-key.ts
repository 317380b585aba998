/**
 * What a persisted index depends on besides the article files. A cache built
 * under another key is rebuilt, not trusted: the analyzer's declared version,
 * the passage settings, the kuromoji version, and a digest of the source of
 * every module that shapes the index, so an edit that forgot to bump
 * analyzerVersion still cannot serve answers from the old analysis.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { analyzerVersion } from './analyzer.ts';
import { passageDefaults } from '../corpus/to-passages.ts';

/** Bump when the cache layout (index-cache.ts, compact-index.ts) changes. */
export const cacheFormatVersion = 2;

/** Modules whose code decides what gets indexed, relative to this file. */
const pipelineModules = [
  '../corpus/article.ts',
  '../corpus/load-corpus.ts',
  '../corpus/parse-markdown-article.ts',
  '../corpus/parse-text-article.ts',
  '../corpus/read-article-file.ts',
  '../corpus/split-sentences.ts',
  '../corpus/to-passages.ts',
  './analyzer.ts',
  './analyze-passages.ts',
  './normalize.ts',
  './tokenizer.ts',
  './packed-analysis.ts',
  './compact-index.ts',
  './index-cache.ts',
];

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
  for (const module of pipelineModules) {
    // Without the sources (a bundled build), the declared versions alone decide.
    const source = await readFile(new URL(module, import.meta.url)).catch(() => Buffer.from('missing'));
    hash.update(module).update(source);
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
