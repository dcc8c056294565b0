import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clickAnswer } from '../../helpers/clicks.js';
import { sendFile } from '../../helpers/csv-share.js';
import { salesTeam } from '../../helpers/sales-team.js';
import { ADMIN, MANAGER, REP, REP2, type TestPacer } from '../../helpers/test-pacer.js';

/** CSV imports go through fair play (ADR 28): unusual rows and rows over the approval amount wait. */
const HEADER = 'external_id,closed_on,owner,customer,amount';
let t: TestPacer;
beforeEach(async () => {
  t = await salesTeam();
  await t.command(ADMIN.id, '/pacer', 'approval over 100k');
  for (const amount of ['4k', '5k', '4.5k']) await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
  t.standIn.reset();
});
afterEach(() => t.stop());

const click = (userId: string, button: { action_id: string; value: string }, id: string) =>
  clickAnswer(t, userId, button.action_id, button.value, id);

type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id: string; value: string }>;
};
const blocksText = (blocks: unknown) => ((blocks ?? []) as Block[]).map((b) => b.text?.text ?? '').join('\n');
const firstButton = (blocks: unknown, actionId?: string) =>
  ((blocks ?? []) as Block[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => actionId === undefined || e.action_id === actionId)!;
const liveAmounts = () =>
  t.deps.db
    .prepare('SELECT amount_cents FROM deals WHERE deleted_at IS NULL ORDER BY id')
    .all()
    .map((r) => (r as { amount_cents: number }).amount_cents);

const FILE = Buffer.from(
  [
    HEADER,
    `crm-1,2026-11-20,${REP.id},Normal Co,4800`,
    `crm-2,2026-11-20,${REP.id},Whale Co,90000`,
    `crm-3,2026-11-21,${REP2.id},Big Co,150000`,
    `crm-4,2026-11-21,${REP2.id},Other Big Co,250000`,
  ].join('\n'),
);

describe('importing a CSV with fair play on', () => {
  it('says which rows would wait and for whom, imports them as waiting, and asks whoever decides', async () => {
    const preview = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    expect(blocksText(preview.body.blocks)).toContain(
      `:hourglass_flowing_sand: 1 row would wait for the owner’s “Yes, log it”, being far above their normal deals: <@${REP.id}>. Until then they count nowhere; an imported row is never dropped for want of an answer.`,
    );
    expect(blocksText(preview.body.blocks)).toContain(
      `2 rows would wait for approval by <@${MANAGER.id}>: over the approval amount, and an import approves nothing.`,
    );
    expect(liveAmounts()).toEqual([400_000, 500_000, 450_000]);

    const done = await click(ADMIN.id, firstButton(preview.body.blocks), 'import');
    expect(blocksText(done.blocks)).toContain('Imported 1 deal from *deals.csv*');
    expect(blocksText(done.blocks)).toContain(
      `1 row waits for the owner’s “Yes, log it”, being far above their normal deals (each owner is asked by DM): <@${REP.id}>. Until then they count nowhere; an imported row is never dropped for want of an answer.`,
    );
    expect(blocksText(done.blocks)).toContain(
      `2 rows wait for approval by <@${MANAGER.id}> (asked by DM): over the approval amount, and an import approves nothing.`,
    );
    // Only the ordinary row counts; the others wait.
    expect(liveAmounts()).toEqual([400_000, 500_000, 450_000, 480_000]);
    await t.standIn.waitForCall(() => t.standIn.messages(MANAGER.id).length === 2);
    await t.standIn.waitForCall(() => t.standIn.messages(REP.id).length === 1);
    const ask = t.standIn.messages(REP.id)[0]!;
    expect(ask.text).toContain(
      `*Are you sure?* <@${ADMIN.id}> imported a deal for you: $90,000 with Whale Co is 20× your median deal ($4,500).`,
    );
    expect(t.standIn.messages(MANAGER.id)[0]!.text).toContain(
      `:raising_hand: <@${ADMIN.id}> imported $150,000 with Big Co for <@${REP2.id}>, closed 2026-11-21.`,
    );

    // The rep says yes: it counts, and is not celebrated (an import never is).
    await click(REP.id, firstButton(ask.blocks, 'deal_confirm'), 'yes');
    expect(liveAmounts()).toContain(9_000_000);
    // The manager approves one row from the DM.
    await click(MANAGER.id, firstButton(t.standIn.messages(MANAGER.id)[0]!.blocks, 'deal_approve'), 'ok');
    expect(liveAmounts()).toContain(15_000_000);
    expect(t.deps.db.prepare("SELECT source FROM deals WHERE external_id = 'crm-3'").get()).toEqual({
      source: 'import',
    });

    // The same file again changes nothing: no second waiting row, nobody asked twice.
    t.standIn.reset();
    const again = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    // One row still waits for the manager: said as it is, not as "already imported, nothing to do".
    expect(blocksText(again.body.blocks)).toContain(
      '1 row was imported before and still waits for an answer (see `/deal list` and App Home); it counts nowhere until then, and importing again changes nothing.',
    );
    expect(blocksText(again.body.blocks)).toContain('Nothing in this file is new, so nothing was imported.');
    expect(blocksText(again.body.blocks)).not.toContain('Every deal in this file is already imported');
    expect(t.deps.db.prepare('SELECT COUNT(*) AS n FROM pending_deals').get()).toEqual({ n: 3 });
  });

  it('a waiting imported row is answered in /deal list by its owner', async () => {
    const preview = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    await click(ADMIN.id, firstButton(preview.body.blocks), 'import');
    const { reply } = await t.command(REP.id, '/deal', 'list');
    expect(blocksText(reply.blocks)).toContain('$90,000 with Whale Co · waiting for your “Yes, log it”');
    const cancelled = await click(REP.id, firstButton(reply.blocks, 'deal_cancel'), 'cancel');
    expect(cancelled.text).toBe('Cancelled: $90,000 with Whale Co was not saved.');
    expect(liveAmounts()).not.toContain(9_000_000);

    // The file again: the cancelled row is said as cancelled, the others as still waiting.
    const again = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    expect(blocksText(again.body.blocks)).toContain(
      '1 row was imported before and then cancelled by its owner or rejected by an approver: not imported again.',
    );
    expect(blocksText(again.body.blocks)).toContain(
      '2 rows were imported before and still wait for an answer',
    );
  });

  it('asks each decider through the job, retries a DM Slack failed, and never drops an imported row unanswered', async () => {
    t.standIn.failNext('chat.postMessage', { user: REP.id, status: 503, times: 1_000 });
    const preview = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    await click(ADMIN.id, firstButton(preview.body.blocks), 'import');
    await t.standIn.waitForCall(() => t.standIn.messages(MANAGER.id).length === 2);
    await t.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.status === 503);
    await t.settled();
    expect(t.standIn.messages(REP.id)).toEqual([]);

    // Slack answers again: the retry pass asks the rep, once.
    t.standIn.reset();
    t.clock.set('2026-11-25T15:30:00Z');
    await t.deps.scheduler.retryPending();
    await t.deps.scheduler.tick('waiting-deals');
    expect(t.standIn.messages(REP.id).map((m) => String(m.text).includes('Are you sure?'))).toEqual([true]);

    // Days later nobody answered: the row still waits, nobody is told it was dropped.
    t.clock.set('2026-11-30T15:30:00Z');
    await t.deps.scheduler.tick('waiting-deals');
    expect(t.standIn.messages(REP.id)).toHaveLength(1);
    const { reply } = await t.command(REP.id, '/deal', 'list');
    expect(blocksText(reply.blocks)).toContain('$90,000 with Whale Co · waiting for your “Yes, log it”');
  });

  it('a row that expired unanswered waits again when the file is imported again', async () => {
    const preview = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    await click(ADMIN.id, firstButton(preview.body.blocks), 'import');
    // As an earlier Pacer left it: the row expired after 24 hours.
    t.deps.db
      .prepare(
        "UPDATE pending_deals SET decided_at = ?, decision = 'expired', decided_by = 'pacer' WHERE external_id = 'crm-2'",
      )
      .run('2026-11-26T15:00:00.000Z');
    t.clock.set('2026-11-30T15:00:00Z');
    const again = await sendFile(t, ADMIN.id, 'deals.csv', FILE);
    expect(blocksText(again.body.blocks)).toContain('1 row would wait for the owner’s “Yes, log it”');
    await click(ADMIN.id, firstButton(again.body.blocks), 'import');
    const { reply } = await t.command(REP.id, '/deal', 'list');
    expect(blocksText(reply.blocks)).toContain('$90,000 with Whale Co · waiting for your “Yes, log it”');
    expect(t.deps.db.prepare('SELECT COUNT(*) AS n FROM pending_deals').get()).toEqual({ n: 3 });
  });

  it('asks the same approvers as a deal logged in Slack: the admins, never a bot with admin rights', async () => {
    // A workspace admin that is a bot (an integration), which Pacer has met.
    t.standIn.addUser({ id: 'UBOTADMIN', name: 'crm-sync', is_bot: true, is_admin: true });
    await t.deps.directory.ensure('UBOTADMIN');
    // A rep without a manager, first met through the file.
    t.standIn.addUser({ id: 'UREP3', name: 'ravi', real_name: 'Ravi Rep', tz: 'America/New_York' });
    const file = Buffer.from([HEADER, 'crm-9,2026-11-20,UREP3,Huge Co,150000'].join('\n'));
    const preview = await sendFile(t, ADMIN.id, 'deals.csv', file);
    expect(blocksText(preview.body.blocks)).toContain(`1 row would wait for approval by <@${ADMIN.id}>:`);
    expect(blocksText(preview.body.blocks)).not.toContain('UBOTADMIN');
  });
});
