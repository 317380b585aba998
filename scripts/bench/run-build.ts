/** Bench child: builds the index from scratch with N threads and reports time, size and peak memory. */
import { rm } from 'node:fs/promises';
import { buildIndex } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { arg, report } from './child.ts';

const cacheDir = arg('cache');
await rm(cacheDir, { recursive: true, force: true });
const built = await buildIndex({ corpusDir: arg('corpus'), cacheDir, threads: Number(arg('threads')), logger: silentLogger });
report({ articles: built.articles, passages: built.passages, chars: built.characters, seconds: built.seconds, threads: built.threads, cacheBytes: built.cacheBytes });
