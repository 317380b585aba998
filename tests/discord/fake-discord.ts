/**
 * A fake Discord on 127.0.0.1: the REST API under /api/v10 and the WebSocket
 * gateway on the same port. A real discord.js Client pointed at it (REST `api`
 * option) logs in, receives the interactions a test sends, and replies over
 * HTTP; every request is recorded for the test to await and inspect.
 *
 * It answers like Discord where the bot could get it wrong: a bad token is
 * 401; an interaction acknowledged more than 3 s after it was sent is 404
 * 10062 Unknown interaction, and its token stops working after 15 minutes
 * (401 50027); a second acknowledgement is 40060; a message over Discord's
 * limits is 400 Invalid Form Body; a request a test chose to rate-limit is a
 * 429 with the headers discord.js reads. Stricter than Discord in one place:
 * a message that would ping (see mentions.ts) is refused with a 400.
 *
 * It also holds the test channel's messages: a person's message a test sends
 * (MESSAGE_CREATE), the bot's replies (POST /channels/…/messages) and
 * interaction follow-ups, served back by GET /channels/…/messages/…, which is
 * how the bot reads a reply chain; and it dispatches button clicks, modal
 * submissions and message commands.
 *
 * Time is the fake's own clock: it stands still unless a test moves it
 * (`advanceClock`), so no deadline is ever missed because the machine was
 * busy, and a test steps past one instead of sleeping.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType, InteractionResponseType, Locale, type APIEmbed, type APIMessage, type APIUser } from 'discord.js';
import { botMessage, buttonInteraction, channelMessage, messageCommandInteraction, messageCreate, modalInteraction, person } from './conversation-payloads.ts';
import { commandInteraction, messagePayload, type FakeIds } from './discord-payloads.ts';
import { attachGateway, type FakeGateway } from './fake-gateway.ts';
import { createRecorder, type Recorder } from './recorder.ts';
import { messageProblems } from './message-limits.ts';
import { wouldPing, type MessageBody } from './mentions.ts';
import { rateLimitResponse, type RateLimitRule } from './rate-limits.ts';

/** Discord's window for the first response to an interaction. */
export const interactionDeadlineMs = 3_000;
/** How long an interaction token can edit its reply or send follow-ups. */
export const interactionTokenLifetimeMs = 15 * 60_000;


export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. `/interactions/1/abc/callback`. */
  route: string;
  query: URLSearchParams;
  authorization: string | null;
  body: unknown;
  status: number;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** The fake's clock when the INTERACTION_CREATE left it. */
  sentAt: number;
}

export interface FakeDiscord {
  /** For DISCORD_API_URL / the REST `api` option. */
  apiUrl: string;
  ids: FakeIds;
  token: string;
  requests: Recorder<RecordedRequest>;
  gateway: FakeGateway;
  /** Messages of the test channel by id: people's, the bot's replies and follow-ups. */
  readonly messages: ReadonlyMap<string, APIMessage>;
  /** A person posts in the test channel (MESSAGE_CREATE); `mentionsBot` adds the bot to its mentions, as `@kiji` or a reply with ping does. */
  postMessage(init: { content: string; userId?: string; replyTo?: APIMessage; mentionsBot?: boolean; inDm?: boolean; inThread?: string }): APIMessage;
  /** Someone starts a thread from `message` (THREAD_CREATE); returns the thread's id, which is the message's. */
  startThread(message: APIMessage): string;
  /** The DM channel between the bot and the test's users (not in any server). */
  dmChannelId: string;
  /** The bot's next message in the channel replying to `message`. */
  replyTo(message: APIMessage): Promise<APIMessage>;
  /** A click on a button (`customId`) of `message`. */
  clickButton(message: APIMessage, customId: string, from?: { userId?: string }): SentInteraction;
  /** Sends the modal opened by `opened` with these text-input values. */
  submitModal(message: APIMessage, customId: string, values: Record<string, string>, from?: { userId?: string }): SentInteraction;
  /** The message command `name` used on `target`. */
  sendMessageCommand(name: string, target: APIMessage, from?: { userId?: string }): SentInteraction;
  /** The bot's follow-up message to an interaction (POST /webhooks/…/token). */
  followUpOf(interaction: SentInteraction): Promise<RecordedRequest>;
  /** Dispatches a slash command as if a user in the test server had typed it. */
  sendCommand(command: string, options: Record<string, string | boolean>, from?: { userId?: string; locale?: Locale }): SentInteraction;
  /** The bot's acknowledgement of an interaction (its callback request). */
  callbackOf(interaction: SentInteraction): Promise<RecordedRequest>;
  /** The bot's edit of its deferred reply. */
  editOf(interaction: SentInteraction): Promise<RecordedRequest>;
  /** Moves the fake's clock on (it starts at 0 and moves only when told). */
  advanceClock(ms: number): void;
  /** Answers the next matching request(s) with 429, as Discord does when a bucket is empty. */
  rateLimit(rule: RateLimitRule): void;
  close(): Promise<void>;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  let clockMs = 0;
  const now = () => clockMs;
  const ids: FakeIds = { applicationId: '900000000000000001', guildId: '900000000000000002', channelId: '900000000000000003' };
  const token = 'fake-bot-token.not.secret';
  const requests = createRecorder<RecordedRequest>();
  const acknowledged = new Set<string>();
  const sent = new Map<string, { id: string; at: number }>(); // interaction token → its interaction
  const rateLimits: RateLimitRule[] = [];
  const messages = new Map<string, APIMessage>();
  const dmChannelId = '900000000000000009';
  const threads = new Set<string>();
  let counter = 0;
  const nextId = (prefix: string) => {
    counter += 1;
    return `${prefix}${String(counter).padStart(5, '0')}`;
  };

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://fake');
      // discord.js percent-encodes path segments (`@original` arrives as `%40original`).
      const route = url.pathname.replace(/^\/api\/v10/, '').split('/').map(decodeURIComponent).join('/');
      const authorization = request.headers.authorization ?? null;
      const method = request.method ?? '';
      const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        requests.push({ method, route, query: url.searchParams, authorization, body, status });
        send(response, status, payload, headers);
      };
      /** 400 for a message Discord would refuse, or one that would ping; null when it may be sent. */
      const refuseMessage = (message: MessageBody & { embeds?: APIEmbed[] }): boolean => {
        const problems = messageProblems(message);
        const pings = wouldPing(message);
        if (pings.length > 0) problems.push(`allowed_mentions: would ping ${pings.join(', ')} (the fake refuses what Discord would send)`);
        if (problems.length === 0) return false;
        reply(400, { message: 'Invalid Form Body', code: 50035, errors: problems });
        return true;
      };
      const limited = rateLimits.find((rule) => rule.match({ method, route }));
      if (limited) {
        limited.times = (limited.times ?? 1) - 1;
        if (limited.times <= 0) rateLimits.splice(rateLimits.indexOf(limited), 1);
        const { headers, body: payload } = rateLimitResponse(limited, now());
        return reply(429, payload, headers);
      }
      /** Routes that need the bot token; answers 401 itself when it is wrong. */
      const needsBot = () => {
        if (authorization === `Bot ${token}`) return true;
        reply(401, { message: '401: Unauthorized', code: 0 });
        return false;
      };
      let match: RegExpMatchArray | null;

      if (request.method === 'GET' && route === '/gateway/bot') {
        if (!needsBot()) return;
        return reply(200, {
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        });
      }
      if (request.method === 'PUT' && (match = route.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
        if (!needsBot()) return;
        const saved = (body as { name: string }[]).map((command, i) => ({
          ...command,
          id: `${i + 1}00000000000000000`,
          application_id: match?.[1],
          ...(match?.[2] ? { guild_id: match[2] } : {}),
          version: '1',
        }));
        return reply(200, saved);
      }
      if (request.method === 'POST' && (match = route.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
        const [, id = '', interactionToken = ''] = match;
        const interaction = sent.get(interactionToken);
        if (interaction?.id !== id) return reply(404, { message: 'Unknown interaction', code: 10062 });
        if (acknowledged.has(interactionToken)) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
        // Too late is the same answer as never: Discord has already shown "The application did not respond".
        if (now() - interaction.at > interactionDeadlineMs) return reply(404, { message: 'Unknown interaction', code: 10062 });
        const callback = body as { type: number; data?: MessageBody & { embeds?: APIEmbed[] } };
        if (callback.type === InteractionResponseType.ChannelMessageWithSource && refuseMessage(callback.data ?? {})) return;
        acknowledged.add(interactionToken);
        return reply(204);
      }
      if (request.method === 'PATCH' && (match = route.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
        const [, app = '', interactionToken = ''] = match;
        if (app !== ids.applicationId || !acknowledged.has(interactionToken)) return reply(404, { message: 'Unknown Webhook', code: 10015 });
        const interaction = sent.get(interactionToken);
        if (interaction && now() - interaction.at > interactionTokenLifetimeMs) return reply(401, { message: 'Invalid Webhook Token', code: 50027 });
        if (refuseMessage(body as MessageBody & { embeds?: APIEmbed[] })) return;
        counter += 1;
        return reply(200, messagePayload(ids, `8000000000000${String(counter).padStart(5, '0')}`, body as { content?: string; embeds?: APIEmbed[] }));
      }
      if (request.method === 'POST' && (match = route.match(/^\/channels\/(\d+)\/messages$/))) {
        if (!needsBot()) return;
        if (match[1] !== ids.channelId && match[1] !== dmChannelId && !threads.has(match[1] ?? '')) return reply(404, { message: 'Unknown Channel', code: 10003 });
        const message = body as MessageBody & { embeds?: APIEmbed[]; components?: unknown[]; message_reference?: { message_id?: string } };
        if (refuseMessage(message)) return;
        const posted = botMessage(ids, nextId('8100000000000'), message, messages, match[1]);
        messages.set(posted.id, posted);
        return reply(200, posted);
      }
      if (request.method === 'GET' && (match = route.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
        if (!needsBot()) return;
        const found = messages.get(match[2] ?? '');
        if (found?.channel_id !== match[1]) return reply(404, { message: 'Unknown Message', code: 10008 });
        return reply(200, found);
      }
      if (request.method === 'POST' && (match = route.match(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
        const [, app = '', interactionToken = ''] = match;
        if (app !== ids.applicationId || !acknowledged.has(interactionToken)) return reply(404, { message: 'Unknown Webhook', code: 10015 });
        const message = body as MessageBody & { embeds?: APIEmbed[]; components?: unknown[] };
        if (refuseMessage(message)) return;
        const posted = botMessage(ids, nextId('8200000000000'), message, messages);
        messages.set(posted.id, posted);
        return reply(200, posted);
      }
      return reply(404, { message: '404: Not Found', code: 0 });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = () => `ws://127.0.0.1:${port}`;
  const gateway = attachGateway(server, ids, token, gatewayUrl);

  const sendCommand: FakeDiscord['sendCommand'] = (command, options, from = {}) => {
    counter += 1;
    const id = `7000000000000${String(counter).padStart(5, '0')}`;
    const interactionToken = `interaction-token-${counter}`;
    const sentAt = now();
    sent.set(interactionToken, { id, at: sentAt });
    const payload = commandInteraction(ids, {
      id,
      token: interactionToken,
      command,
      options: Object.entries(options).map(([name, value]) => ({ name, value })),
      userId: from.userId ?? '500000000000000001',
      locale: from.locale ?? Locale.Japanese,
    });
    gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token: interactionToken, sentAt };
  };

  const interaction = (build: (init: { id: string; token: string; userId: string }) => Record<string, unknown>, userId?: string): SentInteraction => {
    const id = nextId('7100000000000');
    const interactionToken = `interaction-token-${counter}`;
    const sentAt = now();
    sent.set(interactionToken, { id, at: sentAt });
    gateway.dispatch('INTERACTION_CREATE', build({ id, token: interactionToken, userId: userId ?? '500000000000000001' }));
    return { id, token: interactionToken, sentAt };
  };
  const bot: APIUser = { id: ids.applicationId, username: 'kiji', discriminator: '0', global_name: 'kiji', avatar: null, bot: true };

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    ids,
    token,
    requests,
    gateway,
    messages,
    dmChannelId,
    startThread(message) {
      threads.add(message.id);
      gateway.dispatch('THREAD_CREATE', {
        id: message.id,
        guild_id: ids.guildId,
        parent_id: message.channel_id,
        type: ChannelType.PublicThread,
        name: 'kiji thread',
        owner_id: '500000000000000001',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        flags: 0,
        thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: new Date(0).toISOString(), locked: false },
        newly_created: true,
      });
      return message.id;
    },
    postMessage(init) {
      const message = channelMessage(ids, {
        id: nextId('6000000000000'),
        ...(init.inDm ? { channelId: dmChannelId } : init.inThread ? { channelId: init.inThread } : {}),
        content: init.content,
        author: person(init.userId ?? '500000000000000001'),
        ...(init.replyTo ? { replyTo: init.replyTo } : {}),
        mentions: init.mentionsBot ? [bot] : [],
      });
      messages.set(message.id, message);
      // A DM arrives without guild fields, in a channel the client has not cached, with its channel type.
      gateway.dispatch('MESSAGE_CREATE', init.inDm ? { ...message, channel_type: ChannelType.DM } : messageCreate(ids, message));
      return message;
    },
    async replyTo(message) {
      await requests.waitFor(
        (request) =>
          request.method === 'POST' &&
          request.route === `/channels/${message.channel_id}/messages` &&
          request.status === 200 &&
          (request.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === message.id,
      );
      const found = [...messages.values()].find((posted) => posted.author.id === ids.applicationId && posted.message_reference?.message_id === message.id);
      if (!found) throw new Error('the reply was recorded but not held');
      return found;
    },
    clickButton: (message, customId, from = {}) => interaction((init) => buttonInteraction(ids, { ...init, customId, message }), from.userId),
    submitModal: (message, customId, values, from = {}) => interaction((init) => modalInteraction(ids, { ...init, customId, message, values }), from.userId),
    sendMessageCommand: (name, target, from = {}) => interaction((init) => messageCommandInteraction(ids, { ...init, name, target }), from.userId),
    followUpOf: (sentInteraction) =>
      requests.waitFor((request) => request.method === 'POST' && request.route === `/webhooks/${ids.applicationId}/${sentInteraction.token}`),
    sendCommand,
    callbackOf: (interaction) =>
      requests.waitFor((request) => request.method === 'POST' && request.route === `/interactions/${interaction.id}/${interaction.token}/callback`),
    editOf: (interaction) =>
      requests.waitFor(
        (request) => request.method === 'PATCH' && request.route === `/webhooks/${ids.applicationId}/${interaction.token}/messages/@original`,
      ),
    advanceClock(ms) {
      clockMs += ms;
    },
    rateLimit: (rule) => void rateLimits.push({ ...rule }),
    async close() {
      await gateway.close();
      // discord.js keeps HTTP connections alive; drop them so close() does not wait for their timeout.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return null;
  return (request.headers['content-type'] ?? '').includes('application/json') ? (JSON.parse(text) as unknown) : text;
}

function send(response: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  if (payload === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(payload));
}
