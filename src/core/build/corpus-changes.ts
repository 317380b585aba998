/**
 * What changed in the corpus folder since an index was built, the way git
 * tells a clean file from a modified one: size and mtime first (a stat per
 * file, fast), the content hash only when they disagree or when the mtime is
 * too close to the moment the index looked at the file to prove anything
 * ("racily clean": an edit within the filesystem's clock tick keeps both).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { setImmediate as yieldToQuestions } from 'node:timers/promises';
import { sep } from 'node:path';
import { listArticleFiles } from '../../corpus/list-article-files.ts';
import { readArticleBytes } from '../../corpus/read-article-file.ts';

export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  /** SHA-1 of the bytes: the truth when size or time disagree (a touch, a fresh checkout); '' when never read. */
  hash: string;
}

/** Coarsest mtime granularity we guard against (FAT keeps 2 s; ext4 a few ms). */
export const racyWindowMs = 2_000;

export interface CorpusListing {
  /** Relative path → size and mtime, sorted by path. */
  files: Map<string, { size: number; mtimeMs: number }>;
  /** Wall-clock time just before the folder was read. */
  listedAt: number;
}

export interface KnownFiles {
  files: ReadonlyMap<string, FileFingerprint>;
  /** When those fingerprints were listed: mtimes at or after this minus the window prove nothing. */
  listedAt: number;
}

export interface CorpusChanges {
  added: string[];
  changed: string[];
  removed: string[];
  /** Same content, new size/time (touched, checked out again): fingerprint to record, nothing to re-analyse. */
  retimed: Map<string, FileFingerprint>;
}

/** Files stat-ed between two yields (~5 ms of work). */
const statChunk = 1_000;

export async function listCorpus(dir: string, now: () => number = Date.now): Promise<CorpusListing> {
  const listedAt = now();
  const paths = await listArticleFiles(dir);
  const files = new Map<string, { size: number; mtimeMs: number }>();
  // Synchronous stats, a chunk at a time: 10,000 take ~40 ms this way against ~190 ms as
  // promises (measured); the yields let a running bot answer between chunks during a reload.
  // Joined by hand: path.join's normalising was ~20 ms of the 10,000 (the listed paths are clean).
  const base = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  for (let from = 0; from < paths.length; from += statChunk) {
    if (from > 0) await yieldToQuestions();
    for (const path of paths.slice(from, from + statChunk)) {
      const info = statOrNull(`${base}${path}`);
      if (info) files.set(path, { size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  return { files, listedAt };
}

export async function diffCorpus(dir: string, listing: CorpusListing, known: KnownFiles): Promise<CorpusChanges> {
  const changes: CorpusChanges = { added: [], changed: [], removed: [], retimed: new Map() };
  const suspects: string[] = [];
  for (const [path, now] of listing.files) {
    const before = known.files.get(path);
    if (!before) changes.added.push(path);
    else if (before.size !== now.size || before.mtimeMs !== now.mtimeMs || now.mtimeMs >= known.listedAt - racyWindowMs) suspects.push(path);
  }
  for (const path of known.files.keys()) if (!listing.files.has(path)) changes.removed.push(path);
  const current = await mapLimited(suspects, 16, (path) => fingerprintFile(dir, path).catch(() => null));
  suspects.forEach((path, i) => {
    const fingerprint = current[i];
    const before = known.files.get(path);
    if (!fingerprint || !before || fingerprint.hash !== before.hash) changes.changed.push(path);
    else if (fingerprint.size !== before.size || fingerprint.mtimeMs !== before.mtimeMs) changes.retimed.set(path, fingerprint);
  });
  changes.changed.sort();
  return changes;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The fingerprint of a file as it is now (for files whose size or time changed: did the content?). */
async function fingerprintFile(dir: string, path: string): Promise<FileFingerprint> {
  const { size, mtimeMs, bytes } = await readArticleBytes(dir, path);
  return { size, mtimeMs, hash: hashBytes(bytes) };
}

/** A file gone or unreadable since the listing is left out, as a deleted one. */
function statOrNull(path: string): { size: number; mtimeMs: number } | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

export function hasChanges(changes: CorpusChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length + changes.retimed.size > 0;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
