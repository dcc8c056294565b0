import { describe, expect, it } from 'vitest';
import { submitCheckin } from '../helpers/checkin-forms.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });

async function setUp(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 42,000`);
  await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 21,000`);
}

/** What a DM shows: its blocks' texts (the message `text` is only the notification). */
const shown = (m: { text?: string; blocks?: unknown[] }) =>
  (m.blocks as Array<{ text?: { text?: string } }> | undefined)?.map((b) => b.text?.text ?? '').join('\n') ??
  m.text ??
  '';
const dms = (w: World, user: string) => w.standIn.messages(user).map(shown);

describe('at-risk alerts (job at-risk)', () => {
  it('DMs the manager the reports behind the pace: gap, pace needed, last check-in; once a week across a restart', async () => {
    const w = await world();
    // Tuesday 17 Nov 2026 in New York: Rick answers his check-in early, worried.
    const t1 = await start(w, '2026-11-17T15:00:00Z');
    await setUp(t1);
    expect(t1.deps.scheduler.cronTasks()).toContainEqual({
      job: 'at-risk',
      expression: '0 10 * * 3',
      timezone: 'America/New_York',
    });
    await t1.command(REP.id, '/deal', '6,000 Acme Corp date:2026-11-10');
    await t1.command(REP2.id, '/deal', '16,000 Globex date:2026-11-16');
    const answered = await submitCheckin(t1, REP.id, '2026-W47', {
      week: 'Slow',
      blockers: 'Waiting on <legal> & procurement',
      support: null,
      confidence: '2',
    });
    expect(answered.status).toBe(200);
    await t1.stop();

    // Down over Wednesday 10:00; back at 10:30, the run is caught up.
    const t2 = await start(w, '2026-11-18T15:30:00Z');
    expect(t2.deps.ledger.run('at-risk', '2026-W47')).toMatchObject({ status: 'done', trigger: 'catch-up' });
    const alerts = dms(w, MANAGER.id);
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    // Wednesday 18th: 12 of 21 working days over, $24,000 expected, $6,000 sold: $18,000 behind.
    expect(alert).toContain('1 of your reports is behind the pace needed for the month:');
    expect(alert).toContain(`*<@${REP.id}>* — $6,000 of $42,000 · $18,000 behind the pace`);
    // $36,000 still to go over the 9 working days from today to Monday 30th.
    expect(alert).toContain('Needs $4,000 per working day over the 9 left ($36,000 to go)');
    expect(alert).toContain(
      'Last check-in (week 47 (Nov 16–22)): confidence 2/5 · blocker: Waiting on &lt;legal&gt; &amp; procurement',
    );
    expect(alert).not.toContain(REP2.id);
    await t2.stop();

    const t3 = await start(w, '2026-11-18T16:00:00Z');
    cleanup(() => t3.stop());
    expect((await t3.command(ADMIN.id, '/pacer', 'run at-risk')).text).toContain('already ran');
    expect(dms(w, MANAGER.id)).toHaveLength(1);
    // Reps never get the alert about themselves or each other.
    expect(dms(w, REP.id).join('\n')).not.toContain('behind the pace');
  });

  it('sends nothing when nobody is at risk', async () => {
    const w = await world();
    const t = await start(w, '2026-11-18T15:30:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(REP.id, '/deal', '30,000 Acme Corp date:2026-11-10');
    await t.command(REP2.id, '/deal', '16,000 Globex date:2026-11-16');
    w.standIn.reset();
    const run = await t.command(ADMIN.id, '/pacer', 'run at-risk');
    expect(run.text).toContain('0 managers told; 1 with nobody at risk.');
    expect(dms(w, MANAGER.id)).toHaveLength(0);
  });
});
