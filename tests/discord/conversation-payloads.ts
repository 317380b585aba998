/**
 * Payloads for the conversational surfaces, shaped like Discord's: a person's
 * message in the test channel (MESSAGE_CREATE), a message kiji posts there,
 * and the interactions of a button click, a modal submission and the message
 * command. Built on the slash-command interaction so the common fields match.
 */
import { ApplicationCommandType, ComponentType, InteractionType, Locale, MessageType, type APIEmbed, type APIMessage, type APIUser } from 'discord.js';
import { botUser, commandInteraction, type FakeIds } from './discord-payloads.ts';

export function person(id: string): APIUser {
  return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
}

export interface MessageInit {
  id: string;
  content: string;
  author: APIUser;
  /** The message this one replies to. */
  replyTo?: APIMessage;
  /** Users it mentions (a reply with ping mentions the replied-to author). */
  mentions?: APIUser[];
  embeds?: APIEmbed[];
  components?: unknown[];
  flags?: number;
  /** Default: the test server's channel. */
  channelId?: string;
}

export function channelMessage(ids: FakeIds, init: MessageInit): APIMessage {
  return {
    id: init.id,
    channel_id: init.channelId ?? ids.channelId,
    author: init.author,
    content: init.content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: init.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: init.embeds ?? [],
    pinned: false,
    type: init.replyTo ? MessageType.Reply : MessageType.Default,
    flags: init.flags ?? 0,
    ...(init.components ? { components: init.components as APIMessage['components'] } : {}),
    ...(init.replyTo
      ? { message_reference: { message_id: init.replyTo.id, channel_id: init.channelId ?? ids.channelId, ...(init.channelId ? {} : { guild_id: ids.guildId }) }, referenced_message: init.replyTo }
      : {}),
  };
}

/** A MESSAGE_CREATE in the test server: the message plus the guild fields the gateway adds. */
export function messageCreate(ids: FakeIds, message: APIMessage): Record<string, unknown> {
  return { ...message, guild_id: ids.guildId, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } };
}

export function botMessage(
  ids: FakeIds,
  id: string,
  body: { content?: string; embeds?: APIEmbed[]; components?: unknown[]; message_reference?: { message_id?: string } },
  stored: ReadonlyMap<string, APIMessage>,
  channelId: string = ids.channelId,
): APIMessage {
  const replyTo = body.message_reference?.message_id ? stored.get(body.message_reference.message_id) : undefined;
  return channelMessage(ids, { id, channelId, content: body.content ?? '', author: botUser(ids), embeds: body.embeds ?? [], components: body.components ?? [], ...(replyTo ? { replyTo } : {}) });
}

interface InteractionInit {
  id: string;
  token: string;
  userId: string;
  locale?: Locale;
}

function base(ids: FakeIds, init: InteractionInit): Record<string, unknown> {
  return commandInteraction(ids, { ...init, command: 'unused', options: [], locale: init.locale ?? Locale.Japanese }) as unknown as Record<string, unknown>;
}

export function buttonInteraction(ids: FakeIds, init: InteractionInit & { customId: string; message: APIMessage }): Record<string, unknown> {
  return { ...base(ids, init), type: InteractionType.MessageComponent, message: init.message, data: { custom_id: init.customId, component_type: ComponentType.Button } };
}

export function modalInteraction(ids: FakeIds, init: InteractionInit & { customId: string; message: APIMessage; values: Record<string, string> }): Record<string, unknown> {
  return {
    ...base(ids, init),
    type: InteractionType.ModalSubmit,
    message: init.message,
    data: {
      custom_id: init.customId,
      components: Object.entries(init.values).map(([customId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
      })),
    },
  };
}

export function messageCommandInteraction(ids: FakeIds, init: InteractionInit & { name: string; target: APIMessage }): Record<string, unknown> {
  return {
    ...base(ids, init),
    data: { id: 'message-command-id', name: init.name, type: ApplicationCommandType.Message, target_id: init.target.id, resolved: { messages: { [init.target.id]: init.target } } },
  };
}
