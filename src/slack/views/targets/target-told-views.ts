import type { KnownBlock } from '@slack/types';
import type { TargetScope } from '../../../domain/entities/target.js';
import type { Period } from '../../../domain/periods.js';
import type { ToldState } from '../../../domain/targets/notice-state.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { BreakdownPart, NoticeFigures } from '../../../use-cases/target-notices.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { fitReply, type Reply, section, sections } from '../blocks.js';
import { plainText, SLACK, truncateMrkdwn } from '../fit.js';
import { failureText } from '../schedule-text.js';

// A note is as long as a slash command lets it be (4,000 characters, escaped up to 5× longer): the
// DM keeps its start, so the figures and the button always fit.
const NOTE_MAX = 1_500;

/** An instant as Slack shows it, in the reader's own timezone; the ISO form where Slack cannot. */
export const slackTime = (iso: string) =>
  `<!date^${Math.floor(new Date(iso).getTime() / 1000)}^{date_short_pretty} {time}|${iso}>`;

const figures = (say: Speaker, currency: string, amount: number, stretch: number | null) => ({
  amount: say.money(amount, currency),
  hasStretch: stretch ? 'yes' : 'no',
  stretch: stretch ? say.money(stretch, currency) : '',
});

/** The blocks of a DM that ask for the acknowledgement: replaced by when it was given. */
const ACK_BLOCKS = ['target_ack_ask', 'target_ack'] as const;

function ackedBlock(say: Speaker, ackedAt: string): KnownBlock {
  return section(say.t('targetTold.acked', { when: slackTime(ackedAt) }));
}

/**
 * The DM as it was sent (its figures are those of the version told, even if the target has changed
 * since), with the request for an acknowledgement replaced by when it was given.
 */
export function acknowledgedMessage(
  say: Speaker,
  sent: { text: string; blocks: readonly KnownBlock[] },
  ackedAt: string,
): Reply {
  const kept = sent.blocks.filter((b) => !ACK_BLOCKS.some((id) => id === b.block_id));
  return fitReply(sent.text, [...kept, ackedBlock(say, ackedAt)], SLACK.fallbackText);
}

/** The DM telling a member (or a region's or product's manager) of a target set or changed. */
export function targetToldMessage(
  say: Speaker,
  told: NoticeFigures,
  currency: string,
  /** The region's or product line's name as stored (escaped here); '' for a member. */
  scopeName: string,
): Reply {
  const { notice } = told;
  const lines = [
    say.t('targetTold.dm', {
      setBy: notice.setBy,
      changed: notice.beforeAmountCents !== null ? 'yes' : 'no',
      scope: notice.scope.kind,
      name: escapeMrkdwn(scopeName),
      period: say.period(told.period),
      ...figures(say, currency, notice.amountCents, notice.stretchCents),
    }),
  ];
  if (notice.beforeAmountCents !== null)
    lines.push(
      say.t('targetTold.before', {
        before: say.money(notice.beforeAmountCents, currency),
        hasStretch: notice.beforeStretchCents ? 'yes' : 'no',
        beforeStretch: notice.beforeStretchCents ? say.money(notice.beforeStretchCents, currency) : '',
      }),
    );
  const parts = [told.month, told.week].filter((p): p is BreakdownPart => p !== null);
  if (parts.length > 0) {
    lines.push(say.t('targetTold.breakdown'));
    for (const p of parts)
      lines.push(
        say.t('targetTold.part', {
          period: say.period(p.period),
          ...figures(say, currency, p.amountCents, p.stretchCents),
        }),
      );
  }
  if (notice.note)
    lines.push(say.t('targetTold.note', { note: truncateMrkdwn(escapeMrkdwn(notice.note), NOTE_MAX) }));
  const blocks: KnownBlock[] = [...sections(lines)];
  if (notice.ackedAt) {
    blocks.push(ackedBlock(say, notice.ackedAt));
  } else {
    blocks.push(
      { ...section(say.t('targetTold.ackAsk')), block_id: ACK_BLOCKS[0] },
      {
        type: 'actions',
        block_id: ACK_BLOCKS[1],
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.targetAck,
            style: 'primary',
            value: String(notice.id),
            text: plainText(say.t('targetTold.ackButton'), SLACK.buttonText),
          },
        ],
      },
    );
  }
  return fitReply(lines[0]!, blocks, SLACK.fallbackText);
}

/** One target of the channel post: the team's or a region's. */
export interface AnnouncedTarget {
  scope: TargetScope;
  /** The region's name as stored; '' for the team. */
  name: string;
  amountCents: number;
  stretchCents: number | null;
}

/** `/target set … announce`: the team's and the regions' targets for the period, for the channel. */
export function targetsAnnouncement(
  say: Speaker,
  period: Period,
  setBy: string,
  targets: readonly AnnouncedTarget[],
  currency: string,
): Reply {
  const lines = [
    say.t('targetTold.announceHeading', { period: say.period(period), setBy }),
    ...targets.map((t) =>
      say.t('targetTold.announceLine', {
        who: escapeMrkdwn(say.t('target.who', { kind: t.scope.kind, name: t.name })),
        ...figures(say, currency, t.amountCents, t.stretchCents),
      }),
    ),
  ];
  return fitReply(lines[0]!, sections(lines), SLACK.fallbackText);
}

/** One row of `/target acks`. */
export interface AckRow {
  recipient: string;
  scope: TargetScope;
  /** The region's or product line's name; '' for a member's own target. */
  name: string;
  period: Period | null;
  periodKey: string;
  amountCents: number;
  ackedAt: string | null;
  /** Where its DM stands, and Slack's code for why it has not arrived (or never will). */
  told: ToldState;
  toldError: string | null;
}

/**
 * `/target acks`: who has acknowledged the current version of the targets told to them, and whether
 * the DM telling them arrived, waits to be sent, or could not be delivered and why.
 */
export function targetAcksReply(say: Speaker, rows: readonly AckRow[], currency: string): Reply {
  if (rows.length === 0) return fitReply(say.t('targetTold.acksNone'));
  const acked = rows.filter((r) => r.ackedAt).length;
  const undelivered = rows.filter((r) => r.told === 'refused' || r.told === 'expired').length;
  const lines = [
    say.t('targetTold.acksHeading', { acked, count: rows.length, undelivered }),
    ...rows.map((r) =>
      say.t('targetTold.acksLine', {
        recipient: r.recipient,
        who:
          r.scope.kind === 'member'
            ? `<@${r.scope.id}>`
            : escapeMrkdwn(say.t('target.who', { kind: r.scope.kind, name: r.name })),
        period: r.period ? say.period(r.period) : r.periodKey,
        amount: say.money(r.amountCents, currency),
        acked: r.ackedAt ? 'yes' : 'no',
        when: r.ackedAt ? slackTime(r.ackedAt) : '',
        told: r.told,
        hasReason: r.toldError ? 'yes' : 'no',
        reason: r.toldError ? failureText(r.toldError, say) : '',
      }),
    ),
  ];
  return fitReply(lines[0]!, sections(lines), SLACK.fallbackText);
}
