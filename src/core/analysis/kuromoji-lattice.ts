/**
 * kuromoji's word lattice built in time linear in the dictionary matches,
 * not quadratic in the sentence. Its ViterbiBuilder, at every character of
 * a sentence, copies the whole rest of it twice (a surrogate-aware wrapper,
 * with an array of its character offsets, and its UTF-8 bytes for the trie)
 * and converts each entry's key back from bytes; it then parses every entry
 * number from its decimal string. This walks the trie byte by byte from each
 * position only as far as the dictionary has words, and takes keys as slices
 * of the sentence: the same nodes, in the same order, with the same fields
 * (tests/core/kuromoji-lattice.test.ts compares the lattices and the tokens
 * over every bundled and JSQuAD article). A sentence holding a high
 * surrogate without its low half (kuromoji's UTF-8 conversion fails on it)
 * goes to kuromoji's own builder, as does a dictionary key that would end
 * inside a character.
 */
import { createRequire } from 'node:module';
import { entriesByNumber } from './kuromoji-target-map.ts';

const require = createRequire(import.meta.url);

interface Trie {
  traverse(parent: number, code: number): number;
  bc: { getBase(node: number): number };
}
interface EntryDictionary {
  target_map: Record<number, ArrayLike<number> | undefined>;
  dictionary: { getShort(offset: number): number };
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
interface UnknownDictionary extends EntryDictionary {
  lookup(character: string): CharacterClass;
}
interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}
export interface ViterbiBuilder {
  trie: Trie;
  token_info_dictionary: EntryDictionary;
  unknown_dictionary: UnknownDictionary;
  build(sentence: string): Lattice;
}

type NodeConstructor = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as NodeConstructor;
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;

const rootId = 0;
const notFound = -1;
const termCode = 0;
/**
 * A high surrogate not followed by a low one: kuromoji's stringToUtf8Bytes gives null for it, and
 * its builder throws. (No u flag: the expression must see code units, not code points.)
 */
const brokenPair = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

/** Replaces the builder's `build` on this instance (kuromoji's own stays as the fallback). */
export function installLinearLattice(builder: ViterbiBuilder): void {
  const original = builder.build.bind(builder);
  builder.build = (sentence) => linearLattice(builder, sentence) ?? original(sentence);
}

/** The lattice kuromoji's builder makes for the sentence, or null where this one leaves it to kuromoji. */
export function linearLattice(builder: ViterbiBuilder, sentence: string): Lattice | null {
  if (brokenPair.test(sentence)) return null;
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  // Offsets of the sentence's characters, a surrogate pair counting as one (SurrogateAwareString's index_mapping).
  const starts: number[] = [];
  for (let at = 0; at < sentence.length; at += 1) {
    starts.push(at);
    if (isHigh(sentence.charCodeAt(at))) at += 1;
  }
  const characters = starts.length;
  const charAt = (index: number) => sentence.slice(starts[index] as number, index + 1 < characters ? (starts[index + 1] as number) : sentence.length);
  // The target map read in place answers by number directly (kuromoji-target-map.ts); kuromoji's own, by property.
  const direct = (known.target_map as { [entriesByNumber]?: (key: number) => ArrayLike<number> | undefined })[entriesByNumber];
  const lattice = new ViterbiLattice();
  const keys: string[] = [];
  const records: (number | undefined)[] = [];
  const bytes = [0, 0, 0, 0];
  // The last grouped unknown word: a later head inside it, of the same class, groups up to the same end.
  let groupEnd = 0;
  let groupClass = '';
  for (let pos = 0; pos < characters; pos += 1) {
    const offset = starts[pos] as number;
    // commonPrefixSearch(tail): every dictionary key the rest of the sentence starts with, shortest first.
    keys.length = 0;
    records.length = 0;
    let parent = rootId;
    walk: for (let at = offset; at < sentence.length; ) {
      const code = sentence.codePointAt(at) as number;
      const width = code > 0xffff ? 2 : 1;
      const count = utf8(code, bytes);
      for (let b = 0; b < count; b += 1) {
        const child = trie.traverse(parent, bytes[b] as number);
        if (child === notFound) break walk;
        parent = child;
        const terminal = trie.traverse(child, termCode);
        if (terminal === notFound) continue;
        if (b !== count - 1) return null;
        const base = trie.bc.getBase(terminal);
        records.push(base <= 0 ? -base - 1 : undefined);
        keys.push(sentence.slice(offset, at + width));
      }
      at += width;
    }
    for (let n = 0; n < keys.length; n += 1) {
      const key = keys[n] as string;
      const record = records[n];
      const entries = (direct !== undefined && record !== undefined ? direct(record) : known.target_map[record as number]) as ArrayLike<number>;
      for (let i = 0; i < entries.length; i += 1) {
        const entry = entryNumber(entries[i] as number);
        const left = known.dictionary.getShort(entry);
        const right = known.dictionary.getShort(entry + 2);
        const cost = known.dictionary.getShort(entry + 4);
        lattice.append(new ViterbiNode(entry, cost, pos + 1, key.length, 'KNOWN', left, right, key));
      }
    }
    // Unknown words: the first character, grouped with those of its class that follow when the class groups.
    const head = charAt(pos);
    const headClass = unknown.lookup(head);
    if (keys.length === 0 || headClass.is_always_invoke === 1) {
      let end = pos + 1;
      if (headClass.is_grouping === 1) {
        if (pos < groupEnd && headClass.class_name === groupClass) end = groupEnd;
        else while (end < characters && unknown.lookup(charAt(end)).class_name === headClass.class_name) end += 1;
        groupEnd = end;
        groupClass = headClass.class_name;
      }
      // kuromoji's key is the head's wrapper (length 1, in characters) until a second character joins it as a string (length in code units).
      const surface = end === pos + 1 ? head : sentence.slice(offset, end < characters ? (starts[end] as number) : sentence.length);
      const length = end === pos + 1 ? 1 : surface.length;
      const entries = unknown.target_map[headClass.class_id] as ArrayLike<number>;
      for (let j = 0; j < entries.length; j += 1) {
        const entry = entryNumber(entries[j] as number);
        const left = unknown.dictionary.getShort(entry);
        const right = unknown.dictionary.getShort(entry + 2);
        const cost = unknown.dictionary.getShort(entry + 4);
        lattice.append(new ViterbiNode(entry, cost, pos + 1, length, 'UNKNOWN', left, right, surface));
      }
    }
  }
  lattice.appendEos();
  return lattice;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** kuromoji parses each entry number (parseInt of the number's string): the same number for the Int32s its maps hold. */
function entryNumber(value: number): number {
  return Number.isSafeInteger(value) ? value : parseInt(String(value));
}

/** The code point's UTF-8 bytes, as doublearray's stringToUtf8Bytes writes them (a lone low surrogate as 3 bytes). */
function utf8(code: number, out: number[]): number {
  if (code < 0x80) {
    out[0] = code;
    return 1;
  }
  if (code < 1 << 11) {
    out[0] = (code >>> 6) | 0xc0;
    out[1] = (code & 0x3f) | 0x80;
    return 2;
  }
  if (code < 1 << 16) {
    out[0] = (code >>> 12) | 0xe0;
    out[1] = ((code >> 6) & 0x3f) | 0x80;
    out[2] = (code & 0x3f) | 0x80;
    return 3;
  }
  out[0] = (code >>> 18) | 0xf0;
  out[1] = ((code >> 12) & 0x3f) | 0x80;
  out[2] = ((code >> 6) & 0x3f) | 0x80;
  out[3] = (code & 0x3f) | 0x80;
  return 4;
}
