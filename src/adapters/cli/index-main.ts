/**
 * `npm run index -- [--corpus DIR] [--cache DIR] [--threads N]`: builds the
 * persisted index ahead of time (see index-run.ts and docs/scaling.md).
 */
import { loadEnvFile } from '../../env-file.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { runIndex } from './index-run.ts';

try {
  loadEnvFile(process.env);
} catch (error) {
  process.exit(reportStartupFailure('kiji index', error, process.stderr, process.env));
}

process.exitCode = await runIndex(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
