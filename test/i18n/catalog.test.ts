import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MAX_CUSTOMER_NAME } from '../../src/domain/customers.js';
import { isoWeekPeriod, monthPeriod, quarterPeriod } from '../../src/domain/periods.js';
import { CATALOG_MODULES, type MessageKey, messages } from '../../src/i18n/catalog.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { SLACK } from '../../src/slack/views/fit.js';

const keys = Object.keys(messages.en) as MessageKey[];

/** Every placeholder a message uses, with those nested in plural and select branches. */
function placeholders(source: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as Array<{
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }>) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (the parser's TYPE enum)
      if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

// The longest value each placeholder can take where the builders pass it (names escaped and cut as
// the views cut them). A new placeholder fails the Slack-limits test until it is given one here.
const MAX_MONEY = 1_000_000_000_000_00; // the largest amount Pacer stores, in cents
const worstString = (text: string) => text;
const WORST: Record<string, (locale: (typeof LOCALES)[number]) => string | number> = {
  amount: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  existing: () => 999_999,
  attainment: () => 99_999,
  change: (l) =>
    speaker(l).t('analysis.down', { amount: speaker(l).money(MAX_MONEY, 'USD'), percent: 99_999 }),
  delta: (l) =>
    speaker(l).t('analysis.down', { amount: speaker(l).money(MAX_MONEY, 'USD'), percent: 99_999 }),
  priorPeriod: (l) => speaker(l).period(isoWeekPeriod(2026, 52)),
  yearAgo: (l) => speaker(l).period(isoWeekPeriod(2025, 52)),
  actual: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  target: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  stretch: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  remaining: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  perDay: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  revenue: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  total: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  base: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  children: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  // A customer name at its longest, every character escaped (& becomes &amp;).
  customer: () => escapeMrkdwn('&'.repeat(MAX_CUSTOMER_NAME)),
  name: () => escapeMrkdwn('&'.repeat(40)),
  filter: () => '&'.repeat(200),
  note: () => escapeMrkdwn('&'.repeat(400)),
  reasoning: () => escapeMrkdwn('&'.repeat(400)),
  member: () => 'W0123456789ABCDEF',
  loggedBy: () => 'W0123456789ABCDEF',
  logger: () => 'W0123456789ABCDEF',
  approver: () => 'W0123456789ABCDEF',
  confirmer: () => 'W0123456789ABCDEF',
  waits: () => 'approval',
  importMode: () => 'stored',
  by: () => 'W0123456789ABCDEF',
  approvers: () => '<@W0123456789ABCDEF>, '.repeat(20),
  times: () => 999_999_999,
  multiple: () => 1000,
  median: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  largest: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  threshold: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  decision: () => 'rejected',
  selfReported: () => 'deny',
  via: () => 'api',
  edit: () => 'yes',
  sender: () => `api-key:${'x'.repeat(40)}`,
  counts: () => 'no',
  both: () => 'yes',
  medianRule: () => 'on',
  largestRule: () => 'on',
  none: () => 'yes',
  on: () => 'yes',
  members: () => '<@W0123456789ABCDEF>, '.repeat(100),
  period: (l) => speaker(l).period(isoWeekPeriod(2026, 52)),
  week: (l) => speaker(l).period(isoWeekPeriod(2026, 52)),
  weekNumber: () => 53,
  from: (l) => speaker(l).period(quarterPeriod(2026, 4)),
  to: (l) => speaker(l).period(monthPeriod(2026, 12)),
  year: () => '2026',
  quarter: () => 4,
  date: () => '2026-12-31',
  title: (l) =>
    `${speaker(l).t('reminder.quarterToDate', { period: speaker(l).period(quarterPeriod(2026, 4)) })}`,
  bar: () => '██████████',
  status: (l) => speaker(l).t('pace.notStarted'),
  risk: (l) => speaker(l).t('pace.atRisk'),
  verdict: () => 'missed',
  kind: () => 'over',
  metric: () => 'attainment',
  source: () => 'team',
  locale: () => 'zh_CN',
  count: () => 999_999,
  deals: () => 999_999,
  newCustomers: () => 999_999,
  days: () => 23,
  percent: () => 99_999,
  rate: () => 99.99,
  // A commission band at its longest, in the language it is shown in.
  label: (l) => speaker(l).t('commission.band.above', { attainment: 999.99 }),
  items: () => 'x'.repeat(1_500),
  place: () => ':third_place_medal:',
  figure: () => `${'US$1,000,000,000,000.00'} · 999,999 deals`,
  scope: () => 'product',
  example: () => '`/leaderboard quarter by attainment region:North`',
  word: () => escapeMrkdwn('&'.repeat(200)),
  text: () => worstString('x'.repeat(2_000)),
  // A /deal "logged for" or a /target scope (a region's name, escaped): whichever is longer.
  who: (l) =>
    [
      speaker(l).t('deal.loggedFor', { member: 'W0123456789ABCDEF' }),
      `region ${escapeMrkdwn('&'.repeat(40))}`,
    ].sort((a, b) => b.length - a.length)[0]!,
  rest: (l) =>
    speaker(l).t('deal.monthToGoPerDay', {
      remaining: 'US$1,000,000,000,000.00',
      perDay: 'US$1,000,000,000,000.00',
    }),
  // Problems: what the person typed is quoted; a command's text is at most 4,000 characters.
  currency: () => 'CLF',
  exponent: () => 4,
  first: () => 'USD',
  second: () => 'CAD',
  today: () => '2026-12-31',
  earliest: () => '2000-01-01',
  max: () => '2,000',
  length: () => '4000',
  option: () => 'product',
  cause: () => 'x'.repeat(600),
  typed: () => 'x'.repeat(600),
  next: () => '500',
  unit: () => 'k',
  mention: () => '<@W0123456789ABCDEF>',
  key: () => 'product',
  parts: () => 'US$1,000,000,000,000.00 × 99.99% + '.repeat(4),
  // Team setup: twenty known names (findCatalogEntry shows no more) of 80 characters each.
  usage: () =>
    '/deal <amount> <customer> [product:<name>] [region:<name>] [date:<YYYY-MM-DD|today|yesterday>] [for:<@user>] [note:<text>]',
  shape: () => 'other',
  what: (l) => speaker(l).t('deal.help.list'),
  // A /deal list line, cut to fit the delete confirmation (deal-views.ts).
  line: (l) => 'x'.repeat(300 - speaker(l).t('dealList.confirmText', { line: '' }).length),
  // /target: scopes, set and growth replies, and how a number came about.
  periods: (l) => Array.from({ length: 4 }, () => speaker(l).period(isoWeekPeriod(2026, 52))).join(', '),
  sum: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  gap: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  before: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  beforeStretch: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  spread: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  hasStretch: () => 'yes',
  replaced: () => 'stretch',
  lastYear: () => '2025',
  factor: () => '100.9999',
  level: () => 'stretch',
  scaled: () => 'yes',
  working: () => 'no',
  within: () => 'Q4',
  // Explanations nest: each part is at most one labelled period list; the view cuts the line to fit.
  of: (l) => `${speaker(l).period(isoWeekPeriod(2026, 52))} (US$1,000,000,000,000.00)`,
  set: (l) => `${speaker(l).period(isoWeekPeriod(2026, 52))} (US$1,000,000,000,000.00)`,
  whole: (l) => `${speaker(l).period(isoWeekPeriod(2026, 52))} (US$1,000,000,000,000.00)`,
  month: (l) => `${speaker(l).period(monthPeriod(2026, 12))} (US$1,000,000,000,000.00)`,
  step: () => 'x'.repeat(400),
  parent: () => 'x'.repeat(400),
  inside: () => 'x'.repeat(800),
  around: () => 'x'.repeat(400),
  known: () => escapeMrkdwn('&'.repeat(40)).concat(', ').repeat(10),
  result: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  // /pacer and /award
  action: () => 'forget',
  min: () => 9_999,
  givers: () => 999_999,
  average: () => '5.00',
  now: () => 99_999,
  id: () => 'customer-satisfaction',
  ids: () => '`customer-satisfaction`, '.repeat(6),
  verb: () => 'leads',
  tie: () => 'yes',
  // Every award of a month that closes a quarter and a year: 18 wins in one DM.
  awards: (l) =>
    Array.from({ length: 18 }, () =>
      speaker(l).t('award.dmAward', {
        name: speaker(l).t('award.name.customerSatisfaction'),
        period: speaker(l).period(isoWeekPeriod(2026, 52)),
        figure: speaker(l).t('award.figure.stretch', {
          amount: 'US$1,000,000,000,000.00',
          stretch: 'US$1,000,000,000,000.00',
        }),
      }),
    ).join(', '),
  fields: () => '`minNewCustomers`, `period`',
  field: () => 'minNewCustomers',
  value: () => 'quarter',
  disabled: () => 'yes',
  enabled: () => 'yes',
  winners: () => 999_999,
  reason: (l) => speaker(l).t('award.none.teamCollaboration', { min: 9_999 }),
  rule: (l) => speaker(l).t('award.rule.mostImproved', { period: 'quarter' }),
  // /pacer help, settings, jobs and notices for admins
  admins: () => 'yes',
  description: () => 'x'.repeat(200),
  channel: () => 'C0123456789ABCDEF',
  timezone: () => 'America/Argentina/ComodRivadavia',
  list: () => 'x'.repeat(1_000), // lists are cut to fit before they are placed
  schedule: (l) => speaker(l).t('schedule.when', { kind: 'monthly', day: 28, time: '23:59' }),
  weekday: () => 'Wednesday',
  time: () => '23:59',
  day: () => 28,
  minutes: () => 59,
  job: () => 'weekly-leaderboard-and-more',
  periodKey: () => '2026-W53',
  detail: () => 'x'.repeat(1_500),
  error: () => 'x'.repeat(500),
  names: () => '`weekly-leaderboard-and-more`, '.repeat(12),
  sent: () => 999_999,
  code: () => 'messages_tab_disabled',
  answer: () => 'x'.repeat(50),
  when: (l) => speaker(l).t('delivery.nextOn', { date: '2026-12-31', time: '23:59' }),
  path: () => `/${'x'.repeat(250)}`,
  since: () => '2026-12-31T23:59:59.999Z',
  hasMin: () => 'yes',
  where: () => 'here',
  checkins: () => 999_999,
  feedback: () => 999_999,
  kudos: () => 999_999,
  after: () => 'America/Argentina/ComodRivadavia',
  hasManager: () => 'yes',
  posted: () => 'yes',
  dms: () => 999_999,
  bytes: () => 999_999_999_999,
  keep: () => 999,
  hasRegion: () => 'yes',
  role: () => 'manager',
  manager: () => 'W0123456789ABCDEF',
  region: () => escapeMrkdwn('&'.repeat(40)),
  // Check-ins, /kudos and /csat (branch i18n-b).
  page: () => ' (10/10)',
  answered: () => 999_999,
  flagged: () => 999_999,
  // Slack's date token, as long as the real one (its {date_short_pretty} {time} without braces).
  closes: () => `<!date^1798675200^(date_short_pretty) (time)|2026-12-31T23:59:59.999Z>`,
  wentWell: () => escapeMrkdwn('&'.repeat(400)),
  improve: () => escapeMrkdwn('&'.repeat(400)),
  goal: () => escapeMrkdwn('&'.repeat(400)),
  latest: () => '2027-12-31',
  cadence: () => 'biweekly',
  hours: () => 336,
  left: () => 999,
  limit: () => 999,
  score: () => 5,
  cut: () => 'yes',
  // CSV export and import: names from the file are escaped and cut (src/slack/data-file-text.ts).
  file: () => escapeMrkdwn('&'.repeat(120)),
  rows: () => 999_999,
  stored: () => 999_999,
  refused: () => 999_999,
  row: () => 999_999,
  reasons: () => '&amp;'.repeat(300),
  given: () => escapeMrkdwn('&'.repeat(200)),
  owner: () => escapeMrkdwn('&'.repeat(200)),
  expected: () => 999,
  got: () => 999,
  columns: () => 'closed_on, owner, customer, amount',
  // API keys: the key itself, its first characters, when it was last used, why a name is refused.
  apiKey: () => `pacer_${'A'.repeat(43)}`,
  hint: () => 'pacer_AbCd',
  lastUsed: () => '2026-12-31 23:59 UTC',
  problem: () => 'characters',
  celebration: (l) =>
    speaker(l).t('deal.celebrationNew', {
      loggedBy: 'W0123456789ABCDEF',
      member: 'W0123456789ABCDEF',
      amount: speaker(l).money(MAX_MONEY, 'USD'),
      customer: escapeMrkdwn('&'.repeat(MAX_CUSTOMER_NAME)),
    }),
  // App Home, manager digest, at-risk alerts.
  rank: () => 999_999,
  regions: () => 999_999,
  products: () => 999_999,
  state: () => 'missed',
  // Contests and achievements (names and prizes escaped as plainInline makes them, at their longest).
  product: () => escapeMrkdwn('&'.repeat(40)),
  mode: () => 'teams',
  started: () => 'true',
  late: () => 'true',
  prize: () => escapeMrkdwn('&'.repeat(150)),
  entrant: () => `*${escapeMrkdwn('&'.repeat(30))}*`,
  previous: (l) => speaker(l).money(MAX_MONEY, 'USD'),
  // Targets told: who set it, who it was told to, and selects.
  setBy: () => 'W0123456789ABCDEF',
  recipient: () => 'W0123456789ABCDEF',
  changed: () => 'yes',
  acked: () => 'yes',
  // /pacer commission: the plan is cut into sections by textReply; each tier is one line of it.
  plan: () => 'x'.repeat(1_500),
  tiers: () => 'x'.repeat(1_000),
  hasTiers: () => 'yes',
  hasBonus: () => 'yes',
  problems: (l) =>
    ['rateRange', 'tiersAscending', 'bonusNegative']
      .map((p) => speaker(l).t(`commission.problem.${p}` as MessageKey))
      .join('; '),
  // Failures and job summaries.
  reference: () => 'ERR-FFFFFFFF',
  open: () => 999_999,
  waiting: () => 999_999,
  calm: () => 999_999,
  delivery: () => 'pending',
  pendingId: () => 9_999_999_999,
  recipients: () => 999_999,
  waitStep: () => 'escalate',
  // Where a target DM stands in /target acks: the longest branch, with a reason.
  told: () => 'expired',
  hasReason: () => 'yes',
  undelivered: () => 999_999,
  notice: () => 999_999_999,
};

const translator = createTranslator();
const speaker = (locale: (typeof LOCALES)[number]) => translator.speaker(locale);

/** Where a message is shown, for its limit: buttons and headers are plain text with short limits. */
const BUTTONS = new Set<string>([
  'home.edit',
  'home.logDeal',
  'home.startCheckin',
  'home.leaderboard',
  'home.pickChannel',
  'home.setTimezone',
  'home.addMembers',
  'home.setTarget',
]);
const VIEW_TITLES = new Set<string>([
  'home.leaderboardTitle',
  'home.close',
  'home.setupModalTitle',
  'home.save',
]);
const HEADERS = new Set<string>(['home.header', 'managerDigest.header', 'atRisk.header']);
const INPUT_LABELS = new Set<string>([
  'home.fieldChannel',
  'home.fieldTimezone',
  'home.fieldReps',
  'home.fieldManager',
  'home.fieldTarget',
]);

function limitOf(key: MessageKey): number {
  if (key === 'deal.undo' || BUTTONS.has(key)) return SLACK.buttonText;
  if (VIEW_TITLES.has(key)) return SLACK.viewTitle;
  if (HEADERS.has(key)) return SLACK.header;
  if (INPUT_LABELS.has(key)) return SLACK.inputLabel;
  if (['dealList.edit', 'dealList.delete', 'dealList.keep'].includes(key)) return SLACK.buttonText;
  if (key === 'dealList.confirmTitle') return SLACK.confirmTitle;
  if (key === 'dealList.confirmText') return SLACK.confirmText;
  // Modal titles and their buttons: 24 characters; labels, hints, placeholders: plain text fields.
  if (key.startsWith('dealForm.title') || key === 'dealForm.save' || key === 'dealForm.cancel')
    return SLACK.viewTitle;
  if (key === 'dealForm.choose') return SLACK.optionText;
  // Inline errors on the deal form are cut to 150; elsewhere a refusal is a section of text.
  // Inline form errors are cut to 150 where they are shown; labels have their own limit.
  if (key === 'reminder.header' || key === 'leaderboard.title') return SLACK.header;
  if (['checkin.dm.start', 'checkin.dm.edit', 'checkin.feedback.give'].includes(key)) return SLACK.buttonText;
  if (key === 'checkin.digest.title') return SLACK.header;
  if (key === 'checkin.modal.scale') return SLACK.optionText;
  if (/^checkin\.(modal\.(title|send|later)|questions\.(title|save))$/.test(key)) return SLACK.viewTitle;
  // Sent as a message's text alone (no blocks), or split into sections at its line breaks.
  if (['kudos.post', 'checkin.feedback.dm', 'checkin.history.feedback'].includes(key))
    return SLACK.messageText;
  return SLACK.sectionText;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'messages')) ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('every language has every key of the English catalog, and no other', () => {
    for (const [module, catalogs] of Object.entries(CATALOG_MODULES)) {
      const en = Object.keys(catalogs.en).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(catalogs[locale]).sort(), `${module} ${locale}`).toEqual(en);
      }
    }
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort()).toEqual([...keys].sort());
  });

  it('no key is defined by two modules (a later one would silently win)', () => {
    const all = Object.values(CATALOG_MODULES).flatMap((m) => Object.keys(m.en));
    expect(all.length).toBe(new Set(all).size);
  });

  it('a message has the same placeholders in every language', () => {
    for (const key of keys) {
      const en = placeholders(messages.en[key]!);
      for (const locale of LOCALES) {
        expect(placeholders(messages[locale][key]!), `${locale} ${key}`).toEqual(en);
      }
    }
  });

  it('every key is used somewhere in src/ (outside the catalogs)', () => {
    const source = sourceFiles('src')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = keys.filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('every message, with its longest parameters, fits where Slack shows it (UTF-16 units)', () => {
    for (const locale of LOCALES) {
      for (const key of keys) {
        const params: Record<string, string | number> = {};
        for (const name of placeholders(messages[locale][key]!)) {
          const worst = WORST[name];
          if (!worst) throw new Error(`no worst case for {${name}} (${key}): add one to WORST`);
          params[name] = worst(locale);
        }
        const text = speaker(locale).t(key, params);
        expect(text.length, `${locale} ${key}`).toBeLessThanOrEqual(limitOf(key));
        expect(text, `${locale} ${key}`).not.toMatch(/\{[a-zA-Z]+\}/); // a placeholder left unfilled
      }
    }
  });

  it('Chinese messages are written in Chinese, not left in English', () => {
    for (const key of keys) {
      const zh = messages['zh-CN'][key]!;
      // Some are language-neutral templates (a mention and a figure); the rest carry Han characters.
      if (['period.year', 'leaderboard.line', 'leaderboard.attainment', 'reminder.slice'].includes(key))
        continue;
      if (zh === messages.en[key] && !/\p{Script=Han}/u.test(zh)) throw new Error(`${key} is not translated`);
    }
  });
});

describe('Speaker formats for the language', () => {
  const en = speaker('en');
  const zh = speaker('zh-CN');

  it('money, numbers and periods', () => {
    expect(en.money(1_250_000, 'USD')).toBe('$12,500');
    expect(zh.money(1_250_000, 'USD')).toBe('US$12,500');
    expect(zh.money(1_500_000, 'CNY')).toBe('¥15,000');
    expect(zh.money(1_250_050, 'USD')).toBe('US$12,500.50');
    expect(zh.number(1234567)).toBe('1,234,567');
    expect(en.period(monthPeriod(2026, 11))).toBe('November 2026');
    expect(zh.period(monthPeriod(2026, 11))).toBe('2026年11月');
    expect(zh.period(quarterPeriod(2026, 4))).toBe('2026年第4季度');
    expect(zh.period(isoWeekPeriod(2026, 49))).toBe('第49周（11月30日–12月6日）');
    expect(en.period(isoWeekPeriod(2026, 49))).toBe('week 49 (Nov 30–Dec 6)');
  });

  it('plurals follow the language', () => {
    expect(en.t('leaderboard.deals', { count: 1 })).toBe('1 deal');
    expect(en.t('leaderboard.deals', { count: 2 })).toBe('2 deals');
    expect(zh.t('leaderboard.deals', { count: 1 })).toBe('1 单');
    expect(en.t('leaderboard.team', { revenue: '$1', deals: 1, newCustomers: 1 })).toBe(
      'Team: $1 from 1 deal, 1 new customer. Ties share a rank.',
    );
  });

  it('mentions are kept as Slack writes them, not read as ICU tags', () => {
    expect(zh.t('deal.loggedFor', { member: 'U123' })).toBe('已为 <@U123> 记录');
  });

  it('a translator made with other catalogs compiles each message once and reuses it', () => {
    const calls: string[] = [];
    const catalogs = {
      en: { 'deal.undo': 'Undo' },
      'zh-CN': {
        get 'deal.undo'() {
          calls.push('read');
          return '撤销';
        },
      },
    };
    const own = createTranslator(catalogs as never).speaker('zh-CN');
    expect([own.t('deal.undo'), own.t('deal.undo'), own.t('deal.undo')]).toEqual(['撤销', '撤销', '撤销']);
    expect(calls).toEqual(['read']);
  });
});
