/**
 * `npm run eval` as a process: it prints every figure beside its target for
 * a question set, says so when JSQuAD is absent, and refuses an unknown
 * --only. The figures themselves are not asserted: the eval reports them.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { questionSets } from '../../scripts/eval/sets.ts';

async function runEval(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/eval/main.ts', ...args], {
    cwd: new URL('../..', import.meta.url),
    env: { PATH: process.env.PATH, KIJI_NO_CACHE: '1', KIJI_ENV_FILE: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

describe('npm run eval', () => {
  it('prints the seed set figures with their targets', async () => {
    const run = await runEval(['--only', 'seed']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^seed: \d+ questions \(\d+ answerable, \d+ must abstain\) over 2 articles; start-up \d+\.\d s\n/u);
    // Each figure with its 95 % interval, count and target.
    expect(run.stdout).toMatch(/top-1 accuracy +\d+\.\d % \[\d+\.\d–\d+\.\d\] +\(\d+\/\d+\) +target ≥ 85 %/u);
    expect(run.stdout).toMatch(/recall@3 +\d+\.\d % \[\d+\.\d–\d+\.\d\] +\(\d+\/\d+\) +target ≥ 95 %/u);
    expect(run.stdout).toMatch(/abstention +\d+\.\d % \[\d+\.\d–\d+\.\d\] +\(\d+\/\d+\) +target ≥ 80 %/u);
    expect(run.stdout).toMatch(/false abstention +\d+\.\d % \[\d+\.\d–\d+\.\d\] +\(\d+\/\d+\) +target ≤ 3 %/u);
    expect(run.stdout).toMatch(/time per question +\d+\.\d ms/u);
    expect(run.stdout).not.toContain('jsquad');
  });

  it('says JSQuAD is absent and skips it', async () => {
    const run = await runEval(['--only', 'jsquad'], { KIJI_JSQUAD_DIR: '/nonexistent/jsquad-valid' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('jsquad: /nonexistent/jsquad-valid is absent; skipped (set KIJI_JSQUAD_DIR to a copy of the benchmark)\n');
  });

  it('refuses an unknown --only', async () => {
    const run = await runEval(['--only', 'everything']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--only must be one of ${[...questionSets.map((set) => set.name), 'jsquad'].join(', ')}`);
    expect(run.stderr).toContain('seed, neighbour, blind');
  });
});
