// The playground page: a small Slack-like client over the playground server's JSON and SSE API.
// It shows only what Pacer sent (via the server's record of the stand-in) and sends only what
// Slack would send; it never computes an answer of its own.
import { escapeHtml, mrkdwn, readInputs, renderBlocks, renderInput, textObject } from './blocks.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
/** The Home tab is shown in the conversation pane, like a channel of its own. */
const HOME = 'HOME';

const ui = {
  state: null,
  me: params.get('as') || localStorage.getItem('pacer-playground-me') || 'USAM',
  channel: params.get('c') === 'home' ? HOME : params.get('c') || 'CSALES',
  dismissed: new Set(),
  elements: new Map(),
  modalKey: '',
  suggestion: 0,
  lastSeen: new Map(),
  calls: [],
};

function person(id) {
  return ui.state?.people.find((p) => p.id === id);
}

function ctx() {
  const me = person(ui.me);
  return {
    me: ui.me,
    tz: me?.tz ?? ui.state.timezone,
    people: new Map(ui.state.people.map((p) => [p.id, p])),
    register(el, blockId) {
      const key = String(ui.elements.size + 1);
      ui.elements.set(key, { el, blockId });
      return key;
    },
  };
}

async function api(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: ui.me, ...body }),
  });
  const answer = await res.json().catch(() => ({ ok: false, error: `HTTP ${res.status}` }));
  if (!answer.ok && answer.error) toast(answer.error);
  return answer;
}

function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => {
    t.hidden = true;
  }, 4000);
}

function visible(m) {
  return m.channel === ui.channel && (!m.ephemeralFor || m.ephemeralFor === ui.me) && !ui.dismissed.has(m.id);
}

function formatTime(iso, tz, opts) {
  return new Date(iso).toLocaleString('en-US', { timeZone: tz, ...opts });
}

function renderClock() {
  const me = person(ui.me);
  const team = formatTime(ui.state.now, ui.state.timezone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const mine =
    me && me.tz !== ui.state.timezone
      ? ` · ${me.realName.split(' ')[0]}: ${formatTime(ui.state.now, me.tz, { weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false })} (${me.tz})`
      : '';
  $('clock').textContent = `Simulated time: ${team} (${ui.state.timezone})${mine}`;
  $('clock').dataset.now = ui.state.now;
  $('thursday').textContent = `Thursday 15:00 for ${me ? me.realName.split(' ')[0] : 'you'}`;
}

function renderPeople() {
  const select = $('you');
  if (!select.options.length) {
    select.innerHTML = ui.state.people
      .map((p) => `<option value="${p.id}">${escapeHtml(p.realName)} — ${escapeHtml(p.title)}</option>`)
      .join('');
  }
  select.value = ui.me;
}

function unreadIn(channel) {
  const seen = ui.lastSeen.get(channel) ?? 0;
  return ui.state.messages.filter(
    (m) => m.channel === channel && (!m.ephemeralFor || m.ephemeralFor === ui.me) && Date.parse(m.at) > seen,
  ).length;
}

function renderSidebar() {
  const me = person(ui.me);
  const item = (channel, label, testid) => {
    const unread = channel === ui.channel ? 0 : unreadIn(channel);
    return `<li><button data-channel="${channel}" data-testid="${testid}" class="${channel === ui.channel ? 'active' : ''}">${label}${unread ? `<span class="unread">${unread}</span>` : ''}</button></li>`;
  };
  $('channels').innerHTML = item('CSALES', '# sales', 'channel-sales');
  $('dms').innerHTML =
    item(
      HOME,
      '<span class="logo" style="width:18px;height:18px;font-size:11px">P</span> Pacer · Home',
      'app-home',
    ) +
    item(
      me.dm,
      '<span class="logo" style="width:18px;height:18px;font-size:11px">P</span> Pacer',
      'dm-pacer',
    );
  $('others').innerHTML = ui.state.people
    .filter((p) => p.id !== ui.me)
    .map(
      (p) =>
        `<li><button data-as="${p.id}" data-channel="${p.dm}" data-testid="dm-of-${p.id}">${escapeHtml(p.realName)} ↔ Pacer</button></li>`,
    )
    .join('');
}

function renderMessages() {
  $('composer').hidden = ui.channel === HOME;
  if (ui.channel === HOME) return renderHome();
  const box = $('messages');
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  const me = person(ui.me);
  const c = ctx();
  $('title').textContent = ui.channel === 'CSALES' ? '#sales' : 'Pacer';
  $('subtitle').textContent =
    ui.channel === 'CSALES'
      ? 'Announcements: deals, reminders, leaderboards, awards'
      : `Your direct messages with Pacer, as ${me.realName}`;
  $('input').placeholder =
    ui.channel === 'CSALES' ? 'Message #sales — try /deal 12.5k Acme' : 'Message Pacer — try /target';
  const shown = ui.state.messages.filter(visible);
  if (!shown.length) {
    box.innerHTML =
      '<div class="empty">Nothing here yet. Type a command below, or use time travel above. ' +
      '(Messages from before a restart are not kept; <code>npm run playground -- --reset</code> starts the demo over.)</div>';
    return;
  }
  let lastDay = '';
  const html = [];
  for (const m of shown) {
    const day = formatTime(m.at, c.tz, { weekday: 'long', month: 'long', day: 'numeric' });
    if (day !== lastDay) html.push(`<div class="day">${escapeHtml(day)}</div>`);
    lastDay = day;
    ui.currentMessage = m.id;
    const content = m.blocks?.length
      ? renderBlocks(m.blocks, c)
      : `<div class="mrkdwn">${mrkdwn(m.text, c)}</div>`;
    const only = m.ephemeralFor
      ? `<div class="only-you">👁 Only visible to you <button type="button" class="dismiss" data-dismiss="${m.id}">Dismiss</button></div>`
      : '';
    html.push(`<div class="message${m.ephemeralFor ? ' ephemeral' : ''}" data-id="${m.id}" data-testid="message">
      <div class="avatar">P</div><div class="body">${only}
      <div class="meta"><span class="who">Pacer</span><span class="app">APP</span><time>${escapeHtml(formatTime(m.at, c.tz, { hour: 'numeric', minute: '2-digit' }))}</time>${m.edited ? '<span class="edited">(edited)</span>' : ''}</div>
      ${content.replace(/data-el="/g, `data-msg="${m.id}" data-el="`)}${(m.files ?? []).map(fileCard).join('')}</div></div>`);
  }
  box.innerHTML = html.join('');
  if (ui.pending && shown.length > ui.pending.count) {
    window.pacerRoundTrips = [...(window.pacerRoundTrips ?? []), performance.now() - ui.pending.since];
    ui.pending = null;
  }
  if (atBottom || ui.stickBottom) box.scrollTop = box.scrollHeight;
  ui.stickBottom = false;
}

/** A shared file, as Slack shows it under a message: its type, name and size (the bytes stay in the stand-in). */
function fileCard(file) {
  const dot = file.name.lastIndexOf('.');
  const type = dot > 0 ? file.name.slice(dot + 1).toUpperCase() : 'FILE';
  const size = file.size < 1024 ? `${file.size} B` : `${(file.size / 1024).toFixed(1)} KB`;
  return `<div class="file" data-testid="file"><span class="file-icon">${escapeHtml(type)}</span><div><div class="file-name">${escapeHtml(file.title || file.name)}</div><div class="file-meta">${escapeHtml(type)} · ${size}</div></div></div>`;
}

/** Pacer's Home tab for the person, as Pacer last published it; "Opening…" until the fresh publish arrives. */
function renderHome() {
  const box = $('messages');
  const me = person(ui.me);
  $('title').textContent = 'Pacer · Home';
  $('subtitle').textContent = `Pacer's Home tab, as ${me.realName} sees it`;
  const view = ui.state.home?.[ui.me];
  if (!view || view.hash === ui.staleHome) {
    box.innerHTML = '<div class="empty">Opening Pacer\'s Home tab…</div>';
    return;
  }
  const html = renderBlocks(view.blocks ?? [], ctx()).replace(/data-el="/g, 'data-msg="home" data-el="');
  const scroll = box.scrollTop;
  box.innerHTML = `<div class="home" data-testid="home">${html}</div>`;
  // A fresh publish starts at the top, as Slack's tab does; a redraw keeps where the person scrolled to.
  box.scrollTop = view.hash === ui.homeShown ? scroll : 0;
  ui.homeShown = view.hash;
}

/** Opening the tab is what makes Pacer publish it (app_home_opened), as in Slack. */
async function openHome() {
  const me = ui.me;
  ui.staleHome = ui.state.home?.[me]?.hash ?? '';
  ui.homeShown = null;
  const answer = await api('/api/home', {});
  if (!answer.ok || me !== ui.me) return;
  // The stream may already have brought a later publish (the tab again, with its chart): keep that.
  const shown = ui.state.home?.[me];
  if (!(shown?.seq > answer.home.seq)) ui.state.home = { ...ui.state.home, [me]: answer.home };
  ui.staleHome = null;
  if (ui.channel === HOME) render();
}

function renderModal() {
  const layer = $('modal-layer');
  const stack = ui.state.views[ui.me] ?? [];
  const top = stack.at(-1);
  if (!top) {
    layer.hidden = true;
    layer.innerHTML = '';
    ui.modalKey = '';
    return;
  }
  const key = `${top.id}|${top.hash}|${JSON.stringify(top.errors)}|${JSON.stringify(top.view).length}`;
  if (key === ui.modalKey) return;
  const kept = ui.modalKey.split('|')[0] === top.id ? valuesInModal() : {};
  ui.modalKey = key;
  const c = ctx();
  const v = top.view;
  const body = (v.blocks ?? [])
    .map((b) => (b.type === 'input' ? renderInput(b, c, kept, top.errors ?? {}) : renderBlocks([b], c)))
    .join('');
  layer.innerHTML = `<div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" data-testid="modal">
    <div class="modal-header"><span class="avatar">P</span><h2 id="modal-title">${textObject(v.title, c)}</h2><button type="button" class="modal-x" data-close aria-label="Close">×</button></div>
    <form class="modal-body" id="modal-form" novalidate>${body}</form>
    <div class="modal-footer"><button type="button" class="btn" data-close>${escapeHtml(v.close?.text ?? 'Cancel')}</button>${v.submit ? `<button type="submit" form="modal-form" class="btn primary" data-testid="modal-submit">${escapeHtml(v.submit.text)}</button>` : ''}</div></div>`;
  layer.hidden = false;
}

function valuesInModal() {
  const out = {};
  for (const el of $('modal-layer').querySelectorAll('[data-block]')) out[el.dataset.block] = el.value;
  return out;
}

function renderCalls() {
  $('call-list').innerHTML = ui.calls
    .slice(-200)
    .reverse()
    .map((call) => callRow(call))
    .join('');
}

function callRow(call) {
  const reason = call.answer?.response_metadata?.messages?.join(' ') ?? '';
  const outcome = call.ok ? 'ok' : `${call.answer?.error ?? 'refused'}${reason ? ` — ${reason}` : ''}`;
  return `<li class="${call.ok ? '' : 'refused'}" data-testid="call"><details><summary><span class="method">${escapeHtml(call.method)}</span><span class="outcome">${escapeHtml(outcome)}</span></summary>
    <div>arguments</div><pre>${escapeHtml(JSON.stringify(call.args, null, 2))}</pre><div>answer</div><pre>${escapeHtml(JSON.stringify(call.answer, null, 2))}</pre></details></li>`;
}

function render() {
  ui.elements.clear();
  renderClock();
  renderPeople();
  renderSidebar();
  renderMessages();
  renderModal();
  document.body.dataset.ready = 'true';
  document.body.dataset.messages = String(ui.state.messages.length);
}

function markSeen() {
  ui.lastSeen.set(ui.channel, Date.parse(ui.state.now));
}

async function switchTo(me, channel) {
  if (me && me !== ui.me) {
    ui.me = me;
    localStorage.setItem('pacer-playground-me', me);
    ui.lastSeen.clear();
    // The server sends each page what its person can see, so a new person means a new stream.
    const state = await (await fetch(`/api/state?as=${encodeURIComponent(me)}`)).json();
    ui.state = { ...ui.state, ...state };
    connect();
  }
  ui.channel = channel ?? ui.channel;
  if (ui.channel !== 'CSALES' && ui.channel !== HOME) ui.channel = person(ui.me).dm;
  ui.stickBottom = true;
  markSeen();
  ui.modalKey = '';
  if (ui.channel === HOME) openHome();
  render();
}

// Composer: slash commands with the manifest's descriptions and usage hints.
function matchingCommands() {
  const text = $('input').value;
  if (!text.startsWith('/') || /\s/.test(text)) return [];
  return ui.state.commands.filter((c) => c.command.startsWith(text.toLowerCase()));
}

function renderSuggestions() {
  const list = $('suggestions');
  const found = matchingCommands();
  if (!found.length) {
    list.hidden = true;
    return;
  }
  ui.suggestion = Math.min(ui.suggestion, found.length - 1);
  list.innerHTML = found
    .map(
      (c, i) =>
        `<li data-command="${c.command}" class="${i === ui.suggestion ? 'active' : ''}"><span class="cmd">${escapeHtml(c.command)}</span><span class="hint">${escapeHtml(c.usageHint)}</span><div class="desc">${escapeHtml(c.description)}</div></li>`,
    )
    .join('');
  list.hidden = false;
}

function pickSuggestion(command) {
  $('input').value = `${command} `;
  $('suggestions').hidden = true;
  $('input').focus();
}

async function send(text) {
  if (!text.trim()) return;
  if (!text.startsWith('/')) {
    toast('Pacer answers slash commands only — type / to see them.');
    return;
  }
  ui.stickBottom = true;
  // Round trip, typed → rendered: from Enter until Pacer's answer is on screen (read by the bench).
  ui.pending = { since: performance.now(), count: ui.state.messages.filter(visible).length };
  await api('/api/command', { channel: ui.channel, text });
}

function confirmDialog(confirm) {
  return new Promise((resolve) => {
    const layer = $('confirm-layer');
    const c = ctx();
    const style = confirm.style === 'danger' ? 'danger' : 'primary';
    layer.innerHTML = `<div class="dialog" role="alertdialog" data-testid="confirm"><h2>${textObject(confirm.title, c)}</h2><div class="mrkdwn">${textObject(confirm.text, c)}</div>
      <div class="buttons"><button class="btn" data-answer="no">${escapeHtml(confirm.deny?.text ?? 'Cancel')}</button><button class="btn ${style}" data-answer="yes">${escapeHtml(confirm.confirm?.text ?? 'Yes')}</button></div></div>`;
    layer.hidden = false;
    layer.onclick = (event) => {
      const answer = event.target.closest('[data-answer]')?.dataset.answer;
      if (!answer) return;
      layer.hidden = true;
      layer.innerHTML = '';
      resolve(answer === 'yes');
    };
  });
}

async function act(target, extra) {
  const entry = ui.elements.get(target.dataset.el);
  if (!entry) return;
  const { el, blockId } = entry;
  if (el.confirm && !(await confirmDialog(el.confirm))) return;
  const action = {
    actionId: el.action_id,
    blockId: blockId ?? 'b',
    type: el.type,
    text: el.text,
    value: el.value,
    ...extra,
  };
  if (target.dataset.msg === 'home') await api('/api/home-action', { action });
  else await api('/api/action', { messageId: target.dataset.msg, action });
}

function wire() {
  $('you').addEventListener('change', (e) => switchTo(e.target.value, ui.channel));
  $('menu').addEventListener('click', () => $('sidebar').classList.toggle('open'));
  $('sidebar').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-channel]');
    if (!b) return;
    $('sidebar').classList.remove('open');
    switchTo(b.dataset.as ?? ui.me, b.dataset.channel);
  });
  $('toggle-calls').addEventListener('click', () => {
    const calls = $('calls');
    calls.hidden = !calls.hidden;
    $('toggle-calls').setAttribute('aria-pressed', String(!calls.hidden));
  });
  document.querySelector('.travel').addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-to]');
    if (!b) return;
    const buttons = document.querySelectorAll('.travel button');
    for (const x of buttons) x.disabled = true;
    document.body.dataset.travelling = 'true';
    try {
      const answer = await api('/api/travel', { to: b.dataset.to });
      if (answer.ok) {
        const ran = answer.legs.map((l) => l.job);
        toast(
          `Now ${formatTime(answer.now, ui.state.timezone, { weekday: 'long', hour: '2-digit', minute: '2-digit', hour12: false })}. ${ran.length ? `Ran: ${[...new Set(ran)].join(', ')}` : 'No job was due on the way.'}`,
        );
      }
    } finally {
      for (const x of buttons) x.disabled = false;
      delete document.body.dataset.travelling;
    }
  });
  const input = $('input');
  input.addEventListener('input', () => {
    ui.suggestion = 0;
    renderSuggestions();
  });
  input.addEventListener('keydown', (e) => {
    const found = $('suggestions').hidden ? [] : matchingCommands();
    if (!found.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      ui.suggestion = (ui.suggestion + (e.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length;
      renderSuggestions();
    } else if (e.key === 'Tab' || (e.key === 'Enter' && input.value !== found[ui.suggestion].command)) {
      e.preventDefault();
      pickSuggestion(found[ui.suggestion].command);
    } else if (e.key === 'Escape') {
      $('suggestions').hidden = true;
    }
  });
  $('suggestions').addEventListener('mousedown', (e) => {
    const li = e.target.closest('li[data-command]');
    if (!li) return;
    e.preventDefault();
    pickSuggestion(li.dataset.command);
  });
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value;
    input.value = '';
    $('suggestions').hidden = true;
    send(text);
  });
  const messages = $('messages');
  messages.addEventListener('click', (e) => {
    const dismiss = e.target.closest('[data-dismiss]');
    if (dismiss) {
      ui.dismissed.add(dismiss.dataset.dismiss);
      renderMessages();
      return;
    }
    const button = e.target.closest('button[data-el]');
    if (button) act(button, {});
  });
  messages.addEventListener('change', (e) => {
    const target = e.target.closest('[data-el]');
    if (!target?.value) return;
    const entry = ui.elements.get(target.dataset.el);
    if (!entry) return;
    if (entry.el.type === 'datepicker') act(target, { selectedDate: target.value });
    else {
      const option = (entry.el.options ?? []).find((o) => o.value === target.value);
      act(target, { selectedOption: option ?? { value: target.value } });
    }
  });
  const layer = $('modal-layer');
  layer.addEventListener('click', (e) => {
    if (e.target.closest('[data-close]')) api('/api/close', {});
  });
  layer.addEventListener('submit', async (e) => {
    e.preventDefault();
    const top = (ui.state.views[ui.me] ?? []).at(-1);
    if (!top) return;
    const form = $('modal-form');
    // Slack checks required fields itself before anything is sent.
    let missing = false;
    for (const block of top.view.blocks ?? []) {
      if (block.type !== 'input' || block.optional) continue;
      const el = form.querySelector(`[data-block="${CSS.escape(block.block_id)}"]`);
      const wrap = el?.closest('.input-block');
      wrap?.querySelector('.error.required')?.remove();
      if (el && !el.value) {
        missing = true;
        wrap.insertAdjacentHTML(
          'beforeend',
          '<div class="error required" role="alert">Please complete this required field.</div>',
        );
      }
    }
    if (missing) return;
    ui.modalKey = `${top.id}|pending`;
    await api('/api/submit', { values: readInputs(form, top.view) });
  });
}

function connect() {
  ui.events?.close();
  const events = new EventSource(`/api/events?as=${encodeURIComponent(ui.me)}`);
  ui.events = events;
  events.addEventListener('state', (e) => {
    const next = JSON.parse(e.data);
    ui.state = { ...ui.state, ...next };
    render();
    markSeenIfOpen();
  });
  events.addEventListener('call', (e) => {
    ui.calls.push(JSON.parse(e.data));
    if (ui.calls.length > 400) ui.calls.splice(0, ui.calls.length - 400);
    if (!$('calls').hidden) renderCalls();
  });
  events.onerror = () => {
    $('clock').textContent = 'Connection to the playground lost — is npm run playground still running?';
  };
}

function markSeenIfOpen() {
  if (document.visibilityState === 'visible') markSeen();
}

async function start() {
  let state = await (await fetch(`/api/state?as=${encodeURIComponent(ui.me)}`)).json();
  if (!state.people.some((p) => p.id === ui.me)) {
    ui.me = state.people[0].id;
    state = await (await fetch(`/api/state?as=${encodeURIComponent(ui.me)}`)).json();
  }
  ui.state = state;
  ui.calls = state.calls ?? [];
  if (ui.channel !== 'CSALES' && ui.channel !== HOME) ui.channel = person(ui.me).dm;
  wire();
  ui.stickBottom = true;
  markSeen();
  if (ui.channel === HOME) openHome();
  render();
  // Page ready: from navigation start to the seeded workspace drawn (read by the bench).
  window.pacerReadyMs = performance.now();
  new MutationObserver(() => {
    if (!$('calls').hidden) renderCalls();
  }).observe($('calls'), { attributes: true, attributeFilter: ['hidden'] });
  connect();
}

start();
