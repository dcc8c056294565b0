// Renders Slack's Block Kit and mrkdwn as HTML, the way Slack's client shows them.
// Everything from a message is escaped here; nothing from Pacer becomes markup unescaped.

const EMOJI = {
  trophy: '🏆',
  warning: '⚠️',
  white_check_mark: '✅',
  x: '❌',
  wave: '👋',
  tada: '🎉',
  rocket: '🚀',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  construction: '🚧',
  clap: '👏',
  first_place_medal: '🥇',
  second_place_medal: '🥈',
  third_place_medal: '🥉',
  chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉',
  star: '⭐',
  star2: '🌟',
  fire: '🔥',
  moneybag: '💰',
  dart: '🎯',
  calendar: '📅',
  memo: '📝',
  bell: '🔔',
  bulb: '💡',
  handshake: '🤝',
  muscle: '💪',
  sparkles: '✨',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  red_circle: '🔴',
  large_blue_circle: '🔵',
  heavy_check_mark: '✔️',
  speech_balloon: '💬',
  raised_hands: '🙌',
  eyes: '👀',
  thumbsup: '👍',
  '+1': '👍',
  sunglasses: '😎',
  smile: '😄',
  slightly_smiling_face: '🙂',
  information_source: 'ℹ️',
  lock: '🔒',
  pushpin: '📌',
  mag: '🔍',
  gift: '🎁',
  medal: '🏅',
  sports_medal: '🏅',
  crown: '👑',
  zap: '⚡',
  arrow_up: '⬆️',
  arrow_down: '⬇️',
  arrow_right: '➡️',
  chart: '💹',
  briefcase: '💼',
  email: '📧',
  new: '🆕',
  repeat: '🔁',
  no_entry: '⛔',
  question: '❓',
  exclamation: '❗',
  heart: '❤️',
  rotating_light: '🚨',
  bar_chart: '📊',
  checkered_flag: '🏁',
  key: '🔑',
  raising_hand: '🙋',
  heavy_minus_sign: '➖',
  small_red_triangle_down: '🔻',
  white_large_square: '⬜',
};

/** Where an image comes from: its image_url, or a file uploaded to the stand-in (slack_file.id). */
function imageSource(image) {
  if (image.image_url) return image.image_url;
  const id = image.slack_file?.id;
  return typeof id === 'string' && /^F\w+$/.test(id) ? `/api/file/${id}` : '';
}

export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** Slack's own entities (&amp; &lt; &gt;) back to characters, before escaping for HTML. */
function decodeSlack(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function emojiOf(name) {
  return EMOJI[name] ?? `:${name}:`;
}

function personName(ctx, id) {
  const p = ctx.people.get(id);
  return p ? p.realName : id;
}

function angleToken(inner, ctx) {
  const [target, label] = splitOnce(inner, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const me = id === ctx.me ? ' me' : '';
    return `<span class="mention${me}" data-user="${escapeHtml(id)}">@${escapeHtml(personName(ctx, id))}</span>`;
  }
  if (target.startsWith('#')) {
    const name = label || (target.slice(1) === 'CSALES' ? 'sales' : target.slice(1).toLowerCase());
    return `<span class="mention">#${escapeHtml(decodeSlack(name))}</span>`;
  }
  if (target.startsWith('!date^')) {
    const [, seconds, format] = target.split('^');
    return escapeHtml(formatDateToken(Number(seconds), format, ctx) ?? decodeSlack(label ?? ''));
  }
  if (target.startsWith('!')) {
    const name = target.slice(1).split('^')[0];
    return `<span class="mention">@${escapeHtml(label ? decodeSlack(label) : name)}</span>`;
  }
  const url = decodeSlack(target);
  if (!/^(https?:|mailto:)/i.test(url)) return escapeHtml(decodeSlack(label ?? target));
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(decodeSlack(label ?? target))}</a>`;
}

function formatDateToken(seconds, format, ctx) {
  if (!Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  const opts = { timeZone: ctx.tz };
  if (/date_short|date_long|date_num|date_pretty|date_short_pretty|date_long_pretty/.test(format ?? '')) {
    Object.assign(opts, { month: 'short', day: 'numeric', year: 'numeric' });
  }
  if (/\{time/.test(format ?? '')) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  return date.toLocaleString('en-US', opts);
}

function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

/**
 * mrkdwn to HTML: <@U…>, <#C…|name>, <!here>, <url|label>, *bold*, _italic_, ~strike~, `code`,
 * ```blocks```, > quotes and :emoji:. Tokens become placeholders first, so the formatting rules
 * can wrap them (*<@U1>*) without ever seeing their markup.
 */
export function mrkdwn(text, ctx) {
  const tokens = [];
  const hold = (html) => `\uE000${tokens.push(html) - 1}\uE001`;
  let s = String(text ?? '');
  s = s.replace(/```([\s\S]*?)```/g, (_, code) =>
    hold(`<pre>${escapeHtml(decodeSlack(code.replace(/^\n/, '')))}</pre>`),
  );
  s = s.replace(/`([^`\n]+)`/g, (_, code) => hold(`<code>${escapeHtml(decodeSlack(code))}</code>`));
  s = s.replace(/<([^<>\n]+)>/g, (_, inner) => hold(angleToken(inner, ctx)));
  s = escapeHtml(decodeSlack(s));
  const edge = '(^|[\\s(\\uE001>]|&quot;)';
  const end = '(?=$|[\\s).,!?:;\\uE000<]|&quot;)';
  s = s.replace(new RegExp(`${edge}\\*([^*\\n]+?)\\*${end}`, 'g'), '$1<b>$2</b>');
  s = s.replace(new RegExp(`${edge}_([^_\\n]+?)_${end}`, 'g'), '$1<i>$2</i>');
  s = s.replace(new RegExp(`${edge}~([^~\\n]+?)~${end}`, 'g'), '$1<s>$2</s>');
  s = s.replace(/:([a-z0-9_+-]+):/g, (whole, name) => (EMOJI[name] ? EMOJI[name] : whole));
  s = s
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('\n')
    .replace(/\n/g, '<br>')
    .replace(/<\/blockquote><br>/g, '</blockquote>');
  return s.replace(/\uE000(\d+)\uE001/g, (_, i) => tokens[Number(i)]);
}

/** plain_text or mrkdwn text objects. */
export function textObject(t, ctx) {
  if (!t) return '';
  if (t.type === 'mrkdwn') return mrkdwn(t.text, ctx);
  const html = escapeHtml(t.text ?? '');
  return t.emoji === false ? html : html.replace(/:([a-z0-9_+-]+):/g, (w, n) => EMOJI[n] ?? w);
}

function plain(t) {
  return t?.text ?? '';
}

/** An interactive element of a message: a button, select, overflow or date picker. */
function element(el, blockId, ctx) {
  const key = ctx.register(el, blockId);
  switch (el.type) {
    case 'button': {
      const style = el.style === 'primary' ? ' primary' : el.style === 'danger' ? ' danger' : '';
      if (el.url) {
        return `<a class="btn${style}" href="${escapeHtml(el.url)}" target="_blank" rel="noopener noreferrer" data-el="${key}">${textObject(el.text, ctx)}</a>`;
      }
      return `<button type="button" class="btn${style}" data-el="${key}">${textObject(el.text, ctx)}</button>`;
    }
    case 'static_select':
    case 'external_select': {
      const options = (el.option_groups ?? [{ options: el.options ?? [] }]).flatMap((g) => g.options ?? []);
      const initial = el.initial_option?.value;
      return `<select class="el" data-el="${key}"><option value="">${escapeHtml(plain(el.placeholder) || 'Select an item')}</option>${options
        .map(
          (o) =>
            `<option value="${escapeHtml(o.value)}"${o.value === initial ? ' selected' : ''}>${escapeHtml(plain(o.text))}</option>`,
        )
        .join('')}</select>`;
    }
    case 'users_select':
      return `<select class="el" data-el="${key}"><option value="">${escapeHtml(plain(el.placeholder) || 'Select a person')}</option>${[
        ...ctx.people.values(),
      ]
        .map(
          (p) =>
            `<option value="${p.id}"${p.id === el.initial_user ? ' selected' : ''}>${escapeHtml(p.realName)}</option>`,
        )
        .join('')}</select>`;
    case 'overflow':
      return `<select class="el overflow" data-el="${key}" aria-label="More actions"><option value="">⋯</option>${(
        el.options ?? []
      )
        .map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(plain(o.text))}</option>`)
        .join('')}</select>`;
    case 'datepicker':
      return `<input class="el" type="date" data-el="${key}" value="${escapeHtml(el.initial_date ?? '')}">`;
    case 'image':
      return `<img src="${escapeHtml(imageSource(el))}" alt="${escapeHtml(el.alt_text ?? '')}">`;
    default:
      return `<span class="el">[${escapeHtml(el.type)}]</span>`;
  }
}

function richText(block, ctx) {
  const inline = (els) =>
    (els ?? [])
      .map((e) => {
        if (e.type === 'text') {
          let h = escapeHtml(e.text).replace(/\n/g, '<br>');
          if (e.style?.code) h = `<code>${h}</code>`;
          if (e.style?.bold) h = `<b>${h}</b>`;
          if (e.style?.italic) h = `<i>${h}</i>`;
          if (e.style?.strike) h = `<s>${h}</s>`;
          return h;
        }
        if (e.type === 'link')
          return `<a href="${escapeHtml(e.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(e.text ?? e.url)}</a>`;
        if (e.type === 'user') return angleToken(`@${e.user_id}`, ctx);
        if (e.type === 'channel') return angleToken(`#${e.channel_id}`, ctx);
        if (e.type === 'emoji') return emojiOf(e.name);
        if (e.type === 'broadcast') return `<span class="mention">@${escapeHtml(e.range)}</span>`;
        return '';
      })
      .join('');
  const part = (p) => {
    if (p.type === 'rich_text_section') return `<div>${inline(p.elements)}</div>`;
    if (p.type === 'rich_text_preformatted') return `<pre>${inline(p.elements)}</pre>`;
    if (p.type === 'rich_text_quote') return `<blockquote>${inline(p.elements)}</blockquote>`;
    if (p.type === 'rich_text_list') {
      const tag = p.style === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${(p.elements ?? []).map((li) => `<li>${inline(li.elements)}</li>`).join('')}</${tag}>`;
    }
    return '';
  };
  return `<div class="block rich-text mrkdwn">${(block.elements ?? []).map(part).join('')}</div>`;
}

/** One message or Home block. Input blocks belong to modals (renderInput). */
export function renderBlock(block, ctx) {
  switch (block.type) {
    case 'section': {
      const text = block.text ? `<div class="mrkdwn">${textObject(block.text, ctx)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="fields">${block.fields.map((f) => `<div class="mrkdwn">${textObject(f, ctx)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<div class="accessory">${element(block.accessory, block.block_id, ctx)}</div>`
        : '';
      return `<div class="block section"><div class="fields-wrap">${text}${fields}</div>${accessory}</div>`;
    }
    case 'header':
      return `<div class="block header-block">${textObject(block.text, ctx)}</div>`;
    case 'divider':
      return '<hr class="divider">';
    case 'context':
      return `<div class="block context">${(block.elements ?? [])
        .map((e) =>
          e.type === 'image'
            ? element(e, block.block_id, ctx)
            : `<span class="mrkdwn">${textObject(e, ctx)}</span>`,
        )
        .join('')}</div>`;
    case 'image':
      return `<div class="block image-block">${block.title ? `<div>${textObject(block.title, ctx)}</div>` : ''}<img src="${escapeHtml(imageSource(block))}" alt="${escapeHtml(block.alt_text ?? '')}"></div>`;
    case 'actions':
      return `<div class="block actions">${(block.elements ?? []).map((e) => element(e, block.block_id, ctx)).join('')}</div>`;
    case 'rich_text':
      return richText(block, ctx);
    case 'input':
      return renderInput(block, ctx, {}, {});
    default:
      return `<div class="block context">[${escapeHtml(block.type)} block]</div>`;
  }
}

export function renderBlocks(blocks, ctx) {
  return blocks.map((b) => renderBlock(b, ctx)).join('');
}

/** An input block of a modal, with what the person entered so far and Pacer's error under it. */
export function renderInput(block, ctx, values, errors) {
  const el = block.element ?? {};
  const id = `in-${block.block_id}`;
  const current = values[block.block_id];
  const error = errors[block.block_id];
  const attrs = `class="el" id="${escapeHtml(id)}" data-block="${escapeHtml(block.block_id)}" data-action="${escapeHtml(el.action_id ?? '')}" data-type="${escapeHtml(el.type)}"`;
  let control;
  switch (el.type) {
    case 'plain_text_input': {
      const value = escapeHtml(current ?? el.initial_value ?? '');
      const max = el.max_length ? ` maxlength="${Number(el.max_length)}"` : '';
      const ph = escapeHtml(plain(el.placeholder));
      control = el.multiline
        ? `<textarea ${attrs}${max} placeholder="${ph}">${value}</textarea>`
        : `<input ${attrs}${max} placeholder="${ph}" value="${value}">`;
      break;
    }
    case 'number_input':
      control = `<input ${attrs} type="number" value="${escapeHtml(current ?? el.initial_value ?? '')}">`;
      break;
    case 'datepicker':
      control = `<input ${attrs} type="date" value="${escapeHtml(current ?? el.initial_date ?? '')}">`;
      break;
    case 'timepicker':
      control = `<input ${attrs} type="time" value="${escapeHtml(current ?? el.initial_time ?? '')}">`;
      break;
    case 'static_select':
    case 'radio_buttons': {
      const options = (el.option_groups ?? [{ options: el.options ?? [] }]).flatMap((g) => g.options ?? []);
      const selected = current ?? el.initial_option?.value ?? '';
      control = `<select ${attrs}><option value="">${escapeHtml(plain(el.placeholder) || 'Select an item')}</option>${options
        .map(
          (o) =>
            `<option value="${escapeHtml(o.value)}"${o.value === selected ? ' selected' : ''}>${escapeHtml(plain(o.text))}</option>`,
        )
        .join('')}</select>`;
      break;
    }
    case 'users_select': {
      const selected = current ?? el.initial_user ?? '';
      control = `<select ${attrs}><option value="">${escapeHtml(plain(el.placeholder) || 'Select a person')}</option>${[
        ...ctx.people.values(),
      ]
        .map(
          (p) =>
            `<option value="${p.id}"${p.id === selected ? ' selected' : ''}>${escapeHtml(p.realName)}</option>`,
        )
        .join('')}</select>`;
      break;
    }
    default:
      control = `<span class="el">[${escapeHtml(el.type)}]</span>`;
  }
  const optional = block.optional ? ' <span class="optional">(optional)</span>' : '';
  const hint = block.hint ? `<div class="field-hint">${textObject(block.hint, ctx)}</div>` : '';
  const err = error
    ? `<div class="error" role="alert" data-testid="field-error-${escapeHtml(block.block_id)}">${escapeHtml(error)}</div>`
    : '';
  return `<div class="input-block${error ? ' has-error' : ''}"><label for="${escapeHtml(id)}">${textObject(block.label, ctx)}${optional}</label>${control}${hint}${err}</div>`;
}

/** view.state.values from the inputs of a rendered modal, shaped as Slack sends them. */
export function readInputs(root, view) {
  const values = {};
  for (const block of view.blocks ?? []) {
    if (block.type !== 'input') continue;
    const el = block.element ?? {};
    const input = root.querySelector(`[data-block="${CSS.escape(block.block_id)}"]`);
    const raw = input ? input.value : '';
    const action = el.action_id ?? 'value';
    let entry;
    switch (el.type) {
      case 'static_select':
      case 'radio_buttons': {
        const options = (el.option_groups ?? [{ options: el.options ?? [] }]).flatMap((g) => g.options ?? []);
        entry = { type: el.type, selected_option: options.find((o) => o.value === raw) ?? null };
        break;
      }
      case 'users_select':
        entry = { type: el.type, selected_user: raw || null };
        break;
      case 'datepicker':
        entry = { type: el.type, selected_date: raw || null };
        break;
      case 'timepicker':
        entry = { type: el.type, selected_time: raw || null };
        break;
      default:
        entry = { type: el.type, value: raw === '' ? null : raw };
    }
    values[block.block_id] = { [action]: entry };
  }
  return values;
}
