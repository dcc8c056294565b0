import { expect } from 'vitest';
import type { TestPacer } from './test-pacer.js';

/** Opens the Home tab as Slack reports it and returns the view Pacer published for that member. */
export async function openHomeTab<View>(t: TestPacer, userId: string): Promise<View> {
  const before = t.standIn.calls('views.publish').length;
  const http = await t.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
  expect(http.status).toBe(200);
  const call = await t.standIn.waitForCall(
    (c) =>
      c.method === 'views.publish' &&
      c.body.user_id === userId &&
      t.standIn.calls('views.publish').indexOf(c) >= before,
  );
  expect(call.response.ok).toBe(true);
  return call.body.view as View;
}
