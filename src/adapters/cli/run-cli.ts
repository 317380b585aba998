/**
 * `kiji ask`, with its streams and environment passed in: parse arguments,
 * start the core, answer one question or one per stdin line, print text or
 * JSON lines. Returns the exit code: 0 answered or not, 1 when the core could
 * not start or failed, 2 for a usage error.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadCoreConfig, type Env } from '../../config.ts';
import type { Kiji } from '../../core/index.ts';
import { createStreamLogger, type LogLevel, type Logger } from '../../logger.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { cleanTerminalText } from '../terminal/clean-text.ts';
import { openKiji } from '../terminal/open-kiji.ts';
import { answerQuestion, type QuestionResult } from './answer-question.ts';
import { parseCliArgs, usage, type CliArgs } from './parse-args.ts';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Env;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr.write(`kiji ask: ${parsed.message}\n${usage}\n`);
    return 2;
  }
  const { args } = parsed;

  let kiji: Kiji;
  let logger: Logger;
  try {
    // --corpus wins over KIJI_CORPUS_DIR by standing in for it before the one validation.
    const env = args.corpus === null ? io.env : { ...io.env, KIJI_CORPUS_DIR: args.corpus };
    const config = loadCoreConfig(env);
    // A one-shot command stays quiet unless asked: warnings (skipped files) still show.
    const level: LogLevel = io.env.KIJI_LOG_LEVEL ? config.logLevel : 'warn';
    logger = createStreamLogger({ level, prefix: 'kiji:ask', write: (line) => io.stderr.write(`${line}\n`) });
    ({ kiji } = await openKiji(config, logger.child('core')));
  } catch (error) {
    return reportStartupFailure('kiji ask', error, io.stderr, io.env);
  }

  let failed = false;
  try {
    const questions = args.question.kind === 'one' ? [args.question.text] : readQuestions(io.stdin);
    for await (const question of questions) {
      const result = await answerQuestion(kiji, question, args.top, logger, args.context);
      failed ||= result.failed;
      // Thousands of questions into a slow reader: wait for the pipe rather than buffer every answer.
      if (!io.stdout.write(format(result, args))) await once(io.stdout, 'drain');
    }
  } finally {
    await kiji.close();
  }
  return failed ? 1 : 0;
}

/** One question per line; blank lines are skipped, everything else is asked as written. */
async function* readQuestions(stdin: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() !== '') yield line;
  }
}

function format({ json }: QuestionResult, args: CliArgs): string {
  if (args.json) return `${JSON.stringify(json)}\n`;
  // Several questions: show each before its answer, so the output reads as a transcript.
  if (args.question.kind === 'stdin') return `> ${cleanTerminalText(json.question)}\n${json.text}\n\n`;
  return `${json.text}\n`;
}
