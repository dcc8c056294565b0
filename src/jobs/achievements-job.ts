import type { AppDeps } from '../app-deps.js';
import { ACHIEVEMENTS } from '../domain/achievements/achievements.js';
import { periodOf, previousPeriod } from '../domain/periods.js';
import { isoWeekday, localDateAt, localTimeAt } from '../domain/time.js';
import { ACHIEVEMENTS_OFF } from '../services/achievement-settings.js';
import { teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../services/settings-service.js';
import { ACHIEVEMENT_NAMES, achievementPost } from '../slack/views/achievements/achievement-views.js';
import { evaluateStreaks } from '../use-cases/achievements.js';
import { deliveryWord, type JobDefinition } from './job.js';

// An achievement not announced within a week (no channel, Slack down) is not announced late.
const ANNOUNCE_WITHIN_MS = 7 * 24 * 3_600_000;
const STREAKS = 'streaks:';

/** The key of one announcement: one ledger run, one channel message, ever. */
export const announcementKey = (achievement: string, memberId: string) => `${achievement}:${memberId}`;

/**
 * The finished week streaks are worked out for: last week, from Monday 09:00 team time (deals of
 * Friday are often logged on Monday morning).
 */
export function streakWeekAt(at: Date, timezone: string): string {
  const today = localDateAt(at, timezone);
  let week = periodOf('week', today);
  if (isoWeekday(today) === 1 && localTimeAt(at, timezone) < '09:00') week = previousPeriod(week);
  return previousPeriod(week).key;
}

/**
 * Every minute: works out last week's streaks once (period `streaks:<week>`), and announces each
 * achievement not yet announced, each as its own run (period `<achievement>:<member>`), so the
 * ledger and the delivery key keep every announcement to one post across restarts (ADR 3, 10, 24).
 * What a deal earned is recorded right after the /deal reply (src/slack/notifications/achievements.ts).
 */
export function achievementsJob(deps: AppDeps): JobDefinition {
  const inPlay = (at: Date, timezone: string) => [
    `${STREAKS}${streakWeekAt(at, timezone)}`,
    ...deps.achievements
      .unannounced(new Date(at.getTime() - ANNOUNCE_WITHIN_MS))
      .map((r) => announcementKey(r.achievement, r.memberId)),
  ];
  return {
    name: 'achievements',
    description: 'announces achievements in the announce channel; works out weekly streaks',
    defaultSchedule: { kind: 'every', minutes: 1 },
    periodKey: (at, timezone) => `${STREAKS}${streakWeekAt(at, timezone)}`,
    periodsInPlay: inPlay,
    async run(ctx) {
      const say = teamSpeaker(deps);
      if (ctx.periodKey.startsWith(STREAKS)) {
        const earned = evaluateStreaks(deps, ctx.periodKey.slice(STREAKS.length));
        return { complete: true, summary: say.t('jobSummary.streaks', { count: earned.length }) };
      }
      const [achievement = '', memberId = ''] = ctx.periodKey.split(':');
      const row = deps.achievements.get(memberId, achievement);
      if (!row || !(ACHIEVEMENTS as readonly string[]).includes(achievement))
        return { complete: true, summary: say.t('jobSummary.nothingToAnnounce') };
      const markDone = () => deps.achievements.markAnnounced(memberId, achievement, deps.clock.now());
      if (deps.settings.get(ACHIEVEMENTS_OFF).includes(row.achievement)) {
        markDone();
        return { complete: true, summary: say.t('jobSummary.achievementOff') };
      }
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (!channel) return { complete: false, summary: say.t('jobSummary.noChannel') };
      const message = achievementPost(say, row, deps.settings.get(CURRENCY));
      const result = await ctx.deliver('channel', { to: { channel }, message });
      if (result !== 'pending') markDone();
      const summary = say.t('jobSummary.achievementAnnounced', {
        name: say.t(ACHIEVEMENT_NAMES[row.achievement]),
        member: memberId,
        delivery: deliveryWord(result),
      });
      return { complete: true, summary };
    },
  };
}
