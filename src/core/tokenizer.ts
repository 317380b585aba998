/**
 * kuromoji, loaded once per process (~1 s, ~380 MB for the IPADIC
 * dictionary). Every caller shares the same promise.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

/** The part of a kuromoji token kiji uses. */
export interface Morpheme {
  surface: string;
  /** Dictionary (base) form; the surface for unknown words. */
  base: string;
  /** IPADIC part of speech and its first two sub-categories, e.g. 名詞 / 固有名詞 / 地域. */
  pos: string;
  pos1: string;
  pos2: string;
}

export type Tokenize = (text: string) => Morpheme[];

let loading: Promise<Tokenize> | undefined;

export function loadTokenizer(): Promise<Tokenize> {
  loading ??= build();
  return loading;
}

function build(): Promise<Tokenize> {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) {
        loading = undefined;
        reject(error);
        return;
      }
      resolve((text) =>
        tokenizer.tokenize(text).map((token) => ({
          surface: token.surface_form,
          base: token.basic_form === '*' || !token.basic_form ? token.surface_form : token.basic_form,
          pos: token.pos,
          pos1: token.pos_detail_1,
          pos2: token.pos_detail_2,
        })),
      );
    });
  });
}
