import { describe, expect, it } from 'vitest';
import { getsCheckins } from '../../../src/domain/checkins/recipients.js';

describe('getsCheckins', () => {
  const rep = { role: 'rep' as const, managerId: null, regionId: null };
  const facts = { isAdmin: false, hasDealOrTarget: false };

  it('goes to reps who sell: with a manager, a region, a deal or a target', () => {
    expect(getsCheckins({ ...rep, managerId: 'UMAR' }, facts)).toBe(true);
    expect(getsCheckins({ ...rep, regionId: 1 }, facts)).toBe(true);
    expect(getsCheckins(rep, { ...facts, hasDealOrTarget: true })).toBe(true);
  });

  it('skips colleagues Pacer only met, admins and managers', () => {
    expect(getsCheckins(rep, facts)).toBe(false);
    expect(getsCheckins({ ...rep, managerId: 'UMAR' }, { ...facts, isAdmin: true })).toBe(false);
    expect(getsCheckins({ ...rep, role: 'manager', managerId: 'UBOSS' }, facts)).toBe(false);
  });
});
