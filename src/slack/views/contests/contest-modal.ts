import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { MAX_CONTEST_NAME, MAX_PRIZE, MAX_TEAM_NAME } from '../../../domain/contests/contest.js';
import type { LocalDate } from '../../../domain/time.js';
import type { Speaker } from '../../../i18n/translator.js';
import { VIEWS } from '../../ids.js';
import { plainText, SLACK } from '../fit.js';
import { selectorOf } from './contest-views.js';

/** Teams picked by hand in the form: enough for a team contest, few enough to keep the form short. */
export const FORM_TEAMS = 4;

export const CONTEST_FIELDS = {
  name: 'contest_name',
  metric: 'contest_metric',
  start: 'contest_start',
  end: 'contest_end',
  mode: 'contest_mode',
  standings: 'contest_standings',
  goal: 'contest_goal',
  prize: 'contest_prize',
  teamName: (i: number) => `contest_team_${i}_name`,
  teamMembers: (i: number) => `contest_team_${i}_members`,
} as const;

const option = (text: string, value: string): PlainTextOption => ({
  text: plainText(text, SLACK.optionText),
  value,
});

function input(block: string, label: string, element: Record<string, unknown>, optional = false): KnownBlock {
  return {
    type: 'input',
    block_id: block,
    optional,
    label: plainText(label, SLACK.inputLabel),
    element: { action_id: 'value', ...element },
  } as KnownBlock;
}

const choose = (options: PlainTextOption[], initial?: PlainTextOption) => ({
  type: 'static_select',
  options,
  ...(initial ? { initial_option: initial } : {}),
});

/** The contest form, in the reader's language; `metadata` says where to confirm. */
export function contestModal(input_: {
  say: Speaker;
  today: LocalDate;
  products: Array<{ id: number; name: string }>;
  metadata: { channelId: string };
}): View {
  const { say, today, products } = input_;
  const metrics = [
    ...(['revenue', 'deals', 'new-customers', 'attainment'] as const).map((m) =>
      option(say.t('contest.metric', { metric: selectorOf(m), product: '' }), m),
    ),
    ...products
      .slice(0, SLACK.options - 4)
      .map((p) => option(say.t('contest.form.metricProduct', { product: p.name }), `product:${p.id}`)),
  ];
  const modes = (['individual', 'region', 'teams'] as const).map((m) =>
    option(say.t('contest.mode', { mode: m }), m),
  );
  const cadences = [
    option(say.t('contest.form.weekly'), 'weekly'),
    option(say.t('contest.form.daily'), 'daily'),
  ];
  const blocks: KnownBlock[] = [
    input(CONTEST_FIELDS.name, say.t('contest.form.name'), {
      type: 'plain_text_input',
      max_length: MAX_CONTEST_NAME,
    }),
    input(CONTEST_FIELDS.metric, say.t('contest.form.metric'), choose(metrics, metrics[0])),
    input(CONTEST_FIELDS.start, say.t('contest.form.start'), { type: 'datepicker', initial_date: today }),
    input(CONTEST_FIELDS.end, say.t('contest.form.end'), { type: 'datepicker' }),
    input(CONTEST_FIELDS.mode, say.t('contest.form.mode'), choose(modes, modes[0])),
    input(CONTEST_FIELDS.standings, say.t('contest.form.standings'), choose(cadences, cadences[0])),
    input(
      CONTEST_FIELDS.goal,
      say.t('contest.form.goal'),
      {
        type: 'plain_text_input',
        max_length: 30,
        placeholder: plainText(say.t('contest.form.goalHint'), 150),
      },
      true,
    ),
    input(
      CONTEST_FIELDS.prize,
      say.t('contest.form.prize'),
      { type: 'plain_text_input', max_length: MAX_PRIZE },
      true,
    ),
    { type: 'context', elements: [{ type: 'mrkdwn', text: say.t('contest.form.teamsHint') }] },
  ];
  for (let i = 1; i <= FORM_TEAMS; i++) {
    blocks.push(
      input(
        CONTEST_FIELDS.teamName(i),
        say.t('contest.form.teamName', { count: i }),
        { type: 'plain_text_input', max_length: MAX_TEAM_NAME },
        true,
      ),
      input(
        CONTEST_FIELDS.teamMembers(i),
        say.t('contest.form.teamMembers', { count: i }),
        { type: 'multi_users_select' },
        true,
      ),
    );
  }
  return {
    type: 'modal',
    callback_id: VIEWS.contestModal,
    title: plainText(say.t('contest.form.title'), SLACK.viewTitle),
    submit: plainText(say.t('contest.form.submit'), SLACK.viewTitle),
    close: plainText(say.t('contest.form.cancel'), SLACK.viewTitle),
    private_metadata: JSON.stringify(input_.metadata),
    blocks,
  };
}
