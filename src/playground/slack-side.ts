import { createHmac } from 'node:crypto';
import type { SlackApiStandIn } from '../slack-api-stand-in/index.js';
import { dmChannelOf, PEOPLE, personById, SALES_CHANNEL } from './people.js';
import type { ShownMessage, WorkspaceView } from './workspace-view.js';

type Json = Record<string, unknown>;

export const TEAM = { id: 'T0PACER', domain: 'pacer-playground' } as const;
const APP_ID = 'A0PACER';

export interface SlackSideOptions {
  eventsUrl: string;
  signingSecret: string;
  standIn: SlackApiStandIn;
  view: WorkspaceView;
}

/** The value a person picked or typed, as the page sends it. */
export interface ActionInput {
  actionId: string;
  blockId: string;
  type: string;
  value?: string;
  selectedOption?: { text?: unknown; value: string };
  selectedDate?: string;
  text?: unknown;
}

/**
 * Plays Slack's part towards Pacer: every command, click and form submission goes to Pacer's
 * /slack/events as Slack would send it, signed with the signing secret, with a response_url on the
 * stand-in and a trigger_id the stand-in's views.open accepts.
 */
export class SlackSide {
  #counter = 0;

  constructor(private readonly o: SlackSideOptions) {}

  #next(prefix: string): string {
    this.#counter += 1;
    return `${prefix}${this.#counter.toString(36)}`;
  }

  async #post(body: string, contentType: string): Promise<{ status: number; body: string; ms: number }> {
    const started = performance.now();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', this.o.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(this.o.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    return { status: response.status, body: await response.text(), ms: performance.now() - started };
  }

  #interactive(payload: Json) {
    return this.#post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
  }

  #user(id: string): Json {
    const p = personById(id);
    return { id, username: p?.name ?? id.toLowerCase(), name: p?.name ?? id.toLowerCase(), team_id: TEAM.id };
  }

  /** A slash command typed in `channel` (CSALES or a DM), its text escaped as Slack escapes it. */
  async command(
    user: string,
    channel: string,
    command: string,
    rawText: string,
  ): Promise<{ status: number; ms: number; answer: string }> {
    const responseId = this.#next('cmd');
    const triggerId = this.#next(`trigger-${user}-`);
    this.o.view.registerResponseUrl(responseId, { user, channel });
    this.o.view.registerTrigger(triggerId, user);
    const res = await this.#post(
      new URLSearchParams({
        token: 'playground-verification-token',
        team_id: TEAM.id,
        team_domain: TEAM.domain,
        channel_id: channel,
        channel_name: channel === SALES_CHANNEL.id ? SALES_CHANNEL.name : 'directmessage',
        user_id: user,
        user_name: personById(user)?.name ?? user.toLowerCase(),
        command,
        text: escapeCommandText(rawText),
        api_app_id: APP_ID,
        is_enterprise_install: 'false',
        response_url: this.o.standIn.responseUrl(responseId),
        trigger_id: triggerId,
      }).toString(),
      'application/x-www-form-urlencoded',
    );
    this.#answerAck(user, channel, `ack ${command}`, res.status, res.body);
    return { status: res.status, ms: res.ms, answer: res.body };
  }

  #answerAck(user: string, channel: string, label: string, status: number, body: string): void {
    if (status !== 200) {
      this.o.view.applyAck({ user, channel }, label, { ok: false, error: `HTTP ${status}`, text: body });
      return;
    }
    if (!body.trim()) return;
    let parsed: Json;
    try {
      parsed = JSON.parse(body) as Json;
    } catch {
      parsed = { text: body };
    }
    this.o.view.applyAck({ user, channel }, label, parsed);
  }

  /** What every block_actions payload carries, wherever the click came from. */
  #blockActions(user: string, triggerId: string): Json {
    return {
      type: 'block_actions',
      user: this.#user(user),
      api_app_id: APP_ID,
      token: 'playground-verification-token',
      team: TEAM,
      enterprise: null,
      is_enterprise_install: false,
      trigger_id: triggerId,
    };
  }

  /** A click (or pick) on an interactive element of a message. */
  async messageAction(user: string, message: ShownMessage, action: ActionInput): Promise<number> {
    const responseId = this.#next('act');
    const triggerId = this.#next(`trigger-${user}-`);
    this.o.view.registerResponseUrl(responseId, { user, channel: message.channel, sourceId: message.id });
    this.o.view.registerTrigger(triggerId, user);
    const ephemeral = Boolean(message.ephemeralFor);
    const res = await this.#interactive({
      ...this.#blockActions(user, triggerId),
      response_url: this.o.standIn.responseUrl(responseId),
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: message.channel,
        is_ephemeral: ephemeral,
      },
      channel: {
        id: message.channel,
        name: message.channel === SALES_CHANNEL.id ? SALES_CHANNEL.name : 'directmessage',
      },
      ...(ephemeral
        ? {}
        : {
            message: {
              type: 'message',
              ts: message.ts,
              text: message.text,
              blocks: message.blocks ?? [],
              user: 'UPACERBOT',
            },
          }),
      state: { values: {} },
      actions: [actionPayload(action)],
    });
    return res.status;
  }

  /** The person opens Pacer's Home tab: the Events API callback Slack sends, signed, as JSON. */
  async appHomeOpened(user: string): Promise<number> {
    const res = await this.#post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM.id,
        api_app_id: APP_ID,
        event_id: this.#next('Ev'),
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user, channel: dmChannelOf(user), tab: 'home' },
      }),
      'application/json',
    );
    return res.status;
  }

  /** A click on a button of the Home tab: block_actions from a view, with no channel and no response_url. */
  async homeAction(user: string, home: Json, action: ActionInput): Promise<number> {
    const triggerId = this.#next(`trigger-${user}-`);
    this.o.view.registerTrigger(triggerId, user);
    const res = await this.#interactive({
      ...this.#blockActions(user, triggerId),
      container: { type: 'view', view_id: String(home.id) },
      view: {
        ...home,
        team_id: TEAM.id,
        app_id: APP_ID,
        bot_id: 'B0PACER',
        private_metadata: '',
        callback_id: '',
      },
      state: { values: {} },
      actions: [actionPayload(action)],
    });
    return res.status;
  }

  /** Send on a modal: the values the person entered, as view.state.values. */
  async submitView(user: string, values: Json): Promise<number> {
    const open = this.o.view.topView(user);
    if (!open) return 404;
    const triggerId = this.#next(`trigger-${user}-`);
    this.o.view.registerTrigger(triggerId, user);
    const res = await this.#interactive({
      type: 'view_submission',
      team: TEAM,
      user: this.#user(user),
      api_app_id: APP_ID,
      token: 'playground-verification-token',
      trigger_id: triggerId,
      view: { ...viewPayload(open.view, open.id, open.hash), state: { values } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    let answer: Json = {};
    if (res.body.trim()) {
      try {
        answer = JSON.parse(res.body) as Json;
      } catch {
        answer = {};
      }
    }
    if (res.status !== 200) answer = { ok: false, error: `HTTP ${res.status}` };
    this.o.view.applySubmissionAnswer(user, open.id, answer);
    return res.status;
  }

  /** Cancel (or ×) on a modal; Pacer hears of it only when the view asked with notify_on_close. */
  async closeView(user: string): Promise<void> {
    const open = this.o.view.topView(user);
    if (!open) return;
    this.o.view.closeView(user, open.id);
    if (open.view.notify_on_close === true) {
      await this.#interactive({
        type: 'view_closed',
        team: TEAM,
        user: this.#user(user),
        api_app_id: APP_ID,
        token: 'playground-verification-token',
        view: viewPayload(open.view, open.id, open.hash),
        is_cleared: false,
      });
    }
  }
}

function viewPayload(view: Json, id: string, hash: string): Json {
  return {
    id,
    team_id: TEAM.id,
    type: 'modal',
    app_id: APP_ID,
    bot_id: 'B0PACER',
    root_view_id: id,
    previous_view_id: null,
    hash,
    private_metadata: '',
    callback_id: '',
    ...view,
  };
}

function actionPayload(a: ActionInput): Json {
  const base: Json = {
    type: a.type,
    action_id: a.actionId,
    block_id: a.blockId,
    action_ts: `${Date.now() / 1000}`,
  };
  if (a.text !== undefined) base.text = a.text;
  if (a.value !== undefined) base.value = a.value;
  if (a.selectedOption) base.selected_option = a.selectedOption;
  if (a.selectedDate) base.selected_date = a.selectedDate;
  return base;
}

/**
 * What Slack does to a command's text with should_escape on: `&`, `<` and `>` become entities, and
 * `@name` and `#channel` that name someone or a channel become `<@U…|name>` and `<#C…|name>`.
 */
export function escapeCommandText(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .replace(/(^|[^\w<&])@([a-z0-9._-]+)/gi, (whole, before: string, name: string) => {
      const person = PEOPLE.find((p) => p.name === name.toLowerCase());
      return person ? `${before}<@${person.id}|${person.name}>` : whole;
    })
    .replace(/(^|[^\w<&])#([a-z0-9._-]+)/gi, (whole, before: string, name: string) =>
      name.toLowerCase() === SALES_CHANNEL.name
        ? `${before}<#${SALES_CHANNEL.id}|${SALES_CHANNEL.name}>`
        : whole,
    );
}

export { dmChannelOf };
