/**
 * Runs the real `kiji ask` as a child process (as `npm run ask` does, minus
 * npm), feeding stdin and collecting stdout, stderr and the exit code.
 */
import { spawn } from 'node:child_process';

export interface AskRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface AskRunOptions {
  stdin?: string;
  /** Added to a minimal environment (PATH only), so the caller's KIJI_* never leak in. */
  env?: Record<string, string>;
}

export async function runAsk(args: string[], options: AskRunOptions = {}): Promise<AskRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/cli/main.ts', ...args], {
    cwd: new URL('../..', import.meta.url),
    env: { PATH: process.env.PATH, KIJI_NO_CACHE: '1', KIJI_ENV_FILE: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  child.stdin.end(options.stdin ?? '');
  return { code: await exited, stdout, stderr };
}

/** stdout as JSON lines; fails the test if any line is not JSON. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}
