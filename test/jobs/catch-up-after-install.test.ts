import { describe, expect, it } from 'vitest';
import { fanOutJob } from '../helpers/fan-out-job.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, DEFAULT_USERS, TestPacer } from '../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

/** Pacer in New York on the world's database and stand-in, with a job that DMs everyone Mondays 09:00. */
function newYorkWithFanOut(w: World, now: string) {
  const members = DEFAULT_USERS.map((u) => u.id);
  return TestPacer.start({
    ...w,
    now,
    env: { PACER_TIMEZONE: 'America/New_York' },
    jobs: (deps) => [fanOutJob(deps, members)],
  });
}

describe('catch-up never runs a slot scheduled before Pacer was installed', () => {
  it('a restart minutes after installing posts nothing, with every real job (Tokyo, 1 December)', async () => {
    const w = await world();
    // 00:36 UTC is 09:36 in Tokyo: the awards slot (1st, 09:30) passed six minutes before install.
    const env = { PACER_TIMEZONE: 'Asia/Tokyo' };
    const first = await TestPacer.start({ ...w, env, now: '2026-12-01T00:36:00Z' });
    await first.command(ADMIN.id, '/pacer', 'channel <#CSALES|sales>');
    await first.stop();
    const posts = w.standIn.calls('chat.postMessage').length;
    const again = await TestPacer.start({ ...w, env, now: '2026-12-01T00:37:00Z' });
    cleanup(() => again.stop());
    expect(w.standIn.calls('chat.postMessage')).toHaveLength(posts);
    expect(again.deps.ledger.run('awards', '2026-11')).toBeUndefined();
    // The guard is about the install time, not about catch-up as a whole: the next slot is caught up.
    await again.stop();
    const later = await newYorkWithFanOut(w, '2026-12-07T20:00:00Z'); // Monday 15:00, after the 09:00 slot
    cleanup(() => later.stop());
    expect(later.deps.ledger.run('test-fan-out', '2026-W50')).toMatchObject({ trigger: 'catch-up' });
  }, 20_000);

  it('a slot missed between install and a restart is still caught up', async () => {
    const w = await world();
    const start = (now: string) => newYorkWithFanOut(w, now);
    // Installed Monday 13:50 UTC, ten minutes before the 09:00 New York slot, then down until 20:00.
    await (await start('2026-11-30T13:50:00Z')).stop();
    const t = await start('2026-11-30T20:00:00Z');
    cleanup(() => t.stop());
    expect(t.deps.ledger.run('test-fan-out', '2026-W49')).toMatchObject({ trigger: 'catch-up' });
  }, 20_000);

  it('installed just after the slot, restarted an hour later: nothing is caught up', async () => {
    const w = await world();
    const start = (now: string) => newYorkWithFanOut(w, now);
    await (await start('2026-11-30T14:05:00Z')).stop();
    const t = await start('2026-11-30T15:05:00Z');
    cleanup(() => t.stop());
    expect(t.deps.ledger.run('test-fan-out', '2026-W49')).toBeUndefined();
    expect(w.standIn.calls('chat.postMessage')).toHaveLength(0);
  }, 20_000);
});
