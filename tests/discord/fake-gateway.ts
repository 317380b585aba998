/**
 * The fake Discord's WebSocket gateway: just enough of the protocol for a
 * discord.js Client to log in and receive events. HELLO on connect; IDENTIFY
 * (token checked) gets READY, then GUILD_CREATE when the Guilds intent is on
 * (as on the real gateway, where without it discord.js would wait out a
 * timeout for guilds that never come); every HEARTBEAT gets its ACK.
 * Plain JSON, no compression: discord.js only asks for zlib-stream when the
 * optional zlib-sync package is installed, and kiji does not install it.
 */
import type { Server } from 'node:http';
import { GatewayIntentBits, GatewayOpcodes, type GatewayDispatchEvents } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload, type FakeIds } from './discord-payloads.ts';
import { createRecorder, type Recorder } from './recorder.ts';

export interface GatewayFrame {
  op: number;
  d: unknown;
}

export interface FakeGateway {
  /** Every frame the bot sent, in order (IDENTIFY, heartbeats, …). */
  readonly received: Recorder<GatewayFrame>;
  /** Sends a dispatch event to every identified connection. */
  dispatch(event: `${GatewayDispatchEvents}`, data: unknown): void;
  /** Closes every connection with a gateway close code, e.g. 4014 Disallowed intents (never reconnectable). */
  closeAll(code: number, reason: string): void;
  /** Asks the bot for a heartbeat (opcode 1) and resolves when it sends one back. */
  requestHeartbeat(): Promise<void>;
  close(): Promise<void>;
}

export function attachGateway(server: Server, ids: FakeIds, token: string, gatewayUrl: () => string): FakeGateway {
  const wss = new WebSocketServer({ server });
  const received = createRecorder<GatewayFrame>();
  const identified = new Set<WebSocket>();
  let sequence = 0;

  const send = (socket: WebSocket, payload: { op: number; d: unknown; s?: number | null; t?: string | null }) =>
    socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  const dispatchTo = (socket: WebSocket, event: string, data: unknown) => {
    sequence += 1;
    send(socket, { op: GatewayOpcodes.Dispatch, t: event, s: sequence, d: data });
  };

  wss.on('connection', (socket, request) => {
    const query = new URL(request.url ?? '/', 'ws://fake').searchParams;
    // discord.js v14 asks for API v10 in JSON; anything else means the fake is out of date.
    if (query.get('v') !== '10' || query.get('encoding') !== 'json') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    socket.on('close', () => identified.delete(socket));
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as GatewayFrame;
      received.push(frame);
      if (frame.op === GatewayOpcodes.Heartbeat) send(socket, { op: GatewayOpcodes.HeartbeatAck, d: null });
      if (frame.op === GatewayOpcodes.Identify) {
        const identify = frame.d as { token?: unknown; intents?: unknown };
        if (identify.token !== token) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        identified.add(socket);
        dispatchTo(socket, 'READY', readyPayload(ids, gatewayUrl()));
        if (typeof identify.intents === 'number' && (identify.intents & GatewayIntentBits.Guilds) !== 0) {
          dispatchTo(socket, 'GUILD_CREATE', guildCreatePayload(ids));
        }
      }
      if (frame.op === GatewayOpcodes.Resume) {
        // No sessions to resume here: "invalid session, not resumable" makes the client identify afresh.
        send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      }
    });
    // A long interval, as on the real gateway (~41 s); tests ask for beats with requestHeartbeat instead of waiting.
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 } });
  });

  return {
    received,
    dispatch(event, data) {
      for (const socket of identified) dispatchTo(socket, event, data);
    },
    closeAll(code, reason) {
      for (const socket of wss.clients) socket.close(code, reason);
    },
    async requestHeartbeat() {
      const before = received.items.length;
      const beat = received.waitFor((frame) => frame.op === GatewayOpcodes.Heartbeat && received.items.indexOf(frame) >= before);
      for (const socket of identified) send(socket, { op: GatewayOpcodes.Heartbeat, d: sequence });
      await beat;
    },
    async close() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
