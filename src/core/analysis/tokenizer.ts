/**
 * kuromoji, loaded once per process (~1 s, ~300 MB for the IPADIC
 * dictionary; about half that time from the unpacked copy, see
 * kuromoji-dictionary.ts). Every caller shares the same promise.
 */
import { isMainThread } from 'node:worker_threads';
import kuromoji from 'kuromoji';
import { buildFromUnpacked, gzippedDictionary, unpackDictionary } from './kuromoji-dictionary.ts';

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
  /** Full name when a one-kanji abbreviation stands for a country here (露 in 米露 → ロシア). */
  country?: string;
}

export type Tokenize = (text: string) => Morpheme[];

let loading: Promise<Tokenize> | undefined;

export function loadTokenizer(): Promise<Tokenize> {
  loading ??= build();
  return loading;
}

async function build(): Promise<Tokenize> {
  try {
    const tokenizer = await loadKuromoji();
    return (text) =>
      tokenizer.tokenize(text).map((token) => ({
        surface: token.surface_form,
        base: token.basic_form === '*' || !token.basic_form ? token.surface_form : token.basic_form,
        pos: token.pos,
        pos1: token.pos_detail_1,
        pos2: token.pos_detail_2,
        pos3: token.pos_detail_3,
      }));
  } catch (error) {
    loading = undefined;
    throw error;
  }
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
