/**
 * Who gets check-ins: reps who sell. Everyone Pacer meets starts as a rep (a colleague thanked with
 * /kudos, the admin who installed it), so a rep counts once they have a manager, a region, a target
 * or a deal. Admins and managers give feedback instead.
 */
export function getsCheckins(
  member: { role: 'admin' | 'manager' | 'rep'; managerId: string | null; regionId: number | null },
  facts: { isAdmin: boolean; hasDealOrTarget: boolean },
): boolean {
  if (member.role !== 'rep' || facts.isAdmin) return false;
  return member.managerId !== null || member.regionId !== null || facts.hasDealOrTarget;
}
