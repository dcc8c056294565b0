import type { AppDeps } from '../app-deps.js';
import { digestFor, digestReadiness } from '../domain/checkins/digest.js';
import { closesAt, dueAt, isPausedFor, membersDue } from '../domain/checkins/due.js';
import { reminderDueAt } from '../domain/checkins/reminders.js';
import { CHECKIN_QUESTIONS } from '../services/checkin-settings.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { CURRENCY } from '../services/settings-service.js';
import { checkinDm, digestView, feedbackPromptView } from '../slack/views/checkins/checkin-views.js';
import {
  checkinFor,
  checkinMembers,
  holidaysOf,
  roundAt,
  roundByKey,
  roundsInPlay,
  scheduleOf,
  timezoneOf,
  todayOf,
  weekSummary,
} from '../use-cases/checkins.js';
import { progressFor } from '../use-cases/targets.js';
import type { JobDefinition } from './job.js';
import { monthReviewJob } from './month-review-job.js';

const EVERY_15 = { kind: 'every', minutes: 15 } as const;
const roundKey = (deps: AppDeps) => (firedAt: Date) => roundAt(deps, firedAt).key;
const roundKeysInPlay = (deps: AppDeps) => (firedAt: Date) => roundsInPlay(deps, firedAt).map((r) => r.key);

/**
 * Sends each rep the round's DM at the schedule time in their own timezone. Runs every 15 minutes
 * and stays open until everyone due has theirs; `/pacer run checkins` sends to everyone now.
 */
export function checkinsJob(deps: AppDeps): JobDefinition {
  return {
    name: 'checkins',
    description: 'DMs each rep their check-in at the scheduled time in their own timezone',
    defaultSchedule: EVERY_15,
    periodKey: roundKey(deps),
    periodsInPlay: roundKeysInPlay(deps),
    async run(ctx) {
      const round = roundByKey(deps, ctx.periodKey);
      if (!round) return { complete: true, summary: teamSpeaker(deps).t('jobSummary.checkinsNoRound') };
      const now = deps.clock.now();
      const schedule = scheduleOf(deps);
      const pauses = deps.checkins.pauses();
      const reps = checkinMembers(deps);
      const sent = new Set(
        deps.checkins
          .round(round.key)
          .filter((c) => c.sentAt)
          .map((c) => c.memberId),
      );
      const people = reps.map((m) => ({
        ...m,
        id: m.userId,
        tz: timezoneOf(deps, m),
        pausedUntil: pauses.get(m.userId) ?? null,
        active: true,
      }));
      const due =
        ctx.trigger === 'manual'
          ? people.filter((p) => !sent.has(p.id) && !isPausedFor(p, round)).map((member) => ({ member }))
          : membersDue({ now, round, members: people, alreadySent: sent, schedule });
      const questions = deps.settings.get(CHECKIN_QUESTIONS);
      let count = 0;
      for (const { member } of due) {
        const checkin = checkinFor(deps, member, round);
        // Each DM in its reader's language (their Slack locale or their own choice).
        const dm = checkinDm(memberSpeaker(deps, member.userId), {
          period: round.period,
          roundKey: round.key,
          summary: weekSummary(deps, member.userId, round, todayOf(deps)),
          questions: checkin.questions ?? questions,
          answers: checkin.answers,
          open: true,
        });
        const result = await ctx.deliver(member.userId, {
          to: { user: member.userId },
          message: dm,
          onSent: (posted) => deps.checkins.markSent(round.key, member.userId, deps.clock.now(), posted),
        });
        if (result === 'sent') count++;
      }
      const waiting = people.filter(
        (p) => !sent.has(p.id) && !due.some((d) => d.member.id === p.id) && !isPausedFor(p, round),
      );
      // Open while someone's local time has not come yet (and their window has not passed). Computed,
      // not stored: a round a week ahead gets its rows only when someone is due.
      const pending = waiting.filter((p) => closesAt(dueAt(round, p.tz, schedule), schedule) > now);
      return {
        complete: pending.length === 0,
        summary: teamSpeaker(deps).t('jobSummary.checkinsSent', { count }),
      };
    },
  };
}

/** One reminder DM for unanswered check-ins, in the member's working hours, never in public. */
export function checkinRemindersJob(deps: AppDeps): JobDefinition {
  return {
    name: 'checkin-reminders',
    description: 'one private reminder for unanswered check-ins, in working hours',
    defaultSchedule: EVERY_15,
    periodKey: roundKey(deps),
    periodsInPlay: roundKeysInPlay(deps),
    async run(ctx) {
      const now = deps.clock.now();
      const schedule = scheduleOf(deps);
      let count = 0;
      let open = 0;
      for (const checkin of deps.checkins.round(ctx.periodKey)) {
        if (!checkin.sentAt || checkin.answers || checkin.remindedAt || now >= checkin.closesAt) continue;
        const member = deps.members.get(checkin.memberId);
        if (!member) continue;
        const at = reminderDueAt(checkin.sentAt, timezoneOf(deps, member), schedule, {
          closesAt: checkin.closesAt,
          holidays: holidaysOf(deps),
        });
        if (!at) continue;
        if (at > now) {
          open++;
          continue;
        }
        // Slack shows the date token in the reader's own timezone and Slack language.
        const closes = `<!date^${Math.floor(checkin.closesAt.getTime() / 1000)}^{date_short_pretty} {time}|${checkin.closesAt.toISOString()}>`;
        const text = memberSpeaker(deps, member.userId).t('checkin.reminder', { closes });
        const result = await ctx.deliver(checkin.memberId, {
          to: { user: checkin.memberId },
          message: { text },
        });
        if (result === 'sent') {
          deps.checkins.markReminded(checkin.roundKey, checkin.memberId, now);
          count++;
        }
      }
      return {
        complete: false,
        summary: teamSpeaker(deps).t('jobSummary.remindersSent', { count, open }),
      };
    },
  };
}

/** Each manager's digest, once all their reports answered or the round closed for them. */
export function checkinDigestJob(deps: AppDeps): JobDefinition {
  // Digests this process saw through to the end (every page sent or refused): later ticks of the
  // same round skip them instead of rebuilding each one (up to ~150 ms of event loop for a long one)
  // every 15 minutes. After a restart the ledger alone decides, so nothing is skipped unchecked.
  const finished = new Set<string>();
  return {
    name: 'checkin-digest',
    description: "each manager's digest of their reports' check-ins",
    defaultSchedule: EVERY_15,
    periodKey: roundKey(deps),
    periodsInPlay: roundKeysInPlay(deps),
    async run(ctx) {
      const round = roundByKey(deps, ctx.periodKey);
      if (!round) return { complete: true, summary: teamSpeaker(deps).t('jobSummary.digestNoRound') };
      const now = deps.clock.now();
      const rows = new Map(deps.checkins.round(round.key).map((c) => [c.memberId, c]));
      const questions = deps.settings.get(CHECKIN_QUESTIONS);
      const schedule = scheduleOf(deps);
      const pauses = deps.checkins.pauses();
      // Everyone the round is for, sent their DM yet or not: one never reached is listed as not answered.
      const inRound = checkinMembers(deps).filter(
        (m) => !isPausedFor({ pausedUntil: pauses.get(m.userId) }, round),
      );
      const statusOf = (m: (typeof inRound)[number]) => {
        const row = rows.get(m.userId);
        return {
          asked: Boolean(row?.sentAt),
          answered: Boolean(row?.answers),
          closesAt: row?.closesAt ?? closesAt(dueAt(round, timezoneOf(deps, m), schedule), schedule),
        };
      };
      const managers = new Set(inRound.flatMap((m) => (m.managerId ? [m.managerId] : [])));
      let sent = 0;
      let waiting = 0;
      for (const managerId of managers) {
        const reports = inRound.filter((m) => m.managerId === managerId);
        const readiness = digestReadiness(reports.map(statusOf), now);
        if (readiness === 'none') continue;
        if (readiness === 'wait') {
          waiting++;
          continue;
        }
        const done = `${ctx.periodKey}:${managerId}`;
        if (finished.has(done)) continue;
        const responses = reports.flatMap((r) => {
          const row = rows.get(r.userId);
          return row?.answers ? [{ memberId: r.userId, answers: row.answers, questions: row.questions }] : [];
        });
        const digest = digestFor(
          { id: managerId },
          reports.map((r) => ({ id: r.userId })),
          responses,
          questions,
        );
        // Long digests come in pages; each page has its own delivery key, so each arrives exactly once.
        const pages = digestView(memberSpeaker(deps, managerId), round.period, digest);
        let delivered = 0;
        let settled = 0;
        for (const [i, page] of pages.entries()) {
          const key = i === 0 ? managerId : `${managerId}#${i + 1}`;
          const result = await ctx.deliver(key, { to: { user: managerId }, message: page });
          if (result === 'sent') delivered++;
          if (result === 'sent' || result === 'already-sent' || result === 'refused') settled++;
        }
        if (settled === pages.length) finished.add(done);
        if (delivered > 0) sent++;
      }
      return {
        complete: false,
        summary: teamSpeaker(deps).t('jobSummary.digestsSent', { count: sent, waiting }),
      };
    },
  };
}

/**
 * Monthly, on the first working day (team calendar: working days and holidays): each manager gets
 * their reports' month just ended and a Give feedback button for each. It is checked every day at
 * the schedule time, so a month that starts on a weekend or a holiday is prompted on the next
 * working day; the run for the month stays open until then.
 */
export function feedbackPromptsJob(deps: AppDeps): JobDefinition {
  return monthReviewJob(deps, {
    name: 'feedback-prompts',
    description: 'a monthly one-on-one feedback prompt to each manager, on the first working day',
    async review(ctx, month, today) {
      const currency = deps.settings.get(CURRENCY);
      const managers = new Set(deps.members.active().flatMap((m) => (m.managerId ? [m.managerId] : [])));
      let sent = 0;
      for (const managerId of managers) {
        const reports = deps.members.reportsOf(managerId).map((r) => {
          const total = deps.deals.totals({ from: month.start, to: month.end, memberId: r.userId });
          const progress = progressFor(deps, { kind: 'member', id: r.userId }, month, today);
          return {
            memberId: r.userId,
            soFar: {
              deals: total.deals,
              revenueCents: total.revenueCents,
              currency,
              percent: progress ? Math.floor(progress.pace.percentOfTargetBp / 100) : null,
            },
            value: `${r.userId}|${month.key}`,
          };
        });
        if (reports.length === 0) continue;
        const view = feedbackPromptView(memberSpeaker(deps, managerId), month, reports);
        if ((await ctx.deliver(managerId, { to: { user: managerId }, message: view })) === 'sent') sent++;
      }
      return { complete: true, summary: teamSpeaker(deps).t('jobSummary.feedbackPrompted', { count: sent }) };
    },
  });
}
