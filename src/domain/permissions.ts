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

type Person = { userId: string; managerId: string | null };

export type LogFor = { ok: true } | { ok: false; error: 'rep_for_other' | 'not_their_report' };

/**
 * Who a deal may be logged for: yourself; managers also for their reports; admins for anyone. The
 * same rule holds wherever a deal gets an owner (the command's for:, the form's "on behalf of", an
 * edit that moves it).
 */
export function mayLogFor(actor: Actor, owner: Person, configuredAdmins: readonly string[]): LogFor {
  if (owner.userId === actor.userId || isAdmin(actor, configuredAdmins)) return { ok: true };
  if (actor.role === 'rep') return { ok: false, error: 'rep_for_other' };
  return canActFor(actor, owner, configuredAdmins) ? { ok: true } : { ok: false, error: 'not_their_report' };
}

export type DealMove = { ok: true } | { ok: false; error: 'rep_for_other' | 'not_their_report' | 'to_self' };

/**
 * Whether an edit may give a deal another owner: only to someone the editor may log for, and a
 * manager never to themselves (that would take a report's sale as their own; their own sales are
 * logged as theirs from the start). Admins may move any deal to anyone.
 */
export function mayMoveDeal(input: {
  editor: Actor;
  admins: readonly string[];
  from: Person;
  to: Person;
}): DealMove {
  const { editor, admins, from, to } = input;
  if (to.userId === from.userId || isAdmin(editor, admins)) return { ok: true };
  if (to.userId === editor.userId && editor.role !== 'rep') return { ok: false, error: 'to_self' };
  return mayLogFor(editor, to, admins);
}
