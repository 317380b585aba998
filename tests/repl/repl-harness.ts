/**
 * Drives the REPL like a user at a pipe: the lines go into an injected input
 * stream, which then ends (Ctrl-D), and everything the REPL wrote comes back
 * as one string once it has finished.
 */
import { PassThrough, Writable } from 'node:stream';
import { createRepl, type ReplOptions } from '../../src/adapters/repl/repl.ts';

export async function converse(lines: string[], options: Omit<ReplOptions, 'input' | 'output'>): Promise<string> {
  const input = new PassThrough();
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const finished = createRepl({ ...options, input, output: sink }).run();
  input.end(lines.map((line) => `${line}\n`).join(''));
  await finished;
  return output;
}

/** The REPL's replies between prompts, without the banner and the goodbye: one entry per line that produced output. */
export function replies(output: string): string[] {
  const parts = output
    .split('kiji> ')
    .slice(1)
    .map((part) => part.trim());
  const last = parts.at(-1) ?? '';
  parts[parts.length - 1] = last.replace(/(?:^|\n)(?:さようなら。|Bye\.)$/u, '').trim();
  return parts.filter((part) => part !== '');
}
