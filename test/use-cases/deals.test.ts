import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/domain/problem.js';
import { deleteDeal, editDeal, logDeal, recentDealsOf, undoLastDeal } from '../../src/use-cases/deals.js';
import { addCatalogEntry, findCatalogEntry } from '../../src/use-cases/team-setup.js';
import { createTestDeps } from '../helpers/create-test-deps.js';
import { ADMIN, MANAGER, REP, REP2 } from '../helpers/test-pacer.js';

/** What a use case refused, as the code and parameters the Slack layer puts in words. */
async function refusedWith(work: () => unknown) {
  try {
    await work();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

const acme = { cents: 5_000_00, customerName: 'Acme Corp', closedOn: '2026-11-25' };

describe('editDeal', () => {
  it('changes nothing when the deal is deleted while the new owner is being looked up in Slack', async () => {
    let lookedUp = () => {};
    let slowFor: string | null = null;
    const deps = createTestDeps({
      now: '2026-11-25T15:00:00Z',
      // Sara's users.info is held open until the rep's delete has gone through.
      lookup: (userId) =>
        userId === slowFor ? new Promise<void>((resolve) => (lookedUp = resolve)) : Promise.resolve(),
    });
    const admin = (await deps.directory.ensure(ADMIN.id))!;
    const rep = (await deps.directory.ensure(REP.id))!;
    const { deal } = await logDeal(deps, rep, acme, null);

    slowFor = REP2.id;
    const edit = editDeal(deps, admin, deal.id, { ...acme, cents: 9_000_00, forUserId: REP2.id });
    deleteDeal(deps, rep, deal.id);
    lookedUp();

    expect(await refusedWith(() => edit)).toEqual({ code: 'deal.goneNothingChanged' });
    expect(deps.deals.get(deal.id)).toMatchObject({ amountCents: 5_000_00, deletedBy: REP.id });
    expect(deps.deals.totals({ from: '2026-11-01', to: '2026-11-30' }).revenueCents).toBe(0);
  });
});

describe('deal refusals are codes with parameters, not sentences', () => {
  it('who may log, list, undo and change', async () => {
    const deps = createTestDeps();
    const rep = (await deps.directory.ensure(REP.id))!;
    const manager = (await deps.directory.ensure(MANAGER.id))!;

    expect(await refusedWith(() => undoLastDeal(deps, rep))).toEqual({ code: 'deal.nothingToUndo' });
    expect(await refusedWith(() => logDeal(deps, rep, { ...acme, forUserId: REP2.id }, null))).toEqual({
      code: 'deal.forOthersNotAllowed',
    });
    deps.members.setStructure(MANAGER.id, { role: 'manager', regionId: null, managerId: null });
    const asManager = deps.members.get(MANAGER.id)!;
    expect(await refusedWith(() => logDeal(deps, asManager, { ...acme, forUserId: REP2.id }, null))).toEqual({
      code: 'deal.notTheirReport',
      params: { member: REP2.id },
    });
    expect(
      await refusedWith(() => logDeal(deps, asManager, { ...acme, forUserId: 'UNOBODY' }, null)),
    ).toEqual({
      code: 'deal.ownerInactive',
      params: { member: 'UNOBODY' },
    });
    expect(await refusedWith(() => recentDealsOf(deps, manager, REP.id))).toEqual({
      code: 'deal.listNotAllowed',
    });

    const { deal } = await logDeal(deps, rep, acme, null);
    expect(await refusedWith(() => deleteDeal(deps, manager, deal.id))).toEqual({ code: 'deal.notYours' });
    deleteDeal(deps, rep, deal.id);
    expect(await refusedWith(() => deleteDeal(deps, rep, deal.id))).toEqual({ code: 'deal.gone' });
    expect(deps.deals.totals({ from: '2026-11-01', to: '2026-11-30' }).deals).toBe(0);
  });

  it('an unknown product line or region names the known ones, and stores nothing', async () => {
    const deps = createTestDeps();
    const rep = (await deps.directory.ensure(REP.id))!;
    expect(await refusedWith(() => logDeal(deps, rep, { ...acme, region: 'Mars' }, null))).toEqual({
      code: 'catalog.unknown',
      params: {
        kind: 'region',
        name: 'Mars',
        known: [],
        count: 0,
        usage: '`/deal 12,500 Acme Corp region:<name>`',
      },
    });
    addCatalogEntry(deps, 'product', 'Cloud', ADMIN.id);
    addCatalogEntry(deps, 'product', 'Hardware', ADMIN.id);
    expect(await refusedWith(() => findCatalogEntry(deps.products, 'Clod'))).toMatchObject({
      code: 'catalog.unknown',
      params: { kind: 'product', known: ['Cloud', 'Hardware'], count: 2, usage: 'none' },
    });
    expect(deps.deals.recentFor(REP.id, 10)).toEqual([]);
  });
});
