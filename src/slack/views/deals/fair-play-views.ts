import type { KnownBlock } from '@slack/types';
import type { Unusual } from '../../../domain/deals/fair-play.js';
import type { LocalDate } from '../../../domain/time.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { PendingDeal } from '../../../persistence/pending-deals-repository.js';
import type { WaitingDeal } from '../../../use-cases/waiting-deals.js';
import { ACTIONS } from '../../ids.js';
import { plainInline } from '../../mrkdwn.js';
import { context, fitReply, type Reply, section } from '../blocks.js';
import { plainText, SLACK } from '../fit.js';

/** A deal that waits, as its views name it: amount and customer (escaped here), owner, logger. */
export interface PendingView {
  pendingId: number;
  amountCents: number;
  currency: string;
  customerName: string;
  memberId: string;
  loggedBy: string;
  closedOn: string;
  /** Sent by the REST API or a CRM webhook (`loggedBy` names the key or the CRM, no member). */
  fromApi: boolean;
  /** A row of a CSV import from Slack (`loggedBy` is the admin who imported it). */
  fromImport?: boolean;
  /** A change to a live deal, which keeps counting as it was meanwhile. */
  edit: boolean;
}

/** A pending deal as its views show it, in the team's currency. */
export function pendingViewOf(pending: PendingDeal, currency: string): PendingView {
  const input = pending.input as { customerName: string; closedOn: LocalDate; source?: string };
  return {
    pendingId: pending.id,
    amountCents: pending.amountCents,
    currency,
    customerName: input.customerName,
    memberId: pending.memberId,
    loggedBy: pending.loggedBy,
    closedOn: input.closedOn,
    fromApi: pending.externalId !== null,
    fromImport: input.source === 'import' && /^[UW][A-Z0-9]+$/.test(pending.loggedBy),
    edit: pending.editOf !== null,
  };
}

const what = (say: Speaker, p: PendingView) => ({
  amount: say.money(p.amountCents, p.currency),
  customer: plainInline(p.customerName),
  edit: p.edit ? 'yes' : 'no',
});

// An import names the admin who imported it (a Slack ID, mentioned); an API deal its key or CRM.
const via = (p: PendingView) => ({
  via: p.fromImport ? 'import' : p.fromApi ? 'api' : 'slack',
  sender: p.fromImport ? p.loggedBy : plainInline(p.loggedBy),
});

function buttons(
  say: Speaker,
  pendingId: number,
  yes: { actionId: string; key: 'fairPlay.confirmButton' | 'fairPlay.approveButton' },
  no: { actionId: string; key: 'fairPlay.cancelButton' | 'fairPlay.rejectButton' },
): KnownBlock {
  const value = String(pendingId);
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: yes.actionId,
        style: 'primary',
        value,
        text: plainText(say.t(yes.key), SLACK.buttonText),
      },
      { type: 'button', action_id: no.actionId, value, text: plainText(say.t(no.key), SLACK.buttonText) },
    ],
  };
}

/** "Are you sure?" for a deal far above normal, answered only to whoever typed it. */
export function confirmPromptView(say: Speaker, p: PendingView, unusual: Unusual): Reply {
  const text =
    unusual.reason === 'above_median'
      ? say.t('fairPlay.aboveMedian', {
          ...what(say, p),
          times: unusual.times,
          median: say.money(unusual.medianCents, p.currency),
          // An API deal is asked of its owner, so "your median".
          owner: p.memberId === p.loggedBy || p.fromApi ? 'self' : p.memberId,
          ...via(p),
        })
      : say.t('fairPlay.aboveLargest', {
          ...what(say, p),
          ...via(p),
          largest: say.money(unusual.largestCents, p.currency),
        });
  return fitReply(text, [
    section(text),
    buttons(
      say,
      p.pendingId,
      { actionId: ACTIONS.dealConfirm, key: 'fairPlay.confirmButton' },
      { actionId: ACTIONS.dealCancel, key: 'fairPlay.cancelButton' },
    ),
  ]);
}

/**
 * The DM asking a manager (or an admin) to approve a large deal; `lead` opens a reminder or an
 * escalation of it.
 */
export function approvalRequestView(
  say: Speaker,
  p: PendingView,
  thresholdCents: number,
  lead?: string,
): Reply {
  const request = say.t('fairPlay.request', {
    ...what(say, p),
    ...via(p),
    logger: p.loggedBy,
    owner: p.memberId === p.loggedBy ? 'self' : p.memberId,
    date: say.date(p.closedOn),
    threshold: say.money(thresholdCents, p.currency),
  });
  const text = lead ? `${lead}\n${request}` : request;
  return fitReply(text, [
    section(text),
    buttons(
      say,
      p.pendingId,
      { actionId: ACTIONS.dealApprove, key: 'fairPlay.approveButton' },
      { actionId: ACTIONS.dealReject, key: 'fairPlay.rejectButton' },
    ),
  ]);
}

/** Told to whoever logged a deal that now waits for approval. */
export function waitingText(
  say: Speaker,
  p: PendingView,
  thresholdCents: number,
  approverIds: string[],
): string {
  return say.t('fairPlay.waiting', {
    ...what(say, p),
    threshold: say.money(thresholdCents, p.currency),
    approvers: approverIds.map((id) => `<@${id}>`).join(', '),
  });
}

export function cancelledText(say: Speaker, p: PendingView): string {
  return say.t('fairPlay.cancelled', what(say, p));
}

/** The approver's own DM once they decided (its buttons gone). */
export function decidedByYouText(say: Speaker, p: PendingView, approved: boolean): string {
  return say.t(approved ? 'fairPlay.approvedByYou' : 'fairPlay.rejectedByYou', {
    ...what(say, p),
    owner: p.memberId,
  });
}

/** The DM to the rep (and whoever logged it for them) with the manager's decision. */
export function toldDecisionText(
  say: Speaker,
  p: PendingView,
  approved: boolean,
  approverId: string,
): string {
  return say.t(approved ? 'fairPlay.toldApproved' : 'fairPlay.toldRejected', {
    ...what(say, p),
    approver: approverId,
  });
}

/** A deal that waits, as a list line names it; `viewerId` reads "your" for their own confirmation. */
export function waitingLine(say: Speaker, p: PendingView, w: WaitingDeal, viewerId: string): string {
  const confirmer = w.waitingFor[0] ?? p.memberId;
  return say.t('fairPlay.waitingLine', {
    ...what(say, p),
    waits: w.kind,
    confirmer: confirmer === viewerId ? 'self' : confirmer,
    approvers: w.waitingFor.map((id) => `<@${id}>`).join(', '),
    date: say.date(w.since.date),
    time: w.since.time,
  });
}

/** A waiting deal with how its views name it. */
export interface WaitingRow {
  view: PendingView;
  waiting: WaitingDeal;
}

/**
 * The deals that wait, under a title counting all `count` of them, for `/deal list` and App Home
 * (render with `sections`); those not listed are counted after the list.
 */
export function waitingLines(
  say: Speaker,
  rows: readonly WaitingRow[],
  viewerId: string,
  count: number = rows.length,
): string[] {
  return [
    say.t('fairPlay.waitingTitle', { count }),
    ...rows.map((r) => `• ${waitingLine(say, r.view, r.waiting, viewerId)}`),
    ...(count > rows.length ? [say.t('fairPlay.moreWaiting', { count: count - rows.length })] : []),
  ];
}

/**
 * The deals that wait in `/deal list`: each line, and under one the viewer must confirm its
 * "Yes, log it" / Cancel buttons (a deal imported or sent by the API is answered here too).
 */
export function waitingListBlocks(
  say: Speaker,
  rows: readonly WaitingRow[],
  viewerId: string,
  count: number = rows.length,
): KnownBlock[] {
  const [title, ...lines] = waitingLines(say, rows, viewerId, count);
  const blocks: KnownBlock[] = [section(title!)];
  rows.forEach((r, i) => {
    blocks.push(section(lines[i]!));
    if (r.waiting.kind === 'confirm' && r.waiting.waitingFor[0] === viewerId)
      blocks.push(
        buttons(
          say,
          r.view.pendingId,
          { actionId: ACTIONS.dealConfirm, key: 'fairPlay.confirmButton' },
          { actionId: ACTIONS.dealCancel, key: 'fairPlay.cancelButton' },
        ),
      );
  });
  if (count > rows.length) blocks.push(context(lines.at(-1)!));
  return blocks;
}

/**
 * "Waiting for your approval" on a manager's App Home: each deal with the same Approve / Reject
 * buttons as the DM (one action, one use case).
 */
export function approvalBlocks(say: Speaker, rows: readonly WaitingRow[], count: number): KnownBlock[] {
  const blocks: KnownBlock[] = [section(say.t('fairPlay.approvalsTitle', { count }))];
  for (const { view: p, waiting: w } of rows) {
    blocks.push(
      section(
        say.t('fairPlay.approvalLine', {
          ...what(say, p),
          owner: p.memberId,
          date: say.date(w.since.date),
          time: w.since.time,
        }),
      ),
      buttons(
        say,
        p.pendingId,
        { actionId: ACTIONS.dealApprove, key: 'fairPlay.approveButton' },
        { actionId: ACTIONS.dealReject, key: 'fairPlay.rejectButton' },
      ),
    );
  }
  if (count > rows.length)
    blocks.push(context(say.t('fairPlay.moreWaiting', { count: count - rows.length })));
  return blocks;
}

/** Told to whoever had to confirm a deal that expired unanswered: it was dropped, never counted. */
export function expiredText(say: Speaker, p: PendingView, hours: number): string {
  return say.t('fairPlay.expired', { ...what(say, p), ...via(p), hours });
}

/** The opening line of a reminder to the approvers, or of the escalation to the admins. */
export function approvalLead(
  say: Speaker,
  step: 'remind' | 'escalate',
  since: string,
  days: number,
  approverIds: readonly string[],
): string {
  return step === 'remind'
    ? say.t('fairPlay.reminderLead', { days, date: say.date(since) })
    : say.t('fairPlay.escalatedLead', {
        days,
        date: say.date(since),
        approvers: approverIds.map((id) => `<@${id}>`).join(', '),
      });
}
