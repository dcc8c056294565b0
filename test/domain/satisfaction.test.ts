import { describe, expect, it } from 'vitest';
import { scoreCredit } from '../../src/domain/satisfaction.js';

describe('scoreCredit', () => {
  type Person = { userId: string; managerId: string | null };
  const ana: Person = { userId: 'UANA', managerId: 'UMAR' };
  const ben: Person = { userId: 'UBEN', managerId: 'UMAR' };
  const asRep = (p: Person) => ({ userId: p.userId, role: 'rep' as const, slackAdmin: false });
  const maria = { userId: 'UMAR', role: 'manager' as const, slackAdmin: false };
  const credit = (caller: Parameters<typeof scoreCredit>[0]['caller'], named: Person | null) =>
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

  describe('for managers', () => {
    const zoe: Person = { userId: 'UZOE', managerId: 'UOTTO' };
    const ada = { userId: 'UADA', role: 'admin' as const, slackAdmin: false };
    const score = (customerRep: typeof ana | null, named: Person | null) =>
      scoreCredit({ caller: maria, admins: [], customerRep, named });

    it("score only their reports' customers", () => {
      expect(score(zoe, null)).toEqual({ ok: false, error: 'not_their_customer' });
      expect(score(zoe, ana)).toEqual({ ok: false, error: 'not_their_customer' });
      expect(score(ana, null)).toEqual({ ok: true, memberId: 'UANA' });
    });

    it('credit only their reports, never themselves unless the customer is their own', () => {
      const herself: Person = { userId: 'UMAR', managerId: null };
      expect(score(ana, herself)).toEqual({ ok: false, error: 'credit_to_self' });
      expect(score(ana, zoe)).toEqual({ ok: false, error: 'not_their_report' });
      expect(score(null, zoe)).toEqual({ ok: false, error: 'not_their_report' });
      expect(score(herself, null)).toEqual({ ok: true, memberId: 'UMAR' });
      expect(score(herself, herself)).toEqual({ ok: true, memberId: 'UMAR' });
      expect(score(null, ben)).toEqual({ ok: true, memberId: 'UBEN' });
    });

    it('leave admins free to score and credit anyone', () => {
      expect(scoreCredit({ caller: ada, admins: [], customerRep: zoe, named: ana })).toEqual({
        ok: true,
        memberId: 'UANA',
      });
      expect(scoreCredit({ caller: maria, admins: ['UMAR'], customerRep: zoe, named: null })).toEqual({
        ok: true,
        memberId: 'UZOE',
      });
    });
  });
});
