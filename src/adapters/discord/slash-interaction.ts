/**
 * The few things the handler needs from a slash-command (or message-command) interaction. The
 * discord.js binding is one implementation (`from-discord-js.ts`); unit tests
 * pass a small recording fake, so the handler is tested without a gateway.
 */
import type { DiscordReply } from './reply.ts';

export interface SlashInteraction {
  /** Interaction id: logged with every failure so it can be traced. */
  readonly id: string;
  readonly commandName: string;
  readonly userId: string;
  /** The asker's Discord client locale, e.g. `ja` or `en-US`. */
  readonly locale: string;
  /** For the message command 「kijiに聞く」: the text of the message it was used on. */
  readonly targetText?: string;
  string(option: string): string | null;
  boolean(option: string): boolean | null;
  /** Acknowledges within Discord's 3-second window; the reply is edited in later. */
  defer(options: { private: boolean }): Promise<void>;
  /** Replies at once, without deferring. */
  reply(reply: DiscordReply, options: { private: boolean }): Promise<void>;
  /** Replaces the deferred "thinking…" message. */
  edit(reply: DiscordReply): Promise<void>;
}
