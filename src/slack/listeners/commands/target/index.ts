import type { AppDeps } from '../../../../app-deps.js';
import { formatMoney, parseAmount, withinAmountLimit } from '../../../../domain/money.js';
import {
  type Period,
  type PeriodKind,
  parsePeriod,
  periodAt,
  periodLabel,
} from '../../../../domain/periods.js';
import { stretchFromPercent } from '../../../../domain/targets/growth.js';
import { coverage } from '../../../../domain/targets/pace.js';
import { localDateAt } from '../../../../domain/time.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import {
  individualTargetsSum,
  progressFor,
  setGrowthTarget,
  setTarget,
} from '../../../../use-cases/targets.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { problemText } from '../../../problem-text.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { type ProgressRow, progressView } from '../../../views/targets/target-views.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { commissionLine } from '../leaderboard/commission-line.js';
import { type NamedScope, parsePercent, parseScope } from './target-args.js';

const SET_EXAMPLE = '`/target set team 2026 12,000,000 stretch +40%`';

export const help: HelpEntry[] = [
  {
    usage: '/target',
    example: '/target',
    description: 'your targets this week, month, quarter and year, with the pace needed',
  },
  {
    usage: '/target <team|@user|region:<name>|product:<name>> [period]',
    example: '/target region:North 2026-Q4',
    description: 'progress for a scope and period (2026, 2026-Q3, 2026-11, 2026-W48)',
  },
  {
    usage:
      '/target set <scope> <period> <amount> [stretch <amount>|stretch +N%] [split:seasonal] [note:<why>]',
    example: '/target set team 2026 12,000,000 stretch +40%',
    description: 'set a target (admins; managers for their reports)',
    adminOnly: true,
  },
  {
    usage: '/target growth <N>% [stretch <M>%] [for <year>] [scope]',
    example: '/target growth 30% stretch 40%',
    description: "this year's target from last year's sales plus growth",
    adminOnly: true,
  },
];

const KINDS: Array<[PeriodKind, string]> = [
  ['week', 'This week'],
  ['month', 'This month'],
  ['quarter', 'This quarter'],
  ['year', 'This year'],
];

function now(deps: AppDeps) {
  const timezone = deps.settings.get(TIMEZONE);
  const at = deps.clock.now();
  return { timezone, at, today: localDateAt(at, timezone) };
}

function rowsFor(
  deps: AppDeps,
  named: NamedScope,
  periods: Array<[string, Period]>,
  today: string,
): ProgressRow[] {
  return periods.map(([title, period]) => ({
    title: `${title} (${periodLabel(period)})`,
    progress: progressFor(deps, named.scope, period, today),
  }));
}

function showProgress(deps: AppDeps, named: NamedScope, periodWord: string | undefined) {
  const { timezone, at, today } = now(deps);
  const currency = deps.settings.get(CURRENCY);
  let periods: Array<[string, Period]>;
  if (periodWord) {
    const period = parsePeriod(periodWord);
    if (!period) {
      throw new UserFacingError(
        `“${escapeMrkdwn(periodWord)}” is not a period. Use 2026, 2026-Q3, 2026-11 or 2026-W48, e.g. \`/target team 2026-Q4\`.`,
      );
    }
    periods = [[period.kind.charAt(0).toUpperCase() + period.kind.slice(1), period]];
  } else {
    periods = KINDS.map(([kind, title]) => [title, periodAt(kind, at, timezone)]);
  }
  const rows = rowsFor(deps, named, periods, today);
  const footer: string[] = [];
  if (named.scope.kind === 'team') {
    for (const [, period] of periods) {
      const team = rows.find((r) => r.title.includes(periodLabel(period)))?.progress;
      if (!team) continue;
      const c = coverage(team.target.amount, [individualTargetsSum(deps, period)]);
      footer.push(
        `${periodLabel(period)}: individual targets add up to ${formatMoney(c.sum, currency)}, ${Math.floor(c.percentBp / 100)}% of the team target` +
          (c.gap > 0 ? ` (${formatMoney(c.gap, currency)} not assigned)` : ''),
      );
    }
  }
  if (named.label === 'you') {
    // Commission is personal: shown to its owner here, never in anyone else's view.
    const month = periods.find(([, p]) => p.kind === 'month')?.[1] ?? periods[0]?.[1];
    // `/target` is not in the catalog yet, so its commission line stays English with the rest.
    const own = month ? commissionLine(deps, named.scope.id, month, deps.i18n.speaker('en')) : null;
    if (own) footer.push(own);
  }
  if (rows.every((r) => !r.progress)) {
    // Commission without a target is the base rate on every sale: still worth showing its owner.
    return textReply(
      [
        `No target covers ${named.label} for ${periods.map(([, p]) => periodLabel(p)).join(', ')} yet. An admin can set one: ${SET_EXAMPLE}.`,
        ...footer,
      ].join('\n'),
    );
  }
  return progressView(`Targets for ${named.title}`, rows, currency, deps.i18n.speaker('en'), footer);
}

const handleSet: CommandHandler = async ({ caller, text }, deps) => {
  const [main = '', note] = text.split(/\bnote:/i);
  const words = tokenize(main);
  const [scopeWord = '', periodWord = '', amountWord = '', ...rest] = words;
  const named = parseScope(scopeWord, deps);
  if (!named)
    throw new UserFacingError(
      `Start with the scope: team, @someone, region:<name> or product:<name>. E.g. ${SET_EXAMPLE}.`,
    );
  if (named.scope.kind === 'member') {
    const member = await deps.directory.ensure(named.scope.id);
    if (!member || member.deleted || member.isBot) {
      throw new UserFacingError(
        `<@${named.scope.id}> is not an active member of this workspace. E.g. ${SET_EXAMPLE}.`,
      );
    }
  }
  const period = parsePeriod(periodWord);
  if (!period || period.kind === 'day') {
    throw new UserFacingError(
      `“${escapeMrkdwn(periodWord)}” is not a period. Use 2026, 2026-Q3, 2026-11 or 2026-W48. E.g. ${SET_EXAMPLE}.`,
    );
  }
  const currency = deps.settings.get(CURRENCY);
  const amount = parseAmount(amountWord, currency);
  if (!amount.ok)
    throw new UserFacingError(
      `${problemText(deps.i18n.speaker('en'), amount.problem).replace(/Try: .*$/, '')}E.g. ${SET_EXAMPLE}.`,
    );
  let stretchCents: number | null = null;
  let split: 'even' | 'seasonal' = 'even';
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!.toLowerCase();
    if (word === 'stretch') {
      const value = rest[++i] ?? '';
      const percent = parsePercent(value);
      if (percent !== null) {
        stretchCents = stretchFromPercent(amount.cents, percent);
        if (!withinAmountLimit(stretchCents, currency))
          throw new UserFacingError(
            `A stretch of +${percent}% on ${formatMoney(amount.cents, currency)} is more than 1,000,000,000,000, which I take for a typo. E.g. ${SET_EXAMPLE}.`,
          );
      } else {
        const stretch = parseAmount(value, currency);
        if (!stretch.ok)
          throw new UserFacingError(`Give the stretch as an amount or +N%. E.g. ${SET_EXAMPLE}.`);
        stretchCents = stretch.cents;
      }
    } else if (word === 'split:seasonal' || word === 'split:even') {
      if (period.kind !== 'year')
        throw new UserFacingError(
          'Only a year target can be split by season. E.g. `/target set team 2026 12,000,000 split:seasonal`.',
        );
      split = word === 'split:seasonal' ? 'seasonal' : 'even';
    } else {
      throw new UserFacingError(`I don't understand “${escapeMrkdwn(rest[i]!)}”. E.g. ${SET_EXAMPLE}.`);
    }
  }
  const { before, after } = setTarget(deps, caller, {
    scope: named.scope,
    period,
    amountCents: amount.cents,
    stretchCents,
    split,
    note: note?.trim() || null,
  });
  const money = (c: number) => formatMoney(c, currency);
  const stretchText = after.stretchCents ? `, stretch ${money(after.stretchCents)}` : '';
  const replaced = before
    ? ` (it was ${money(before.amountCents)}${before.stretchCents ? `, stretch ${money(before.stretchCents)}` : ''})`
    : '';
  return textReply(
    `Target for ${named.label}, ${periodLabel(period)}: *${money(after.amountCents)}*${stretchText}${replaced}.`,
  );
};

const handleGrowth: CommandHandler = async ({ caller, text }, deps) => {
  const example = '`/target growth 30% stretch 40%`';
  const words = tokenize(text);
  const growth = parsePercent(words[0] ?? '');
  if (growth === null) throw new UserFacingError(`Start with the growth in percent, e.g. ${example}.`);
  let stretch: number | null = null;
  let year = Number(now(deps).today.slice(0, 4));
  let named = parseScope('team', deps)!;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.toLowerCase() === 'stretch') {
      stretch = parsePercent(words[++i] ?? '');
      if (stretch === null) throw new UserFacingError(`Give the stretch growth in percent, e.g. ${example}.`);
    } else if (word.toLowerCase() === 'for' && /^\d{4}$/.test(words[i + 1] ?? '')) {
      year = Number(words[++i]);
      if (year <= 2000 || !parsePeriod(String(year)))
        throw new UserFacingError(`Give a year from 2001 on, e.g. \`/target growth 30% for 2027\`.`);
    } else {
      const scope = parseScope(word, deps);
      if (!scope)
        throw new UserFacingError(
          `I don't understand “${escapeMrkdwn(word)}”. E.g. ${example} for 2027 region:North.`,
        );
      named = scope;
    }
  }
  const result = setGrowthTarget(deps, caller, {
    scope: named.scope,
    year,
    growthPercent: growth,
    stretchPercent: stretch,
  });
  return textReply(
    `${year} target for ${named.label} from ${year - 1}'s sales:\n${result.arithmetic.map((l) => `• ${l}`).join('\n')}` +
      (result.before
        ? `\nIt replaces ${formatMoney(result.before.amountCents, deps.settings.get(CURRENCY))}.`
        : ''),
  );
};

const you = (userId: string): NamedScope => ({
  scope: { kind: 'member', id: userId },
  label: 'you',
  title: 'you',
});

const handleTarget: CommandHandler = async (input, deps, tools) => {
  const [first = '', ...rest] = tokenize(input.text);
  const word = first.toLowerCase();
  if (word === 'set')
    return handleSet({ ...input, text: input.text.replace(/^\s*set\s*/i, '') }, deps, tools);
  if (word === 'growth')
    return handleGrowth({ ...input, text: input.text.replace(/^\s*growth\s*/i, '') }, deps, tools);
  if (word === 'help')
    return textReply(help.map((h) => `\`${h.usage}\`\n    e.g. \`${h.example}\``).join('\n'));
  if (word === '') return showProgress(deps, you(input.caller.userId), undefined);
  const named = parseScope(first, deps);
  if (!named) {
    if (parsePeriod(first)) return showProgress(deps, you(input.caller.userId), first);
    throw new UserFacingError(
      `I don't understand “${escapeMrkdwn(first)}”. Try \`/target\`, \`/target team\` or \`/target help\`.`,
    );
  }
  if (rest.length > 1)
    throw new UserFacingError('Give one scope and at most one period, e.g. `/target team 2026-Q4`.');
  return showProgress(deps, named, rest[0]);
};

export function registerTarget(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/target', handleTarget);
}
