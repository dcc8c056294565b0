import { afterEach, describe, expect, it } from 'vitest';
import { deleteDeal, editDeal } from '../../src/use-cases/deals.js';
import { ADMIN, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
afterEach(() => t.stop());

describe('editDeal', () => {
  it('changes nothing when the deal is deleted while the new owner is being looked up in Slack', async () => {
    t = await TestPacer.start({ now: '2026-11-25T15:00:00Z' });
    await t.command(REP.id, '/deal', '5,000 Acme Corp');
    const [deal] = t.deps.deals.recentFor(REP.id, 1);
    const admin = (await t.deps.directory.ensure(ADMIN.id))!;
    const rep = (await t.deps.directory.ensure(REP.id))!;

    // Reassigning to Sara, whom Pacer has not met, waits on users.info; the rep deletes meanwhile.
    const edit = editDeal(t.deps, admin, deal!.id, {
      cents: 9_000_00,
      customerName: 'Acme Corp',
      closedOn: '2026-11-25',
      forUserId: REP2.id,
    });
    deleteDeal(t.deps, rep, deal!.id);

    await expect(edit).rejects.toThrow(/no longer exists/);
    expect(t.deps.deals.get(deal!.id)).toMatchObject({ amountCents: 5_000_00, deletedBy: REP.id });
    expect(t.deps.deals.totals({ from: '2026-11-01', to: '2026-11-30' }).revenueCents).toBe(0);
  });
});
