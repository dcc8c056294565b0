import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../src/domain/entities/deal.js';
import { parsePeriod, periodOf } from '../../../src/domain/periods.js';
import { pace } from '../../../src/domain/targets/pace.js';
import { paceBand } from '../../../src/domain/targets/pace-band.js';
import { dailyShares } from '../../../src/domain/targets/resolve.js';
import { LOCALES } from '../../../src/i18n/locale.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { validateMessage, validateView } from '../../../src/slack/block-kit-limits.js';
import { homeView } from '../../../src/slack/views/home/home-view.js';
import { atRiskView } from '../../../src/slack/views/jobs/at-risk-view.js';
import { managerDigestView } from '../../../src/slack/views/jobs/manager-digest-view.js';
import type { HomeData } from '../../../src/use-cases/home.js';
import type { Progress } from '../../../src/use-cases/targets.js';
import type { ReportPace } from '../../../src/use-cases/team-pace.js';
import type { WaitingDeal } from '../../../src/use-cases/waiting-deals.js';

const MAX = 1_000_000_000_000_00;
const TODAY = '2026-11-25';
const translator = createTranslator();

/** A period's progress far behind, with the largest amounts Pacer stores. */
function progress(key: string, actual = 1): Progress {
  const period = parsePeriod(key)!;
  const shares = dailyShares([{ periodKey: key, amount: MAX, stretch: MAX }], period);
  const p = pace({
    target: MAX,
    stretch: MAX,
    actual,
    shares,
    today: TODAY,
    periodStart: period.start,
    periodEnd: period.end,
  });
  return {
    target: {
      period,
      amount: MAX,
      stretch: MAX,
      source: 'explicit',
      derivedFrom: key,
      explanation: { kind: 'explicit' },
      conflicts: [],
      notes: [],
    },
    actual,
    pace: p,
    reasoning: '&'.repeat(400),
  };
}

const hostile = '&<>'.repeat(70); // typed by a person: escaped, then cut
const deal = (id: number): Deal => ({
  id,
  memberId: 'UREP',
  customerId: id,
  customerName: `${hostile}${id}`.slice(0, 200),
  amountCents: MAX,
  currency: 'USD',
  closedOn: '2026-11-24',
  productId: null,
  regionId: null,
  note: null,
  loggedBy: 'UREP',
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  deletedBy: null,
  isNewCustomer: true,
  externalId: null,
  source: 'slack',
});

function report(i: number): ReportPace {
  const month = progress('2026-11');
  return {
    memberId: `W0123456789ABC${String(i).padStart(3, '0')}`,
    week: progress('2026-W48'),
    lastWeek: progress('2026-W47'),
    month,
    monthActual: month.actual,
    band: paceBand(month.pace),
    monthGap: MAX,
    latest: { roundKey: '2026-W48', confidence: 1, lowConfidence: true, blocker: hostile.repeat(20) },
  };
}

/** A deal that waits, with the largest amount and a hostile customer name. */
const waitingDeal = (id: number, kind: 'confirm' | 'approval'): WaitingDeal => ({
  pending: {
    id,
    kind,
    memberId: 'UREP',
    loggedBy: 'W0123456789ABCDEF',
    amountCents: MAX,
    input: { customerName: `${hostile}${id}`.slice(0, 200), closedOn: '2026-11-24' },
    reason: null,
    createdAt: '2026-11-24T12:00:00.000Z',
    decidedAt: null,
    decision: null,
    decidedBy: null,
    dealId: null,
    externalId: null,
    editOf: id % 2 === 0 ? id : null,
  },
  kind,
  waitingFor: Array.from({ length: 20 }, () => 'W0123456789ABCDEF'),
  since: { date: '2026-11-24', time: '23:59' },
});
const WAITING = Array.from({ length: 10 }, (_, i) => waitingDeal(i + 1, i % 2 ? 'confirm' : 'approval'));

const REPORTS = Array.from({ length: 400 }, (_, i) => report(i));

function worstHome(): HomeData {
  return {
    memberId: 'UREP',
    roles: { manager: true, admin: true },
    today: TODAY,
    currency: 'USD',
    periods: (['week', 'month', 'quarter', 'year'] as const).map((kind) => {
      const period = periodOf(kind, TODAY);
      return { period, progress: progress(period.key), actual: 1 };
    }),
    rank: { rank: 2_000, of: 2_000 },
    recentDeals: [1, 2, 3, 4, 5].map(deal),
    waiting: { listed: WAITING, count: 999_999 },
    approvals: { listed: WAITING.map((w) => ({ ...w, kind: 'approval' as const })), count: 999_999 },
    kudos: { left: 0, limit: 999 },
    checkin: { roundKey: '2026-W48', state: 'missed' },
    manager: { reports: REPORTS, notAnswered: REPORTS.map((r) => r.memberId) },
    admin: {
      checklist: {
        announceChannel: 'C0123456789ABCDEF',
        timezone: { value: 'America/Argentina/ComodRivadavia', set: false },
        members: 2_000,
        firstTarget: false,
      },
      settings: {
        timezone: 'America/Argentina/ComodRivadavia',
        currency: 'USD',
        announceChannel: null,
        regions: 999,
        products: 999,
        kudosLimit: 999,
      },
    },
  };
}

describe.each(LOCALES)('Home, digest and at-risk builders at their worst (%s)', (locale) => {
  const say = translator.speaker(locale);

  it('keep a Home tab with 400 reports, hostile names and the largest amounts within Slack’s limits', () => {
    const view = homeView({ data: worstHome(), ownCommission: 'x'.repeat(2_000) }, say);
    expect(validateView(view, 'home')).toBeNull();
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view);
    // Everything a person typed arrives escaped: no raw < or > from a customer name or blocker.
    expect(text).not.toContain('&<>');
    expect(text).toContain('&amp;&lt;&gt;');
  });

  it('page the manager digest and the at-risk alert for 400 reports, every page within a message’s limits', () => {
    const week = parsePeriod('2026-W48')!;
    for (const pages of [
      managerDigestView(week, 'USD', REPORTS, say),
      atRiskView(parsePeriod('2026-11')!, 'USD', REPORTS, say),
    ]) {
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(validateMessage({ channel: 'D1', ...page })).toBeNull();
      const all = JSON.stringify(pages);
      // Nothing about a report is left out: every one of them is on some page, none cut off.
      for (const r of REPORTS) expect(all).toContain(`<@${r.memberId}>`);
      expect(all).not.toContain('more not shown');
      expect(all).not.toContain('&<>');
      expect(JSON.stringify(pages[0])).toContain(`(1/${pages.length})`);
    }
  });
});

describe('Home tab content', () => {
  it('shows the chart slot only when a chart is given, with its alt text', () => {
    const say = translator.speaker('en');
    const data = { ...worstHome(), manager: null, admin: null };
    expect(homeView({ data, ownCommission: null }, say).blocks.some((b) => b.type === 'image')).toBe(false);
    const withChart = homeView(
      { data, ownCommission: null, chart: { fileId: 'F0000000001', altText: 'Revenue' } },
      say,
    );
    expect(withChart.blocks.find((b) => b.type === 'image')).toMatchObject({ alt_text: 'Revenue' });
  });
});
