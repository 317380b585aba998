/**
 * Discord's checks on a message body, as the fake applies them: a reply the
 * real Discord would refuse (400 Invalid Form Body) is refused here too.
 */
import type { APIEmbed } from 'discord.js';

export function messageProblems(body: { content?: string; embeds?: APIEmbed[] }): string[] {
  const problems: string[] = [];
  if ((body.content ?? '').length > 2000) problems.push('content: must be 2000 or fewer in length');
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) problems.push('embeds: must be 10 or fewer in length');
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    if ((embed.title ?? '').length > 256) problems.push(`embeds.${i}.title: must be 256 or fewer in length`);
    if ((embed.description ?? '').length > 4096) problems.push(`embeds.${i}.description: must be 4096 or fewer in length`);
    if ((embed.footer?.text ?? '').length > 2048) problems.push(`embeds.${i}.footer.text: must be 2048 or fewer in length`);
    if ((embed.fields ?? []).length > 25) problems.push(`embeds.${i}.fields: must be 25 or fewer in length`);
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  if (total > 6000) problems.push('embeds: embed size exceeds maximum size of 6000');
  return problems;
}
