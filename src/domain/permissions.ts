/** The parts of a member that decide what they may do. */
export interface Actor {
  userId: string;
  role: 'admin' | 'manager' | 'rep';
  slackAdmin: boolean;
}

/** Admins: Pacer admins by role, those listed in PACER_ADMINS, and Slack workspace admins/owners. */
export function isAdmin(actor: Actor, configuredAdmins: readonly string[]): boolean {
  return actor.role === 'admin' || actor.slackAdmin || configuredAdmins.includes(actor.userId);
}

/** Who may act on a member's records: the member, their manager, or an admin. */
export function canActFor(
  actor: Actor,
  subject: { userId: string; managerId: string | null },
  configuredAdmins: readonly string[],
): boolean {
  if (actor.userId === subject.userId) return true;
  if (isAdmin(actor, configuredAdmins)) return true;
  return actor.role === 'manager' && subject.managerId === actor.userId;
}
