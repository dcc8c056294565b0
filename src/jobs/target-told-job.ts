import type { AppDeps } from '../app-deps.js';
import { type ToldState, toldAfterSend, toldPastDeadline } from '../domain/targets/notice-state.js';
import { localDateAt } from '../domain/time.js';
import type { TargetNotice } from '../persistence/target-notices-repository.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { CURRENCY } from '../services/settings-service.js';
import { targetToldMessage } from '../slack/views/targets/target-told-views.js';
import { noticeFigures, noticeIsCurrent } from '../use-cases/target-notices.js';
import { scopeName } from '../use-cases/targets.js';
import type { JobDefinition, JobOutcome } from './job.js';

/** The job target DMs are keyed under in the delivery ledger (ADR 10, 26). */
export const TARGET_TOLD_JOB = 'target-told';

/**
 * How long a notice is tried: a DM about a target that Slack could not take for a day is given up
 * (and `/target acks` says so), rather than arriving days late after the people have moved on.
 */
export const TELL_WITHIN_MS = 24 * 3_600_000;

/** The ledger period of one notice: one run, one DM, ever (the key main's DMs already used). */
export const noticeKey = (noticeId: number) => `notice-${noticeId}`;

const NOTICE_KEY = /^notice-(\d+)$/;

const deadlineOf = (notice: Pick<TargetNotice, 'setAt'>) =>
  new Date(new Date(notice.setAt).getTime() + TELL_WITHIN_MS);

/**
 * Every minute, and right after a target is saved: each notice whose DM has not arrived is its own
 * ledger run (period `notice-<id>`), so the ledger and the delivery key (intent, read-back) keep it
 * to one DM across retries, lost answers and kill -9 (ADR 3, 10, 26). A passing failure (5xx,
 * timeout, a 429 waited out, a lost answer) leaves it waiting with the scheduler's backoff; a
 * refusal for good is recorded and never retried, and admins are told as for any job. A notice whose
 * target was changed again before it could go out is superseded (the newer notice carries the
 * current figures), and one not delivered within a day is given up; both are recorded on the notice.
 */
export function targetToldJob(deps: AppDeps): JobDefinition {
  const waiting = () => deps.targetNotices.waiting().map((n) => noticeKey(n.id));
  // What a tick can move on: a notice not tried yet, due for another try, or past its deadline. One
  // still in its backoff is left out (two ledger writes each, every minute, for nothing); the retry
  // pass runs it when it is due.
  const inPlay = (at: Date) =>
    deps.targetNotices
      .waiting()
      .filter((n) => {
        const next = deps.ledger.delivery(TARGET_TOLD_JOB, noticeKey(n.id), n.recipient)?.nextAttemptAt;
        return !next || next <= at || at >= deadlineOf(n);
      })
      .map((n) => noticeKey(n.id));
  const noticeOf = (periodKey: string) => {
    const id = NOTICE_KEY.exec(periodKey)?.[1];
    return id === undefined ? undefined : deps.targetNotices.get(Number(id));
  };
  return {
    name: TARGET_TOLD_JOB,
    description: 'DMs each target set or changed to the people it is for, and tries again what Slack missed',
    defaultSchedule: { kind: 'every', minutes: 1 },
    // `/pacer run target-told` tries the oldest waiting notice now (a manual run skips the backoff).
    periodKey: (at, timezone) => waiting()[0] ?? `idle:${localDateAt(at, timezone)}`,
    // Nothing to move on, nothing to run: no idle row in the ledger every minute.
    periodsInPlay: inPlay,
    deliverUntil: (periodKey, _timezone, startedAt) => {
      const notice = noticeOf(periodKey);
      return notice ? deadlineOf(notice) : new Date(startedAt.getTime() + TELL_WITHIN_MS);
    },
    async run(ctx): Promise<JobOutcome> {
      const notice = noticeOf(ctx.periodKey);
      const say = teamSpeaker(deps);
      if (notice?.told !== 'waiting') return { complete: true, summary: say.t('targetTold.jobNothing') };
      const summary = (told: ToldState) =>
        say.t('targetTold.jobSummary', { notice: notice.id, recipient: notice.recipient, told });
      const now = deps.clock.now();
      const lastError = () =>
        deps.ledger.delivery(ctx.job, ctx.periodKey, notice.recipient)?.lastError ?? notice.toldError;
      if (now >= deadlineOf(notice)) {
        // Past the deadline nothing is sent, but the DM may have arrived all the same: the ledger
        // says so (Pacer died between recording it and settling the notice), or Slack holds what a
        // try whose answer was lost posted. Only a DM that never reached Slack is given up.
        const told = toldPastDeadline(await ctx.confirm(notice.recipient));
        if (told === 'waiting') {
          deps.targetNotices.noteFailure(notice.id, lastError());
          return { complete: true, summary: summary('waiting') };
        }
        const error =
          told === 'sent' ? null : told === 'refused' ? (lastError() ?? 'unknown_error') : lastError();
        deps.targetNotices.settle(notice.id, told, error, deps.clock.now());
        return { complete: true, abandonPending: told === 'expired', summary: summary(told) };
      }
      let superseded = false;
      const result = await ctx.deliver(notice.recipient, () => {
        // Checked right before sending: a stale DM is never sent once a newer change is saved.
        if (!noticeIsCurrent(deps, notice)) {
          superseded = true;
          return null;
        }
        const told = noticeFigures(deps, notice);
        if (!told) return null;
        const currency = deps.settings.get(CURRENCY);
        return {
          to: { user: notice.recipient },
          message: targetToldMessage(
            memberSpeaker(deps, notice.recipient),
            told,
            currency,
            scopeName(deps, notice.scope),
          ),
        };
      });
      const told = toldAfterSend(result, superseded);
      if (told === 'waiting') deps.targetNotices.noteFailure(notice.id, lastError());
      else {
        // Nothing to send without a newer change means no figures for a stored period: it cannot
        // happen, and if it did the message could not be built (Slack's word for an empty one).
        const error =
          result === 'refused' ? (lastError() ?? 'unknown_error') : told === 'refused' ? 'no_text' : null;
        deps.targetNotices.settle(notice.id, told, error, deps.clock.now());
      }
      return { complete: true, abandonPending: superseded, summary: summary(told) };
    },
  };
}
