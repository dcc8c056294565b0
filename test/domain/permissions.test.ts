import { describe, expect, it } from 'vitest';
import { mayLogFor, mayMoveDeal } from '../../src/domain/permissions.js';

const maria = { userId: 'UMAR', role: 'manager' as const, slackAdmin: false };
const otto = { userId: 'UOTTO', role: 'manager' as const, slackAdmin: false };
const ada = { userId: 'UADA', role: 'admin' as const, slackAdmin: false };
const rick = { userId: 'URICK', role: 'rep' as const, slackAdmin: false };
type Person = { userId: string; managerId: string | null };
const ana: Person = { userId: 'UANA', managerId: 'UMAR' };
const ben: Person = { userId: 'UBEN', managerId: 'UMAR' };
const zoe: Person = { userId: 'UZOE', managerId: 'UOTTO' };
const self = (a: { userId: string }): Person => ({ userId: a.userId, managerId: null });

describe('mayLogFor', () => {
  it('lets everyone log for themselves, managers for their reports, admins for anyone', () => {
    expect(mayLogFor(rick, self(rick), [])).toEqual({ ok: true });
    expect(mayLogFor(maria, ana, [])).toEqual({ ok: true });
    expect(mayLogFor(ada, zoe, [])).toEqual({ ok: true });
    // PACER_ADMINS make a rep an admin.
    expect(mayLogFor(rick, zoe, ['URICK'])).toEqual({ ok: true });
  });

  it('refuses reps for anyone else and managers for people who are not their reports', () => {
    expect(mayLogFor(rick, ana, [])).toEqual({ ok: false, error: 'rep_for_other' });
    expect(mayLogFor(maria, zoe, [])).toEqual({ ok: false, error: 'not_their_report' });
    expect(mayLogFor(otto, ana, [])).toEqual({ ok: false, error: 'not_their_report' });
  });
});

describe('mayMoveDeal', () => {
  const move = (editor: typeof maria | typeof ada | typeof rick, from: Person, to: Person) =>
    mayMoveDeal({ editor, admins: [], from, to });

  it("moves a deal between a manager's reports, and anywhere for an admin", () => {
    expect(move(maria, ana, ben)).toEqual({ ok: true });
    expect(move(ada, ana, zoe)).toEqual({ ok: true });
    expect(move(ada, ana, self(ada))).toEqual({ ok: true });
  });

  it("keeps a manager from taking a report's deal or giving it to someone else's report", () => {
    expect(move(maria, ana, self(maria))).toEqual({ ok: false, error: 'to_self' });
    expect(move(maria, ana, zoe)).toEqual({ ok: false, error: 'not_their_report' });
  });

  it('lets a manager give their own deal to a report, and leaves an unchanged owner alone', () => {
    expect(move(maria, self(maria), ana)).toEqual({ ok: true });
    // The owner is not changed: nothing to check, even for a rep who has since left the team.
    expect(move(maria, zoe, zoe)).toEqual({ ok: true });
  });

  it('never lets a rep move a deal to someone else', () => {
    expect(move(rick, self(rick), ana)).toEqual({ ok: false, error: 'rep_for_other' });
  });
});
