/**
 * A recording SlashInteraction: what the handler did, in order, so tests
 * assert on behaviour rather than on calls to discord.js.
 */
import type { DiscordReply } from '../../src/adapters/discord/reply.ts';
import type { SlashInteraction } from '../../src/adapters/discord/slash-interaction.ts';

export type Step =
  | { kind: 'defer'; private: boolean }
  | { kind: 'reply'; private: boolean; reply: DiscordReply }
  | { kind: 'edit'; reply: DiscordReply };

export interface FakeInteraction extends SlashInteraction {
  steps: Step[];
}

export interface FakeInteractionInit {
  commandName?: string;
  question?: string;
  private?: boolean;
  userId?: string;
  locale?: string;
  /** Makes `edit` reject, as when Discord refuses a message or is unreachable. */
  failEdits?: number;
}

let counter = 0;

export function fakeInteraction(init: FakeInteractionInit = {}): FakeInteraction {
  counter += 1;
  let failEdits = init.failEdits ?? 0;
  const steps: Step[] = [];
  const options: Record<string, string | boolean | undefined> = { question: init.question, private: init.private };
  return {
    steps,
    id: `interaction-${counter}`,
    commandName: init.commandName ?? 'ask',
    userId: init.userId ?? 'user-1',
    locale: init.locale ?? 'ja',
    string: (name) => {
      const value = options[name];
      return typeof value === 'string' ? value : null;
    },
    boolean: (name) => {
      const value = options[name];
      return typeof value === 'boolean' ? value : null;
    },
    async defer({ private: isPrivate }) {
      steps.push({ kind: 'defer', private: isPrivate });
    },
    async reply(reply, { private: isPrivate }) {
      steps.push({ kind: 'reply', private: isPrivate, reply });
    },
    async edit(reply) {
      if (failEdits > 0) {
        failEdits -= 1;
        throw new Error('Discord said 400: Invalid Form Body');
      }
      steps.push({ kind: 'edit', reply });
    },
  };
}
