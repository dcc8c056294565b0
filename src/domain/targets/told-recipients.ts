import type { Member } from '../entities/member.js';
import type { TargetScope } from '../entities/target.js';

/**
 * Who is told when a scope's target is set or changed: the member; for a region, its managers; for
 * a product line (which no manager owns: it is sold in every region), every manager. The team's
 * target is told to nobody by DM: `announce` posts it to the channel. `activeMembers` is read only
 * for a region or a product line.
 */
export function targetRecipients(
  scope: TargetScope,
  activeMembers: () => readonly Pick<Member, 'userId' | 'role' | 'regionId'>[],
): string[] {
  if (scope.kind === 'member') return [scope.id];
  if (scope.kind === 'team') return [];
  return activeMembers()
    .filter((m) => m.role === 'manager' && (scope.kind === 'product' || String(m.regionId) === scope.id))
    .map((m) => m.userId);
}
