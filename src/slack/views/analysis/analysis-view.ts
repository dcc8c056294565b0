import type { KnownBlock } from '@slack/types';
import type { Change, Gap, SliceLine } from '../../../domain/analysis/monthly-analysis.js';
import { parsePeriod } from '../../../domain/periods.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { Analysis, NamedSlice } from '../../../use-cases/analysis.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { header, type Reply } from '../blocks.js';
import { truncateMrkdwn } from '../fit.js';
import { paged } from '../jobs/manager-digest-view.js';

/** A blocker as typed is cut to this after escaping: the manager reads all of it in the check-in. */
const BLOCKER_MAX = 300;

const percentOf = (basisPoints: number) => Math.round(Math.abs(basisPoints) / 100);

function changeText(c: Change, money: (n: number) => string, say: Speaker): string {
  if (c.deltaCents === 0) return say.t('analysis.flat');
  const amount = money(Math.abs(c.deltaCents));
  if (c.basisPoints === null) return say.t('analysis.upFromNothing', { amount });
  const percent = percentOf(c.basisPoints);
  return say.t(c.deltaCents > 0 ? 'analysis.up' : 'analysis.down', { amount, percent });
}

function sliceText(s: NamedSlice, none: string, money: (n: number) => string, say: Speaker): string {
  const params = {
    name: s.name === null ? none : escapeMrkdwn(s.name),
    revenue: money(s.current.revenueCents),
    deals: s.current.deals,
    newCustomers: s.current.newCustomers,
    change: changeText(s.vsPrevious, money, say),
  };
  return s.target !== null && s.attainment !== null
    ? say.t('analysis.sliceTarget', { ...params, target: money(s.target), attainment: s.attainment / 100 })
    : say.t('analysis.slice', params);
}

function totalText(a: Analysis, money: (n: number) => string, say: Speaker): string {
  const t: SliceLine = a.total;
  const lines = [
    say.t('analysis.total', {
      revenue: money(t.current.revenueCents),
      deals: t.current.deals,
      newCustomers: t.current.newCustomers,
      existing: Math.max(0, t.current.deals - t.current.newCustomers),
    }),
  ];
  if (t.target !== null && t.attainment !== null) {
    const params = { attainment: t.attainment / 100, target: money(t.target) };
    lines.push(
      t.stretch !== null && t.stretch !== t.target
        ? say.t('analysis.attainmentStretch', { ...params, stretch: money(t.stretch) })
        : say.t('analysis.attainment', params),
    );
  } else lines.push(say.t('analysis.noTarget'));
  lines.push(
    say.t('analysis.against', {
      priorPeriod: say.period(a.previous),
      change: changeText(t.vsPrevious, money, say),
      yearAgo: say.period(a.lastYear),
      delta: changeText(t.vsLastYear, money, say),
    }),
  );
  return lines.join('\n');
}

function gapText(g: Gap, money: (n: number) => string, say: Speaker): string {
  const lines = [
    say.t('analysis.gap', {
      member: g.memberId,
      actual: money(g.actualCents),
      target: money(g.targetCents),
      gap: money(g.gapCents),
    }),
  ];
  for (const w of g.reasons) {
    const round = parsePeriod(w.roundKey);
    const period = round ? say.period(round) : w.roundKey;
    const text = w.blocker ? truncateMrkdwn(escapeMrkdwn(w.blocker), BLOCKER_MAX) : null;
    if (text && w.lowConfidence && w.confidence !== null)
      lines.push(say.t('analysis.reasonBoth', { period, count: w.confidence, text }));
    else if (text) lines.push(say.t('analysis.reasonBlocker', { period, text }));
    else if (w.confidence !== null)
      lines.push(say.t('analysis.reasonConfidence', { period, count: w.confidence }));
  }
  if (g.reasons.length === 0) lines.push(say.t('analysis.noReason'));
  return lines.join('\n');
}

/**
 * The analysis as messages: the total with its changes, by region and product line, the top movers
 * and (for admins and managers) the largest gaps with the check-in words. Long ones come in pages,
 * each within Slack's limits; `images` (chart blocks, when charts were rendered) go on the first.
 */
export function analysisView(
  a: Analysis,
  currency: string,
  say: Speaker,
  images: KnownBlock[] = [],
): Reply[] {
  const money = (c: number) => say.money(c, currency);
  const scope = [
    ...(a.audience.kind === 'manager' ? [say.t('analysis.scopeTeam')] : []),
    ...(a.filter.region !== null
      ? [say.t('analysis.scopeRegion', { name: escapeMrkdwn(a.filter.region) })]
      : []),
    ...(a.filter.product !== null
      ? [say.t('analysis.scopeProduct', { name: escapeMrkdwn(a.filter.product) })]
      : []),
  ];
  const nothing =
    a.total.current.deals + a.total.previous.deals + a.total.lastYear.deals === 0 && a.total.target === null;
  const summary = [
    ...scope,
    nothing ? say.t('analysis.nothing', { period: say.period(a.period) }) : totalText(a, money, say),
  ].join('\n');
  const entries: string[] = [];
  if (!nothing) {
    if (a.regions.length > 0)
      entries.push(
        [
          say.t('analysis.byRegion'),
          ...a.regions.map((s) => sliceText(s, say.t('analysis.noRegion'), money, say)),
        ].join('\n'),
      );
    if (a.products.length > 0)
      entries.push(
        [
          say.t('analysis.byProduct'),
          ...a.products.map((s) => sliceText(s, say.t('analysis.noProduct'), money, say)),
        ].join('\n'),
      );
    const { rises, falls } = a.movers;
    entries.push(
      [
        say.t('analysis.movers', { priorPeriod: say.period(a.previous) }),
        ...rises.map((m) =>
          say.t('analysis.rise', {
            member: m.memberId,
            amount: money(m.deltaCents),
            revenue: money(m.currentCents),
          }),
        ),
        ...falls.map((m) =>
          say.t('analysis.fall', {
            member: m.memberId,
            amount: money(-m.deltaCents),
            revenue: money(m.currentCents),
          }),
        ),
        ...(rises.length + falls.length === 0 ? [say.t('analysis.noMovers')] : []),
      ].join('\n'),
    );
    if (a.gaps !== null)
      entries.push(
        [
          say.t('analysis.gaps'),
          ...(a.gaps.length === 0 ? [say.t('analysis.noGaps')] : a.gaps.map((g) => gapText(g, money, say))),
        ].join('\n'),
      );
  }
  const pages = paged(
    header(say.t('analysis.header', { period: say.period(a.period) })),
    summary,
    entries,
    say.t('analysis.footer'),
  );
  if (images.length === 0 || !pages[0]?.blocks) return pages;
  // Images go right under the header; a page full of text leaves its last blocks for them.
  const [head, ...rest] = pages[0].blocks;
  const room = Math.max(0, 50 - pages[0].blocks.length);
  pages[0] = { ...pages[0], blocks: [head!, ...images.slice(0, room), ...rest] };
  return pages;
}
