import type { AppDeps } from '../app-deps.js';
import type { Unusual } from '../domain/deals/fair-play.js';
import { CONFIRM_HOURS, type WaitingStep } from '../domain/deals/waiting.js';
import { localDateAt } from '../domain/time.js';
import { FAIR_PLAY } from '../services/fair-play-settings.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { pendingView } from '../slack/notifications/deal-approval.js';
import {
  approvalLead,
  approvalRequestView,
  confirmPromptView,
  expiredText,
} from '../slack/views/deals/fair-play-views.js';
import { confirmerOf } from '../use-cases/fair-play.js';
import { daysWaited, expireWaiting, openApproval, waitingStepsDue } from '../use-cases/waiting-deals.js';
import {
  type DeliveryResult,
  deliveryWord,
  type JobContext,
  type JobDefinition,
  type JobOutcome,
} from './job.js';

export const WAITING_DEALS_JOB = 'waiting-deals';

const STEPS: readonly WaitingStep[] = ['ask', 'expire', 'remind', 'escalate'];

/** `pending-12:remind`: one ledger run per step of one waiting deal, so each is done once (ADR 3, 28). */
const stepKey = (pendingId: number, step: WaitingStep) => `pending-${pendingId}:${step}`;

function parseStepKey(key: string): { pendingId: number; step: WaitingStep } | null {
  const m = /^pending-(\d+):(\w+)$/.exec(key);
  const step = m?.[2] as WaitingStep | undefined;
  return m && step && STEPS.includes(step) ? { pendingId: Number(m[1]), step } : null;
}

/**
 * Every 15 minutes: deals that wait do not wait forever (issue 15, ADR 28). An "Are you sure?"
 * unanswered for CONFIRM_HOURS expires and whoever had to answer it is told it never counted; an
 * approval undecided after two working days (team timezone, working weekdays, holidays) reminds its
 * approvers once, and after two more goes to the admins. Each step is its own ledger run with keyed
 * DMs, so across restarts each is sent exactly once.
 */
export function waitingDealsJob(deps: AppDeps): JobDefinition {
  // A step is done when its run finished: every DM sent or refused, none left to retry.
  const doneAt = (pendingId: number, step: WaitingStep) => {
    const run = deps.ledger.run(WAITING_DEALS_JOB, stepKey(pendingId, step));
    return run?.status === 'done' && run.finished_at ? new Date(run.finished_at) : null;
  };
  const due = (at: Date, timezone: string) =>
    waitingStepsDue(deps, at, timezone, doneAt).map((s) => stepKey(s.pendingId, s.step));
  const told = (key: 'jobSummary.waitingAnswered' | 'jobSummary.waitingDecided', pendingId: number) =>
    teamSpeaker(deps).t(key, { pendingId });
  return {
    name: WAITING_DEALS_JOB,
    description: 'unanswered "Are you sure?" deals expire; approvals are reminded, then escalated',
    defaultSchedule: { kind: 'every', minutes: 15 },
    periodKey: (at, timezone) => due(at, timezone)[0] ?? `waiting-deals:${localDateAt(at, timezone)}`,
    periodsInPlay: due,
    async run(ctx) {
      const step = parseStepKey(ctx.periodKey);
      if (!step) return { complete: true, summary: teamSpeaker(deps).t('jobSummary.waitingNothing') };
      if (step.step === 'ask') return askImported(deps, ctx, step.pendingId);
      if (step.step === 'expire') {
        const expired = expireWaiting(deps, step.pendingId);
        if (!expired) return { complete: true, summary: told('jobSummary.waitingAnswered', step.pendingId) };
        const to = confirmerOf(expired);
        const result = await ctx.deliver(to, () => ({
          to: { user: to },
          message: { text: expiredText(memberSpeaker(deps, to), pendingView(deps, expired), CONFIRM_HOURS) },
        }));
        return { complete: true, summary: toldOne(deps, step.pendingId, 'expire', to, result) };
      }
      const open = openApproval(deps, step.pendingId);
      if (!open) return { complete: true, summary: told('jobSummary.waitingDecided', step.pendingId) };
      const remind = step.step === 'remind';
      const recipients = remind ? open.approverIds : open.adminIds;
      const since = localDateAt(new Date(open.pending.createdAt), ctx.timezone);
      // The real wait (a backlog found on deploy has waited weeks), not the threshold passed.
      const days = daysWaited(deps, open.pending, ctx.firedAt, ctx.timezone);
      const threshold = deps.settings.get(FAIR_PLAY).approvalOverCents ?? 0;
      const results = await ctx.deliverAll(
        recipients.map((userId) => ({
          recipient: userId,
          outgoing: () => {
            const say = memberSpeaker(deps, userId);
            const lead = approvalLead(say, step.step as 'remind' | 'escalate', since, days, open.approverIds);
            return {
              to: { user: userId },
              message: approvalRequestView(say, pendingView(deps, open.pending), threshold, lead),
            };
          },
        })),
      );
      return { complete: true, summary: toldMany(deps, step.pendingId, step.step, results) };
    },
  };
}

/** What one step did, in the team's language (as every job summary). */
function toldOne(
  deps: AppDeps,
  pendingId: number,
  waitStep: WaitingStep,
  member: string,
  result: DeliveryResult,
) {
  return teamSpeaker(deps).t('jobSummary.waitingOne', {
    pendingId,
    waitStep,
    member,
    delivery: deliveryWord(result),
  });
}

function toldMany(
  deps: AppDeps,
  pendingId: number,
  waitStep: WaitingStep,
  results: readonly DeliveryResult[],
) {
  const count = results.filter((r) => r === 'sent').length;
  return teamSpeaker(deps).t('jobSummary.waitingTold', {
    pendingId,
    waitStep,
    count,
    recipients: results.length,
  });
}

/**
 * An imported row's decider is asked through the ledger (ADR 28, Revisited): its owner "Are you
 * sure?", or its approvers Approve / Reject, each DM retried and sent once across restarts. An
 * import run while Pacer was stopped is asked on its first tick.
 */
async function askImported(deps: AppDeps, ctx: JobContext, pendingId: number): Promise<JobOutcome> {
  const pending = deps.pendingDeals.get(pendingId);
  if (!pending || pending.decidedAt)
    return { complete: true, summary: teamSpeaker(deps).t('jobSummary.waitingAnswered', { pendingId }) };
  if (pending.kind === 'confirm') {
    const to = confirmerOf(pending);
    const result = await ctx.deliver(to, () => ({
      to: { user: to },
      message: confirmPromptView(
        memberSpeaker(deps, to),
        pendingView(deps, pending),
        pending.reason as Unusual,
      ),
    }));
    return { complete: true, summary: toldOne(deps, pendingId, 'ask', to, result) };
  }
  const open = openApproval(deps, pendingId);
  const recipients = open?.approverIds ?? [];
  const threshold = deps.settings.get(FAIR_PLAY).approvalOverCents ?? 0;
  const results = await ctx.deliverAll(
    recipients.map((userId) => ({
      recipient: userId,
      outgoing: () => ({
        to: { user: userId },
        message: approvalRequestView(memberSpeaker(deps, userId), pendingView(deps, pending), threshold),
      }),
    })),
  );
  return { complete: true, summary: toldMany(deps, pendingId, 'ask', results) };
}
