/**
 * Everything a question is answered from, swapped in whole: the article
 * files as indexed, the articles, their passages and the index over them.
 * A reload builds the next state beside the current one (a fork of its
 * index, copies of its maps) and only then replaces it; questions keep
 * using the state they started with, and a failed reload leaves it as it was.
 */
import { headerOf, passageId, type ArticleHeader, type ArticleSummary, type PassageSource } from '../../corpus/article.ts';
import { sameArticleIdProblem } from '../../corpus/corpus-errors.ts';
import type { FileFingerprint } from './corpus-changes.ts';
import { passageOf, type IngestedFile } from './ingested-file.ts';
import type { CompactIndex } from '../engine/compact-index.ts';

export interface IndexedFile {
  fingerprint: FileFingerprint;
  /** The article's header (its sections are the passages now); null when the file was refused. */
  article: ArticleHeader | null;
  problem: string | null;
  /** Its passages are `${article.id}#0` … `#${passages - 1}`. */
  passages: number;
}

export interface SearchState {
  /** Article files by path relative to the corpus folder, readable or not. */
  files: ReadonlyMap<string, IndexedFile>;
  /** When the files were listed (see corpus-changes.ts). */
  listedAt: number;
  /** In path order. */
  articles: readonly ArticleHeader[];
  sources: ReadonlyMap<string, PassageSource>;
  index: CompactIndex;
}

export interface StateChanges {
  /** Paths gone from the folder, or to be replaced by their analysed version. */
  removed: readonly string[];
  /** Packed with `index.tokens` (the index the changes go into). */
  analyzed: readonly IngestedFile[];
  /** Unchanged content, new size/time. */
  retimed: ReadonlyMap<string, FileFingerprint>;
  listedAt: number;
}

/**
 * The next state: `index` is a fork of `previous.index` (or a new index when
 * there is no previous state) that this call changes; `previous` is not touched.
 */
export function applyChanges(previous: SearchState | null, index: CompactIndex, changes: StateChanges): SearchState {
  const files = new Map(previous?.files);
  const sources = new Map(previous?.sources);
  const idsOf = (file: IndexedFile) => (file.article ? Array.from({ length: file.passages }, (_, i) => passageId(file.article?.id ?? '', i)) : []);

  const replaced = new Set([...changes.removed, ...changes.analyzed.map((file) => file.path)]);
  for (const path of replaced) {
    const file = files.get(path);
    if (!file) continue;
    const ids = idsOf(file);
    index.remove(ids);
    for (const id of ids) sources.delete(id);
    files.delete(path);
  }

  const added: { id: string; analysis: Uint8Array }[] = [];
  const owners = new Map<string, string>();
  for (const [path, file] of files) if (file.article) owners.set(file.article.id, path);
  for (const analyzed of [...changes.analyzed].sort((a, b) => compare(a.path, b.path))) {
    const owner = analyzed.article ? owners.get(analyzed.article.id) : undefined;
    if (!analyzed.article || owner !== undefined) {
      const problem = analyzed.problem ?? sameArticleIdProblem(analyzed.path, owner ?? '?');
      files.set(analyzed.path, { fingerprint: analyzed.fingerprint, article: null, problem, passages: 0 });
      continue;
    }
    const article = analyzed.article;
    owners.set(article.id, analyzed.path);
    analyzed.passages.forEach((stored, position) => {
      const passage = passageOf(stored, article.id, position);
      added.push({ id: passage.id, analysis: analyzed.analyses[position] as Uint8Array });
      sources.set(passage.id, { passage, article });
    });
    files.set(analyzed.path, { fingerprint: analyzed.fingerprint, article, problem: null, passages: analyzed.passages.length });
  }
  index.addPackedMany(added);
  for (const [path, fingerprint] of changes.retimed) {
    const file = files.get(path);
    if (file) files.set(path, { ...file, fingerprint });
  }

  const sorted = new Map([...files].sort(([a], [b]) => compare(a, b)));
  const articles = [...sorted.values()].flatMap((file) => (file.article ? [file.article] : []));
  return { files: sorted, listedAt: changes.listedAt, articles, sources, index };
}

/** Problems of refused files, in path order. */
export function problemsOf(state: SearchState): string[] {
  return [...state.files.values()].flatMap((file) => (file.problem ? [file.problem] : []));
}

/** From the files' passage counts: a restored state makes its passages only when asked (restored-sources.ts). */
export function summarize(state: SearchState): ArticleSummary[] {
  const counts = new Map<string, number>();
  for (const file of state.files.values()) if (file.article) counts.set(file.article.id, file.passages);
  return state.articles.map((article) => ({ ...headerOf(article), passages: counts.get(article.id) ?? 0 }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
