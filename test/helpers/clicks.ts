import { type ActionId, buttonClick } from './payloads.js';
import type { TestPacer } from './test-pacer.js';

/** A click on a message's button, and what Pacer answered to its response_url (`id` names both). */
export async function clickAnswer(
  t: TestPacer,
  userId: string,
  actionId: string,
  value: string,
  id: string,
): Promise<{ text: string; blocks?: unknown }> {
  await t.interact(
    buttonClick(actionId as ActionId, {
      userId,
      value,
      responseUrl: t.standIn.responseUrl(id),
      triggerId: `trigger-${id}`,
    }),
  );
  const answer = await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === id);
  return answer.body as { text: string; blocks?: unknown };
}
