/**
 * The npm scripts run dist/ only while it matches the sources: an edit makes
 * it stale (the next start compiles again), a touch or a fresh checkout with
 * the same bytes does not.
 */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, isCompiled, projectRoot } from '../../bin/compile.mjs';

let root: string | undefined;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('compiled start', () => {
  it('compiles into dist/, and tells an edited source from a touched one', async () => {
    // Inside the checkout, so that the compiler resolves from this root as from the real one.
    await mkdir(join(projectRoot, '.cache'), { recursive: true });
    root = await mkdtemp(join(projectRoot, '.cache', 'compile-test-'));
    await mkdir(join(root, 'src'));
    await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
    await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', allowImportingTsExtensions: true, noEmit: true, types: [] } }));
    await writeFile(join(root, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: false, outDir: 'dist', rootDir: '.', rewriteRelativeImportExtensions: true, noCheck: true }, include: ['src'] }));
    await writeFile(join(root, 'src', 'main.ts'), "import { two } from './two.ts';\nexport const one: number = 1 + two;\n");
    await writeFile(join(root, 'src', 'two.ts'), 'export const two = 2;\n');
    expect(await isCompiled(root)).toBe(false);

    await compile(root);
    expect((await readdir(join(root, 'dist', 'src'))).sort()).toEqual(['main.js', 'two.js']);
    expect(((await import(join(root, 'dist', 'src', 'main.js'))) as { one: number }).one).toBe(3);
    expect(await isCompiled(root)).toBe(true);

    const later = new Date(Date.now() + 5_000);
    await utimes(join(root, 'src', 'two.ts'), later, later);
    expect(await isCompiled(root)).toBe(true);

    await writeFile(join(root, 'src', 'two.ts'), 'export const two = 20;\n');
    expect(await isCompiled(root)).toBe(false);
    await writeFile(join(root, 'src', 'three.ts'), 'export const three = 3;\n');
    await writeFile(join(root, 'src', 'two.ts'), 'export const two = 2;\n');
    expect(await isCompiled(root)).toBe(false);
  });
});
