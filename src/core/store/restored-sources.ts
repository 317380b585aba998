/**
 * A restored index's passages as a map that makes each PassageSource when
 * it is first asked for, from the cache's one text string and its tables of
 * lengths, headings and sentence bounds. Making all of them at the start
 * was, at 10,000 articles, ~830,000 objects (92,000 passages with their text
 * and sentences, and the pairs), all surviving, that the start's garbage
 * collections copied from space to space; a question looks at a few hundred.
 * Once made, a source is kept (so it is the same object every time), and
 * iterating makes them all, in passage order, as the Map it replaces did.
 */
import type { ArticleHeader, PassageSource } from '../../corpus/article.ts';

export interface PassageTable {
  /** Passage ids by document number. */
  ids: readonly string[];
  /** Document numbers by passage id, when the caller has them already (the index shares them); made here otherwise. */
  docNumbers?: ReadonlyMap<string, number>;
  /** Each document's article. */
  articles: readonly ArticleHeader[];
  /** Every passage's text, concatenated in document order. */
  text: string;
  /** Document d's text is text[starts[d], starts[d + 1]). */
  starts: Int32Array;
  positions: Int32Array;
  /** Index into headings, or -1. */
  headings: Int32Array;
  headingTexts: readonly string[];
  /** Document d's sentences are bounds[boundsOffsets[d] … boundsOffsets[d + 1]) as (from, to) pairs, relative to its text. */
  boundsOffsets: Int32Array;
  bounds: Int32Array;
}

export function restoredSources(table: PassageTable): ReadonlyMap<string, PassageSource> {
  const count = table.ids.length;
  const docOf = table.docNumbers ?? numbersOf(table.ids);
  if (docOf.size !== count) throw new Error('unique passage ids inconsistent');
  const made = new Array<PassageSource | undefined>(count);

  const make = (doc: number): PassageSource => {
    const existing = made[doc];
    if (existing) return existing;
    const article = table.articles[doc] as ArticleHeader;
    const text = table.text.slice(table.starts[doc] as number, table.starts[doc + 1] as number);
    const sentences: string[] = [];
    for (let b = table.boundsOffsets[doc] as number; b + 1 < (table.boundsOffsets[doc + 1] as number); b += 2) sentences.push(text.slice(table.bounds[b], table.bounds[b + 1]));
    const heading = table.headings[doc] as number;
    const id = table.ids[doc] as string;
    const source: PassageSource = {
      passage: { id, articleId: article.id, heading: heading < 0 ? null : (table.headingTexts[heading] ?? null), text, sentences, position: table.positions[doc] as number },
      article,
    };
    made[doc] = source;
    return source;
  };

  function* entries(): MapIterator<[string, PassageSource]> {
    for (let doc = 0; doc < count; doc += 1) yield [table.ids[doc] as string, make(doc)];
  }
  return {
    size: count,
    get: (id) => {
      const doc = docOf.get(id);
      return doc === undefined ? undefined : make(doc);
    },
    has: (id) => docOf.has(id),
    entries,
    *keys(): MapIterator<string> {
      yield* table.ids;
    },
    *values(): MapIterator<PassageSource> {
      for (let doc = 0; doc < count; doc += 1) yield make(doc);
    },
    forEach(callback, thisArg) {
      for (const [id, source] of entries()) callback.call(thisArg, source, id, this);
    },
    [Symbol.iterator]: entries,
  };
}

/** Document numbers by id; fewer entries than ids when some repeat. */
export function numbersOf(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (let doc = 0; doc < ids.length; doc += 1) numbers.set(ids[doc] as string, doc);
  return numbers;
}
