/** Types of compile.mjs, for the tests (the launcher itself is plain JavaScript: it must run before anything is compiled). */
export const projectRoot: string;
export function isCompiled(root?: string): Promise<boolean>;
export function compilerPath(root?: string): string | null;
export function compile(root?: string): Promise<void>;
