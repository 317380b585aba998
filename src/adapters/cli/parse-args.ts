/**
 * `kiji ask` arguments, parsed with node:util's parseArgs. Returns a value,
 * not an exception: the caller prints usage errors and exits 2.
 */
import { parseArgs } from 'node:util';
import { defaultTop } from '../../core/index.ts';

export const usage = `usage: npm run --silent ask -- [--json] [--corpus DIR] [--top K] [--context "前の質問"]… "質問"
       npm run --silent ask -- [--json] [--corpus DIR] [--top K] - < questions.txt

  --json        one line of JSON per answer on stdout
  --corpus DIR  answer from the articles in DIR (overrides KIJI_CORPUS_DIR)
  --top K       at most K citations per answer (default ${defaultTop})
  --context Q   an earlier question of the conversation (repeat, oldest first):
                a follow-up such as "それはいつ？" is read with it
  -             read one question per line from stdin (empty lines skipped)
  -h, --help    show this help`;

/** More citations than this is no longer an answer but a search result page. */
export const maxTop = 50;

export interface CliArgs {
  json: boolean;
  corpus: string | null;
  top: number;
  /** Earlier questions of the conversation, oldest first (--context, repeatable). */
  context: string[];
  /** The question, or 'stdin' to read one per line. */
  question: { kind: 'one'; text: string } | { kind: 'stdin' };
}

export type ParsedArgs = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        top: { type: 'string' },
        context: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs' messages already name the option ("Unknown option '--jsn'").
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  const top = parseTop(values.top);
  if (typeof top === 'string') return { kind: 'usage-error', message: top };
  if (values.corpus !== undefined && values.corpus.trim() === '') {
    return { kind: 'usage-error', message: '--corpus needs a folder' };
  }

  const context = values.context ?? [];
  if (context.some((earlier) => earlier.trim() === '')) return { kind: 'usage-error', message: '--context needs an earlier question' };

  if (positionals.includes('-')) {
    if (positionals.length > 1) return { kind: 'usage-error', message: 'give either a question or -, not both' };
    return { kind: 'run', args: { json: values.json, corpus: values.corpus ?? null, top, context, question: { kind: 'stdin' } } };
  }
  // Unquoted words are one question, as a shell user would expect.
  const text = positionals.join(' ');
  if (text.trim() === '') return { kind: 'usage-error', message: 'no question given' };
  return { kind: 'run', args: { json: values.json, corpus: values.corpus ?? null, top, context, question: { kind: 'one', text } } };
}

function parseTop(raw: string | undefined): number | string {
  if (raw === undefined) return defaultTop;
  const top = /^\d+$/u.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(top) || top < 1 || top > maxTop) return `--top must be a whole number from 1 to ${maxTop}, not "${raw}"`;
  return top;
}
