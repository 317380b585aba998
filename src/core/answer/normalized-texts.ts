/**
 * Normalised forms (NFKC, lower case) of passages and titles, made once per
 * passage and kept for the questions after, not rebuilt per question: the
 * substring checks ask for the same candidates' texts again and again.
 *
 * Texts made of several parts are joined from the parts' normal forms:
 * normalising "a\nb" is normalising a and b apart, because a line break
 * stops both composition (nothing combines across it) and the context of
 * lower-casing (final sigma looks no further than a cased letter). So the
 * joined forms are the same strings the old per-question code produced.
 *
 * Bounded (least recently used go first, recent-cache.ts); a form equal to its source shares
 * its string, which for Japanese news is most passages, so memory stays far
 * below one more copy of the corpus.
 */
import { passageId, type PassageSource } from '../../corpus/article.ts';
import { normalizeText } from '../analysis/normalize.ts';
import { createRecentCache, type RecentCache } from '../engine/recent-cache.ts';

export interface NormalizedTexts {
  /** The passage with its heading and article title. */
  passage(id: string): string;
  /** Heading and passage text. */
  body(id: string): string;
  /** The passage's article title. */
  title(id: string): string;
  /** The whole article the passage belongs to: title, then each passage's heading and text. */
  article(id: string): string;
  /**
   * Whether the passage's article holds the spelling: `article(id).includes(spelling)` for a
   * spelling without line breaks, found part by part instead of joining the article.
   */
  articleHas(id: string, spelling: string): boolean;
}

const keptPassages = 50_000;
const keptArticles = 4096;

const perSources = new WeakMap<ReadonlyMap<string, PassageSource>, NormalizedTexts>();

/** One set per state's passage map, dropped with it when a reload swaps the state. */
export function normalizedTextsOf(sources: ReadonlyMap<string, PassageSource>): NormalizedTexts {
  let texts = perSources.get(sources);
  if (!texts) {
    texts = createNormalizedTexts(sources);
    perSources.set(sources, texts);
  }
  return texts;
}

export function createNormalizedTexts(sources: ReadonlyMap<string, PassageSource>): NormalizedTexts {
  const headings = createRecentCache<string>(keptPassages);
  const bodies = createRecentCache<string>(keptPassages);
  const articles = createRecentCache<string>(keptArticles);
  /** Each article's normal forms, title then each passage's heading and text: what articleHas looks through. */
  const articleParts = createRecentCache<readonly string[]>(keptArticles);

  /**
   * Passages and articles known to be written in their normal form already (most Japanese
   * news): never normalised again, whatever the bounded caches dropped since. By object,
   * as the sources keep each one (restored-sources.ts), so at 10,000 articles a passage
   * costs one normalisation per process, not one per question that meets it cold.
   */
  const plainHeading = new WeakSet<object>();
  const plainText = new WeakSet<object>();
  /**
   * Each article's normal title, by its header: kept as long as the article is (one short string
   * per article at most; the title itself when it is plain). A bounded cache of them missed at
   * 10,000 articles and re-normalised a title for most candidates of every question.
   */
  const normalTitles = new WeakMap<object, string>();
  /**
   * The parts of articles written wholly in normal form, by header: the article's own strings
   * (the list costs ~8 bytes a part), kept as long as the article is. At 10,000 articles the
   * bounded cache alone missed for most candidates and rebuilt their lists question after question.
   */
  const plainParts = new WeakMap<object, readonly string[]>();
  const normalHeading = (id: string, source: PassageSource) => {
    const { passage } = source;
    if (plainHeading.has(passage)) return passage.heading ?? '';
    return headings.get(id) ?? keptUnlessPlain(headings, id, passage.heading ?? '', plainHeading, passage);
  };
  const normalText = (id: string, source: PassageSource) => {
    const { passage } = source;
    if (plainText.has(passage)) return passage.text;
    return bodies.get(id) ?? keptUnlessPlain(bodies, id, passage.text, plainText, passage);
  };
  const normalTitle = (source: PassageSource) => {
    const { article } = source;
    let title = normalTitles.get(article);
    if (title === undefined) {
      title = normalForm(article.title);
      normalTitles.set(article, title);
    }
    return title;
  };

  return {
    passage(id) {
      const source = sources.get(id);
      return source ? `${normalTitle(source)}\n${normalHeading(id, source)}\n${normalText(id, source)}` : '';
    },
    body(id) {
      const source = sources.get(id);
      return source ? `${normalHeading(id, source)}\n${normalText(id, source)}` : '';
    },
    title(id) {
      const source = sources.get(id);
      return source ? normalTitle(source) : '';
    },
    article(id) {
      const source = sources.get(id);
      if (!source) return '';
      const { article } = source;
      const known = articles.get(article.id);
      if (known !== undefined) return known;
      return articles.set(article.id, partsOf(source).join('\n'));
    },
    articleHas(id, spelling) {
      const source = sources.get(id);
      if (!source) return false;
      const known = articles.get(source.article.id);
      if (known !== undefined) return known.includes(spelling);
      for (const part of partsOf(source)) if (part.includes(spelling)) return true;
      return false;
    },
  };

  /** Kept per article: the ranking asks about the same candidates' articles question after question. */
  function partsOf(source: PassageSource): readonly string[] {
    const { article } = source;
    const plainKnown = plainParts.get(article);
    if (plainKnown !== undefined) return plainKnown;
    const known = articleParts.get(article.id);
    if (known !== undefined) return known;
    const title = normalTitle(source);
    const parts = [title];
    let plain = title === article.title;
    for (let position = 0; ; position += 1) {
      const partId = passageId(article.id, position);
      const part = sources.get(partId);
      if (part === undefined) break;
      parts.push(normalHeading(partId, part), normalText(partId, part));
      plain &&= plainHeading.has(part.passage) && plainText.has(part.passage);
    }
    if (plain) {
      plainParts.set(article, parts);
      return parts;
    }
    return articleParts.set(article.id, parts);
  }
}

/** The normal form: remembered as plain when it is the text itself, else kept in the cache. */
function keptUnlessPlain(cache: RecentCache<string>, key: string, text: string, plain: WeakSet<object>, owner: object): string {
  const normal = normalForm(text);
  if (normal === text) {
    plain.add(owner);
    return text;
  }
  return cache.set(key, normal);
}

/** The normal form, as the very string given when nothing changes (no second copy kept). */
function normalForm(text: string): string {
  const normal = normalizeText(text);
  return normal === text ? text : normal;
}
