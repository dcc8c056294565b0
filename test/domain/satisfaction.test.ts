import { describe, expect, it } from 'vitest';
import { scoreCredit } from '../../src/domain/satisfaction.js';

describe('scoreCredit', () => {
  const ana = { userId: 'UANA', managerId: 'UMAR' };
  const ben = { userId: 'UBEN', managerId: 'UMAR' };
  const asRep = (p: typeof ana) => ({ userId: p.userId, role: 'rep' as const, slackAdmin: false });
  const maria = { userId: 'UMAR', role: 'manager' as const, slackAdmin: false };
  const credit = (caller: Parameters<typeof scoreCredit>[0]['caller'], named: typeof ana | null) =>
    scoreCredit({ caller, admins: [], customerRep: ana, named });

  it("credits the customer's rep, or whoever a manager names", () => {
    expect(credit(asRep(ana), null)).toEqual({ ok: true, memberId: 'UANA' });
    expect(credit(maria, ben)).toEqual({ ok: true, memberId: 'UBEN' });
    expect(credit(asRep(ana), ana)).toEqual({ ok: true, memberId: 'UANA' });
  });

  it("keeps a rep from scoring another rep's customer or moving the credit to themselves", () => {
    expect(credit(asRep(ben), null)).toEqual({ ok: false, error: 'not_their_customer' });
    expect(credit(asRep(ben), ben)).toEqual({ ok: false, error: 'credit_moved_by_rep' });
  });

  it('needs someone to credit', () => {
    expect(scoreCredit({ caller: maria, admins: [], customerRep: null, named: null })).toEqual({
      ok: false,
      error: 'no_owner',
    });
  });
});
