/**
 * `npm run index -- [--corpus DIR] [--cache DIR] [--threads N]`: builds the
 * persisted index ahead of time (see index-run.ts and docs/scaling.md).
 */
import { runIndex } from './index-run.ts';

process.exitCode = await runIndex(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
