import { describe, expect, it, vi } from 'vitest';
import { restartableWorlds, type World } from '../../helpers/restartable-world.js';
import { ADMIN, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'Europe/Berlin' } });
const channelTexts = (w: World) => w.standIn.messages('CWINS').map((m) => String(m.text ?? ''));
const count = (w: World, fragment: string) =>
  channelTexts(w).filter((text) => text.includes(fragment)).length;

// What a deal earned is recorded right after the reply (setImmediate): wait for it as a person would.
const earned = (t: TestPacer, memberId: string, n: number) =>
  vi.waitFor(() => expect(t.deps.achievements.of(memberId)).toHaveLength(n));

describe('achievements', () => {
  it('earns each once, announces each once across ticks and a restart, and lists them', async () => {
    const w = await world();
    // Monday 30 November 2026, 10:30 in Berlin.
    const t1 = await start(w, '2026-11-30T09:30:00Z');
    await t1.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t1.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 10k stretch 12k`);
    // 21 working days in November: 1,000 a day, 5,000 a week.
    await t1.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 21,000`);

    await t1.command(REP.id, '/deal', '3k Acme date:2026-10-20');
    await earned(t1, REP.id, 2);
    await t1.deps.scheduler.tick('achievements');
    await t1.deps.scheduler.tick('achievements');
    expect(count(w, `:tada: <@${REP.id}> logged their first deal.`)).toBe(1);
    expect(count(w, `:handshake: <@${REP.id}> won their first new customer.`)).toBe(1);

    // 11k in November: 100% of the month's target and a personal best (3k before), not the stretch.
    await t1.command(REP.id, '/deal', '11k Globex date:2026-11-10');
    await earned(t1, REP.id, 4);
    // One more deal reaches the stretch; a second first deal or best month is not earned again.
    await t1.command(REP.id, '/deal', '1k Initech date:2026-11-11');
    await earned(t1, REP.id, 5);
    await t1.command(REP.id, '/deal', '2k Hooli date:2026-11-12');
    await t1.deps.scheduler.tick('achievements');
    expect(
      count(w, `:dart: <@${REP.id}> reached 100% of their target for November 2026: $11,000 of $10,000.`),
    ).toBe(1);
    expect(
      count(w, `:rocket: <@${REP.id}> reached their stretch target for November 2026: $12,000 of $12,000.`),
    ).toBe(1);
    expect(
      count(w, `:chart_with_upwards_trend: <@${REP.id}> had their best month yet in November 2026`),
    ).toBe(1);

    // A streak of 2 weeks (admins choose the length): last week and the one before at 5,000 or more.
    expect((await t1.command(REP.id, '/pacer', 'achievements streak-weeks 2')).text).toBe(
      'Only admins switch achievements on or off. Nothing was changed.',
    );
    await t1.command(ADMIN.id, '/pacer', 'achievements streak-weeks 2');
    await t1.command(REP2.id, '/deal', '5k Beta date:2026-11-18');
    await t1.command(REP2.id, '/deal', '5k Gamma date:2026-11-25');
    // The second deal, logged this Monday for last week, completes the streak at once.
    await earned(t1, REP2.id, 3);
    await t1.deps.scheduler.tick('achievements');
    expect(count(w, `:fire: <@${REP2.id}> met their weekly target 2 weeks in a row.`)).toBe(1);
    const before = channelTexts(w).length;

    await t1.stop();
    const t2 = await start(w, '2026-11-30T10:00:00Z');
    cleanup(() => t2.stop());
    await t2.deps.scheduler.tick('achievements');
    await t2.command(ADMIN.id, '/pacer', 'run achievements');
    expect(channelTexts(w)).toHaveLength(before);

    const mine = await t2.command(REP.id, '/achievements');
    expect(mine.text).toContain(`Achievements of <@${REP.id}>`);
    for (const name of [
      'First deal',
      'First new customer',
      "100% of a month's target",
      'Stretch target reached',
      'Personal best month',
    ])
      expect(mine.text).toContain(`• *${name}* — earned on`);
    expect(mine.text).not.toContain('Weekly streak');

    // Switched off: not awarded nor announced.
    await t2.command(ADMIN.id, '/pacer', 'achievements first-deal off');
    await t2.command(ADMIN.id, '/deal', '1k Zeta date:2026-11-30');
    await earned(t2, ADMIN.id, 1);
    await t2.deps.scheduler.tick('achievements');
    expect(count(w, `<@${ADMIN.id}> logged their first deal`)).toBe(0);
    expect(count(w, `:handshake: <@${ADMIN.id}> won their first new customer.`)).toBe(1);
    expect((await t2.command(REP.id, '/achievements', `<@${ADMIN.id}>`)).text).toContain(
      'Switched off by admins: First deal',
    );

    // In the member's own language.
    await t2.command(REP2.id, '/pacer', 'my-language zh-CN');
    const zh = await t2.command(REP2.id, '/achievements');
    expect(zh.text).toContain(`<@${REP2.id}> 的成就`);
    expect(zh.text).toContain('• *连续达成周目标* —');
    expect(zh.text).toContain('• *首单成交* —');
    expect((await t2.command(REP2.id, '/achievements', 'ana')).text).toBe(
      '请用 @ 指定成员，例如 `/achievements @ana`；不写则查看自己的成就。',
    );
  });
});
