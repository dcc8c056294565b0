import type { KnownBlock } from '@slack/types';
import { type Period, parsePeriod } from '../../../domain/periods.js';
import type { PaceBand } from '../../../domain/targets/pace-band.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { HomeData } from '../../../use-cases/home.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, divider, header, section, sections } from '../blocks.js';
import { approvalBlocks, pendingViewOf, waitingLines } from '../deals/fair-play-views.js';
import { fitBlocks, listWithMore, plainText, SLACK, truncateMrkdwn, truncatePlain } from '../fit.js';
import { progressLine } from '../targets/target-views.js';

/** A customer's name in a deal line is cut to this after escaping. */
const CUSTOMER_MAX = 120;
/** A blocker as typed is cut to this after escaping: the manager opens the check-in for all of it. */
const BLOCKER_MAX = 300;
/** Room for the list of reports who have not answered. */
const MEMBERS_MAX = 2_000;
/** The manager's table and the flags get at most this many sections each. */
const TABLE_SECTIONS_MAX = 8;
/** Deals waiting for the viewer's approval listed with buttons on App Home; the rest are counted. */
const HOME_APPROVALS_MAX = 5;
/** The view's text stays well under views.publish's size limit, whatever the team's size. */
const VIEW_TEXT_BUDGET = 60_000;

const BAND_KEY: Record<PaceBand, MessageKey> = {
  ahead: 'home.bandAhead',
  'on track': 'home.bandOnTrack',
  behind: 'home.bandBehind',
  'at risk': 'home.bandAtRisk',
};

export function bandText(band: PaceBand, say: Speaker): string {
  return say.t(BAND_KEY[band]);
}

/** The member's month chart, uploaded to Slack (ImageUploader): the file's id and what it shows. */
export interface HomeChart {
  fileId: string;
  altText: string;
}

export interface HomeViewInput {
  data: HomeData;
  /** The viewer's own commission line (`commissionLine`), or null without a plan. Never anyone else's. */
  ownCommission: string | null;
  /** The member's month chart, when one is uploaded and shows today's figures. */
  chart?: HomeChart | null;
  /** Their weekly trend (the last weeks against each week's target), shown under the month chart. */
  trend?: HomeChart | null;
}

const button = (text: string, actionId: string, value?: string, primary = false) => ({
  type: 'button' as const,
  text: plainText(text, SLACK.buttonText),
  action_id: actionId,
  ...(value !== undefined ? { value } : {}),
  ...(primary ? { style: 'primary' as const } : {}),
});

const PERIOD_KEYS: Record<'week' | 'month' | 'quarter' | 'year', MessageKey> = {
  week: 'home.week',
  month: 'home.month',
  quarter: 'home.quarter',
  year: 'home.year',
};

function periodTitle(period: Period, say: Speaker): string {
  return say.t(PERIOD_KEYS[period.kind as keyof typeof PERIOD_KEYS], { period: say.period(period) });
}

/** The member's own part: their periods, rank, deals, kudos, check-in, commission and buttons. */
function ownBlocks({ data, ownCommission, chart, trend }: HomeViewInput, say: Speaker): KnownBlock[] {
  const money = (c: number) => say.money(c, data.currency);
  const blocks: KnownBlock[] = [header(say.t('home.header'))];
  const lines = data.periods.map(({ period, progress, actual }) => {
    const title = periodTitle(period, say);
    return progress
      ? progressLine(title, progress, data.currency, say)
      : say.t('home.noTarget', { title, actual: money(actual) });
  });
  blocks.push(...sections(lines));
  // The month's cumulative revenue against target and stretch under the period lines, then the
  // weekly trend.
  for (const image of [chart, trend]) {
    if (!image) continue;
    blocks.push({
      type: 'image',
      slack_file: { id: image.fileId },
      alt_text: truncatePlain(image.altText, 2_000),
    });
  }
  const facts = [
    data.rank ? say.t('home.rank', { rank: data.rank.rank, count: data.rank.of }) : say.t('home.rankNone'),
    say.t('home.kudosLeft', { count: data.kudos.left, limit: data.kudos.limit }),
  ];
  if (data.checkin) {
    facts.push(
      say.t('home.checkin', {
        period: checkinPeriod(data.checkin.roundKey, say),
        state: data.checkin.state,
      }),
    );
  }
  blocks.push(context(...facts));
  if (ownCommission) blocks.push(section(`${say.t('home.commissionTitle')}\n${ownCommission}`));
  const actions = [
    button(say.t('home.logDeal'), ACTIONS.homeLogDeal, undefined, true),
    ...(data.checkin ? [button(say.t('home.startCheckin'), ACTIONS.homeCheckinStart)] : []),
    button(say.t('home.leaderboard'), ACTIONS.homeLeaderboard),
  ];
  blocks.push({ type: 'actions', block_id: 'home-actions', elements: actions });
  blocks.push(divider(), section(say.t('home.recentTitle')));
  if (data.recentDeals.length === 0) blocks.push(section(say.t('home.noDeals')));
  for (const deal of data.recentDeals) {
    blocks.push({
      type: 'section',
      block_id: `home-deal-${deal.id}`,
      text: {
        type: 'mrkdwn',
        text: say.t('home.dealLine', {
          date: say.date(deal.closedOn),
          customer: truncateMrkdwn(escapeMrkdwn(deal.customerName), CUSTOMER_MAX),
          amount: say.money(deal.amountCents, deal.currency),
        }),
      },
      // The same Edit action as `/deal list`: one modal, one permission check.
      accessory: button(say.t('home.edit'), ACTIONS.dealEdit, String(deal.id)),
    });
  }
  if (data.waiting.count > 0) {
    const rows = data.waiting.listed.map((w) => ({
      view: pendingViewOf(w.pending, data.currency),
      waiting: w,
    }));
    blocks.push(...sections(waitingLines(say, rows, data.memberId, data.waiting.count)));
  }
  return blocks;
}

/** Deals waiting for the viewer's approval, each with Approve / Reject: the DM's buttons, acting alike. */
function approvalsBlocks(data: HomeData, say: Speaker): KnownBlock[] {
  const approvals = data.approvals;
  if (!approvals || approvals.count === 0) return [];
  const rows = approvals.listed
    .slice(0, HOME_APPROVALS_MAX)
    .map((w) => ({ view: pendingViewOf(w.pending, data.currency), waiting: w }));
  return [divider(), ...approvalBlocks(say, rows, approvals.count)];
}

function checkinPeriod(roundKey: string, say: Speaker): string {
  const period = parsePeriod(roundKey);
  return period ? say.period(period) : roundKey;
}

/** A manager's reports: the pace table, who has not answered, and the flags of the latest check-ins. */
function managerBlocks(data: HomeData, say: Speaker): KnownBlock[] {
  const manager = data.manager!;
  const money = (c: number) => say.money(c, data.currency);
  const blocks: KnownBlock[] = [divider(), section(say.t('home.teamTitle'))];
  if (manager.reports.length === 0) return [...blocks, section(say.t('home.noReports'))];
  const rows = manager.reports.map((r) =>
    r.month && r.band
      ? say.t('home.reportLine', {
          status: bandText(r.band, say),
          member: r.memberId,
          actual: money(r.month.actual),
          target: money(r.month.target.amount),
          percent: Math.floor(r.month.pace.percentOfTargetBp / 100),
        })
      : say.t('home.reportNoTarget', {
          member: r.memberId,
          actual: money(r.monthActual),
        }),
  );
  blocks.push(...sections(rows).slice(0, TABLE_SECTIONS_MAX));
  blocks.push(
    section(
      manager.notAnswered.length
        ? say.t('home.notAnswered', {
            members: listWithMore(
              manager.notAnswered.map((id) => `<@${id}>`),
              MEMBERS_MAX,
            ),
          })
        : say.t('home.allAnswered'),
    ),
  );
  const flags = manager.reports.flatMap((r) => {
    const out: string[] = [];
    if (r.latest?.blocker) {
      out.push(
        say.t('home.flagBlocker', {
          member: r.memberId,
          text: truncateMrkdwn(escapeMrkdwn(r.latest.blocker), BLOCKER_MAX),
        }),
      );
    }
    if (r.latest?.lowConfidence && r.latest.confidence !== null) {
      out.push(say.t('home.flagConfidence', { member: r.memberId, count: r.latest.confidence }));
    }
    return out;
  });
  blocks.push(section(say.t('home.flagsTitle')));
  blocks.push(
    ...(flags.length ? sections(flags).slice(0, TABLE_SECTIONS_MAX) : [section(say.t('home.noFlags'))]),
  );
  return blocks;
}

/** An admin's first-run checklist, each step with its button, and the settings at a glance. */
function adminBlocks(data: HomeData, say: Speaker): KnownBlock[] {
  const { checklist, settings } = data.admin!;
  const step = (text: string, actionId: string, label: string, blockId: string): KnownBlock => ({
    type: 'section',
    block_id: blockId,
    text: { type: 'mrkdwn', text },
    accessory: button(label, actionId),
  });
  return [
    divider(),
    section(say.t('home.setupTitle')),
    step(
      checklist.announceChannel
        ? say.t('home.stepChannelDone', { channel: checklist.announceChannel })
        : say.t('home.stepChannel'),
      ACTIONS.homeSetupChannel,
      say.t('home.pickChannel'),
      'home-setup-channel',
    ),
    step(
      checklist.timezone.set
        ? say.t('home.stepTimezoneDone', { timezone: checklist.timezone.value })
        : say.t('home.stepTimezone', { timezone: checklist.timezone.value }),
      ACTIONS.homeSetupTimezone,
      say.t('home.setTimezone'),
      'home-setup-timezone',
    ),
    step(
      checklist.members > 0
        ? say.t('home.stepMembersDone', { count: checklist.members })
        : say.t('home.stepMembers'),
      ACTIONS.homeSetupMembers,
      say.t('home.addMembers'),
      'home-setup-members',
    ),
    step(
      checklist.firstTarget ? say.t('home.stepTargetDone') : say.t('home.stepTarget'),
      ACTIONS.homeSetupTarget,
      say.t('home.setTarget'),
      'home-setup-target',
    ),
    section(
      `${say.t('home.settingsTitle')}\n${say.t('home.settings', {
        timezone: settings.timezone,
        currency: settings.currency,
        regions: settings.regions,
        products: settings.products,
        count: settings.kudosLimit,
      })}`,
    ),
  ];
}

/** The Home tab for one member, in their language, within Slack's 100 blocks whatever the team's size. */
export function homeView(input: HomeViewInput, say: Speaker) {
  const blocks = [
    ...ownBlocks(input, say),
    ...approvalsBlocks(input.data, say),
    ...(input.data.manager ? managerBlocks(input.data, say) : []),
    ...(input.data.admin ? adminBlocks(input.data, say) : []),
  ];
  return { type: 'home' as const, blocks: fitBlocks(blocks, SLACK.viewBlocks, VIEW_TEXT_BUDGET) };
}
