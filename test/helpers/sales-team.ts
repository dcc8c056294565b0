import { ADMIN, MANAGER, REP, REP2, TestPacer, type TestPacerOptions } from './test-pacer.js';

/**
 * A Pacer in New York time (Wednesday 25 November 2026, 10:00 there unless `now` says otherwise) with
 * a manager and two reps reporting to them, as the fair-play tests start.
 */
export async function salesTeam(options: TestPacerOptions = {}): Promise<TestPacer> {
  const t = await TestPacer.start({
    now: '2026-11-25T15:00:00Z',
    ...options,
    env: { PACER_TIMEZONE: 'America/New_York', ...options.env },
  });
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
  return t;
}
