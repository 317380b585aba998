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
 * Time is the fake's own clock: it stands still unless a test moves it
 * (`advanceClock`), so no deadline is ever missed because the machine was
 * busy, and a test steps past one instead of sleeping.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, Locale, type APIEmbed } from 'discord.js';
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
  let counter = 0;

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

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    ids,
    token,
    requests,
    gateway,
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
