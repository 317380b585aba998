/**
 * The REPL is just another adapter (after hubot's Shell adapter): it reads
 * lines from an injected input stream and writes to an injected output, so
 * tests feed it lines over the real core. Questions are answered one at a
 * time, in order; nothing a user types ends the loop except :quit, Ctrl-D or
 * Ctrl-C.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Kiji, Language } from '../../core/index.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import { describeFailure, guessLanguage } from '../shared/messages.ts';
import { cleanTerminalText } from '../terminal/clean-text.ts';
import { renderAnswerText } from '../terminal/render-answer.ts';
import { renderSourcesText } from '../terminal/render-sources.ts';
import { parseReplLine, type ReplCommand } from './parse-line.ts';
import { replTexts } from './texts.ts';

export interface ReplOptions {
  input: Readable;
  output: Writable;
  kiji: Kiji;
  logger?: Logger;
  /** Seconds the process took to become ready, shown in the banner; omitted when unknown. */
  startupSeconds?: number;
  /** True for a real terminal (line editing, Ctrl-C); false for pipes and tests. */
  terminal?: boolean;
  prompt?: string;
}

export interface Repl {
  /** Shows the banner, then answers lines until :quit or the end of input. */
  run(): Promise<void>;
}

/** Earlier questions handed to the core with each new one (it looks at no more than three). */
const conversationTurns = 3;

export function createRepl(options: ReplOptions): Repl {
  const { input, output, kiji } = options;
  const logger = options.logger ?? silentLogger;
  const write = (text: string) => output.write(`${text}\n`);
  // Replies follow the language the user last wrote in; Japanese until then.
  let language: Language = 'ja';
  // The session's questions since :new, so that 「それはいつ？」 is read with them; only the last few matter.
  let earlier: string[] = [];

  async function ask(question: string): Promise<void> {
    language = guessLanguage(question);
    try {
      const answer = await kiji.ask(question, { context: earlier });
      language = answer.language;
      earlier = [...earlier, question].slice(-conversationTurns);
      write(renderAnswerText(answer));
    } catch (error) {
      const { known, text } = describeFailure(error, language);
      if (!known) logger.error('could not answer', { question: question.slice(0, 200), error });
      write(text);
    }
  }

  async function run(command: ReplCommand): Promise<void> {
    const say = replTexts[language];
    if (command === 'help') write(say.help);
    else if (command === 'new') {
      earlier = [];
      write(say.forgotten);
    }
    else if (command === 'sources') write(renderSourcesText(kiji.sources(), language));
    else if (command === 'reload') {
      try {
        const report = await kiji.reload();
        write(say.reloaded(report));
        if (report.problems.length > 0) write(listProblems(report.problems, language));
      } catch (error) {
        logger.warn('reload failed', { error });
        write(say.reloadFailed(error instanceof Error ? error.message : String(error)));
      }
    }
  }

  return {
    async run() {
      const lines = createInterface({ input, output, terminal: options.terminal ?? false, prompt: options.prompt ?? 'kiji> ' });
      // Without a listener readline only pauses on Ctrl-C; a shell user expects it to leave.
      lines.on('SIGINT', () => lines.close());
      write(replTexts.ja.banner(kiji.sources().length, options.startupSeconds ?? null));
      const problems = kiji.problems();
      if (problems.length > 0) write(listProblems(problems, 'ja'));
      lines.prompt();

      let quit = false;
      for await (const line of lines) {
        const parsed = parseReplLine(line);
        if (parsed.kind === 'question') await ask(parsed.text);
        else if (parsed.kind === 'unknown-command') write(replTexts[language].unknownCommand(cleanTerminalText(parsed.text)));
        else if (parsed.kind === 'command' && parsed.command === 'quit') {
          quit = true;
          break;
        } else if (parsed.kind === 'command') await run(parsed.command);
        lines.prompt();
      }
      lines.close();
      // Ctrl-D leaves the cursor after the prompt; start the goodbye on its own line.
      write(`${quit ? '' : '\n'}${replTexts[language].goodbye}`);
    },
  };
}

function listProblems(problems: readonly string[], language: Language): string {
  return cleanTerminalText([replTexts[language].skipped(problems.length), ...problems.map((problem) => `  - ${problem}`)].join('\n'));
}
