import { type Period, parsePeriod } from '../../../domain/periods.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { ReportPace } from '../../../use-cases/team-pace.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { header, type Reply } from '../blocks.js';
import { truncateMrkdwn } from '../fit.js';
import { paged } from './manager-digest-view.js';

/** A blocker as typed is cut to this after escaping: the manager reads all of it in the check-in. */
const BLOCKER_MAX = 500;

function checkinLine(r: ReportPace, say: Speaker): string {
  const latest = r.latest;
  if (!latest) return say.t('atRisk.noCheckin');
  const round = parsePeriod(latest.roundKey);
  const period = round ? say.period(round) : latest.roundKey;
  const text = latest.blocker ? truncateMrkdwn(escapeMrkdwn(latest.blocker), BLOCKER_MAX) : null;
  if (latest.confidence !== null && text)
    return say.t('atRisk.checkinBoth', { period, count: latest.confidence, text });
  if (latest.confidence !== null)
    return say.t('atRisk.checkinConfidence', { period, count: latest.confidence });
  if (text) return say.t('atRisk.checkinBlocker', { period, text });
  return say.t('atRisk.noCheckin');
}

/**
 * The mid-week DM to a manager about the reports at risk for the month: the gap to the pace, the
 * pace now needed, and what they said in their last check-in. Only reports with a month target and
 * an at-risk pace are passed in.
 */
export function atRiskView(
  month: Period,
  currency: string,
  atRisk: readonly ReportPace[],
  say: Speaker,
): Reply[] {
  const money = (c: number) => say.money(c, currency);
  const intro = say.t('atRisk.intro', { count: atRisk.length });
  const entries = atRisk.flatMap((r) => {
    const m = r.month;
    if (!m) return [];
    const pace = m.pace;
    return [
      [
        say.t('atRisk.member', {
          member: r.memberId,
          actual: money(m.actual),
          target: money(m.target.amount),
          gap: money(r.monthGap),
        }),
        pace.workingDaysLeft > 0
          ? say.t('atRisk.perDay', {
              perDay: money(pace.neededPerDay),
              days: pace.workingDaysLeft,
              remaining: money(pace.remaining),
            })
          : say.t('atRisk.noDaysLeft', { remaining: money(pace.remaining) }),
        checkinLine(r, say),
      ].join('\n'),
    ];
  });
  return paged(
    header(say.t('atRisk.header', { period: say.period(month) })),
    intro,
    entries,
    say.t('atRisk.footer'),
  );
}
