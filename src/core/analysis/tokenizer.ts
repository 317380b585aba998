/**
 * kuromoji, loaded once per process (~1 s, ~300 MB for the IPADIC
 * dictionary; about half that time from the unpacked copy, see
 * kuromoji-dictionary.ts). Every caller shares the same promise.
 */
import { isMainThread } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import { buildFromUnpacked, gzippedDictionary, unpackDictionary } from './kuromoji-dictionary.ts';
import { installLinearLattice, type ViterbiBuilder } from './kuromoji-lattice.ts';

/** The part of a kuromoji token kiji uses. */
export interface Morpheme {
  surface: string;
  /** Dictionary (base) form; the surface for unknown words. */
  base: string;
  /** IPADIC part of speech and its first two sub-categories, e.g. 名詞 / 固有名詞 / 地域. */
  pos: string;
  pos1: string;
  pos2: string;
  /** Third level: 国 marks countries among places (地域). */
  pos3: string;
  /**
   * IPADIC's word cost (lower: the dictionary expects the word more often),
   * over 10,000 and clamped to 0–1; 1 for words IPADIC lacks. A rough,
   * corpus-independent sense of how ordinary a word is in Japanese.
   */
  rarity?: number;
  /** Full name when a one-kanji abbreviation stands for a country here (露 in 米露 → ロシア). */
  country?: string;
  /** IPADIC's katakana reading (岸田 → キシダ); absent for words IPADIC lacks. Romanised for English names (japanese-names.ts). */
  reading?: string;
}

export type Tokenize = (text: string) => Morpheme[];

/** One way IPADIC reads a noun: katakana, and whether the entry is a proper noun (人名, 地域). */
export interface WordReading {
  reading: string;
  proper: boolean;
}

/** Every reading IPADIC has for a word written exactly so (茂木: モギ, モテギ, モトギ …), nouns only. */
export type WordReadings = (surface: string) => WordReading[];

let loading: Promise<Tokenize> | undefined;
let kuromojiLoading: Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> | undefined;

export function loadTokenizer(): Promise<Tokenize> {
  loading ??= build();
  return loading;
}

/**
 * The readings of IPADIC's own entries, not only the one the tokenizer picks (茂木 → モギ, where
 * the politician is モテギ): looked up in kuromoji's trie, the tokenizer already loaded.
 */
export async function loadWordReadings(): Promise<WordReadings> {
  await loadTokenizer();
  const tokenizer = (await kuromojiOnce()) as unknown as KuromojiInternals;
  const { trie, token_info_dictionary: info } = tokenizer.viterbi_builder;
  return (surface) => {
    const readings: WordReading[] = [];
    for (const hit of trie.commonPrefixSearch(surface)) {
      if (hit.k !== surface) continue;
      for (const id of Array.from(info.target_map[hit.v] ?? [])) {
        // surface,pos,pos1,pos2,pos3,conjugation,form,base,reading,pronunciation
        const [, pos, pos1, , , , , , reading] = info.getFeatures(id).split(',');
        if (pos !== '名詞' || !reading || reading === '*' || readings.some((known) => known.reading === reading && known.proper === (pos1 === '固有名詞'))) continue;
        readings.push({ reading, proper: pos1 === '固有名詞' });
      }
    }
    return readings;
  };
}

/** The parts of kuromoji's tokenizer that its typings do not show. */
interface KuromojiInternals {
  viterbi_builder: {
    trie: { commonPrefixSearch(text: string): { k: string; v: number }[] };
    token_info_dictionary: { target_map: Record<number, ArrayLike<number> | undefined>; getFeatures(id: number): string };
  };
}

function kuromojiOnce(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  kuromojiLoading ??= loadKuromoji().then((tokenizer) => {
    installLinearLattice((tokenizer as unknown as { viterbi_builder: ViterbiBuilder }).viterbi_builder);
    return tokenizer;
  }).catch((error: unknown) => {
    kuromojiLoading = undefined;
    throw error;
  });
  return kuromojiLoading;
}

async function build(): Promise<Tokenize> {
  try {
    const tokenizer = await kuromojiOnce();
    const rarity = rarityOf(tokenizer);
    return (text) =>
      tokenizer.tokenize(text).map((token) => ({
        rarity: rarity(token),
        surface: token.surface_form,
        base: token.basic_form === '*' || !token.basic_form ? token.surface_form : token.basic_form,
        pos: token.pos,
        pos1: token.pos_detail_1,
        pos2: token.pos_detail_2,
        pos3: token.pos_detail_3,
        ...(token.reading && token.reading !== '*' ? { reading: token.reading } : {}),
      }));
  } catch (error) {
    loading = undefined;
    throw error;
  }
}

interface DictionaryBuffer {
  getShort(offset: number): number;
}

/** kuromoji keeps each entry as left id, right id, cost (2 bytes each) at the token's word_id; its typings do not show it. */
function rarityOf(tokenizer: kuromoji.Tokenizer<kuromoji.IpadicFeatures>): (token: kuromoji.IpadicFeatures) => number {
  const known = (tokenizer as unknown as { token_info_dictionary?: { dictionary?: DictionaryBuffer } }).token_info_dictionary?.dictionary;
  return (token) => {
    if (token.word_type !== 'KNOWN' || !known) return 1;
    return Math.min(1, Math.max(0, known.getShort(token.word_id + 4) / 10_000));
  };
}

/** From the unpacked copy when there is a sound one (see kuromoji-dictionary.ts), else as kuromoji ships it. */
async function loadKuromoji(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  try {
    return (await buildFromUnpacked()) as kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
  } catch {
    const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) => {
      kuromoji.builder({ dicPath: gzippedDictionary }).build((error, built) => (error ? reject(error) : resolve(built)));
    });
    // For the next start; a worker thread leaves it to the main one.
    if (isMainThread) void unpackDictionary().catch(() => {});
    return tokenizer;
  }
}
