import type { AppDeps } from '../app-deps.js';
import {
  contestPostKey,
  contestPostsDue,
  FINAL_GRACE_DAYS,
  parseContestPostKey,
} from '../domain/contests/schedule.js';
import { addDays, localDateAt, localTimeAt } from '../domain/time.js';
import { teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../services/settings-service.js';
import { plainInline } from '../slack/mrkdwn.js';
import { standingsView, startPost } from '../slack/views/contests/contest-views.js';
import { liveStandings, settledStandings } from '../use-cases/contests.js';
import { deliveryWord, type JobDefinition } from './job.js';

export const CONTESTS_JOB = 'contests';

/**
 * Every 5 minutes: each contest's start post, its standings on its schedule and its final result,
 * each one ledger run (`contest-<id>:start`, `…:standings:<date>`, `…:final`) with one keyed channel
 * delivery, so each is posted once across restarts (ADR 3, 10, 24). The final result is stored
 * before it is posted, so a resumed run announces what was decided.
 */
export function contestsJob(deps: AppDeps): JobDefinition {
  const due = (at: Date, timezone: string) => {
    const today = localDateAt(at, timezone);
    const time = localTimeAt(at, timezone);
    return deps.contests
      .endingFrom(addDays(today, -(FINAL_GRACE_DAYS + 1)))
      .flatMap((c) => contestPostsDue(c, today, time))
      .map(contestPostKey);
  };
  return {
    name: CONTESTS_JOB,
    description: "contests' start posts, standings and final results in the announce channel",
    defaultSchedule: { kind: 'every', minutes: 5 },
    periodKey: (at, timezone) => due(at, timezone)[0] ?? `contests:${localDateAt(at, timezone)}`,
    periodsInPlay: due,
    async run(ctx) {
      const post = parseContestPostKey(ctx.periodKey);
      const contest = post ? deps.contests.get(post.contestId) : undefined;
      if (!post || !contest)
        return { complete: true, summary: teamSpeaker(deps).t('jobSummary.noContestPost') };
      // Settled first, channel or not: the result is fixed when the contest is over.
      const standings =
        post.kind === 'final'
          ? settledStandings(deps, contest)
          : post.kind === 'standings'
            ? liveStandings(deps, contest)
            : null;
      const say = teamSpeaker(deps);
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (!channel) return { complete: false, summary: say.t('jobSummary.noChannel') };
      const ctxView = {
        currency: deps.settings.get(CURRENCY),
        productName: contest.productId ? (deps.products.byId(contest.productId)?.name ?? null) : null,
      };
      const message =
        post.kind === 'start'
          ? startPost(say, contest, ctxView, localDateAt(ctx.firedAt, ctx.timezone))
          : standingsView({
              contest,
              standings: standings!,
              ctx: ctxView,
              say,
              title:
                post.kind === 'final'
                  ? say.t('contest.finalPost', { name: plainInline(contest.name) })
                  : say.t('contest.standingsPost', { name: plainInline(contest.name), date: post.date }),
              final: post.kind === 'final',
              withRules: post.kind === 'final',
            });
      const result = await ctx.deliver('channel', { to: { channel }, message });
      // The name is the admin's, shown as typed (escaped); the rest is Pacer's words.
      const summary = say.t('jobSummary.contestPost', {
        name: plainInline(contest.name),
        kind: post.kind,
        delivery: deliveryWord(result),
      });
      return { complete: true, summary };
    },
  };
}
