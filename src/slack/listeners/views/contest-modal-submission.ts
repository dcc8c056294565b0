import type { ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { type ContestProblem, type ContestSpec, parseGoal } from '../../../domain/contests/contest.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { CURRENCY } from '../../../services/settings-service.js';
import { VIEWS } from '../../ids.js';
import { cannotSaveAnswer } from '../../notifications/database-alert.js';
import { CONTEST_FIELDS, FORM_TEAMS } from '../../views/contests/contest-modal.js';
import { contestProblemText } from '../../views/contests/contest-views.js';
import { truncatePlain } from '../../views/fit.js';
import { createAndConfirm } from '../commands/contest/index.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';
import { readViewMetadata } from './view-metadata.js';

const metadataSchema = z.object({ channelId: z.string() });
type Values = ViewSubmitAction['view']['state']['values'];

const value = (v: Values, block: string) => v[block]?.value;

// Where Slack shows each problem inline: the field it is about.
const FIELD_OF: Partial<Record<ContestProblem['code'], string>> = {
  'name.empty': CONTEST_FIELDS.name,
  'name.tooLong': CONTEST_FIELDS.name,
  'name.control': CONTEST_FIELDS.name,
  nameTaken: CONTEST_FIELDS.name,
  metric: CONTEST_FIELDS.metric,
  'product.unknown': CONTEST_FIELDS.metric,
  date: CONTEST_FIELDS.start,
  endsBeforeStart: CONTEST_FIELDS.end,
  tooLong: CONTEST_FIELDS.end,
  endedAlready: CONTEST_FIELDS.end,
  goal: CONTEST_FIELDS.goal,
  'prize.tooLong': CONTEST_FIELDS.prize,
  'teams.tooFew': CONTEST_FIELDS.teamName(1),
  'teams.name': CONTEST_FIELDS.teamName(1),
  'teams.memberTwice': CONTEST_FIELDS.teamMembers(1),
  notTheirReport: CONTEST_FIELDS.teamMembers(1),
};

/** Reads the form into a spec; the use case checks it like the one-line form. */
function readForm(deps: AppDeps, v: Values): { spec: ContestSpec } | { problem: ContestProblem } {
  const metricValue = value(v, CONTEST_FIELDS.metric)?.selected_option?.value ?? 'revenue';
  const productId = metricValue.startsWith('product:') ? Number(metricValue.slice(8)) : null;
  const metric = productId !== null ? 'product' : (metricValue as ContestSpec['metric']);
  const goalText = (value(v, CONTEST_FIELDS.goal)?.value ?? '').trim();
  let goal: number | null = null;
  if (goalText) {
    const parsed = parseGoal(goalText, metric, deps.settings.get(CURRENCY));
    if (!parsed.ok) return { problem: parsed.problem };
    goal = parsed.value;
  }
  const teams = [];
  for (let i = 1; i <= FORM_TEAMS; i++) {
    const memberIds = value(v, CONTEST_FIELDS.teamMembers(i))?.selected_users ?? [];
    const name = (value(v, CONTEST_FIELDS.teamName(i))?.value ?? '').trim();
    if (memberIds.length || name) teams.push({ name, memberIds });
  }
  const mode = (value(v, CONTEST_FIELDS.mode)?.selected_option?.value ?? 'individual') as ContestSpec['mode'];
  return {
    spec: {
      name: value(v, CONTEST_FIELDS.name)?.value ?? '',
      metric,
      productName: productId !== null ? (deps.products.byId(productId)?.name ?? '') : null,
      startsOn: value(v, CONTEST_FIELDS.start)?.selected_date ?? '',
      endsOn: value(v, CONTEST_FIELDS.end)?.selected_date ?? '',
      mode: ['individual', 'region', 'teams'].includes(mode) ? mode : 'individual',
      goal,
      prize: value(v, CONTEST_FIELDS.prize)?.value ?? null,
      standings: value(v, CONTEST_FIELDS.standings)?.selected_option?.value === 'daily' ? 'daily' : 'weekly',
      teams,
    },
  };
}

/**
 * The contest form's submission: problems show on their field and the form stays open; once stored,
 * the creator gets the confirmation with the rules where they opened the form.
 */
export function registerContestModal(router: ListenerRouter, deps: AppDeps): void {
  router.view<ViewSubmitAction>(VIEWS.contestModal, async ({ ack, body, view, client }) => {
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const metadata = readViewMetadata(view.private_metadata, metadataSchema);
    if (!metadata) {
      await ack({
        response_action: 'errors',
        errors: { [CONTEST_FIELDS.name]: say.t('contest.form.outOfDate') },
      });
      return;
    }
    const read = readForm(deps, view.state.values);
    const fail = (problem: ContestProblem) =>
      ack({
        response_action: 'errors',
        errors: {
          [FIELD_OF[problem.code] ?? CONTEST_FIELDS.name]: truncatePlain(
            contestProblemText(say, problem),
            150,
          ),
        },
      });
    if ('problem' in read) {
      await fail(read.problem);
      return;
    }
    let created: ReturnType<typeof createAndConfirm>;
    try {
      created = createAndConfirm(deps, caller, read.spec);
    } catch (error) {
      const cannotSave = cannotSaveAnswer(error, say);
      if (!cannotSave) throw error;
      // Shown on the form, which stays open: nothing was saved.
      await ack({
        response_action: 'errors',
        errors: { [CONTEST_FIELDS.name]: truncatePlain(cannotSave, 150) },
      });
      return;
    }
    if (!created.ok) {
      await fail(created.problem);
      return;
    }
    const reply = created.reply;
    await ack();
    try {
      await client.chat.postEphemeral({
        channel: metadata.channelId,
        user: caller.userId,
        text: reply.text,
        blocks: reply.blocks ?? [],
      });
    } catch (error) {
      deps.logger.warn(`could not confirm the new contest to ${caller.userId}`, error);
    }
  });
}
