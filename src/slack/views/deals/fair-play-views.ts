import type { KnownBlock } from '@slack/types';
import type { Unusual } from '../../../domain/deals/fair-play.js';
import type { Speaker } from '../../../i18n/translator.js';
import { ACTIONS } from '../../ids.js';
import { plainInline } from '../../mrkdwn.js';
import { fitReply, type Reply, section } from '../blocks.js';
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
  /** A change to a live deal, which keeps counting as it was meanwhile. */
  edit: boolean;
}

const what = (say: Speaker, p: PendingView) => ({
  amount: say.money(p.amountCents, p.currency),
  customer: plainInline(p.customerName),
  edit: p.edit ? 'yes' : 'no',
});

const via = (p: PendingView) => ({ via: p.fromApi ? 'api' : 'slack', sender: plainInline(p.loggedBy) });

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

/** The DM asking a manager (or an admin) to approve a large deal. */
export function approvalRequestView(say: Speaker, p: PendingView, thresholdCents: number): Reply {
  const text = say.t('fairPlay.request', {
    ...what(say, p),
    ...via(p),
    logger: p.loggedBy,
    owner: p.memberId === p.loggedBy ? 'self' : p.memberId,
    date: say.date(p.closedOn),
    threshold: say.money(thresholdCents, p.currency),
  });
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
