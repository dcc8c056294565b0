import { describe, expect, it } from 'vitest';
import { CHECKIN_QUESTIONS, CHECKIN_RHYTHM } from '../../../src/services/checkin-settings.js';
import { saveCheckinQuestions, submitCheckin } from '../../helpers/checkin-forms.js';
import { restartableWorlds } from '../../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../../helpers/test-pacer.js';

const { cleanup } = restartableWorlds();

async function start(now: string) {
  const t = await TestPacer.start({ now, env: { PACER_TIMEZONE: 'Europe/Berlin' } });
  cleanup(() => t.stop());
  await t.command(ADMIN.id, '/pacer', `member <@${ADMIN.id}> role:admin`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  return t;
}

describe('/checkin', () => {
  it('opens the current check-in early, or says none is open', async () => {
    const t = await start('2026-11-26T21:00:00Z'); // Thursday 16:00 in New York: open
    expect((await t.send(REP.id, '/checkin', '')).http.status).toBe(200);
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    expect(JSON.parse((opened.body.view as { private_metadata: string }).private_metadata)).toEqual({
      roundKey: '2026-W48',
    });
    t.clock.set('2026-11-29T12:00:00Z'); // Sunday: Thursday's round has closed, the next is not due
    expect((await t.command(REP.id, '/checkin')).text).toContain('no check-in open right now');
    expect((await t.command(MANAGER.id, '/checkin')).text).toMatch(/for reps; managers get the digest/);
  });

  it('lets admins change the schedule, the reminder delay and the questions, and refuses bad input', async () => {
    const t = await start('2026-11-23T08:00:00Z');
    expect((await t.command(REP.id, '/checkin', 'schedule weekly friday 10:00')).text).toMatch(/Only admins/);
    expect((await t.command(ADMIN.id, '/checkin', 'schedule weekly friday 10:00')).text).toContain(
      'weekly on Friday at 10:00',
    );
    expect((await t.command(ADMIN.id, '/checkin', 'schedule daily friday 10:00')).text).toMatch(
      /checkin schedule weekly/,
    );
    expect((await t.command(ADMIN.id, '/checkin', 'reminder 6')).text).toContain('6 h after');
    expect((await t.command(ADMIN.id, '/checkin', 'reminder 0')).text).toMatch(/1 to 72/);
    // The check-in jobs tick every 15 minutes; a daily schedule would make them hours late.
    expect((await t.command(ADMIN.id, '/pacer', 'schedule checkins daily 09:00')).text).toMatch(
      /checks every few minutes.*`\/checkin schedule weekly thursday 15:00`/,
    );
    expect(t.deps.scheduler.scheduleOf(t.deps.scheduler.find('checkins')!)).toEqual({
      kind: 'every',
      minutes: 15,
    });
    // A reminder after the 48 h window would never be sent: refused, the 6 h stays.
    expect((await t.command(ADMIN.id, '/checkin', 'reminder 60')).text).toMatch(/closes 48 h after/);
    expect(t.deps.settings.get(CHECKIN_RHYTHM).reminderAfterHours).toBe(6);
    expect((await t.command(REP.id, '/checkin', 'pause until 2020-01-01')).text).toMatch(
      /has already passed/,
    );

    expect((await t.send(ADMIN.id, '/checkin', 'questions')).http.status).toBe(200);
    const editor = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const initial = JSON.stringify(editor.body.view);
    expect(initial).toContain('[1-5] How confident are you');
    const save = (text: string) => saveCheckinQuestions(t, ADMIN.id, text);
    const bad = await save('');
    expect(JSON.parse(bad.body)).toMatchObject({ response_action: 'errors' });
    await save(
      'What was your best moment this week?\nWhat is blocking you? (optional)\n[1-5] How is your energy?',
    );
    // Friday 27 Nov, 10:00 in New York is 15:00 UTC.
    t.clock.set('2026-11-27T15:00:00Z');
    await t.deps.scheduler.tick('checkins');
    expect(t.standIn.messages(REP.id).filter((m) => m.text?.includes('Check-in ·'))).toHaveLength(1);
    expect((await t.send(REP.id, '/checkin', '')).http.status).toBe(200);
    const form = await t.standIn.waitForCall(
      (c) => c.method === 'views.open' && JSON.stringify(c.body.view).includes('best moment'),
    );
    expect(JSON.stringify(form.body.view)).toContain('How is your energy?');
  });
});

describe('editing the questions during a round', () => {
  it('keeps earlier answers under the questions they answered, in history and in the digest', async () => {
    const t = await start('2026-11-26T19:00:00Z');
    t.clock.set('2026-11-26T20:00:00Z'); // Thursday 15:00 in New York
    await t.deps.scheduler.tick('checkins');
    await submitCheckin(t, REP.id, '2026-W48', {
      week: 'Closed Acme',
      blockers: 'Legal review',
      confidence: '2',
    });

    await saveCheckinQuestions(t, ADMIN.id, 'What is blocking you? (optional)\n[1-5] How is your energy?');
    expect(t.deps.settings.get(CHECKIN_QUESTIONS).map((q) => q.id)).toEqual(['q1', 'q2']);

    const history = (await t.command(REP.id, '/checkin', 'history')).text;
    expect(history).toContain('How did this week go against your target?*\nClosed Acme');
    expect(history).toContain('What is blocking you?*\nLegal review');
    expect(history).toContain("How confident are you of reaching this month's target?*\n2/5");

    // The edit form asks today's questions; none of them is one Rick answered, so nothing is prefilled.
    expect((await t.send(REP.id, '/checkin', '')).http.status).toBe(200);
    const form = await t.standIn.waitForCall(
      (c) => c.method === 'views.open' && JSON.stringify(c.body.view).includes('How is your energy?'),
    );
    expect(JSON.stringify(form.body.view)).not.toContain('Legal review');

    t.clock.set('2026-11-28T21:00:00Z'); // Rick's window has closed: the digest goes out
    await t.deps.scheduler.tick('checkin-digest');
    const [digest] = t.standIn.messages(MANAGER.id);
    expect(digest?.text).toContain('1 answered, 1 flagged');
    expect(digest?.text).toContain(':construction: blocker, :warning: low confidence (2/5)');
    expect(digest?.text).toContain('How did this week go against your target?*\nClosed Acme');
  });
});
