import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ListenerRouter } from '../../../src/slack/listeners/listener-router.js';

/** A real Bolt app fed events directly: what reaches which listener. */
function appWith(router: ListenerRouter) {
  const app = new App({
    signingSecret: 'test-signing-secret',
    authorize: async () => ({ botToken: 'xoxb-test', botId: 'B1', botUserId: 'UBOT' }),
  });
  router.install(app);
  return async (body: Record<string, unknown>) => {
    let acked = false;
    await app.processEvent({
      body,
      ack: async () => {
        acked = true;
      },
    });
    return acked;
  };
}

const command = (name: string) => ({
  command: name,
  text: '',
  user_id: 'U1',
  team_id: 'T1',
  channel_id: 'C1',
});
const button = (actionId: string) => ({
  type: 'block_actions',
  team: { id: 'T1' },
  user: { id: 'U1' },
  actions: [{ type: 'button', action_id: actionId, block_id: 'b', action_ts: '1' }],
});
const submission = (callbackId: string) => ({
  type: 'view_submission',
  team: { id: 'T1' },
  user: { id: 'U1' },
  view: { id: 'V1', callback_id: callbackId, state: { values: {} } },
});

describe('ListenerRouter', () => {
  it('hands each command, button and form to its own listener only', async () => {
    const seen: string[] = [];
    const router = new ListenerRouter();
    for (const name of ['/deal', '/target'])
      router.command(name, async ({ ack }) => {
        seen.push(name);
        await ack();
      });
    router.action('deal_undo', async ({ ack }) => {
      seen.push('deal_undo');
      await ack();
    });
    router.view('deal_modal', async ({ ack }) => {
      seen.push('deal_modal');
      await ack();
    });
    const send = appWith(router);

    expect(await send(command('/target'))).toBe(true);
    expect(await send(button('deal_undo'))).toBe(true);
    expect(await send(submission('deal_modal'))).toBe(true);
    expect(await send(command('/deal'))).toBe(true);
    expect(seen).toEqual(['/target', 'deal_undo', 'deal_modal', '/deal']);
  });

  it('matches names exactly: no prefix, suffix or regular-expression reading of them', async () => {
    const seen: string[] = [];
    const router = new ListenerRouter();
    router.command('/deal', async ({ ack }) => {
      seen.push('/deal');
      await ack();
    });
    router.action('deal.undo', async ({ ack }) => {
      seen.push('deal.undo');
      await ack();
    });
    const send = appWith(router);

    await send(command('/deals'));
    await send(command('/dea'));
    await send(button('deal_undo'));
    await send(button('dealXundo'));
    expect(seen).toEqual([]);
  });

  it('refuses two listeners for the same id, which would otherwise answer one click twice', () => {
    const router = new ListenerRouter();
    router.action('deal_undo', async () => {});
    expect(() => router.action('deal_undo', async () => {})).toThrow('two listeners for deal_undo');
  });
});
