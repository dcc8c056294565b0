/** Where a target notice's DM stands (ADR 26). */
export type ToldState = 'waiting' | 'sent' | 'refused' | 'superseded' | 'expired';

/** How one try to deliver a notice's DM ended (or, past its deadline, what confirming it found). */
export type NoticeTry = 'sent' | 'already-sent' | 'refused' | 'pending' | 'nothing';

/**
 * After a try to send: a passing failure leaves the notice waiting. Nothing sent means a newer change
 * made it stale (superseded) or no message could be built for it, which counts as refused.
 */
export function toldAfterSend(result: NoticeTry, superseded: boolean): ToldState {
  if (result === 'sent' || result === 'already-sent') return 'sent';
  if (result === 'pending') return 'waiting';
  return superseded ? 'superseded' : 'refused';
}

/**
 * Past the deadline nothing is sent, but the DM may have arrived all the same: what the ledger or
 * Slack's history says decides. Only a DM that never reached Slack is given up (expired); one Slack
 * cannot be asked about now stays waiting.
 */
export function toldPastDeadline(confirmed: NoticeTry): ToldState {
  if (confirmed === 'pending') return 'waiting';
  if (confirmed === 'nothing') return 'expired';
  return confirmed === 'refused' ? 'refused' : 'sent';
}
