/**
 * A fake Slack Web API on 127.0.0.1: answers auth.test, chat.postMessage,
 * chat.postEphemeral, apps.connections.open (Socket Mode), conversations.replies
 * (from the messages it holds: the bot's posts and those a test adds, as
 * Slack would hold them), views.open and views.publish, and any other method
 * (assistant.threads.*) with `ok: true`, serves response_url
 * endpoints, and records every request as Slack would receive it (token,
 * decoded arguments, arrival time). Tests await recorded calls; nothing sleeps.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const fakeIdentity = { team_id: 'T0KIJI', user_id: 'U0KIJIBOT', bot_id: 'B0KIJIBOT', user: 'kiji', team: 'Kiji Test' };

export interface RecordedCall {
  /** `api` for Web API methods, `response_url` for posts to a response URL. */
  kind: 'api' | 'response_url';
  /** Web API method (chat.postMessage) or the response URL's id. */
  name: string;
  args: Record<string, unknown>;
  /** The bearer token sent, if any. */
  token: string | null;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface FakeSlackApi {
  /** What SLACK_API_URL would be set to. */
  apiUrl: string;
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  /** The first call, already made or still to come, that matches. */
  waitFor(match: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  /** Makes the next call of `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** A message Slack holds in `channel` (a person's, typically), served by conversations.replies. */
  addMessage(channel: string, message: StoredMessage): void;
  /** Makes the next call of `method` answer 429 with Retry-After (whole seconds, as Slack sends), `{ ok: false, error: 'ratelimited' }`. */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

export interface StoredMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  blocks?: unknown;
  metadata?: unknown;
}

export interface FakeSlackApiOptions {
  /** WebSocket URL that apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const waiters: { match: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }[] = [];
  const failures = new Map<string, string>();
  const held = new Map<string, StoredMessage[]>();
  const rateLimited = new Map<string, number>();
  let messages = 0;
  const hold = (channel: string, message: StoredMessage) => held.set(channel, [...(held.get(channel) ?? []), message]);

  const record = (call: RecordedCall) => {
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.match(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const at = performance.now();
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const args = decodeBody(await readBody(request), request.headers['content-type'] ?? '');
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
    const json = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };

    if (path.startsWith('/response/')) {
      record({ kind: 'response_url', name: path.slice('/response/'.length), args, token, at });
      return json({ ok: true });
    }
    if (!path.startsWith('/api/')) return void response.writeHead(404).end();
    const method = path.slice('/api/'.length);
    record({ kind: 'api', name: method, args, token, at });
    const retryAfter = rateLimited.get(method);
    if (retryAfter !== undefined) {
      rateLimited.delete(method);
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
      return void response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    const failure = failures.get(method);
    if (failure !== undefined) {
      failures.delete(method);
      return json({ ok: false, error: failure });
    }
    if (token === null) return json({ ok: false, error: 'not_authed' });
    switch (method) {
      case 'apps.connections.open':
        return options.socketUrl ? json({ ok: true, url: options.socketUrl }) : json({ ok: false, error: 'not_allowed_token_type' });
      case 'auth.test':
        return json({ ok: true, url: 'https://kiji-test.slack.com/', ...fakeIdentity });
      case 'chat.postMessage': {
        messages += 1;
        const ts = `1800000000.${String(messages).padStart(6, '0')}`;
        const stored: StoredMessage = { ts, user: fakeIdentity.user_id, bot_id: fakeIdentity.bot_id, text: String(args.text ?? '') };
        if (typeof args.thread_ts === 'string') stored.thread_ts = args.thread_ts;
        if (args.blocks !== undefined) stored.blocks = args.blocks;
        if (args.metadata !== undefined) stored.metadata = args.metadata;
        hold(String(args.channel), stored);
        return json({ ok: true, channel: args.channel, ts, message: args });
      }
      case 'conversations.replies': {
        // A thread is its parent and the messages whose thread_ts is the parent's ts, oldest first.
        const thread = (held.get(String(args.channel)) ?? [])
          .filter((message) => message.ts === args.ts || message.thread_ts === args.ts)
          .sort((a, b) => Number(a.ts) - Number(b.ts));
        if (thread.length === 0) return json({ ok: false, error: 'thread_not_found' });
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const limit = Number(args.limit ?? 1000);
        const page = thread.slice(0, limit).map(({ metadata, ...message }) => (withMetadata && metadata !== undefined ? { ...message, metadata } : message));
        return json({ ok: true, messages: page, has_more: thread.length > limit });
      }
      case 'views.open':
        if (typeof args.trigger_id !== 'string' || args.trigger_id === '') return json({ ok: false, error: 'invalid_trigger_id' });
        return json({ ok: true, view: { id: `V${String((messages += 1)).padStart(8, '0')}`, ...(args.view as object) } });
      case 'views.publish':
        return json({ ok: true, view: { id: `V${String((messages += 1)).padStart(8, '0')}`, ...(args.view as object) } });
      case 'chat.postEphemeral':
        messages += 1;
        return json({ ok: true, message_ts: `1800000000.${String(messages).padStart(6, '0')}` });
      default:
        return json({ ok: true });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    waitFor(match) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    addMessage: hold,
    rateLimitNext(method, retryAfterSeconds) {
      rateLimited.set(method, retryAfterSeconds);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends forms with JSON-encoded nested values; response_url posts are JSON. */
function decodeBody(body: string, contentType: string): Record<string, unknown> {
  if (body === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
