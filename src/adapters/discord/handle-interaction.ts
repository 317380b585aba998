/**
 * The whole adapter logic: translate the interaction to a question, ask
 * through the shared guarded ask (rate limit, error boundary, logs), render,
 * send. The guarded ask defers the interaction once the rate limit lets the
 * question through, so a limited user is told at once and an answer never
 * misses Discord's 3-second window. An unexpected failure is answered with an
 * apology and its error id; a reply Discord refuses is logged. Never throws.
 */
import type { Kiji, Language } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import type { AskSafely, Outcome } from '../shared/ask-safely.ts';
import type { InFlight } from '../shared/in-flight.ts';
import { messages } from '../shared/messages.ts';
import { commandNames, optionNames } from './commands.ts';
import { renderAnswer, type RenderOptions } from './render-answer.ts';
import { renderHelp } from './render-help.ts';
import { renderSources } from './render-sources.ts';
import { textReply, type DiscordReply } from './reply.ts';
import type { SlashInteraction } from './slash-interaction.ts';
import { withoutMentions } from './reply-chain.ts';

export interface InteractionHandlerDeps {
  kiji: Kiji;
  askSafely: AskSafely;
  logger: Logger;
  /** While it is closing (a shutdown), new questions are turned away politely. */
  inFlight?: Pick<InFlight, 'closing'>;
  /** Show 👍 / 👎 under answers (feedback is collected). */
  feedback?: boolean;
}

export type InteractionHandler = (interaction: SlashInteraction) => Promise<void>;

export function createInteractionHandler({ kiji, askSafely, logger, inFlight, feedback = false }: InteractionHandlerDeps): InteractionHandler {
  return async (interaction) => {
    const fields = { interaction: interaction.id, command: interaction.commandName };
    // 「kijiに聞く」 acts on someone's message: answered privately first, with a button to share.
    const askAbout = interaction.commandName === commandNames.askAbout;
    const asks = askAbout || interaction.commandName === commandNames.ask;
    const isPrivate = askAbout || (interaction.boolean(optionNames.private) ?? false);
    const question = withoutMentions(askAbout ? (interaction.targetText ?? '') : (interaction.string(optionNames.question) ?? ''));
    const language = localeLanguage(interaction.locale);
    /** Sends without throwing: Discord unreachable or the interaction expired leaves nothing to tell the user. */
    const send = async (what: string, reply: () => Promise<void>) => {
      try {
        await reply();
        return true;
      } catch (error) {
        logger.error(`could not send the ${what}`, { ...fields, error });
        return false;
      }
    };

    if (inFlight?.closing) {
      logger.info('turned away: shutting down', fields);
      await send('shutdown notice', () => interaction.reply(textReply(messages[language].shuttingDown), { private: true }));
      return;
    }
    if (interaction.commandName === commandNames.sources) {
      if (await send('sources', () => interaction.reply(renderSources(kiji.sources(), language), { private: isPrivate }))) logger.info('listed sources', fields);
      return;
    }
    if (interaction.commandName === commandNames.help || (asks && question.trim() === '')) {
      // An empty question (only spaces, or a message without text) gets examples rather than an error.
      const help = renderHelp(await kiji.examples(), language, { empty: asks });
      if (await send('help', () => interaction.reply(help, { private: true }))) logger.info('showed help', fields);
      return;
    }
    if (!asks) {
      // A command registered by an older version, or by hand: say so instead of leaving "thinking…".
      logger.warn('unknown command', fields);
      await send('apology', () => interaction.reply(textReply(messages[language].apology), { private: true }));
      return;
    }

    let deferred = false;
    const outcome = await askSafely({
      question,
      user: interaction.userId,
      via: 'discord',
      fields,
      accepted: async () => {
        await interaction.defer({ private: isPrivate });
        deferred = true;
      },
    });
    const reply = renderOutcome(outcome, { feedback, shareable: isPrivate });
    if (!deferred) {
      // Refused by the rate limit (or the deferral itself failed): a private reply at once.
      await send('reply', () => interaction.reply(reply, { private: true }));
      return;
    }
    if (await send('reply', () => interaction.edit(reply))) return;
    // Discord refused the answer itself (a message over its limits): the asker still gets an apology with an id.
    await send('failure reply', () => interaction.edit(textReply(failureText(outcome.requestId, outcome.kind === 'answer' ? outcome.answer.language : outcome.language))));
  };
}

export function renderOutcome(outcome: Outcome, options: RenderOptions = {}): DiscordReply {
  if (outcome.kind === 'answer') return renderAnswer(outcome.answer, options);
  if (outcome.kind === 'problem' && outcome.failed) return textReply(failureText(outcome.requestId, outcome.language, outcome.text));
  return textReply(outcome.text);
}

/** The apology with its error id on a line of its own: what a user quotes when reporting it. */
function failureText(requestId: string, language: Language, text: string = messages[language].apology): string {
  return `${text}\n${messages[language].errorId(requestId)}`;
}

/** Discord locales are like `ja`, `en-US`; Japanese users get Japanese, everyone else English. */
export function localeLanguage(locale: string): Language {
  return locale.startsWith('ja') ? 'ja' : 'en';
}
