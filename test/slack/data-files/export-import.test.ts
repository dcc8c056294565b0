import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedCall, SlackApiStandIn } from '../../../src/slack-api-stand-in/index.js';
import { sendFile } from '../../helpers/csv-share.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

const USERS = [ADMIN, MANAGER, { ...REP, email: 'rick@example.com' }, REP2];
const HEADER = 'external_id,closed_on,owner,customer,amount,currency,product,region,note';

const running: TestPacer[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.stop();
});

async function start(standIn?: SlackApiStandIn): Promise<TestPacer> {
  const t = await TestPacer.start({
    now: '2026-11-25T15:00:00Z',
    users: USERS,
    ...(standIn ? { standIn } : {}),
  });
  running.push(t);
  // A team set up the same way in every Pacer: lists, roles and who reports to whom.
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep`);
  return t;
}

/** `/pacer export …` as `userId`; the reply and the CSV that reached their DM. */
async function exportAs(t: TestPacer, userId: string, text: string) {
  const before = t.standIn.files.sharedIn(userId).length;
  const { text: reply } = await t.command(userId, '/pacer', `export ${text}`);
  const files = t.standIn.files.sharedIn(userId);
  const file = files.length > before ? files.at(-1)! : undefined;
  const content = file?.bytes.toString('utf8') ?? '';
  const rows = file ? (parse(file.bytes, { bom: true, columns: true }) as Array<Record<string, string>>) : [];
  return { reply, file, content, rows };
}

const blockText = (call: RecordedCall) => JSON.stringify(call.body.blocks ?? call.body.text);

function buttonIn(call: RecordedCall): { action_id: string; value: string } | undefined {
  for (const block of (call.body.blocks ?? []) as Array<{ type: string; elements?: unknown[] }>) {
    if (block.type === 'actions') return block.elements?.[0] as { action_id: string; value: string };
  }
  return undefined;
}

let clicks = 0;
async function click(
  t: TestPacer,
  userId: string,
  button: { action_id: string; value: string },
): Promise<string> {
  const responseId = `import-click-${++clicks}`;
  await t.interact({
    type: 'block_actions',
    user: { id: userId },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${responseId}`,
    response_url: t.standIn.responseUrl(responseId),
    actions: [
      { type: 'button', action_id: button.action_id, value: button.value, block_id: 'b', action_ts: '1' },
    ],
    container: { type: 'message' },
  });
  const answer = await t.standIn.waitForCall(
    (c) => c.method === 'response_url' && c.body.responseId === responseId,
    5_000,
  );
  return JSON.stringify(answer.body.blocks ?? answer.body.text);
}

const liveDeals = (t: TestPacer) =>
  t.deps.db.prepare('SELECT COUNT(*) AS n FROM deals WHERE deleted_at IS NULL').get() as { n: number };

async function logDeals(t: TestPacer): Promise<void> {
  await t.command(
    REP.id,
    '/deal',
    '12,500.50 Acme Corp product:Cloud date:2026-11-02 note:renewal, two years',
  );
  await t.command(REP.id, '/deal', '800 "北京 Trading, Ltd" date:2026-10-15');
  await t.command(REP2.id, '/deal', '4,000 =HYPERLINK("http://x") Co date:2026-11-20');
  await t.command(MANAGER.id, '/deal', '2,000 Beta date:2026-11-21 note:@everyone look');
  await t.command(REP.id, '/deal', '99 Gamma date:2026-11-22');
  await t.command(REP.id, '/deal', 'undo');
}

describe('/pacer export', () => {
  it('sends a CSV by DM: BOM, the import header, ISO dates, major units, deleted deals left out, formulas guarded', async () => {
    const t = await start();
    await logDeals(t);
    const { reply, file, content, rows } = await exportAs(t, ADMIN.id, 'deals');
    expect(reply).toContain('pacer-deals-all.csv');
    expect(reply).toContain('4 rows');
    expect(file?.initialComment).toContain('4 rows');
    const upload = t.standIn.calls('files.getUploadURLExternal')[0]!;
    expect(Number(upload.body.length)).toBe(file!.bytes.length);
    expect(file!.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(content.slice(1).split('\r\n')[0]).toBe(HEADER);
    expect(
      rows.map((r) => [r.closed_on, r.owner, r.customer, r.amount, r.currency, r.product, r.region]),
    ).toEqual([
      ['2026-10-15', REP.id, '北京 Trading, Ltd', '800', 'USD', '', 'North'],
      ['2026-11-02', REP.id, 'Acme Corp', '12500.50', 'USD', 'Cloud', 'North'],
      ['2026-11-20', REP2.id, `'=HYPERLINK("http://x") Co`, '4000', 'USD', '', ''],
      ['2026-11-21', MANAGER.id, 'Beta', '2000', 'USD', '', ''],
    ]);
    // RFC 4180: a comma or a quote puts the cell in quotes, quotes doubled.
    expect(content).toContain(`"'=HYPERLINK(""http://x"") Co"`);
    expect(rows[3]!.note).toBe("'@everyone look");

    const withDeleted = await exportAs(t, ADMIN.id, 'deals 2026-11 deleted');
    expect(withDeleted.rows.map((r) => [r.customer, Boolean(r.deleted_at)])).toEqual([
      ['Acme Corp', false],
      [`'=HYPERLINK("http://x") Co`, false],
      ['Beta', false],
      ['Gamma', true],
    ]);
    expect((await exportAs(t, ADMIN.id, 'deals 2026-11 product:cloud')).rows).toHaveLength(1);
  });

  it('gives admins everything, managers their reports, reps their own; check-in answers only to those who may read them', async () => {
    const t = await start();
    await logDeals(t);
    // Answered check-ins of the rep (who reports to the manager) and of the other rep.
    for (const member of [REP.id, REP2.id]) {
      t.deps.checkins.open(
        '2026-W48',
        member,
        new Date('2026-11-27T15:00:00Z'),
        new Date('2026-11-30T15:00:00Z'),
      );
      t.deps.checkins.saveAnswers(
        '2026-W48',
        member,
        { wins: `answer of [${member}]` },
        [],
        new Date('2026-11-27T16:00:00Z'),
      );
    }
    const owners = async (userId: string, kind: string) =>
      [...new Set((await exportAs(t, userId, kind)).rows.map((r) => r.owner ?? r.member))].sort();
    expect(await owners(ADMIN.id, 'deals')).toEqual([MANAGER.id, REP.id, REP2.id].sort());
    expect(await owners(MANAGER.id, 'deals')).toEqual([MANAGER.id, REP.id].sort());
    expect(await owners(REP2.id, 'deals')).toEqual([REP2.id]);
    expect(await owners(ADMIN.id, 'checkins')).toEqual([REP.id, REP2.id].sort());
    expect(await owners(MANAGER.id, 'checkins')).toEqual([REP.id]);
    expect(await owners(REP.id, 'checkins')).toEqual([REP.id]);
    expect(await owners(REP2.id, 'checkins')).toEqual([REP2.id]);
    const manager = await exportAs(t, MANAGER.id, 'deals');
    expect(manager.reply).toContain('yours and your reports');
    const rep = await exportAs(t, REP2.id, 'checkins');
    expect(rep.content).not.toContain(`answer of [${REP.id}]`);
    expect(rep.content).toContain(`answer of [${REP2.id}]`);
  });

  it('refuses what it cannot export, in the caller language, and sends nothing', async () => {
    const t = await start();
    expect((await exportAs(t, REP.id, 'invoices')).reply).toContain("I can't export “invoices”");
    expect((await exportAs(t, REP.id, 'deals region:Atlantis')).reply).toContain('Known regions: North');
    expect((await exportAs(t, REP.id, 'kudos product:Cloud')).reply).toContain('product: filters deals');
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    expect((await exportAs(t, REP.id, 'deals 2026-13')).reply).toContain('看不懂');
    expect(t.standIn.files.sharedIn(REP.id)).toEqual([]);
  });

  it('says so when Slack refuses the upload, and shares nothing', async () => {
    const t = await start();
    await logDeals(t);
    t.standIn.failNext('files.completeUploadExternal', { error: 'channel_not_found' });
    const { reply, file } = await exportAs(t, ADMIN.id, 'deals');
    expect(reply).toContain('Slack did not take the file (channel_not_found)');
    expect(file).toBeUndefined();
  });
});

describe('import by a CSV sent to Pacer’s DM', () => {
  it('round trip: what one Pacer exports, another imports into the same deals, totals and new customers; again changes nothing', async () => {
    const source = await start();
    await logDeals(source);
    const exported = await exportAs(source, ADMIN.id, 'deals');
    const target = await start(source.standIn);

    const preview = await sendFile(target, ADMIN.id, exported.file!.name, exported.file!.bytes);
    expect(blockText(preview)).toContain('4 rows. 4 are fine (all new); none refused');
    expect(liveDeals(target).n).toBe(0);
    const posts = target.standIn.calls('chat.postMessage').length;
    const done = await click(target, ADMIN.id, buttonIn(preview)!);
    expect(done).toContain('Imported 4 deals');

    const imported = await exportAs(target, ADMIN.id, 'deals');
    const withoutIds = (rows: Array<Record<string, string>>) =>
      rows.map(({ external_id: _id, ...rest }) => rest);
    expect(withoutIds(imported.rows)).toEqual(withoutIds(exported.rows));
    for (const scope of [
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-10-01', to: '2026-12-31' },
      { from: '2026-11-02', to: '2026-11-20' },
      { from: '2026-11-01', to: '2026-11-30', regionId: 1 },
    ]) {
      expect(target.deps.deals.totalsByMember(scope)).toEqual(source.deps.deals.totalsByMember(scope));
    }
    const board = await target.command(REP.id, '/leaderboard', 'month');
    expect(board.text).toContain('$12,500.50');
    // Imported history is not celebrated: nothing was posted besides the preview.
    expect(target.standIn.calls('chat.postMessage')).toHaveLength(posts);
    const audit = target.deps.db.prepare("SELECT * FROM audit_log WHERE action = 'deal.import'").all();
    expect(audit).toHaveLength(1);

    // The file exported after the import carries the ids it got; importing either file again is a no-op.
    for (const again of [exported.file!, imported.file!]) {
      const second = await sendFile(target, ADMIN.id, again.name, again.bytes);
      expect(blockText(second)).toContain('4 already imported');
      expect(blockText(second)).toContain('already imported: there is nothing to do');
      expect(buttonIn(second)).toBeUndefined();
    }
    expect(liveDeals(target).n).toBe(4);
    expect(target.deps.db.prepare("SELECT * FROM audit_log WHERE action = 'deal.import'").all()).toHaveLength(
      1,
    );
  });

  it('lists each refused row with its number and reason, writes nothing, and imports only the fine rows when asked', async () => {
    const t = await start();
    const csv = [
      HEADER,
      'crm-1,2026-11-03,rick@example.com,Acme,"1,200.00",usd,Cloud,,',
      'crm-2,2026-11-04,UREP,Beta,-5,USD,,,',
      `crm-3,2026-11-05,UNOBODY,Gamma,10,USD,Hardware,,`,
      'crm-4,2026-12-24,UREP,Delta,10,EUR,,,',
      'crm-1,2026-11-06,UREP,Epsilon,10,USD,,,',
      `crm-6,2026-11-07,${REP2.id},Zeta,300,,,,`,
      // Someone in the workspace who never used Pacer: looked up in Slack before the rows are checked.
      'crm-7,2026-11-08,UNEWCOMER,Eta,50,,,,',
    ].join('\r\n');
    t.standIn.addUser({ id: 'UNEWCOMER', name: 'nina' });
    const preview = await sendFile(t, ADMIN.id, 'history.csv', Buffer.from(csv));
    const text = blockText(preview);
    expect(text).toContain('7 rows. 3 are fine (all new); 4 refused');
    expect(text).toContain('Row 3: amount: An amount must be more than zero');
    expect(text).toContain('Row 4: owner UNOBODY is nobody Pacer knows');
    expect(text).toContain('There is no product line “Hardware”. Known: Cloud.');
    expect(text).toContain('Row 5: closed_on: A deal cannot close in the future (today is 2026-11-25).');
    expect(text).toContain('currency EUR is not the team’s currency (USD)');
    expect(text).toContain('Row 6: external_id is the same as in row 2.');
    expect(liveDeals(t).n).toBe(0);
    const button = buttonIn(preview)!;
    expect(button.action_id).toBe('data_import_valid');
    expect(await click(t, ADMIN.id, button)).toContain('Imported 3 deals');
    const stored = t.deps.db
      .prepare('SELECT external_id, member_id, amount_cents, source FROM deals ORDER BY external_id')
      .all();
    expect(stored).toEqual([
      { external_id: 'crm-1', member_id: REP.id, amount_cents: 120_000, source: 'import' },
      { external_id: 'crm-6', member_id: REP2.id, amount_cents: 30_000, source: 'import' },
      { external_id: 'crm-7', member_id: 'UNEWCOMER', amount_cents: 5_000, source: 'import' },
    ]);
  });

  it('refuses a file of 10 MB or more without reading it, a file from a non-admin, and a file that is not CSV', async () => {
    const t = await start();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    expect(blockText(await sendFile(t, ADMIN.id, 'huge.csv', big))).toContain('larger than 10 MB');
    expect(blockText(await sendFile(t, REP.id, 'mine.csv', Buffer.from(`${HEADER}\r\n`)))).toContain(
      'Only admins can import deals',
    );
    expect(blockText(await sendFile(t, ADMIN.id, 'deals.xlsx', Buffer.from('PK')))).toContain(
      'only import CSV',
    );
    await t.command(ADMIN.id, '/pacer', 'my-language zh-CN');
    expect(blockText(await sendFile(t, ADMIN.id, 'empty.csv', Buffer.from('')))).toContain('文件是空的');
    expect(liveDeals(t).n).toBe(0);
  });

  it('a click on a stale preview (the file deleted in Slack) says so and imports nothing', async () => {
    const t = await start();
    const csv = `${HEADER}\r\nx1,2026-11-03,UREP,Acme,100,,,,\r\n`;
    const preview = await sendFile(t, ADMIN.id, 'one.csv', Buffer.from(csv));
    const button = buttonIn(preview)!;
    t.standIn.files.remove(button.value);
    expect(await click(t, ADMIN.id, button)).toContain('no longer in Slack');
    expect(liveDeals(t).n).toBe(0);
  });
});
