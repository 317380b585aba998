/**
 * The cache key's code digest covers whole folders: a file added, renamed or
 * edited in a folder that shapes the stored index changes the key, so a
 * stale cache is rebuilt rather than served after a code change.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestSources } from '../../src/core/store/cache-key.ts';

let root: string | undefined;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('cache key digest', () => {
  it('changes when a file is added, renamed or edited, and not when nothing changed', async () => {
    root = await mkdtemp(join(tmpdir(), 'kiji-key-'));
    await mkdir(join(root, 'engine', 'deep'), { recursive: true });
    await writeFile(join(root, 'engine', 'a.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'one.ts'), 'export const one = 1;\n');
    const sources = ['engine', 'one.ts', 'absent'];
    const first = await digestSources(root, sources);
    expect(await digestSources(root, sources)).toBe(first);

    await writeFile(join(root, 'engine', 'deep', 'b.ts'), 'export const b = 2;\n');
    const added = await digestSources(root, sources);
    expect(added).not.toBe(first);

    await rename(join(root, 'engine', 'deep', 'b.ts'), join(root, 'engine', 'deep', 'c.ts'));
    const renamed = await digestSources(root, sources);
    expect(renamed).not.toBe(added);

    await writeFile(join(root, 'one.ts'), 'export const one = 2;\n');
    expect(await digestSources(root, sources)).not.toBe(renamed);
  });

  it('ignores files that are not TypeScript sources', async () => {
    root = await mkdtemp(join(tmpdir(), 'kiji-key-'));
    await writeFile(join(root, 'a.ts'), 'export const a = 1;\n');
    const before = await digestSources(root, ['.']);
    await writeFile(join(root, 'notes.md'), 'not code\n');
    expect(await digestSources(root, ['.'])).toBe(before);
  });
});
