/**
 * Would this message ping anyone? Discord parses mentions in `content` only
 * (never in embeds) and pings whatever `allowed_mentions` lets through; with
 * no `allowed_mentions` at all, every mention pings. Real Discord sends such
 * a message and pings; the fake refuses it (400), because a bot that pings
 * from a quoted article or question is a bug the tests must catch.
 */
export interface AllowedMentions {
  parse?: ('users' | 'roles' | 'everyone')[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

export interface MessageBody {
  content?: string;
  allowed_mentions?: AllowedMentions;
}

/** The mentions in `content` that would ping, e.g. `@everyone`, `<@123>`, `<@&456>`; empty when none. */
export function wouldPing(body: MessageBody): string[] {
  const content = body.content ?? '';
  const allowed = body.allowed_mentions;
  const parse = allowed === undefined ? ['users', 'roles', 'everyone'] : (allowed.parse ?? []);
  const pinged: string[] = [];
  for (const match of content.matchAll(/@(everyone|here)\b/g)) if (parse.includes('everyone')) pinged.push(match[0]);
  for (const match of content.matchAll(/<@!?(\d+)>/g)) {
    if (parse.includes('users') || (allowed?.users ?? []).includes(match[1] ?? '')) pinged.push(match[0]);
  }
  for (const match of content.matchAll(/<@&(\d+)>/g)) {
    if (parse.includes('roles') || (allowed?.roles ?? []).includes(match[1] ?? '')) pinged.push(match[0]);
  }
  return pinged;
}
