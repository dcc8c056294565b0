import { z } from 'zod';

/**
 * The shapes Slack sends, checked before Bolt sees them. Bolt reads fields such as `user.id`,
 * `view.callback_id` or `actions[0].action_id` without checking them, so a signed body of another
 * shape threw inside Bolt (HTTP 500, or for a `null` payload an exit). Each schema below asks for
 * exactly what Bolt and Pacer's listeners read, with the type they read it as, and lets every other
 * field through untouched: the body Bolt gets is the one Slack sent, not zod's copy.
 */

const str = z.string();
const optStr = z.string().optional();
/** Slack's objects: anything but null, an array or a scalar. */
const obj = z.looseObject({});

const userRef = z.looseObject({ id: str, team_id: optStr });
/** `team` is null when the app is installed org-wide. */
const teamRef = z.looseObject({ id: str, enterprise_id: z.string().nullish() }).nullable();
const enterpriseRef = z.looseObject({ id: str }).nullish();
/** Bolt reads `channel.id` whenever `channel` is not undefined, so null is refused too. */
const channelRef = z.looseObject({ id: str }).optional();

const interactive = {
  user: userRef,
  team: teamRef.optional(),
  enterprise: enterpriseRef,
  channel: channelRef,
  is_enterprise_install: z.boolean().optional(),
  api_app_id: optStr,
  trigger_id: optStr,
  response_url: optStr,
};

const command = z.looseObject({
  command: str,
  team_id: str,
  user_id: str,
  channel_id: str,
  response_url: str,
  text: optStr,
  trigger_id: optStr,
  user_name: optStr,
  channel_name: optStr,
  team_domain: optStr,
  enterprise_id: optStr,
  enterprise_name: optStr,
  is_enterprise_install: optStr,
  api_app_id: optStr,
});

const viewState = z.looseObject({ values: z.record(str, z.record(str, obj)) });
const view = z.looseObject({
  id: str,
  callback_id: str,
  type: optStr,
  private_metadata: optStr,
  hash: optStr,
  state: viewState.optional(),
  app_installed_team_id: optStr,
});

const blockActions = z.looseObject({
  ...interactive,
  type: z.literal('block_actions'),
  actions: z.array(z.looseObject({ action_id: str, block_id: optStr, type: optStr })).min(1),
  view: view.optional(),
  container: obj.optional(),
  message: obj.optional(),
});
const interactiveMessage = z.looseObject({
  ...interactive,
  type: z.literal('interactive_message'),
  callback_id: str,
  actions: z.array(z.looseObject({ name: optStr, type: optStr })).min(1),
});
const dialogSubmission = z.looseObject({
  ...interactive,
  type: z.literal('dialog_submission'),
  callback_id: str,
  submission: obj,
});

const viewAction = z.looseObject({
  ...interactive,
  type: z.enum(['view_submission', 'view_closed']),
  view,
  response_urls: z.array(z.looseObject({ response_url: str })).optional(),
});

const shortcut = z.looseObject({
  ...interactive,
  type: z.enum(['shortcut', 'message_action']),
  callback_id: str,
  message: obj.optional(),
});

const options = z.looseObject({ ...interactive, type: optStr, action_id: optStr, value: optStr });

/** A user object as `user_change` delivers it: the fields Pacer keeps, with the types it keeps them as. */
const changedUser = z.looseObject({
  id: str,
  team_id: optStr,
  name: optStr,
  real_name: optStr,
  tz: z.string().nullish(),
  is_admin: z.boolean().optional(),
  is_owner: z.boolean().optional(),
  is_bot: z.boolean().optional(),
  deleted: z.boolean().optional(),
  profile: z.looseObject({ display_name: optStr }).optional(),
});

const innerEvent = z
  .looseObject({
    type: str,
    user: z.union([str, z.looseObject({ id: str, team_id: optStr })]).optional(),
    channel: z.union([str, obj]).optional(),
    channel_id: optStr,
    item: obj.optional(),
    subteam: obj.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.type === 'user_change' && !changedUser.safeParse(event.user).success) {
      ctx.addIssue({ code: 'custom', message: 'user_change without a user object Pacer can keep' });
    }
  });

const authorization = z.looseObject({
  team_id: z.string().nullable(),
  enterprise_id: z.string().nullable().optional(),
  is_enterprise_install: z.boolean().optional(),
});

const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  event_id: str,
  team_id: optStr,
  enterprise_id: z.string().nullish(),
  api_app_id: optStr,
  authorizations: z.array(authorization).optional(),
  event: innerEvent,
});

const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: str });
const appRateLimited = z.looseObject({ type: z.literal('app_rate_limited'), team_id: optStr });

export type CommandBody = z.infer<typeof command>;
export type InteractiveBody = z.infer<typeof blockActions> | z.infer<typeof viewAction>;
export type EventBody = z.infer<typeof eventCallback>;

export type Envelope =
  | { kind: 'command'; body: CommandBody }
  | { kind: 'action' | 'view' | 'shortcut' | 'options'; body: z.infer<typeof options> & InteractiveExtras }
  | { kind: 'event'; body: EventBody }
  | { kind: 'url_verification'; body: { challenge: string } }
  | { kind: 'app_rate_limited'; body: { team_id?: string } };

interface InteractiveExtras {
  view?: { app_installed_team_id?: string };
}

export type EnvelopeCheck = { ok: true; envelope: Envelope } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check<K extends Envelope['kind']>(kind: K, schema: z.ZodType, body: unknown): EnvelopeCheck {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, envelope: { kind, body } as Envelope };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(body)';
  return { ok: false, reason: `${kind} payload: ${where}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Sorts a parsed body the way Bolt will (the same order of tests as its getTypeAndConversation), then
 * checks it against that kind's schema. Bolt answers a body of no known kind with nothing, and Slack
 * waits 3 seconds for a 404; here it is refused at once.
 */
export function classifyEnvelope(body: unknown): EnvelopeCheck {
  if (!isRecord(body)) {
    const what = body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body;
    return { ok: false, reason: `the payload is ${what}, not an object` };
  }
  if (body.type === 'url_verification') return check('url_verification', urlVerification, body);
  if (body.type === 'app_rate_limited') return check('app_rate_limited', appRateLimited, body);
  if (body.event !== undefined) return check('event', eventCallback, body);
  if (body.command !== undefined) return check('command', command, body);
  if (body.name !== undefined || body.type === 'block_suggestion') return check('options', options, body);
  if (body.actions !== undefined || body.type === 'dialog_submission') {
    if (body.type === 'interactive_message') return check('action', interactiveMessage, body);
    if (body.type === 'dialog_submission') return check('action', dialogSubmission, body);
    return check('action', blockActions, body);
  }
  if (body.type === 'shortcut' || body.type === 'message_action') return check('shortcut', shortcut, body);
  if (body.type === 'view_submission' || body.type === 'view_closed') return check('view', viewAction, body);
  const type = typeof body.type === 'string' ? `type ${body.type.slice(0, 40)}` : 'no type';
  return { ok: false, reason: `a payload of no kind Slack sends (${type})` };
}
