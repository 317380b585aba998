/**
 * The whole adapter logic, and its one error boundary: translate the
 * interaction to a question, ask the core, render. Known problems (a bad
 * question, too many questions) get a friendly reply; anything else is logged
 * with the interaction id and answered with an apology. Never throws.
 */
import type { Language, Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import type { RateLimiter } from '../shared/rate-limiter.ts';
import { describeFailure, guessLanguage, messages } from '../shared/messages.ts';
import { commandNames, optionNames } from './commands.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources } from './render-sources.ts';
import { textReply } from './reply.ts';
import type { SlashInteraction } from './slash-interaction.ts';

export interface InteractionHandlerDeps {
  kiji: Kiji;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Clock for the logged duration; injected so tests need no timers. */
  now?: () => number;
}

export type InteractionHandler = (interaction: SlashInteraction) => Promise<void>;

export function createInteractionHandler({ kiji, logger, rateLimiter, now = performance.now.bind(performance) }: InteractionHandlerDeps): InteractionHandler {
  return async (interaction) => {
    const started = now();
    const fields = { interaction: interaction.id, command: interaction.commandName };
    const isPrivate = interaction.boolean(optionNames.private) ?? false;
    const question = interaction.string(optionNames.question) ?? '';
    const language = interaction.commandName === commandNames.ask ? guessLanguage(question) : localeLanguage(interaction.locale);
    let deferred = false;
    try {
      if (interaction.commandName === commandNames.sources) {
        await interaction.reply(renderSources(kiji.sources(), language), { private: isPrivate });
        logger.info('listed sources', { ...fields, ms: Math.round(now() - started) });
        return;
      }
      if (interaction.commandName !== commandNames.ask) {
        // A command registered by an older version, or by hand: say so instead of leaving "thinking…".
        logger.warn('unknown command', fields);
        await interaction.reply(textReply(messages[language].apology), { private: true });
        return;
      }
      const turn = rateLimiter.take(interaction.userId);
      if (!turn.allowed) {
        const seconds = Math.max(1, Math.ceil(turn.retryAfterMs / 1000));
        await interaction.reply(textReply(messages[language].rateLimited(seconds)), { private: true });
        logger.info('rate limited', { ...fields, retryAfterSeconds: seconds });
        return;
      }
      await interaction.defer({ private: isPrivate });
      deferred = true;
      const answer = await kiji.ask(question);
      await interaction.edit(renderAnswer(answer));
      const citations = answer.answered ? answer.citations.length : 0;
      // The question itself is not logged: it is the user's words, not ours to keep.
      logger.info('answered', { ...fields, answered: answer.answered, citations, ms: Math.round(now() - started) });
    } catch (error) {
      const failure = describeFailure(error, language);
      if (failure.known) logger.info('question refused', { ...fields, error });
      else logger.error('interaction failed', { ...fields, error, stack: error instanceof Error ? error.stack : undefined });
      try {
        if (deferred) await interaction.edit(textReply(failure.text));
        else await interaction.reply(textReply(failure.text), { private: true });
      } catch (replyError) {
        // Discord itself is unreachable or the interaction expired: nothing left to tell the user.
        logger.error('could not send the failure reply', { ...fields, error: replyError });
      }
    }
  };
}

/** Discord locales are like `ja`, `en-US`; Japanese users get Japanese, everyone else English. */
function localeLanguage(locale: string): Language {
  return locale.startsWith('ja') ? 'ja' : 'en';
}
