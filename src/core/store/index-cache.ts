/**
 * A SearchState on disk and back: the file fingerprints and article headers
 * (JSON, checked with zod), every passage's text in one UTF-16 section
 * (passages and sentences become slices of it when first asked for), and the compact index's
 * sealed arrays, which are used in place. Loading is reading: nothing is
 * re-tokenised, nothing re-indexed.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { headerOf, passageId, type ArticleHeader } from '../../corpus/article.ts';
import { fileEntriesOf, stringsOf } from './file-entries.ts';
import { readSectionFile, writeSectionFile, type Section } from './section-file.ts';
import { sameKey, type CacheKey } from './cache-key.ts';
import { createCompactIndex } from '../engine/compact-index.ts';
import { fieldCount, indexFields, type IndexSnapshot } from '../engine/sealed-index.ts';
import type { IndexedFile, SearchState } from '../build/search-state.ts';
import { numbersOf, restoredSources } from './restored-sources.ts';

const metaSchema = z.object({
  format: z.literal('kiji-index'),
  key: z.object({ format: z.number(), analyzerVersion: z.number(), passages: z.string(), kuromoji: z.string(), code: z.string() }),
  corpusDir: z.string(),
  listedAt: z.number(),
  createdAt: z.string(),
});

/** One cache file per corpus folder, so the bundled corpus and an eval corpus can share a cache folder. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `index-${createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12)}.kiji`);
}

export async function saveIndexCache(path: string, corpusDir: string, key: CacheKey, state: SearchState, snapshot: IndexSnapshot): Promise<number> {
  const files = [...state.files];
  const fileOfArticle = new Map<string, number>();
  files.forEach(([, file], i) => {
    if (file.article) fileOfArticle.set(file.article.id, i);
  });
  const headings: string[] = [];
  const headingNumbers = new Map<string, number>();
  const docCount = snapshot.docIds.length;
  const passageFile = new Int32Array(docCount);
  const passagePosition = new Int32Array(docCount);
  const passageHeading = new Int32Array(docCount);
  const passageLength = new Int32Array(docCount);
  const boundsOffsets = new Int32Array(docCount + 1);
  const bounds: number[] = [];
  const texts: string[] = [];
  snapshot.docIds.forEach((id, doc) => {
    const source = state.sources.get(id);
    const file = source ? fileOfArticle.get(source.article.id) : undefined;
    if (!source || file === undefined) throw new Error(`passage ${id} has no source to persist`);
    const { passage } = source;
    passageFile[doc] = file;
    passagePosition[doc] = passage.position;
    let heading = -1;
    if (passage.heading !== null) {
      heading = headingNumbers.get(passage.heading) ?? headings.length;
      if (heading === headings.length) {
        headings.push(passage.heading);
        headingNumbers.set(passage.heading, heading);
      }
    }
    passageHeading[doc] = heading;
    passageLength[doc] = passage.text.length;
    texts.push(passage.text);
    let from = 0;
    for (const sentence of passage.sentences) {
      const at = passage.text.indexOf(sentence, from);
      bounds.push(at, at + sentence.length);
      from = at + sentence.length;
    }
    boundsOffsets[doc + 1] = bounds.length;
  });

  const sections: Section[] = [
    {
      name: 'files',
      json: files.map(([path, file]) => ({
        path,
        ...file.fingerprint,
        problem: file.problem,
        article: file.article ? headerOf(file.article) : null,
        passages: file.passages,
      })),
    },
    { name: 'headings', json: headings },
    { name: 'text', text: texts.join('') },
    { name: 'passage.file', data: passageFile },
    { name: 'passage.position', data: passagePosition },
    { name: 'passage.heading', data: passageHeading },
    { name: 'passage.length', data: passageLength },
    { name: 'passage.boundsOffsets', data: boundsOffsets },
    { name: 'passage.bounds', data: Int32Array.from(bounds) },
    { name: 'tokens', json: snapshot.tokens },
    { name: 'fieldLengths', data: snapshot.fieldLengths },
    { name: 'analysis.offsets', data: snapshot.analysisOffsets },
    { name: 'analysis.bytes', data: snapshot.analysisBytes },
    ...snapshot.postings.flatMap((postings, field): Section[] => [
      { name: `postings.${indexFields[field]}.offsets`, data: postings.offsets },
      { name: `postings.${indexFields[field]}.docs`, data: postings.docs },
      { name: `postings.${indexFields[field]}.freqs`, data: postings.freqs },
    ]),
    { name: 'termDf', data: snapshot.termDf },
    { name: 'bigramDf', data: snapshot.bigramDf },
    { name: 'averages', data: snapshot.averages },
    { name: 'bounds.params', data: Float64Array.of(snapshot.bounds.k, snapshot.bounds.b) },
    { name: 'bounds.averages', data: snapshot.bounds.averages },
    ...snapshot.bounds.values.map((values, field): Section => ({ name: `bounds.${indexFields[field]}`, data: values })),
  ];
  const meta = { format: 'kiji-index', key, corpusDir: resolve(corpusDir), listedAt: state.listedAt, createdAt: new Date().toISOString() };
  return writeSectionFile(path, meta, sections);
}

export type CacheLoad = { state: SearchState; bytes: number } | { miss: string };

/** The persisted state, or why it cannot be used (absent, another key, corrupt). Never throws. */
export async function loadIndexCache(path: string, key: CacheKey | Promise<CacheKey>): Promise<CacheLoad> {
  let cache;
  try {
    cache = await readSectionFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { miss: code === 'ENOENT' ? 'no cache yet' : `cache unreadable (${reason(error)})` };
  }
  try {
    const meta = metaSchema.parse(cache.meta);
    const changed = sameKey(meta.key, await key);
    if (changed) return { miss: `cache built for other settings: ${changed}` };
    return { state: restore(cache, meta.listedAt), bytes: cache.bytes };
  } catch (error) {
    return { miss: `cache corrupt (${reason(error)})` };
  }
}

function restore(cache: Awaited<ReturnType<typeof readSectionFile>>, listedAt: number): SearchState {
  const fileList = fileEntriesOf(cache.json('files'));
  const headings = stringsOf(cache.json('headings'), 'headings');
  const tokens = stringsOf(cache.json('tokens'), 'tokens');
  const passageFile = cache.i32('passage.file');
  const passagePosition = cache.i32('passage.position');
  const docCount = passageFile.length;
  expect(passagePosition.length === docCount, 'passage table length');
  const articles: (ArticleHeader | null)[] = fileList.map((file) => file.article);
  // Passage ids are not stored: each is its article's id and its position.
  const docIds = new Array<string>(docCount);
  for (let doc = 0; doc < docCount; doc += 1) {
    const article = articles[passageFile[doc] as number];
    expect(article !== null && article !== undefined, 'passage file');
    docIds[doc] = passageId(article.id, passagePosition[doc] as number);
  }
  // One map from ids to numbers for the passages and the index alike.
  const docNumbers = numbersOf(docIds);
  expect(docNumbers.size === docCount, 'unique passage ids');
  const snapshot: IndexSnapshot = {
    tokens,
    docIds,
    fieldLengths: cache.u32('fieldLengths'),
    analysisOffsets: cache.i32('analysis.offsets'),
    analysisBytes: cache.u8('analysis.bytes'),
    postings: indexFields.map((field) => ({
      offsets: cache.i32(`postings.${field}.offsets`),
      docs: cache.i32(`postings.${field}.docs`),
      freqs: cache.frequencies(`postings.${field}.freqs`),
    })),
    termDf: cache.i32('termDf'),
    bigramDf: cache.i32('bigramDf'),
    averages: cache.f64('averages'),
    bounds: {
      k: cache.f64('bounds.params')[0] ?? Number.NaN,
      b: cache.f64('bounds.params')[1] ?? Number.NaN,
      averages: cache.f64('bounds.averages'),
      values: indexFields.map((field) => cache.f64(`bounds.${field}`)),
    },
  };
  checkSnapshot(snapshot);

  // One string, passages slices of it: decoding a passage at a time from the bytes saved ~15 ms
  // at the start, but made each passage a copy, and serving grew ~10 MB past them.
  const text = cache.text('text');
  const passageHeading = cache.i32('passage.heading');
  const passageLength = cache.i32('passage.length');
  const boundsOffsets = cache.i32('passage.boundsOffsets');
  const bounds = cache.i32('passage.bounds');
  for (const array of [passageHeading, passageLength]) expect(array.length === docCount, 'passage table length');
  expect(boundsOffsets.length === docCount + 1 && boundsOffsets[docCount] === bounds.length, 'sentence bounds');

  const files = new Map<string, IndexedFile>();
  fileList.forEach((file, i) => {
    files.set(file.path, { fingerprint: { size: file.size, mtimeMs: file.mtimeMs, hash: file.hash }, article: articles[i] ?? null, problem: file.problem, passages: file.passages });
  });
  // Checked here, all of them, so that a bad table is a corrupt cache now and never a wrong quote later.
  const starts = new Int32Array(docCount + 1);
  const docArticles = new Array<ArticleHeader>(docCount);
  for (let doc = 0; doc < docCount; doc += 1) {
    docArticles[doc] = articles[passageFile[doc] as number] as ArticleHeader;
    const length = passageLength[doc] as number;
    starts[doc + 1] = (starts[doc] as number) + length;
    expect(length >= 0 && (starts[doc + 1] as number) <= text.length, 'passage table entry');
    for (let b = boundsOffsets[doc] as number; b + 1 < (boundsOffsets[doc + 1] as number); b += 2) {
      const from = bounds[b] as number;
      const to = bounds[b + 1] as number;
      expect(from >= 0 && from <= to && to <= length, 'sentence bound');
    }
  }
  expect(starts[docCount] === text.length, 'text length');
  const sources = restoredSources({ ids: docIds, docNumbers, articles: docArticles, text, starts, positions: passagePosition, headings: passageHeading, headingTexts: headings, boundsOffsets, bounds });
  const articleList = [...files.values()].flatMap((file) => (file.article ? [file.article] : []));
  return { files, listedAt, articles: articleList, sources, index: createCompactIndex(snapshot, { docNumbers }) };
}

/** Shapes that, if wrong, would make searches read past arrays; cheap enough to check every load. */
function checkSnapshot(snapshot: IndexSnapshot): void {
  const docs = snapshot.docIds.length;
  const tokens = snapshot.tokens.length;
  expect(snapshot.fieldLengths.length === docs * fieldCount, 'field lengths');
  expect(snapshot.analysisOffsets.length === docs + 1 && snapshot.analysisOffsets[docs] === snapshot.analysisBytes.length, 'analysis offsets');
  expect(snapshot.termDf.length === tokens && snapshot.bigramDf.length === tokens, 'document frequencies');
  expect(snapshot.averages.length === fieldCount, 'averages');
  expect(snapshot.bounds.averages.length === fieldCount && snapshot.bounds.values.every((values) => values.length <= tokens), 'term bounds');
  // Unique passage ids: checked by restoredSources, which maps them anyway.
  for (const postings of snapshot.postings) {
    expect(postings.offsets.length === tokens + 1 && postings.offsets[tokens] === postings.docs.length && postings.freqs.length === postings.docs.length, 'postings');
    // 13.6 M postings at 10,000 articles: a flag folded over each list and tested once per list
    // (no call and no message per posting) keeps this to a few milliseconds.
    const { offsets, docs: numbers } = postings;
    for (let token = 0; token < tokens; token += 1) {
      const from = offsets[token] as number;
      const to = offsets[token + 1] as number;
      expect(from <= to, 'posting offsets');
      let previous = -1;
      let ordered = true;
      for (let i = from; i < to; i += 1) {
        const doc = numbers[i] as number;
        ordered = ordered && doc > previous;
        previous = doc;
      }
      expect(ordered && (to === from || previous < docs), 'posting documents');
    }
  }
}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`${what} inconsistent`);
}

function reason(error: unknown): string {
  if (error instanceof z.ZodError) return `unexpected ${error.issues[0]?.path.join('.') || 'shape'}`;
  return error instanceof Error ? error.message : String(error);
}
