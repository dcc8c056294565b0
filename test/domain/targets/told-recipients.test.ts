import { describe, expect, it } from 'vitest';
import { targetRecipients } from '../../../src/domain/targets/told-recipients.js';

const members = [
  { userId: 'UMGR1', role: 'manager' as const, regionId: 1 },
  { userId: 'UMGR2', role: 'manager' as const, regionId: 2 },
  { userId: 'UREP', role: 'rep' as const, regionId: 1 },
  { userId: 'UADM', role: 'admin' as const, regionId: 1 },
];

describe('targetRecipients', () => {
  it('tells the member of their own target without reading the team', () => {
    expect(
      targetRecipients({ kind: 'member', id: 'UREP' }, () => {
        throw new Error('read');
      }),
    ).toEqual(['UREP']);
  });
  it("tells a region's managers only, every manager of a product line, and nobody of the team's", () => {
    expect(targetRecipients({ kind: 'region', id: '1' }, () => members)).toEqual(['UMGR1']);
    expect(targetRecipients({ kind: 'product', id: '7' }, () => members)).toEqual(['UMGR1', 'UMGR2']);
    expect(targetRecipients({ kind: 'team', id: '' }, () => members)).toEqual([]);
  });
});
