/**
 * The checkout's folder, whether this code runs from its sources (tsx,
 * tests) or compiled into dist/src/ (the npm scripts, see
 * bin/compile.mjs): the data, the bundled articles and .cache/ are found
 * from here, never from a module's own location.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** True when running from dist/ (compiled modules end in .js). */
export const compiled = import.meta.url.endsWith('.js');

export const projectRoot = compiled ? dirname(dirname(here)) : dirname(here);

export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
