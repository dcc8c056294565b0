import { afterEach, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain/periods.js';
import { awardRules, decideAward, memberStats } from '../../src/use-cases/awards.js';
import { ADMIN, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
afterEach(() => t.stop());

const october = parsePeriod('2026-10')!;

function winners(ruleId: string) {
  const rule = awardRules(t.deps).find((r) => r.id === ruleId)!;
  return decideAward(rule, memberStats(t.deps, october)).outcome.winners.map((w) => w.memberId);
}

describe('awards over real deals', () => {
  it('leave deleted deals out and count backdated ones in the month they closed', async () => {
    t = await TestPacer.start({ now: '2026-10-20T15:00:00Z' });
    await t.command(REP.id, '/deal', '20k Acme date:2026-10-05');
    await t.command(REP2.id, '/deal', '15k Globex date:2026-10-06');
    expect(winners('sales-champion')).toEqual([REP.id]);

    await t.command(REP.id, '/deal', 'undo'); // Rick's 20k no longer counts
    expect(winners('sales-champion')).toEqual([REP2.id]);

    t.clock.set('2026-11-03T15:00:00Z');
    await t.command(REP.id, '/deal', '16k Initech date:2026-10-30'); // logged in November, closed in October
    expect(winners('sales-champion')).toEqual([REP.id]);
    expect(winners('new-customer')).toEqual([REP2.id, REP.id].sort());
  });

  it('give a tie to everyone tied, and let a member who joined mid-month win', async () => {
    t = await TestPacer.start({ now: '2026-10-28T15:00:00Z' });
    await t.command(REP.id, '/deal', '10k Acme date:2026-10-02');
    // Sara's first contact with Pacer is on the 28th: her deal closed that day ties Rick's month.
    await t.command(REP2.id, '/deal', '10k Globex date:2026-10-28');
    expect(winners('sales-champion').sort()).toEqual([REP.id, REP2.id].sort());
    expect(winners('sales-champion')).not.toContain(ADMIN.id);
  });
});
