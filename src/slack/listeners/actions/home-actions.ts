import type { BlockButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../../app-deps.js';
import { closesAt, dueAt } from '../../../domain/checkins/due.js';
import { periodOf } from '../../../domain/periods.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import { CHECKIN_QUESTIONS } from '../../../services/checkin-settings.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../../../services/settings-service.js';
import { prefillOf, roundAt, scheduleOf, timezoneOf, todayOf } from '../../../use-cases/checkins.js';
import { leaderboard } from '../../../use-cases/leaderboard.js';
import { ACTIONS } from '../../ids.js';
import { checkinModal } from '../../views/checkins/checkin-views.js';
import { readOnlyModal, setupModal } from '../../views/home/home-modals.js';
import { leaderboardView } from '../../views/leaderboard/leaderboard-view.js';
import { openDealModal } from '../commands/deal/open-deal-modal.js';
import { commissionLine } from '../commands/leaderboard/commission-line.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

/** A Home tab has no thread to answer in: a refusal goes to the member's DM with Pacer. */
async function tell(deps: AppDeps, client: WebClient, userId: string, key: MessageKey) {
  const text = memberSpeaker(deps, userId).t(key);
  try {
    await client.chat.postMessage({ channel: userId, text });
  } catch (error) {
    deps.logger.warn(`could not tell ${userId} why a Home button did nothing`, error);
  }
}

/** The buttons on App Home: Log a deal, Start check-in, Leaderboard, and the admin's setup steps. */
export function registerHomeActions(router: ListenerRouter, deps: AppDeps): void {
  router.action<BlockButtonAction>(ACTIONS.homeLogDeal, async ({ ack, body, client }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    // The confirmation after the form goes to the member's DM with Pacer: the tab is not a channel.
    await openDealModal(deps, client, caller, body.trigger_id, { channelId: caller.userId });
  });

  router.action<BlockButtonAction>(ACTIONS.homeCheckinStart, async ({ ack, body, client }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    if (caller.role !== 'rep') return tell(deps, client, caller.userId, 'home.checkinsForReps');
    // The same rules as `/checkin`: the member's current round, until it closes.
    const timezone = timezoneOf(deps, caller);
    const round = roundAt(deps, deps.clock.now(), timezone);
    const schedule = scheduleOf(deps);
    const existing = deps.checkins.get(round.key, caller.userId);
    if (deps.clock.now() >= (existing?.closesAt ?? closesAt(dueAt(round, timezone, schedule), schedule)))
      return tell(deps, client, caller.userId, 'home.noCheckinOpen');
    await client.views.open({
      trigger_id: body.trigger_id,
      view: checkinModal(
        memberSpeaker(deps, caller.userId),
        deps.settings.get(CHECKIN_QUESTIONS),
        round.key,
        existing ? prefillOf(deps, existing) : null,
      ),
    });
  });

  router.action<BlockButtonAction>(ACTIONS.homeLeaderboard, async ({ ack, body, client }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const period = periodOf('month', todayOf(deps));
    const board = leaderboard(deps, { period, metric: 'revenue' });
    const own = commissionLine(deps, caller.userId, period, say);
    const reply = leaderboardView(board, deps.settings.get(CURRENCY), caller.userId, say, own ? [own] : []);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: readOnlyModal(say.t('home.leaderboardTitle'), reply.blocks ?? [], say),
    });
  });

  const openSetup = async ({
    ack,
    body,
    client,
  }: {
    ack: () => Promise<void>;
    body: BlockButtonAction;
    client: WebClient;
  }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    if (!deps.directory.isAdmin(caller)) {
      await tell(deps, client, caller.userId, 'home.notAdmin');
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: setupModal(
        {
          channelId: deps.settings.get(ANNOUNCE_CHANNEL),
          timezone: deps.settings.get(TIMEZONE),
          year: Number(todayOf(deps).slice(0, 4)),
        },
        memberSpeaker(deps, caller.userId),
      ),
    });
  };
  for (const id of [
    ACTIONS.homeSetupChannel,
    ACTIONS.homeSetupTimezone,
    ACTIONS.homeSetupMembers,
    ACTIONS.homeSetupTarget,
  ]) {
    router.action<BlockButtonAction>(id, openSetup);
  }
}
