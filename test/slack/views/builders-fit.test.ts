import type { View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AWARDS } from '../../../src/domain/awards.js';
import type { CheckinDigest } from '../../../src/domain/checkins/digest.js';
import type { CheckinQuestion } from '../../../src/domain/checkins/questions.js';
import type { Deal } from '../../../src/domain/entities/deal.js';
import { parsePeriod } from '../../../src/domain/periods.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { awardsView, rulesView } from '../../../src/slack/views/awards/award-views.js';
import {
  context,
  fitReply,
  header,
  type Reply,
  section,
  sections,
  textReply,
} from '../../../src/slack/views/blocks.js';
import {
  answersText,
  checkinDm,
  checkinModal,
  digestView,
  feedbackModal,
  feedbackPromptView,
} from '../../../src/slack/views/checkins/checkin-views.js';
import { dealModal } from '../../../src/slack/views/deals/deal-modal.js';
import {
  dealCelebrationText,
  dealListView,
  dealLoggedView,
} from '../../../src/slack/views/deals/deal-views.js';
import { blockTextLength } from '../../../src/slack/views/fit.js';
import { helpView } from '../../../src/slack/views/help-view.js';
import { weeklyReminderDm, weeklyReminderView } from '../../../src/slack/views/jobs/weekly-reminder-view.js';
import { leaderboardView } from '../../../src/slack/views/leaderboard/leaderboard-view.js';
import { settingsView } from '../../../src/slack/views/settings-view.js';
import { progressLine, progressView } from '../../../src/slack/views/targets/target-views.js';
import { validateMessage, validateView } from '../../../src/slack-api-stand-in/index.js';
import type { Leaderboard, LeaderboardRow } from '../../../src/use-cases/leaderboard.js';
import type { Progress } from '../../../src/use-cases/targets.js';

// The converted builders are checked in every language: Chinese is shorter in characters but not
// always in UTF-16 units once amounts and mentions are in.
const translator = createTranslator();
const SPEAKERS = [translator.speaker('en'), translator.speaker('zh-CN')];

// Worst cases a person can type, each at the longest a form or command lets through.
const AMP_LT = '&<'.repeat(1_500); // 3,000 characters, escapes to 13,500
/** The first `n` code points: test data is valid text, as anything Slack sends is. */
const take = (text: string, n: number) => [...text].slice(0, n).join('');
const HERE = take('<!here>'.repeat(30), 200);
const LINK = '<https://evil.example|click here> <!channel> ';
const CJK = take('𠮷野家の売上目標'.repeat(40), 200);
const EMOJI = '👨‍👩‍👧‍👦🇯🇵🚀'.repeat(40);
const NAMES = [HERE, take(LINK.repeat(6), 200), CJK, take(EMOJI, 200), '&'.repeat(200)];
const name = (i: number) => NAMES[i % NAMES.length]!;

/** Slack refuses past about 12,000 characters of block text (msg_blocks_too_long). */
const SLACK_BLOCK_TEXT = 12_000;

const RAW_USER_MARKUP = /<!here>|<!channel>|<https:\/\/evil/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every text Slack parses as mrkdwn: the message text and each mrkdwn object (plain_text is shown as is). */
function mrkdwnTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) mrkdwnTexts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    for (const v of Object.values(o)) mrkdwnTexts(v, out);
  }
  return out;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

function expectSafe(value: Reply | View, texts: string[]): void {
  for (const text of texts) expect(text).not.toMatch(RAW_USER_MARKUP);
  for (const s of allStrings(value)) expect(s).not.toMatch(LONE_SURROGATE);
}

function expectMessageFits(reply: Reply): void {
  expect(validateMessage({ channel: 'C1', ...reply })).toBeNull();
  expect(blockTextLength(reply.blocks ?? [])).toBeLessThanOrEqual(SLACK_BLOCK_TEXT);
  expectSafe(reply, [reply.text, ...mrkdwnTexts(reply.blocks ?? [])]);
}

function expectModalFits(view: View): void {
  expect(validateView(view, 'modal')).toBeNull();
  expectSafe(view, mrkdwnTexts(view.blocks));
}

const month = parsePeriod('2026-11')!;
const week = parsePeriod('2026-W48')!;

function progress(note: string): Progress {
  return {
    actual: 123_456_789,
    reasoning: note,
    target: {
      period: month,
      amount: 999_999_999_999,
      stretch: 1_000_000_000_000,
      source: 'implied',
      derivedFrom: '2026',
      // The longest kind of explanation: a roll-up of every week of the year, set explicitly.
      explanation: {
        kind: 'rollUp',
        period: parsePeriod('2026')!,
        inside: Array.from({ length: 53 }, (_, i) => ({
          period: parsePeriod(`2026-W${String(i + 1).padStart(2, '0')}`)!,
          amount: 999_999_999_999,
        })),
      },
      conflicts: [{ periodKey: '2026-Q4', explicitChildren: 5, amount: 4, kind: 'over', level: 'base' }],
      notes: [
        { periodKey: '2026', code: 'seasonal.noSales', splitPeriodKey: '2026', lastYear: 2025 },
        { periodKey: '2026-Q4', code: 'seasonal.noSales', splitPeriodKey: '2026-Q4', lastYear: 2025 },
      ],
    },
    pace: {
      status: 'behind',
      percentOfTargetBp: 1234,
      percentOfStretchBp: 1000,
      remaining: 876_543_210_000,
      expectedToDate: 1,
      workingDaysLeft: 12,
      neededPerDay: 73_045_267_500,
      atRisk: true,
    },
  } as Progress;
}

function deal(i: number): Deal {
  return {
    id: i + 1,
    memberId: `U${String(i).padStart(8, '0')}`,
    customerId: i,
    customerName: name(i),
    amountCents: 99_999_999_999_900,
    currency: 'USD',
    closedOn: '2026-11-25',
    productId: 1,
    regionId: 1,
    note: AMP_LT.slice(0, 2_000),
    loggedBy: 'UADMIN',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    deletedBy: null,
    isNewCustomer: i % 2 === 0,
    externalId: null,
    source: 'slack',
  };
}

const labels = (i: number) => ({ currency: 'USD', productName: name(i + 1), regionName: name(i + 2) });

const questions: CheckinQuestion[] = [
  ...Array.from({ length: 9 }, (_, i) => ({
    id: `q${i + 1}`,
    label: take(name(i), 150),
    kind: 'text' as const,
    optional: true,
    ...(i === 1 ? { flag: 'blocker' as const } : {}),
  })),
  { id: 'q10', label: take(CJK, 150), kind: 'scale', optional: false, flag: 'confidence' },
];
const answers = Object.fromEntries(
  questions.map((q, i) => [q.id, q.kind === 'scale' ? 1 : i % 2 ? AMP_LT : take(EMOJI, 3_000)]),
);
const member = (i: number) => `U${String(i).padStart(8, '0')}`;

describe('every builder fits Slack after escaping, whatever people typed', () => {
  it('blocks: section, sections, header, context, fitReply, textReply', () => {
    const escapedLong = '&amp;lt;'.repeat(3_000);
    expectMessageFits({
      text: 'x',
      blocks: [section(escapedLong), header(HERE.repeat(3)), context(escapedLong)],
    });
    expectMessageFits({ text: 'x', blocks: sections(escapedLong).slice(0, 4) });
    expectMessageFits(fitReply(escapedLong.repeat(3), sections(escapedLong)));
    expectMessageFits(textReply(escapedLong));
  });

  it('digestView: 50 reports with 10 answers of 3,000 characters each, in at most ten pages, cut evenly and saying so', () => {
    const digest: CheckinDigest = {
      managerId: 'UMANAGER',
      answered: Array.from({ length: 50 }, (_, i) => ({
        memberId: member(i),
        answers,
        questions,
        flags: [
          { kind: 'blocker', questionId: 'q2', value: AMP_LT },
          { kind: 'confidence', questionId: 'q10', value: 1 },
        ],
      })),
      notAnswered: Array.from({ length: 2_000 }, (_, i) => member(i + 100)),
      flaggedCount: 50,
    };
    const pages = digestView(SPEAKERS[0]!, parsePeriod('2026-W48')!, digest);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(10);
    for (const [i, page] of pages.entries()) {
      expectMessageFits(page);
      expect(page.text).toContain(`(${i + 1}/${pages.length})`);
      expect(page.text.length).toBeLessThanOrEqual(3_000);
    }
    const last = pages.at(-1)!;
    expect(last.text).toMatch(
      /Not answered: .* and \d+ more\. Long answers are cut here to fit ten messages\./,
    );
    // Every member is still there, with their flags.
    const all = pages.flatMap((p) => mrkdwnTexts(p.blocks)).join('');
    for (let i = 0; i < 50; i++) expect(all).toContain(`<@${member(i)}> — :construction: blocker`);
  });

  it('digestView: long answers that fit ten messages arrive whole, spread over pages', () => {
    const two = { q2: AMP_LT, q4: AMP_LT };
    const digest: CheckinDigest = {
      managerId: 'UMANAGER',
      answered: [0, 1].map((i) => ({ memberId: member(i), answers: two, questions, flags: [] })),
      notAnswered: [],
      flaggedCount: 0,
    };
    const pages = digestView(SPEAKERS[0]!, parsePeriod('2026-W48')!, digest);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expectMessageFits(page);
    const sectionsText = pages
      .flatMap((p) => p.blocks ?? [])
      .filter((b) => b.type === 'section')
      .map((b) => mrkdwnTexts(b).join(''))
      .join('');
    expect(sectionsText).not.toContain('…');
    expect(sectionsText.split('&amp;&lt;').length - 1).toBe(2 * 2 * 1_500);
  });

  it('digestView: a short digest is one message without a page marker', () => {
    const [only, ...rest] = digestView(SPEAKERS[0]!, parsePeriod('2026-W48')!, {
      managerId: 'UM',
      answered: [{ memberId: 'U1', answers: { week: 'Fine' }, questions: questions.slice(0, 1), flags: [] }],
      notAnswered: [],
      flaggedCount: 0,
    });
    expect(rest).toHaveLength(0);
    expect(only?.text).not.toMatch(/\(1\/1\)/);
  });

  it.each(SPEAKERS)('checkinDm, answersText, checkinModal, feedbackPromptView, feedbackModal (%s)', (say) => {
    const week = parsePeriod('2026-W48')!;
    const summary = {
      deals: 999_999,
      revenueCents: 1_000_000_000_000_00,
      currency: 'USD',
      weekPercent: 99_999,
      monthPercent: 99_999,
    };
    for (const open of [true, false]) {
      expectMessageFits(
        checkinDm(say, { period: week, roundKey: '2026-W48', summary, questions, answers, open }),
      );
    }
    expect(answersText(say, questions, answers, 100)).toContain('&amp;&lt;…');
    expectModalFits(checkinModal(say, questions, '2026-W48', answers));
    const reports = Array.from({ length: 300 }, (_, i) => ({
      memberId: member(i),
      soFar: { deals: 999_999, revenueCents: 1_000_000_000_000_00, currency: 'USD', percent: 99_999 },
      value: `${member(i)}|2026-11`,
    }));
    const prompt = feedbackPromptView(say, parsePeriod('2026-11')!, reports);
    expectMessageFits(prompt);
    expect(JSON.stringify(prompt.blocks)).toMatch(/255 more reports|还有 255 位下属/);
    expectModalFits(feedbackModal(say, `${HERE}${EMOJI}`, `${member(1)}|2026-11`));
  });

  it('dealModal, dealLoggedView, dealListView, dealCelebrationText', () => {
    const entries = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, name: name(i) }));
    for (const say of SPEAKERS)
      expectModalFits(
        dealModal(
          {
            today: '2026-11-25',
            products: entries,
            regions: entries,
            canLogForOthers: true,
            metadata: { channelId: 'C1', dealId: 1 },
            prefill: {
              amount: '1',
              customerName: name(0),
              customer: name(0),
              productId: 150,
              regionId: 1,
              closedOn: '2026-11-25',
              note: AMP_LT.slice(0, 2_000),
              ownerId: 'U1',
            } as never,
          },
          say,
        ),
      );
    for (const say of SPEAKERS) {
      expectMessageFits(dealLoggedView(deal(0), labels(0), 'UOTHER', 'November: `██░░` · $1 to go', say));
      const deals = Array.from({ length: 10 }, (_, i) => deal(i));
      expectMessageFits(dealListView(deals, (d) => labels(d.id), say, 'U1'));
      const celebration = dealCelebrationText(deal(1), 'USD', say);
      expectMessageFits({ text: celebration });
    }
  });

  it('progressLine and progressView (a /target header with a region named <!here>)', () => {
    const p = progress(AMP_LT);
    for (const say of SPEAKERS) {
      expect(progressLine('This month', p, 'USD', say)).not.toMatch(RAW_USER_MARKUP);
      const rows = ['This week', 'This month', 'This quarter', 'This year'].map((title) => ({
        title,
        progress: p,
      }));
      const view = progressView(`Targets for region ${HERE}`, rows, 'USD', say, Array(12).fill(AMP_LT));
      expectMessageFits(view);
    }
  });

  it('weeklyReminderView and weeklyReminderDm with 100 regions and 100 product lines', () => {
    const p = progress('even split');
    const slices = Array.from({ length: 100 }, (_, i) => ({ name: name(i), progress: p }));
    for (const say of SPEAKERS) {
      const view = weeklyReminderView(
        {
          week,
          currency: 'USD',
          thisWeek: p,
          lastWeek: { period: week, progress: p },
          month: { period: month, progress: p },
          quarter: { period: month, progress: p },
          regions: slices,
          products: slices,
        },
        say,
      );
      expectMessageFits(view);
      expect(view.text).toMatch(say.locale === 'en' ? /and \d+ more/ : /还有 \d+ 项/);
      expectMessageFits(weeklyReminderDm(week, 'USD', p, p, p, say));
    }
  });

  it('leaderboardView: a public board filtered by a region named <!here>, 2,000 members without a target', () => {
    const ranked = Array.from({ length: 2_000 }, (_, i) => ({
      memberId: member(i),
      name: name(i),
      num: 2_000 - i,
      den: 1,
      rank: i + 1,
      target: 1,
      totals: { memberId: member(i), revenueCents: 1, deals: 1, newCustomers: 1 },
    })) as LeaderboardRow[];
    const board: Leaderboard = {
      query: { period: month, metric: 'attainment' },
      ranked,
      noTarget: ranked.map((r) => ({ memberId: r.memberId, name: r.name, totals: r.totals })),
      team: { revenueCents: 1, deals: 2_000, newCustomers: 2_000 },
    };
    for (const say of SPEAKERS) {
      const view = leaderboardView(board, 'USD', member(1_500), say, Array(12).fill(AMP_LT), HERE);
      expectMessageFits(view);
      expect(view.text).toContain('&lt;!here&gt;');
    }
  });

  it('awardsView (50 past awards, Stretch Club of 2,000) and rulesView', () => {
    const winners = Array.from({ length: 2_000 }, (_, i) => ({
      memberId: member(i),
      figureText: '100% of $1',
    }));
    for (const say of [translator.speaker('en'), translator.speaker('zh-CN')]) {
      const lines = Array.from({ length: 50 }, (_, i) => ({
        rule: DEFAULT_AWARDS[i % DEFAULT_AWARDS.length]!,
        title: say.t('award.ofPeriod', { name: 'Stretch Club', period: say.period(parsePeriod('2026-11')!) }),
        winners,
        noWinnerReason: null,
        note: say.t('award.changedAfter', { count: 3 }),
      }));
      const view = awardsView('Past awards', lines, 'went', 'USD', say, 'footer');
      expectMessageFits(view);
      expect(JSON.stringify(view.blocks)).toMatch(/more not shown|and \d+ more|还有/);
      expectMessageFits(rulesView([...DEFAULT_AWARDS], say));
    }
  });

  it('settingsView with 100 regions and product lines named to ping or link', () => {
    const names = Array.from({ length: 100 }, (_, i) => name(i));
    for (const say of SPEAKERS) {
      const view = settingsView(
        {
          announceChannel: 'C1',
          timezone: 'Asia/Tokyo',
          currency: 'JPY',
          workingWeekdays: [7, 1, 2, 3, 4],
          admins: Array.from({ length: 500 }, (_, i) => member(i)),
          regions: names,
          products: names,
          schedules: [{ job: 'awards', schedule: { kind: 'daily', time: '09:00' }, description: 'x' }],
        },
        say,
      );
      expectMessageFits(view);
      expect(view.text).toContain('&lt;!here&gt;');
    }
  });

  it('helpView with every command listed twice over', () => {
    const entries = Array.from({ length: 60 }, (_, i) => ({
      usage: `/cmd${i} ${'<arg> '.repeat(20)}`,
      example: `/cmd${i} x`,
      descriptionKey: 'help.pacer.unusual' as const, // the longest description
      adminOnly: i % 2 === 0,
    }));
    for (const say of SPEAKERS) expectMessageFits(helpView(entries, false, say));
  });
});

// A builder added later without a case here should fail loudly.
it('the list above names every builder the views export', async () => {
  const modules = await Promise.all([
    import('../../../src/slack/views/awards/award-views.js'),
    import('../../../src/slack/views/checkins/checkin-views.js'),
    import('../../../src/slack/views/deals/deal-modal.js'),
    import('../../../src/slack/views/deals/deal-views.js'),
    import('../../../src/slack/views/help-view.js'),
    import('../../../src/slack/views/jobs/weekly-reminder-view.js'),
    import('../../../src/slack/views/leaderboard/leaderboard-view.js'),
    import('../../../src/slack/views/settings-view.js'),
    import('../../../src/slack/views/targets/target-views.js'),
  ]);
  const exported = modules.flatMap((m) =>
    Object.entries(m)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k),
  );
  const covered = new Set([
    'awardsView',
    'rulesView',
    // Words inside the award views, and the winner's DM: test/slack/views/awards/award-views.test.ts.
    'awardName',
    'ruleText',
    'figureText',
    'winnerDm',
    'answerLines',
    'answersText',
    'checkinDm',
    'checkinModal',
    'digestView',
    'feedbackPromptView',
    'feedbackModal',
    'dealModal',
    'dealLoggedView',
    'dealListView',
    'dealCelebrationText',
    'helpView',
    'weekdaysText',
    'weeklyReminderView',
    'weeklyReminderDm',
    'leaderboardView',
    'settingsView',
    'progressLine',
    'progressView',
    // Pieces of the builders above (a word and a status), exercised through them.
    'loggedWho',
    'statusText',
    // Check-in pieces, tested in both languages in checkin-views.test.ts.
    'questionLabel',
    'answerProblemText',
    'weekSummaryText',
    'feedbackDm',
  ]);
  expect(exported.filter((e) => !covered.has(e))).toEqual([]);
});
