import type { Achievement } from '../../../domain/achievements/achievements.js';
import { parsePeriod } from '../../../domain/periods.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { EarnedRow } from '../../../persistence/achievements-repository.js';
import { context, fitReply, type Reply, sections } from '../blocks.js';

export const ACHIEVEMENT_NAMES: Record<Achievement, MessageKey> = {
  'first-deal': 'achievement.first-deal',
  'first-new-customer': 'achievement.first-new-customer',
  'month-target': 'achievement.month-target',
  stretch: 'achievement.stretch',
  'personal-best-month': 'achievement.personal-best-month',
  streak: 'achievement.streak',
};

const POSTS: Record<Achievement, MessageKey> = {
  'first-deal': 'achievement.post.first-deal',
  'first-new-customer': 'achievement.post.first-new-customer',
  'month-target': 'achievement.post.month-target',
  stretch: 'achievement.post.stretch',
  'personal-best-month': 'achievement.post.personal-best-month',
  streak: 'achievement.post.streak',
};

const cents = (detail: EarnedRow['detail'], key: string) => {
  const v = detail[key];
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : 0;
};

/** The channel announcement of one achievement, with its figures. */
export function achievementPost(say: Speaker, row: EarnedRow, currency: string): Reply {
  const period = row.periodKey ? parsePeriod(row.periodKey) : null;
  const text = say.t(POSTS[row.achievement], {
    member: row.memberId,
    period: period ? say.period(period) : '',
    actual: say.money(cents(row.detail, 'revenueCents'), currency),
    target: say.money(cents(row.detail, 'targetCents'), currency),
    stretch: say.money(cents(row.detail, 'stretchCents'), currency),
    previous: say.money(cents(row.detail, 'previousCents'), currency),
    count: cents(row.detail, 'weeks'),
  });
  return fitReply(text);
}

/** `/achievements [@user]`: what they earned and when, and what can be earned. */
export function achievementsView(
  say: Speaker,
  memberId: string,
  rows: readonly EarnedRow[],
  off: readonly Achievement[],
  streakWeeks: number,
  timezoneDate: (iso: string) => string,
): Reply {
  const lines = rows.length
    ? [
        say.t('achievements.title', { member: memberId }),
        ...rows.map((r) =>
          say.t('achievements.line', {
            name: say.t(ACHIEVEMENT_NAMES[r.achievement]),
            date: timezoneDate(r.earnedAt),
          }),
        ),
      ]
    : [say.t('achievements.none', { member: memberId })];
  const notes = [say.t('achievements.catalog', { count: streakWeeks })];
  if (off.length)
    notes.push(say.t('achievements.off', { names: off.map((a) => say.t(ACHIEVEMENT_NAMES[a])).join(', ') }));
  return fitReply([...lines, ...notes].join('\n'), [...sections(lines), context(...notes)]);
}
