/**
 * What Slack's Web API refuses in messages and views, as pure checks. Each returns the reason in
 * words (like Slack's response_metadata.messages) or null. Limits: ../shared/slack/README.md.
 */

type Json = Record<string, unknown>;

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
const SELECTS = new Set(['static_select', 'multi_static_select']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function textObject(value: unknown, where: string, max: number, plainOnly = false): string | null {
  if (!isObject(value)) return `${where} must be a text object`;
  if (value.type !== 'plain_text' && value.type !== 'mrkdwn') return `${where} has an invalid text type`;
  if (plainOnly && value.type !== 'plain_text') return `${where} must be plain_text`;
  const text = str(value.text);
  if (!text || text.length === 0) return `${where} must not be empty`;
  if (text.length > max) return `${where} must be at most ${max} characters`;
  return null;
}

function element(el: unknown, where: string): string | null {
  if (!isObject(el)) return `${where} must be an object`;
  const actionId = str(el.action_id);
  if (actionId && actionId.length > 255) return `${where}.action_id must be at most 255 characters`;
  switch (el.type) {
    case 'button': {
      const t = textObject(el.text, `${where}.text`, 75, true);
      if (t) return t;
      if (str(el.value) && str(el.value)!.length > 2000)
        return `${where}.value must be at most 2000 characters`;
      if (str(el.url) && str(el.url)!.length > 3000) return `${where}.url must be at most 3000 characters`;
      return null;
    }
    case 'plain_text_input': {
      const max = el.max_length;
      if (typeof max === 'number' && (max < 1 || max > 3000)) return `${where}.max_length must be 1-3000`;
      return null;
    }
    case 'image': {
      if (!str(el.alt_text)) return `${where}.alt_text is required`;
      return null;
    }
    default:
      if (SELECTS.has(String(el.type))) {
        const options = Array.isArray(el.options) ? el.options : [];
        if (options.length > 100) return `${where}.options must be at most 100`;
        for (const [i, o] of options.entries()) {
          if (!isObject(o)) return `${where}.options[${i}] must be an object`;
          const t = textObject(o.text, `${where}.options[${i}].text`, 75);
          if (t) return t;
          const v = str(o.value);
          if (!v || v.length > 150) return `${where}.options[${i}].value must be 1-150 characters`;
        }
      }
      return null;
  }
}

function block(b: unknown, i: number, seen: Set<string>): string | null {
  const where = `blocks[${i}]`;
  if (!isObject(b)) return `${where} must be an object`;
  if (!BLOCK_TYPES.has(String(b.type))) return `${where} has unknown type ${String(b.type)}`;
  const id = str(b.block_id);
  if (id !== undefined) {
    if (id.length === 0 || id.length > 255) return `${where}.block_id must be 1-255 characters`;
    if (seen.has(id)) return `${where}.block_id ${id} is not unique`;
    seen.add(id);
  }
  switch (b.type) {
    case 'section': {
      if (b.text === undefined && b.fields === undefined) return `${where} needs text or fields`;
      if (b.text !== undefined) {
        const t = textObject(b.text, `${where}.text`, 3000);
        if (t) return t;
      }
      if (b.fields !== undefined) {
        if (!Array.isArray(b.fields) || b.fields.length > 10) return `${where}.fields must be at most 10`;
        for (const [j, f] of b.fields.entries()) {
          const t = textObject(f, `${where}.fields[${j}]`, 2000);
          if (t) return t;
        }
      }
      return b.accessory === undefined ? null : element(b.accessory, `${where}.accessory`);
    }
    case 'header':
      return textObject(b.text, `${where}.text`, 150, true);
    case 'context': {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0 || els.length > 10) return `${where}.elements must be 1-10`;
      for (const [j, e] of els.entries()) {
        if (isObject(e) && e.type !== 'image') {
          const t = textObject(e, `${where}.elements[${j}]`, 3000);
          if (t) return t;
        }
      }
      return null;
    }
    case 'actions': {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0 || els.length > 25) return `${where}.elements must be 1-25`;
      for (const [j, e] of els.entries()) {
        const t = element(e, `${where}.elements[${j}]`);
        if (t) return t;
      }
      return null;
    }
    case 'input': {
      const t = textObject(b.label, `${where}.label`, 2000, true);
      if (t) return t;
      if (!isObject(b.element)) return `${where}.element is required`;
      return element(b.element, `${where}.element`);
    }
    case 'image': {
      if (!str(b.alt_text) || str(b.alt_text)!.length > 2000)
        return `${where}.alt_text must be 1-2000 characters`;
      if (!str(b.image_url) || str(b.image_url)!.length > 3000)
        return `${where}.image_url must be 1-3000 characters`;
      return null;
    }
    default:
      return null;
  }
}

/** Checks a list of blocks against Block Kit's limits. */
export function validateBlocks(blocks: unknown, maxBlocks: number): string | null {
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > maxBlocks) return `no more than ${maxBlocks} blocks are allowed`;
  const seen = new Set<string>();
  for (const [i, b] of blocks.entries()) {
    const problem = block(b, i, seen);
    if (problem) return problem;
  }
  return null;
}

export interface Refusal {
  error: string;
  reason?: string;
}

/** chat.postMessage / postEphemeral / update and response_url bodies. */
export function validateMessage(body: Json): Refusal | null {
  const text = str(body.text) ?? '';
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  const hasAttachments = Array.isArray(body.attachments) && body.attachments.length > 0;
  if (!text.trim() && !hasBlocks && !hasAttachments) return { error: 'no_text' };
  if (text.length > 40_000) return { error: 'msg_too_long' };
  if (body.blocks !== undefined) {
    const reason = validateBlocks(body.blocks, 50);
    if (reason) return { error: 'invalid_blocks', reason };
  }
  return null;
}

/** views.open / update / push / publish. */
export function validateView(view: unknown): Refusal | null {
  if (!isObject(view)) return { error: 'invalid_arguments', reason: 'view is required' };
  if (view.type !== 'modal' && view.type !== 'home')
    return { error: 'invalid_arguments', reason: 'view.type' };
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  if (blocks.length > 100)
    return { error: 'invalid_arguments', reason: 'no more than 100 blocks are allowed' };
  if (view.type === 'modal') {
    const title = textObject(view.title, 'view.title', 24, true);
    if (title) return { error: 'invalid_arguments', reason: title };
    for (const key of ['submit', 'close'] as const) {
      if (view[key] !== undefined) {
        const t = textObject(view[key], `view.${key}`, 24, true);
        if (t) return { error: 'invalid_arguments', reason: t };
      }
    }
    if (blocks.some((b) => isObject(b) && b.type === 'input') && view.submit === undefined) {
      return { error: 'invalid_arguments', reason: 'a modal with input blocks needs submit' };
    }
  }
  if (str(view.private_metadata) && str(view.private_metadata)!.length > 3000) {
    return { error: 'invalid_arguments', reason: 'private_metadata must be at most 3000 characters' };
  }
  if (str(view.callback_id) && str(view.callback_id)!.length > 255) {
    return { error: 'invalid_arguments', reason: 'callback_id must be at most 255 characters' };
  }
  const reason = validateBlocks(blocks, 100);
  return reason ? { error: 'invalid_blocks', reason } : null;
}
