/**
 * A fake Socket Mode endpoint on 127.0.0.1: greets each connection with
 * `hello` as Slack does, pushes envelopes (events_api, slash_commands,
 * interactive) to the app, and records the app's acknowledgements.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeSlackSocket {
  /** What apps.connections.open should return. */
  url: string;
  /** Resolves when the app has connected and been greeted. */
  connected(): Promise<void>;
  /** Sends an envelope; resolves with the app's ack for it. */
  push(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, envelopeId: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let socket: WebSocket | null = null;
  let onConnected: (() => void) | null = null;
  const connectedOnce = new Promise<void>((resolve) => (onConnected = resolve));
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();

  server.on('connection', (connection) => {
    socket = connection;
    connection.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      const id = typeof message.envelope_id === 'string' ? message.envelope_id : '';
      acks.get(id)?.(message);
      acks.delete(id);
    });
    connection.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0KIJI' } }));
    onConnected?.();
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    connected: () => connectedOnce,
    push(type, payload, envelopeId) {
      if (socket === null) throw new Error('the app is not connected');
      const acked = new Promise<Record<string, unknown>>((resolve) => acks.set(envelopeId, resolve));
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
      return acked;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
