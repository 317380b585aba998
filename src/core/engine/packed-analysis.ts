/**
 * An AnalyzedPassage as bytes: token numbers (see token-table) written as
 * LEB128 varints, about 2 bytes a token instead of a 20-byte string
 * reference each. Layout:
 *
 *   title count, ids… · heading count, ids… · sentence count,
 *   then per sentence: term count, ids… · bigram count, ids… · tag count, ids…
 *
 * Workers pack with their own token table; the main thread renumbers with
 * `repack`, which is why the layout is counts-then-ids throughout.
 */
import type { AnalyzedPassage } from './passage-index.ts';
import type { TokenTable } from './token-table.ts';

export function packAnalysis(passage: AnalyzedPassage, tokens: TokenTable): Uint8Array {
  const out = createByteWriter();
  const list = (values: readonly string[]) => {
    out.write(values.length);
    for (const value of values) out.write(tokens.intern(value));
  };
  list(passage.title);
  list(passage.heading);
  out.write(passage.sentences.length);
  for (const sentence of passage.sentences) {
    list(sentence.terms);
    list(sentence.bigrams);
    list(sentence.tags);
  }
  return out.bytes();
}

export function unpackAnalysis(id: string, bytes: Uint8Array, tokens: TokenTable): AnalyzedPassage {
  const all = tokens.all();
  let offset = 0;
  // The varint reader inlined (this runs for every token of every candidate a question unpacks).
  const read = (): number => {
    let byte = bytes[offset++];
    if (byte === undefined) throw new Error('packed analysis ends in the middle of a number');
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    for (;;) {
      byte = bytes[offset++];
      if (byte === undefined) throw new Error('packed analysis ends in the middle of a number');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  const word = (number: number): string => {
    const token = all[number];
    if (token === undefined) throw new Error(`no token numbered ${number}`);
    return token;
  };
  const list = () => {
    const count = read();
    const values = new Array<string>(count);
    for (let i = 0; i < count; i += 1) values[i] = word(read());
    return values;
  };
  /** The tokens, and their numbers beside them (matching a question by number, coverage.ts). */
  const numbered = (): [string[], Int32Array] => {
    const count = read();
    const values = new Array<string>(count);
    const numbers = new Int32Array(count);
    for (let i = 0; i < count; i += 1) {
      const number = read();
      numbers[i] = number;
      values[i] = word(number);
    }
    return [values, numbers];
  };
  const title = list();
  const heading = list();
  const sentenceCount = read();
  const sentences = [];
  for (let i = 0; i < sentenceCount; i += 1) {
    const [terms, termIds] = numbered();
    const [bigrams, bigramIds] = numbered();
    sentences.push({ terms, bigrams, tags: list(), termIds, bigramIds });
  }
  return { id, title, heading, sentences };
}

/** Token numbers of each index field, in order, as minisearch's fields would list them. */
export interface FieldTokens {
  title: number[];
  heading: number[];
  /** Sentence terms, all sentences in order. */
  text: number[];
  bigrams: number[];
}

export function fieldTokens(bytes: Uint8Array): FieldTokens {
  const read = createByteReader(bytes);
  const list = (into: number[] | null) => {
    const count = read();
    for (let i = 0; i < count; i += 1) {
      const id = read();
      into?.push(id);
    }
  };
  const fields: FieldTokens = { title: [], heading: [], text: [], bigrams: [] };
  list(fields.title);
  list(fields.heading);
  const sentenceCount = read();
  for (let i = 0; i < sentenceCount; i += 1) {
    list(fields.text);
    list(fields.bigrams);
    list(null);
  }
  return fields;
}

/** The same analysis with every token number passed through `map` (worker numbering to index numbering). */
export function repack(bytes: Uint8Array, map: (id: number) => number): Uint8Array {
  const read = createByteReader(bytes);
  const out = createByteWriter(bytes.length + 16);
  const list = () => {
    const count = read();
    out.write(count);
    for (let i = 0; i < count; i += 1) out.write(map(read()));
  };
  list();
  list();
  const sentenceCount = read();
  out.write(sentenceCount);
  for (let i = 0; i < sentenceCount * 3; i += 1) list();
  return out.bytes();
}

function createByteWriter(capacity = 256) {
  let buffer = new Uint8Array(capacity);
  let length = 0;
  return {
    write(value: number) {
      if (length + 5 > buffer.length) {
        const grown = new Uint8Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      let rest = value >>> 0;
      while (rest >= 0x80) {
        buffer[length++] = (rest & 0x7f) | 0x80;
        rest >>>= 7;
      }
      buffer[length++] = rest;
    },
    bytes: () => buffer.slice(0, length),
  };
}

function createByteReader(bytes: Uint8Array) {
  let offset = 0;
  return () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (offset >= bytes.length) throw new Error('packed analysis ends in the middle of a number');
      const byte = bytes[offset++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
}
