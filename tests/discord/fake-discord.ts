/**
 * A fake Discord on 127.0.0.1: the REST API under /api/v10 and the WebSocket
 * gateway on the same port. A real discord.js Client pointed at it (REST `api`
 * option) logs in, receives the interactions a test sends, and replies over
 * HTTP; every request is recorded for the test to await and inspect.
 *
 * It answers like Discord where the bot could get it wrong: a bad token is
 * 401, a second acknowledgement is 40060, a message over Discord's limits is
 * 400 Invalid Form Body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, Locale, type APIEmbed } from 'discord.js';
import { commandInteraction, messagePayload, type FakeIds } from './discord-payloads.ts';
import { attachGateway, type FakeGateway } from './fake-gateway.ts';
import { createRecorder, type Recorder } from './recorder.ts';
import { messageProblems } from './message-limits.ts';

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
  /** performance.now() when the INTERACTION_CREATE left the fake. */
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
  close(): Promise<void>;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const ids: FakeIds = { applicationId: '900000000000000001', guildId: '900000000000000002', channelId: '900000000000000003' };
  const token = 'fake-bot-token.not.secret';
  const requests = createRecorder<RecordedRequest>();
  const acknowledged = new Set<string>();
  const pending = new Map<string, string>(); // interaction token → id, until acknowledged
  let counter = 0;

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://fake');
      // discord.js percent-encodes path segments (`@original` arrives as `%40original`).
      const route = url.pathname.replace(/^\/api\/v10/, '').split('/').map(decodeURIComponent).join('/');
      const authorization = request.headers.authorization ?? null;
      const reply = (status: number, payload?: unknown) => {
        requests.push({ method: request.method ?? '', route, query: url.searchParams, authorization, body, status });
        send(response, status, payload);
      };
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
        if (pending.get(interactionToken) !== id) return reply(404, { message: 'Unknown interaction', code: 10062 });
        if (acknowledged.has(interactionToken)) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
        const callback = body as { type: number; data?: { content?: string; embeds?: APIEmbed[] } };
        if (callback.type === InteractionResponseType.ChannelMessageWithSource) {
          const problems = messageProblems(callback.data ?? {});
          if (problems.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors: problems });
        }
        acknowledged.add(interactionToken);
        return reply(204);
      }
      if (request.method === 'PATCH' && (match = route.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
        const [, app = '', interactionToken = ''] = match;
        if (app !== ids.applicationId || !acknowledged.has(interactionToken)) return reply(404, { message: 'Unknown Webhook', code: 10015 });
        const problems = messageProblems(body as { content?: string; embeds?: APIEmbed[] });
        if (problems.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors: problems });
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
    pending.set(interactionToken, id);
    const payload = commandInteraction(ids, {
      id,
      token: interactionToken,
      command,
      options: Object.entries(options).map(([name, value]) => ({ name, value })),
      userId: from.userId ?? '500000000000000001',
      locale: from.locale ?? Locale.Japanese,
    });
    const sentAt = performance.now();
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

function send(response: ServerResponse, status: number, payload?: unknown): void {
  if (payload === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}
