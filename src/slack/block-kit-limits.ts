/**
 * What Slack's Web API refuses in messages and views, as pure checks. The Web API stand-in refuses
 * with them (a stand-in that accepted everything would hide the very failures it exists to catch),
 * and Pacer checks a reply with them before sending it, so a refused rich reply falls back to text. Limits follow Slack's Block Kit reference
 * (https://api.slack.com/reference/block-kit) and the chat.* / views.* method pages.
 *
 * No Node imports here, so the playground can run the same rules in a browser.
 */

type Json = Record<string, unknown>;

export interface Refusal {
  /** Slack's error code, e.g. `invalid_blocks`. */
  error: string;
  /** What Slack puts in `response_metadata.messages` (without the `[ERROR] ` prefix). */
  reason?: string;
}

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  // views.open documents view_too_large for views above 250 kB.
  viewBytes: 250_000,
  viewTitle: 24,
  privateMetadata: 3_000,
  callbackId: 255,
  // Slack refuses a message whose blocks carry more text than this, summed (msg_blocks_too_long).
  messageBlockText: 12_000,
} as const;

const BLOCK_TYPES = new Set([
  'section',
  'header',
  'divider',
  'context',
  'actions',
  'input',
  'image',
  'rich_text',
  'markdown',
  'file',
  'video',
]);

const ELEMENT_TYPES = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'file_input',
  'image',
  'number_input',
  'overflow',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'timepicker',
  'url_text_input',
  'workflow_button',
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
]);

// Elements with inline options, and how many each allows.
const MAX_OPTIONS: Record<string, number> = {
  static_select: 100,
  multi_static_select: 100,
  overflow: 5,
  radio_buttons: 10,
  checkboxes: 10,
};

// Elements Slack accepts elsewhere but not as an input block's element.
const NOT_INPUTS = new Set(['button', 'overflow', 'image', 'workflow_button']);

type Problem = string | null;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// Slack's own wording ends with a JSON pointer to the offending field; keeping it makes failures findable.
const at = (pointer: string, problem: string): string => `${problem} [json-pointer:${pointer}]`;

function firstProblem<T>(items: readonly T[], check: (item: T, index: number) => Problem): Problem {
  for (const [i, item] of items.entries()) {
    const problem = check(item, i);
    if (problem) return problem;
  }
  return null;
}

function stringField(value: unknown, pointer: string, max: number, required = false): Problem {
  if (value === undefined) return required ? at(pointer, 'missing required field') : null;
  if (typeof value !== 'string') return at(pointer, 'must be a string');
  if (required && value.length === 0) return at(pointer, 'must be more than 0 characters');
  if (value.length > max) return at(pointer, `must be at most ${max} characters`);
  return null;
}

function textObject(value: unknown, pointer: string, max: number, plainOnly = false): Problem {
  if (!isObject(value)) return at(pointer, 'must be a text object');
  if (value.type !== 'plain_text' && (plainOnly || value.type !== 'mrkdwn')) {
    return at(`${pointer}/type`, plainOnly ? 'must be plain_text' : 'must be plain_text or mrkdwn');
  }
  return stringField(value.text, `${pointer}/text`, max, true);
}

const optionalText = (value: unknown, pointer: string, max: number, plainOnly = false): Problem =>
  value === undefined ? null : textObject(value, pointer, max, plainOnly);

function imageSource(el: Json, pointer: string): Problem {
  if (el.slack_file !== undefined && el.image_url === undefined) return null;
  return stringField(el.image_url, `${pointer}/image_url`, 3000, true);
}

function option(o: unknown, pointer: string, plainOnly: boolean): Problem {
  if (!isObject(o)) return at(pointer, 'must be an object');
  return (
    textObject(o.text, `${pointer}/text`, 75, plainOnly) ??
    stringField(o.value, `${pointer}/value`, 150, true) ??
    optionalText(o.description, `${pointer}/description`, 75, plainOnly) ??
    stringField(o.url, `${pointer}/url`, 3000)
  );
}

function optionList(list: unknown, pointer: string, max: number, plainOnly: boolean): Problem {
  if (!Array.isArray(list)) return at(pointer, 'must be an array');
  if (list.length === 0) return at(pointer, 'must have at least 1 item');
  if (list.length > max) return at(pointer, `no more than ${max} items allowed`);
  return firstProblem(list, (o, i) => option(o, `${pointer}/${i}`, plainOnly));
}

function options(el: Json, type: string, pointer: string): Problem {
  const max = MAX_OPTIONS[type]!;
  // Radio buttons and checkboxes may show mrkdwn; selects and overflow menus only plain text.
  const plainOnly = type !== 'radio_buttons' && type !== 'checkboxes';
  if (el.option_groups !== undefined && type.endsWith('static_select')) {
    const groups = el.option_groups;
    if (!Array.isArray(groups) || groups.length === 0)
      return at(`${pointer}/option_groups`, 'must be a list');
    if (groups.length > 100) return at(`${pointer}/option_groups`, 'no more than 100 items allowed');
    return firstProblem(groups, (g, i) => {
      const p = `${pointer}/option_groups/${i}`;
      if (!isObject(g)) return at(p, 'must be an object');
      return textObject(g.label, `${p}/label`, 75, true) ?? optionList(g.options, `${p}/options`, 100, true);
    });
  }
  if (el.options === undefined) return at(`${pointer}/options`, 'missing required field');
  return optionList(el.options, `${pointer}/options`, max, plainOnly);
}

// A confirmation dialog (on buttons, selects, overflows): title 100, text 300, its buttons 30 each.
function confirmDialog(value: unknown, pointer: string): Problem {
  if (value === undefined) return null;
  if (!isObject(value)) return at(pointer, 'must be an object');
  return (
    textObject(value.title, `${pointer}/title`, 100, true) ??
    textObject(value.text, `${pointer}/text`, 300) ??
    textObject(value.confirm, `${pointer}/confirm`, 30, true) ??
    textObject(value.deny, `${pointer}/deny`, 30, true)
  );
}

/** The text a message's blocks carry, summed over every `text` string: what Slack's total counts. */
export function blockTextTotal(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blockTextTotal(v), 0);
  if (!isObject(value)) return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value))
    n += key === 'text' && typeof v === 'string' ? v.length : blockTextTotal(v);
  return n;
}

function element(el: unknown, pointer: string): Problem {
  if (!isObject(el)) return at(pointer, 'must be an object');
  const type = String(el.type);
  if (!ELEMENT_TYPES.has(type)) return at(`${pointer}/type`, `unknown element type ${type}`);
  const common =
    stringField(el.action_id, `${pointer}/action_id`, 255) ??
    optionalText(el.placeholder, `${pointer}/placeholder`, 150, true) ??
    confirmDialog(el.confirm, `${pointer}/confirm`);
  if (common) return common;
  switch (type) {
    case 'button':
      return (
        textObject(el.text, `${pointer}/text`, 75, true) ??
        stringField(el.value, `${pointer}/value`, 2000) ??
        stringField(el.url, `${pointer}/url`, 3000) ??
        (el.style === undefined || el.style === 'primary' || el.style === 'danger'
          ? null
          : at(`${pointer}/style`, 'must be primary or danger'))
      );
    case 'plain_text_input':
      return (
        lengthBound(el.max_length, `${pointer}/max_length`) ??
        lengthBound(el.min_length, `${pointer}/min_length`)
      );
    case 'image':
      return stringField(el.alt_text, `${pointer}/alt_text`, 2000, true) ?? imageSource(el, pointer);
    default:
      return type in MAX_OPTIONS ? options(el, type, pointer) : null;
  }
}

function lengthBound(value: unknown, pointer: string): Problem {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 3000) {
    return at(pointer, 'must be a whole number from 0 to 3000');
  }
  return null;
}

function elementList(list: unknown, pointer: string, max: number, check: (e: unknown, p: string) => Problem) {
  if (!Array.isArray(list) || list.length === 0) return at(pointer, 'must have at least 1 item');
  if (list.length > max) return at(pointer, `no more than ${max} items allowed`);
  return firstProblem(list, (e, i) => check(e, `${pointer}/${i}`));
}

function contextElement(e: unknown, pointer: string): Problem {
  if (isObject(e) && e.type === 'image') {
    return stringField(e.alt_text, `${pointer}/alt_text`, 2000, true) ?? imageSource(e, pointer);
  }
  return textObject(e, pointer, 3000);
}

function blockBody(b: Json, type: string, p: string): Problem {
  switch (type) {
    case 'section':
      if (b.text === undefined && b.fields === undefined) return at(p, 'must provide text or fields');
      return (
        optionalText(b.text, `${p}/text`, 3000) ??
        (b.fields === undefined
          ? null
          : elementList(b.fields, `${p}/fields`, 10, (f, fp) => textObject(f, fp, 2000))) ??
        (b.accessory === undefined ? null : element(b.accessory, `${p}/accessory`))
      );
    case 'header':
      return textObject(b.text, `${p}/text`, 150, true);
    case 'context':
      return elementList(b.elements, `${p}/elements`, 10, contextElement);
    case 'actions':
      return elementList(b.elements, `${p}/elements`, 25, element);
    case 'input': {
      const problem =
        textObject(b.label, `${p}/label`, 2000, true) ?? optionalText(b.hint, `${p}/hint`, 2000, true);
      if (problem) return problem;
      if (!isObject(b.element)) return at(`${p}/element`, 'missing required field');
      if (NOT_INPUTS.has(String(b.element.type))) {
        return at(`${p}/element/type`, `${String(b.element.type)} cannot be an input element`);
      }
      return element(b.element, `${p}/element`);
    }
    case 'image':
      return (
        stringField(b.alt_text, `${p}/alt_text`, 2000, true) ??
        imageSource(b, p) ??
        optionalText(b.title, `${p}/title`, 2000, true)
      );
    case 'markdown':
      // Slack caps the markdown text of one payload at 12,000 characters.
      return stringField(b.text, `${p}/text`, 12_000, true);
    case 'rich_text':
      return Array.isArray(b.elements) ? null : at(`${p}/elements`, 'missing required field');
    case 'video':
      return (
        stringField(b.alt_text, `${p}/alt_text`, 2000, true) ??
        textObject(b.title, `${p}/title`, 200, true) ??
        stringField(b.thumbnail_url, `${p}/thumbnail_url`, 3000, true) ??
        stringField(b.video_url, `${p}/video_url`, 3000, true)
      );
    case 'file':
      return (
        stringField(b.external_id, `${p}/external_id`, 255, true) ??
        stringField(b.source, `${p}/source`, 50, true)
      );
    default:
      return null;
  }
}

function block(b: unknown, p: string, blockIds: Set<string>): Problem {
  if (!isObject(b)) return at(p, 'must be an object');
  const type = String(b.type);
  if (!BLOCK_TYPES.has(type)) return at(`${p}/type`, `unknown block type ${type}`);
  if (b.block_id !== undefined) {
    const problem = stringField(b.block_id, `${p}/block_id`, 255, true);
    if (problem) return problem;
    const id = b.block_id as string;
    if (blockIds.has(id)) return at(`${p}/block_id`, `block_id ${id} is not unique`);
    blockIds.add(id);
  }
  return blockBody(b, type, p);
}

/** Checks a list of blocks; returns Slack's reason for refusing it, or null. */
export function validateBlocks(blocks: unknown, maxBlocks: number, pointer = '/blocks'): string | null {
  if (!Array.isArray(blocks)) return at(pointer, 'must be an array');
  if (blocks.length > maxBlocks) return at(pointer, `no more than ${maxBlocks} items allowed`);
  const blockIds = new Set<string>();
  return firstProblem(blocks, (b, i) => block(b, `${pointer}/${i}`, blockIds));
}

/** chat.postMessage / postEphemeral / update bodies and response_url posts. */
export function validateMessage(body: Json): Refusal | null {
  const text = typeof body.text === 'string' ? body.text : '';
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  const hasAttachments = Array.isArray(body.attachments) && body.attachments.length > 0;
  if (!text.trim() && !hasBlocks && !hasAttachments) return { error: 'no_text' };
  if (text.length > LIMITS.messageText) return { error: 'msg_too_long' };
  if (body.blocks !== undefined) {
    const reason = validateBlocks(body.blocks, LIMITS.messageBlocks);
    if (reason) return { error: 'invalid_blocks', reason };
    if (blockTextTotal(body.blocks) > LIMITS.messageBlockText) return { error: 'msg_blocks_too_long' };
  }
  if (body.attachments !== undefined) {
    if (!Array.isArray(body.attachments)) {
      return { error: 'invalid_attachments', reason: at('/attachments', 'must be an array') };
    }
    const reason = firstProblem(body.attachments, (a, i) =>
      isObject(a) && a.blocks !== undefined
        ? validateBlocks(a.blocks, LIMITS.messageBlocks, `/attachments/${i}/blocks`)
        : null,
    );
    if (reason) return { error: 'invalid_blocks', reason };
  }
  return null;
}

const shape = (reason: string): Refusal => ({ error: 'invalid_arguments', reason });

/**
 * views.open / push / update (modals) and views.publish (Home tab). Pass `expectedType` to refuse a view
 * of the wrong kind for the method, as Slack does.
 */
export function validateView(view: unknown, expectedType?: 'modal' | 'home'): Refusal | null {
  if (!isObject(view)) return shape(at('/view', 'missing required field'));
  if (new TextEncoder().encode(JSON.stringify(view)).length > LIMITS.viewBytes) {
    return { error: 'view_too_large' };
  }
  if (view.type !== 'modal' && view.type !== 'home') return shape(at('/view/type', 'must be modal or home'));
  if (expectedType && view.type !== expectedType) return shape(at('/view/type', `must be ${expectedType}`));
  if (!Array.isArray(view.blocks)) return shape(at('/view/blocks', 'missing required field'));
  if (view.blocks.length > LIMITS.viewBlocks) {
    return shape(at('/view/blocks', `no more than ${LIMITS.viewBlocks} items allowed`));
  }
  const problem =
    (view.type === 'modal' ? modalChrome(view) : null) ??
    stringField(view.private_metadata, '/view/private_metadata', LIMITS.privateMetadata) ??
    stringField(view.callback_id, '/view/callback_id', LIMITS.callbackId) ??
    stringField(view.external_id, '/view/external_id', 255);
  if (problem) return shape(problem);
  const reason = validateBlocks(view.blocks, LIMITS.viewBlocks, '/view/blocks');
  return reason ? { error: 'invalid_blocks', reason } : null;
}

function modalChrome(view: Json): Problem {
  const problem =
    textObject(view.title, '/view/title', LIMITS.viewTitle, true) ??
    optionalText(view.submit, '/view/submit', LIMITS.viewTitle, true) ??
    optionalText(view.close, '/view/close', LIMITS.viewTitle, true);
  if (problem) return problem;
  const hasInput = (view.blocks as unknown[]).some((b) => isObject(b) && b.type === 'input');
  return hasInput && view.submit === undefined
    ? at('/view/submit', 'a modal with input blocks needs submit')
    : null;
}
