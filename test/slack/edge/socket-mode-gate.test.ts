import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { messages } from '../../../src/i18n/catalog.js';
import { foreignCommandReply } from '../../../src/slack/receiver/edge-gate.js';
import { startSlackApiStandIn } from '../../../src/slack-api-stand-in/index.js';
import { BOT_TOKEN, DEFAULT_USERS, REP, TestPacer } from '../../helpers/test-pacer.js';

// The test team speaks English: so does the answer to a stranger.
const FOREIGN_COMMAND_REPLY = foreignCommandReply(messages.en['failure.foreignWorkspace']!);

/** Socket Mode passes the same gate as HTTP: shape first, then the workspace. */
const APP_TOKEN = 'xapp-1-A0PACER-1-test';
const cleanups: Array<() => unknown> = [];
let socket: WebSocket;
let t: TestPacer;

beforeAll(async () => {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  cleanups.push(() => new Promise((r) => wss.close(r)));
  const connected = new Promise<WebSocket>((resolve) =>
    wss.on('connection', (s) => {
      setTimeout(() => s.send(JSON.stringify({ type: 'hello', num_connections: 1 })), 50);
      resolve(s);
    }),
  );
  const standIn = await startSlackApiStandIn({
    botToken: BOT_TOKEN,
    users: [...DEFAULT_USERS, { id: 'UEVE', name: 'eve', is_admin: true }],
    appToken: APP_TOKEN,
    socketModeUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`,
  });
  cleanups.push(() => standIn.close());
  t = await TestPacer.start({ standIn, env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: '' } });
  cleanups.push(() => t.stop());
  socket = await connected;
});
afterAll(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

let n = 0;
async function deliver(type: string, payload: unknown): Promise<{ envelope_id: string; payload?: unknown }> {
  const envelope_id = `env-${n++}`;
  const acked = new Promise<{ envelope_id: string; payload?: unknown }>((resolve) => {
    const onMessage = (data: unknown) => {
      const ack = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
      if (ack.envelope_id !== envelope_id) return;
      socket.off('message', onMessage);
      resolve(ack);
    };
    socket.on('message', onMessage);
  });
  socket.send(JSON.stringify({ envelope_id, type, accepts_response_payload: true, payload }));
  return acked;
}

const command = (user: string, text: string, team: string) => ({
  command: '/pacer',
  text,
  user_id: user,
  user_name: user.toLowerCase(),
  channel_id: 'CSALES',
  team_id: team,
  trigger_id: 'trigger-socket',
  response_url: t.standIn.responseUrl(`socket-${n}`),
});

describe('Socket Mode through the gate', () => {
  it('acks a command from another workspace with the refusal, and keeps its admin out', async () => {
    const ack = await deliver('slash_commands', command('UEVE', 'region add Atlantis', 'TOTHER'));
    expect(ack.payload).toEqual(FOREIGN_COMMAND_REPLY);
    expect(t.deps.members.get('UEVE')).toBeUndefined();
    expect(t.deps.regions.list()).toEqual([]);
  });

  it('acks payloads of shapes Slack never sends without acting, and stays connected', async () => {
    for (const payload of [null, 5, 'text', [], { type: 'block_actions', actions: 5 }, { command: 7 }]) {
      const ack = await deliver('interactive', payload);
      expect(ack.payload ?? {}).toEqual({});
    }
    expect(t.logs.filter((l) => l.includes('refused a Socket Mode payload'))).toHaveLength(6);
    const ack = await deliver('slash_commands', command(REP.id, 'help', 'T0PACER'));
    expect((ack.payload as { text?: string }).text).toContain('/pacer channel');
  });
});
