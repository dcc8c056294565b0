import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { BOT_TOKEN, DEFAULT_USERS, REP, TestPacer } from '../helpers/test-pacer.js';

const APP_TOKEN = 'xapp-1-A0PACER-1-test';
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('Socket Mode', () => {
  it('connects with the app token over a WebSocket and answers a slash command in the ack', async () => {
    // A local stand-in for Slack's Socket Mode endpoint: it says hello, then delivers one envelope.
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss.once('listening', resolve));
    cleanups.push(() => new Promise((r) => wss.close(r)));
    // Bolt's start() waits for Slack's hello, so it is sent as soon as the client connects.
    const connected = new Promise<WebSocket>((resolve) =>
      wss.on('connection', (socket) => {
        // A moment later, as from a real server: the client attaches its handlers once open.
        setTimeout(() => socket.send(JSON.stringify({ type: 'hello', num_connections: 1 })), 50);
        resolve(socket);
      }),
    );
    const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    const standIn = await startSlackApiStandIn({
      botToken: BOT_TOKEN,
      users: DEFAULT_USERS,
      appToken: APP_TOKEN,
      socketModeUrl: url,
    });
    cleanups.push(() => standIn.close());
    const t = await TestPacer.start({
      standIn,
      env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: '' },
    });
    cleanups.push(() => t.stop());

    const socket = await connected;
    const opened = standIn.calls('apps.connections.open')[0];
    expect(opened?.token).toBe(APP_TOKEN);
    const acked = new Promise<{ envelope_id: string; payload?: { text?: string } }>((resolve) =>
      socket.on('message', (data) => resolve(JSON.parse(String(data)))),
    );
    socket.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          command: '/pacer',
          text: 'help',
          user_id: REP.id,
          user_name: 'rick',
          channel_id: 'CSALES',
          team_id: 'T0PACER',
          trigger_id: 'trigger-socket',
          response_url: standIn.responseUrl('socket'),
        },
      }),
    );
    const ack = await acked;
    expect(ack.envelope_id).toBe('env-1');
    expect(ack.payload?.text).toContain('/pacer channel');
    // /healthz reports the connection; a dropped link makes it 503.
    expect(t.deps.runtimeHealth().socketMode?.state).toBe('connected');
    socket.terminate();
    await expect.poll(() => t.deps.runtimeHealth().socketMode?.state).not.toBe('connected');
    expect(t.deps.runtimeHealth().ok).toBe(false);
  });
});
