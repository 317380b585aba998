/**
 * What the handler sends back: plain data shaped like discord.js's reply and
 * edit options, so the renderers stay pure and tests compare objects.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { shortenAtSentence } from '../shared/shorten.ts';
import { discordLimits } from './limits.ts';

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons under an answer (👍 / 👎, share); an edit without them clears them. */
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Always parse nothing: a quoted `@everyone` or role mention must never ping. */
  allowedMentions: { parse: [] };
}

/** A plain-text reply (apology, rate limit, bad question); clears any embed on edit. */
export function textReply(text: string): DiscordReply {
  return { content: shortenAtSentence(text, discordLimits.content), embeds: [], allowedMentions: { parse: [] } };
}

/** Characters Discord counts toward its 6,000-per-message embed budget. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}
