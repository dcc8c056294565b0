import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app-deps.js';
import { closestNames } from '../domain/customers.js';
import type { Member } from '../domain/entities/member.js';
import { checkKudos, startOfLocalDay } from '../domain/kudos.js';
import { type ScoreCredit, scoreCredit } from '../domain/satisfaction.js';
import { hasControlCharacters } from '../domain/text.js';
import { localDateAt } from '../domain/time.js';
import { inTransaction } from '../persistence/database.js';
import { KUDOS_CHANNEL, KUDOS_DAILY_LIMIT } from '../services/recognition-settings.js';
import { ANNOUNCE_CHANNEL, TIMEZONE } from '../services/settings-service.js';
import { awardRules } from './awards.js';

/** A kudos reason or a score's comment is one plain sentence of at most this many characters. */
export const RECOGNITION_TEXT_MAX = 1_000;

type KudosDeps = Pick<AppDeps, 'db' | 'recognition' | 'directory' | 'settings' | 'clock' | 'audit'>;

export type KudosResult =
  | { ok: true; receiverIds: string[]; remainingAfter: number; dailyLimit: number; channel: string }
  | { ok: false; error: 'no_receiver' | 'self' | 'no_reason' | 'reason_too_long' }
  | { ok: false; error: 'over_allowance'; remaining: number; needed: number; dailyLimit: number }
  | { ok: false; error: 'not_active'; memberId: string };

/**
 * Stores kudos from `giver` to each receiver (named once each), within the giver's daily allowance
 * (reset at their own midnight), and says which channel the thank-you goes to. Nothing is stored
 * when any receiver is not an active person.
 */
export async function giveKudos(
  deps: KudosDeps,
  giver: Member,
  input: { receiverIds: readonly string[]; reason: string; channelId: string },
): Promise<KudosResult> {
  const reason = input.reason.trim();
  if (hasControlCharacters(reason) || reason.length > RECOGNITION_TEXT_MAX) {
    return { ok: false, error: 'reason_too_long' };
  }
  const receiverIds = [...new Set(input.receiverIds)];
  const now = deps.clock.now();
  const dailyLimit = deps.settings.get(KUDOS_DAILY_LIMIT);
  const since = startOfLocalDay(now, giver.tz ?? deps.settings.get(TIMEZONE));
  const allowance = () =>
    checkKudos({
      giverId: giver.userId,
      receiverIds,
      reason,
      givenToday: deps.recognition.kudosGivenSince(giver.userId, since),
      dailyLimit,
    });
  const refusal = (check: ReturnType<typeof allowance>): KudosResult | null => {
    if (check.ok) return null;
    if (check.error === 'over_allowance') {
      return {
        ok: false,
        error: 'over_allowance',
        remaining: check.remaining,
        needed: receiverIds.length,
        dailyLimit,
      };
    }
    return { ok: false, error: check.error };
  };
  const first = refusal(allowance());
  if (first) return first;
  for (const id of receiverIds) {
    const member = await deps.directory.ensure(id);
    if (!member || member.isBot || member.deleted) return { ok: false, error: 'not_active', memberId: id };
  }
  // Counted again with the insert: kudos sent at the same moment cannot both pass the last slot.
  return inTransaction(deps.db, (): KudosResult => {
    const fresh = allowance();
    const refused = refusal(fresh);
    if (refused || !fresh.ok) return refused!;
    const batchId = randomUUID();
    deps.recognition.addKudos({
      giverId: giver.userId,
      receiverIds,
      reason,
      channelId: input.channelId,
      givenAt: now,
      givenOn: localDateAt(now, deps.settings.get(TIMEZONE)),
      batchId,
    });
    deps.audit.record({
      at: now,
      actor: giver.userId,
      action: 'kudos.give',
      entity: 'kudos',
      entityId: batchId,
      after: { receiverIds },
    });
    const channel =
      deps.settings.get(KUDOS_CHANNEL) === 'here'
        ? input.channelId
        : (deps.settings.get(ANNOUNCE_CHANNEL) ?? input.channelId);
    return { ok: true, receiverIds, remainingAfter: fresh.remainingAfter, dailyLimit, channel };
  });
}

type ScoreDeps = Pick<
  AppDeps,
  'db' | 'recognition' | 'directory' | 'deals' | 'settings' | 'clock' | 'config' | 'audit'
>;

export type ScoreResult =
  | {
      ok: true;
      customerName: string;
      memberId: string;
      score: number;
      /** The credited rep entered it for their own customer. */
      selfReported: boolean;
      /** Whether such a score counts towards the satisfaction award (admins decide). */
      selfReportedCounts: boolean;
    }
  | { ok: false; error: 'comment_too_long' | 'for_inactive' }
  | { ok: false; error: 'unknown_customer'; typed: string; suggestions: string[] }
  | { ok: false; error: Extract<ScoreCredit, { ok: false }>['error']; customerName: string };

/**
 * Records a customer's satisfaction score (1–5, already read), credited to the rep of the
 * customer's latest deal or to the member `forUserId` names, as scoreCredit allows.
 */
export async function recordSatisfaction(
  deps: ScoreDeps,
  caller: Member,
  input: { customer: string; score: number; comment: string | null; forUserId: string | null },
): Promise<ScoreResult> {
  const { comment } = input;
  if (comment && (hasControlCharacters(comment) || comment.length > RECOGNITION_TEXT_MAX)) {
    return { ok: false, error: 'comment_too_long' };
  }
  const customer = deps.deals.findCustomer(input.customer);
  if (!customer) {
    return {
      ok: false,
      error: 'unknown_customer',
      typed: input.customer,
      suggestions: closestNames(input.customer, deps.deals.customerNames()),
    };
  }
  let named: Member | null = null;
  if (input.forUserId !== null) {
    named = await deps.directory.ensure(input.forUserId);
    if (!named || named.deleted || named.isBot) return { ok: false, error: 'for_inactive' };
  }
  const repId = deps.deals.latestOwnerOf(customer.id);
  const credit = scoreCredit({
    caller,
    admins: deps.config.admins,
    customerRep: repId ? (deps.directory.get(repId) ?? { userId: repId, managerId: null }) : null,
    named,
  });
  if (!credit.ok) return { ok: false, error: credit.error, customerName: customer.name };
  const now = deps.clock.now();
  inTransaction(deps.db, () => {
    deps.recognition.addScore({
      customerId: customer.id,
      memberId: credit.memberId,
      score: input.score,
      comment,
      recordedBy: caller.userId,
      recordedAt: now,
      recordedOn: localDateAt(now, deps.settings.get(TIMEZONE)),
    });
    deps.audit.record({
      at: now,
      actor: caller.userId,
      action: 'csat.record',
      entity: 'customer',
      entityId: customer.id,
      after: { memberId: credit.memberId, score: input.score },
    });
  });
  const satisfaction = awardRules(deps).find((r) => r.id === 'customer-satisfaction');
  return {
    ok: true,
    customerName: customer.name,
    memberId: credit.memberId,
    score: input.score,
    selfReported: credit.memberId === caller.userId,
    selfReportedCounts: satisfaction?.allowSelfReported ?? false,
  };
}
