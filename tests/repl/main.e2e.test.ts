/**
 * `npm start` as a process, over the bundled corpus with no configuration:
 * the banner with the real start-up time, an answer, :quit, exit 0; and a
 * clear message with exit 1 when the corpus folder is missing.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

async function start(stdin: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/repl/main.ts'], {
    cwd: new URL('../..', import.meta.url),
    env: { PATH: process.env.PATH, KIJI_NO_CACHE: '1', KIJI_ENV_FILE: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = new Promise<number | null>((resolve) => child.once('close', resolve));
  child.stdin.end(stdin);
  return { code: await code, stdout, stderr };
}

describe('npm start', () => {
  it('opens the REPL over the bundled corpus, answers, and exits 0 on :quit', async () => {
    const run = await start('G20外相会合はどこで開かれた？\n:quit\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^kiji: 記事2件を読み込みました（起動 \d+\.\d 秒）。/u);
    expect(run.stdout).toContain('ヨハネスブルク');
    expect(run.stdout.endsWith('さようなら。\n')).toBe(true);
    expect(run.stderr).toBe('');
  });

  it('exits 1 naming a missing corpus folder', async () => {
    const run = await start('', { KIJI_CORPUS_DIR: '/nonexistent/kiji-corpus' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus folder /nonexistent/kiji-corpus does not exist');
  });
});
