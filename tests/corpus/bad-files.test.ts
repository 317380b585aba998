/**
 * Every way an article file or folder can be unusable: the file is skipped
 * with a message naming it (and the line, where there is one), the rest of
 * the folder still loads, and a folder with nothing usable is a clear error.
 * loadCorpus reads each file the one way the index build does
 * (readArticleFile); the last test checks that the bots report the same
 * messages through kiji.problems().
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { maxArticleBytes } from '../../src/corpus/read-article-file.ts';
import { createKiji } from '../../src/core/index.ts';
import { CorpusUnavailableError } from '../../src/errors.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';
import { createTempCorpus, plainArticle, type TempCorpus } from '../support/temp-corpus.ts';

let corpus: TempCorpus;
beforeEach(async () => {
  corpus = await createTempCorpus();
  // One good article beside each bad file: a bad file must never take the folder down.
  await corpus.write('good.txt', plainArticle('良い記事の見出し', '良い記事の本文です。'));
});
afterEach(async () => {
  await corpus.dispose();
});

/** Loads the folder and returns the one problem reported, after checking the good article still loaded and the message names the file. */
async function problemWith(name: string, content: string | Uint8Array): Promise<string> {
  await corpus.write(name, content);
  const loaded = await loadCorpus(corpus.dir);
  expect(loaded.articles.map((article) => article.id)).toEqual(['good']);
  expect(loaded.problems).toHaveLength(1);
  const problem = loaded.problems[0];
  if (!problem) throw new Error('no problem reported');
  expect(problem.startsWith(`${name}:`)).toBe(true);
  return problem;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 日本 in Shift_JIS: what a file saved by an old Windows editor looks like. */
const shiftJisNihon = [0x93, 0xfa, 0x96, 0x7b];

describe('a bad file among good ones', () => {
  it('skips an empty file', async () => {
    expect(await problemWith('empty.txt', '')).toBe('empty.txt: is empty');
  });

  it('skips a file of only blank lines and spaces', async () => {
    expect(await problemWith('blank.txt', '\n  \n\t\n')).toBe('blank.txt: is empty (only whitespace)');
  });

  it('skips a binary file, naming the line of the first NUL byte', async () => {
    const bytes = Uint8Array.from([...utf8('見出し\n本文です。\n'), 0x00, 0x01, 0xff]);
    expect(await problemWith('image.txt', bytes)).toBe('image.txt:3: looks binary (contains a NUL byte), not an article text file');
  });

  it('skips a file that is not UTF-8, naming the first line that is not', async () => {
    const bytes = Uint8Array.from([...utf8('見出し\n一行目はUTF-8です。\n'), ...shiftJisNihon, ...utf8('\n')]);
    expect(await problemWith('sjis.txt', bytes)).toBe('sjis.txt:3: is not valid UTF-8 (save it as UTF-8)');
  });

  it('skips a file whose first line is body text, not a title', async () => {
    expect(await problemWith('no-title.txt', '- 箇条書きから始まっています。\n本文です。\n')).toBe('no-title.txt:1: has no title: the first line should be the headline, not body text');
  });

  it('skips a file whose first line is far too long to be a title', async () => {
    const problem = await problemWith('long-first-line.txt', `${'長い本文'.repeat(60)}。\n次の行です。\n`);
    expect(problem).toContain('long-first-line.txt:1: has no title');
  });

  it('skips a Markdown file with no title, on line 1', async () => {
    expect(await problemWith('untitled.md', '本文だけです。\n')).toContain('untitled.md:1: has no title');
  });

  it('skips a title with nothing under it', async () => {
    expect(await problemWith('title-only.txt', '見出しだけ\n\n')).toBe('title-only.txt:2: has a title but no body text');
  });

  it('skips a file over 2 MB without reading it as an article', async () => {
    const big = new Uint8Array(maxArticleBytes + 1).fill(0x61);
    big.set(utf8('大きすぎる記事\n'));
    expect(await problemWith('huge.txt', big)).toBe('huge.txt: is 2.0 MB, over the 2.0 MB limit for one article');
  });

  it('loads a file of exactly 2 MB', async () => {
    const bytes = new Uint8Array(maxArticleBytes).fill(0x61);
    bytes.set(utf8('ちょうど2MBの記事\n'));
    bytes[bytes.length - 1] = 0x2e; // end the long body line with a full stop so it is a paragraph
    await corpus.write('exactly-2mb.txt', bytes);
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.map((article) => article.id)).toEqual(['exactly-2mb', 'good']);
  });

  it('names every bad file when several are bad', async () => {
    await corpus.write('a-empty.txt', '');
    await corpus.write('b-sjis.txt', Uint8Array.from(shiftJisNihon));
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.articles.map((article) => article.id)).toEqual(['good']);
    expect(loaded.problems).toEqual(['a-empty.txt: is empty', 'b-sjis.txt:1: is not valid UTF-8 (save it as UTF-8)']);
  });

  it('ignores files that are not articles: other extensions, hidden files, README and synonyms.txt', async () => {
    await corpus.write('notes.json', '{"not": "an article"}');
    await corpus.write('.draft.txt', '');
    await corpus.write('.hidden/old.txt', '');
    await corpus.write('README.md', '# About this folder\n\nNot an article.\n');
    await corpus.write('synonyms.txt', '安保理 国連安全保障理事会\n');
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.map((article) => article.id)).toEqual(['good']);
  });
});

describe('a folder that cannot be a corpus', () => {
  it('is an error when it does not exist, naming the folder and how to choose another', async () => {
    const missing = join(corpus.dir, 'no-such-folder');
    const error = await loadCorpus(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusUnavailableError);
    expect((error as Error).message).toBe(`corpus folder ${missing} does not exist (set KIJI_CORPUS_DIR or --corpus to a folder of articles)`);
  });

  it('is an error when it is a file', async () => {
    const file = join(corpus.dir, 'good.txt');
    await expect(loadCorpus(file)).rejects.toThrow(`corpus path ${file} is not a folder`);
  });

  it('is an error when it holds no article files', async () => {
    const empty = join(corpus.dir, 'empty');
    await mkdir(empty);
    await expect(loadCorpus(empty)).rejects.toThrow(`corpus folder ${empty} has no article files (.txt or .md)`);
  });

  it('is an error when every file is bad, naming each', async () => {
    const bad = await createTempCorpus();
    try {
      await bad.write('one.txt', '');
      await bad.write('two.md', '本文だけです。\n');
      const error = await loadCorpus(bad.dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CorpusUnavailableError);
      expect((error as Error).message).toContain(`no readable article in ${bad.dir}`);
      expect((error as Error).message).toContain('one.txt: is empty');
      expect((error as Error).message).toContain('two.md:1: has no title');
    } finally {
      await bad.dispose();
    }
  });
});

describe('what the bots report', () => {
  it('is the same message for each bad file as loadCorpus gives, through kiji.problems()', async () => {
    await corpus.write('empty.txt', '');
    await corpus.write('image.txt', Uint8Array.from([...utf8('見出し\n'), 0x00]));
    await corpus.write('sjis.txt', Uint8Array.from(shiftJisNihon));
    await corpus.write('title-only.txt', '見出しだけ\n\n');
    const big = new Uint8Array(maxArticleBytes + 1).fill(0x61);
    await corpus.write('huge.txt', big);
    await corpus.write('good.md', '# 同じ記事ID\n\n本文です。\n');
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.problems).toHaveLength(6);
    expect(loaded.problems).toContain('good.txt: has the same article id as good.md; rename one of them');
    const kiji = await createKiji({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: createRecordingLogger() });
    try {
      expect(kiji.problems()).toEqual(loaded.problems);
      expect(kiji.sources().map((source) => source.id)).toEqual(['good']);
    } finally {
      await kiji.close();
    }
  });
});
