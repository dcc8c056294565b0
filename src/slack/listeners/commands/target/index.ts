import type { AppDeps } from '../../../../app-deps.js';
import { type Period, type PeriodKind, parsePeriod, periodAt } from '../../../../domain/periods.js';
import { refuse, TargetRefused } from '../../../../domain/targets/target-problem.js';
import { parsePercent } from '../../../../domain/targets/target-set-args.js';
import { localDateAt } from '../../../../domain/time.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { targetAcks } from '../../../../use-cases/target-notices.js';
import {
  scopeName,
  setGrowthTarget,
  setTargetFromWords,
  targetOverview,
} from '../../../../use-cases/targets.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { announceTargets, tellTargetSet } from '../../../notifications/target-told.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { targetAcksReply } from '../../../views/targets/target-told-views.js';
import { progressView } from '../../../views/targets/target-views.js';
import { registerTargetActions } from '../../actions/target-actions.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { commissionLine } from '../leaderboard/commission-line.js';
import { type NamedScope, parseScope, whoText, you } from './target-args.js';
import { targetProblemText } from './target-problem-text.js';

export const help: HelpEntry[] = [
  {
    usage: '/target',
    example: '/target',
    descriptionKey: 'help.target.show',
  },
  {
    usage: '/target <team|@user|region:<name>|product:<name>> [period]',
    example: '/target region:North 2026-Q4',
    descriptionKey: 'help.target.scope',
  },
  {
    usage:
      '/target set <scope> <period> <amount> [stretch <amount>|stretch +N%] [split:seasonal] [announce] [note:<why>]',
    example: '/target set team 2026 12,000,000 stretch +40%',
    descriptionKey: 'help.target.set',
    adminOnly: true,
  },
  {
    usage: '/target growth <N>% [stretch <M>%] [for <year>] [scope]',
    example: '/target growth 30% stretch 40%',
    descriptionKey: 'help.target.growth',
    adminOnly: true,
  },
  {
    usage: '/target acks [region:<name>]',
    example: '/target acks region:North',
    descriptionKey: 'help.target.acks',
    adminOnly: true,
  },
];

const NOW_KINDS: PeriodKind[] = ['week', 'month', 'quarter', 'year'];

function today(deps: AppDeps) {
  const timezone = deps.settings.get(TIMEZONE);
  const at = deps.clock.now();
  return { timezone, at, today: localDateAt(at, timezone) };
}

function showProgress(deps: AppDeps, say: Speaker, named: NamedScope, periodWord: string | undefined) {
  const { timezone, at, today: date } = today(deps);
  const currency = deps.settings.get(CURRENCY);
  let periods: Period[];
  if (periodWord) {
    const period = parsePeriod(periodWord);
    if (!period) throw refuse('show.badPeriod', { text: periodWord });
    periods = [period];
  } else {
    periods = NOW_KINDS.map((kind) => periodAt(kind, at, timezone));
  }
  const rows = targetOverview(deps, named.scope, periods, date);
  const money = (c: number) => say.money(c, currency);
  const footer: string[] = [];
  for (const { period, coverage: c } of rows) {
    if (!c) continue;
    const params = { period: say.period(period), sum: money(c.sum), percent: Math.floor(c.percentBp / 100) };
    footer.push(
      c.gap > 0
        ? say.t('target.coverageGap', { ...params, gap: money(c.gap) })
        : say.t('target.coverage', params),
    );
  }
  if (named.who.kind === 'you') {
    // Commission is personal: shown to its owner here, never in anyone else's view.
    const month = periods.find((p) => p.kind === 'month') ?? periods[0];
    const own = month ? commissionLine(deps, named.scope.id, month, say) : null;
    if (own) footer.push(own);
  }
  if (rows.every((r) => !r.progress)) {
    // Commission without a target is the base rate on every sale: still worth showing its owner.
    const none = say.t('target.noneCovers', {
      who: whoText(named, say, 'mrkdwn'),
      periods: periods.map((p) => say.period(p)).join(', '),
    });
    return textReply([none, ...footer].join('\n'));
  }
  const title = (period: Period) =>
    say.t(periodWord ? 'target.rowOf' : 'target.rowNow', { kind: period.kind, period: say.period(period) });
  return progressView(
    say.t('target.heading', { who: whoText(named, say, 'plain') }),
    rows.map((r) => ({ title: title(r.period), progress: r.progress })),
    currency,
    say,
    footer,
  );
}

const handleSet = async (deps: AppDeps, say: Speaker, input: Parameters<CommandHandler>[0]) => {
  const [main = '', note] = input.text.split(/\bnote:/i);
  const [scopeWord = '', period = '', amount = '', ...options] = tokenize(main);
  const named = parseScope(scopeWord, deps);
  if (!named) throw refuse('set.scopeFirst');
  const saved = await setTargetFromWords(deps, input.caller, named.scope, {
    period,
    amount,
    options,
    note: note ?? null,
  });
  const { before, after } = saved;
  // Committed: the people it is for are told, after the reply and a few at a time.
  void tellTargetSet(deps, saved.notices);
  const money = (c: number) => say.money(c, deps.settings.get(CURRENCY));
  const periodOf = parsePeriod(after.periodKey);
  const lines = [
    say.t('target.set', {
      who: whoText(named, say, 'mrkdwn'),
      period: periodOf ? say.period(periodOf) : after.periodKey,
      amount: money(after.amountCents),
      hasStretch: after.stretchCents ? 'yes' : 'no',
      stretch: after.stretchCents ? money(after.stretchCents) : '',
      replaced: !before ? 'none' : before.stretchCents ? 'stretch' : 'amount',
      before: before ? money(before.amountCents) : '',
      beforeStretch: before?.stretchCents ? money(before.stretchCents) : '',
    }),
  ];
  if (saved.announce) {
    const { channel, posted } = await announceTargets(deps, saved.period, input.caller.userId);
    lines.push(
      posted
        ? say.t('targetTold.announced', { period: say.period(saved.period), channel: channel! })
        : channel
          ? say.t('targetTold.notAnnounced', { channel })
          : say.t('targetTold.noChannel'),
    );
  }
  return textReply(lines.join('\n'));
};

/** `/target acks [region:<name>]`: who has acknowledged the targets told to them. */
const handleAcks = (deps: AppDeps, say: Speaker, input: Parameters<CommandHandler>[0]) => {
  const words = tokenize(input.text);
  let regionId: number | undefined;
  for (const word of words) {
    const named = parseScope(word, deps);
    if (named?.scope.kind !== 'region') throw refuse('show.unknownWord', { word });
    regionId = Number(named.scope.id);
  }
  const rows = targetAcks(deps, input.caller, regionId).map((n) => ({
    recipient: n.recipient,
    scope: n.scope,
    name: scopeName(deps, n.scope),
    period: parsePeriod(n.periodKey),
    periodKey: n.periodKey,
    amountCents: n.amountCents,
    ackedAt: n.ackedAt,
    told: n.told,
    toldError: n.toldError,
  }));
  return targetAcksReply(say, rows, deps.settings.get(CURRENCY));
};

const handleGrowth = async (deps: AppDeps, say: Speaker, input: Parameters<CommandHandler>[0]) => {
  const words = tokenize(input.text);
  const growth = parsePercent(words[0] ?? '');
  if (growth === null) throw refuse('growth.first');
  let stretch: number | null = null;
  let year = Number(today(deps).today.slice(0, 4));
  let named = parseScope('team', deps)!;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.toLowerCase() === 'stretch') {
      stretch = parsePercent(words[++i] ?? '');
      if (stretch === null) throw refuse('growth.badStretch');
    } else if (word.toLowerCase() === 'for' && /^\d{4}$/.test(words[i + 1] ?? '')) {
      year = Number(words[++i]);
      if (year <= 2000 || !parsePeriod(String(year))) throw refuse('growth.badYear');
    } else {
      const scope = parseScope(word, deps);
      if (!scope) throw refuse('growth.unknownWord', { word });
      named = scope;
    }
  }
  const result = setGrowthTarget(deps, input.caller, {
    scope: named.scope,
    year,
    growthPercent: growth,
    stretchPercent: stretch,
  });
  const money = (c: number) => say.money(c, deps.settings.get(CURRENCY));
  const lines = [
    say.t('target.growthHeading', {
      year: String(year),
      who: whoText(named, say, 'mrkdwn'),
      lastYear: String(year - 1),
    }),
    ...result.steps.map((s) =>
      say.t('target.growthStep', {
        from: money(s.from),
        factor: s.factor,
        result: money(s.result),
        level: s.level,
      }),
    ),
  ];
  if (result.before) lines.push(say.t('target.growthReplaces', { before: money(result.before.amountCents) }));
  void tellTargetSet(deps, result.notices);
  return textReply(lines.join('\n'));
};

/** Parse → use case → view; a refused target is said in the caller's language, nothing changed. */
const handleTarget: CommandHandler = async (input, deps) => {
  const say = memberSpeaker(deps, input.caller.userId);
  try {
    const [first = '', ...rest] = tokenize(input.text);
    const word = first.toLowerCase();
    if (word === 'set')
      return await handleSet(deps, say, { ...input, text: input.text.replace(/^\s*set\s*/i, '') });
    if (word === 'growth')
      return await handleGrowth(deps, say, { ...input, text: input.text.replace(/^\s*growth\s*/i, '') });
    if (word === 'acks')
      return handleAcks(deps, say, { ...input, text: input.text.replace(/^\s*acks\s*/i, '') });
    if (word === 'help')
      return textReply(
        help.map((h) => say.t('target.helpLine', { usage: h.usage, example: h.example })).join('\n'),
      );
    if (word === '') return showProgress(deps, say, you(input.caller.userId), undefined);
    const named = parseScope(first, deps);
    if (!named) {
      if (parsePeriod(first)) return showProgress(deps, say, you(input.caller.userId), first);
      throw refuse('show.unknownWord', { word: first });
    }
    if (rest.length > 1) throw refuse('show.oneScope');
    return showProgress(deps, say, named, rest[0]);
  } catch (error) {
    if (error instanceof TargetRefused)
      throw new UserFacingError(targetProblemText(say, error.problem, deps.settings.get(CURRENCY)));
    throw error;
  }
};

export function registerTarget(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/target', handleTarget);
  registerTargetActions(router, deps);
}
