/**
 * `npm run --silent ask -- [--json] [--corpus DIR] [--top K] "質問"` (or `-`
 * to read questions from stdin). Answers go to stdout, logs to stderr.
 */
import { loadEnvFile } from '../../env-file.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { runCli } from './run-cli.ts';

// `ask … | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  loadEnvFile(process.env);
} catch (error) {
  process.exit(reportStartupFailure('kiji ask', error, process.stderr, process.env));
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
