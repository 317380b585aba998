/**
 * Normalised texts of a candidate passage, for substring checks (names,
 * numbers, phrases), each built at most once per question.
 */
import { normalizedTextsOf } from './normalized-texts.ts';
import type { PassageSource } from '../../corpus/article.ts';

/** Normalised text of something about a passage, by passage id. */
export type TextOf = (passageId: string) => string;

export interface Texts {
  /** The passage with its heading and article title. */
  passage: TextOf;
  /** The passage alone, heading first: what it says itself, without its article's title. */
  body: TextOf;
  /** The title of the passage's article. */
  title: TextOf;
  /** The whole article the passage belongs to. */
  article: TextOf;
  /** Whether the passage's article holds the spelling (one without line breaks). */
  articleHas: (passageId: string, spelling: string) => boolean;
  /** The passage's sentences as written. */
  sentences: (passageId: string) => readonly string[];
}

export function passageTexts(sources: ReadonlyMap<string, PassageSource>): Texts {
  // Normal forms are kept per state (normalized-texts.ts); within a question the joined ones are remembered too.
  const normal = normalizedTextsOf(sources);
  return {
    passage: remembered((id) => normal.passage(id)),
    body: remembered((id) => normal.body(id)),
    article: (id) => normal.article(id),
    title: (id) => normal.title(id),
    articleHas: rememberedHas(sources, (id, spelling) => normal.articleHas(id, spelling)),
    sentences: (id) => sources.get(id)?.passage.sentences ?? [],
  };
}

/** The checks ask for the same few passages' texts again and again within one question. */
function remembered(text: TextOf): TextOf {
  const seen = new Map<string, string>();
  return (id) => {
    let value = seen.get(id);
    if (value === undefined) {
      value = text(id);
      seen.set(id, value);
    }
    return value;
  };
}

/** Candidates share articles: each article is looked through once per spelling and question. */
function rememberedHas(sources: ReadonlyMap<string, PassageSource>, has: (id: string, spelling: string) => boolean) {
  // By the article's header object (one per article), not a joined string key built per call.
  const seen = new Map<object | string, Map<string, boolean>>();
  return (id: string, spelling: string) => {
    const article: object | string = sources.get(id)?.article ?? id;
    let spellings = seen.get(article);
    if (spellings === undefined) {
      spellings = new Map();
      seen.set(article, spellings);
    }
    let value = spellings.get(spelling);
    if (value === undefined) {
      value = has(id, spelling);
      spellings.set(spelling, value);
    }
    return value;
  };
}
