/* global document, window, sessionStorage, URLSearchParams */
// The moderation page (GET /moderate). Plain browser JavaScript, served as a file so the
// Content-Security-Policy can forbid inline scripts. Comment text, names and reasons come from readers:
// every one of them is put in the page with textContent / text nodes, never as HTML.
'use strict';

(() => {
  const STORAGE_KEY = 'warden.key';
  const state = {
    key: sessionStorage.getItem(STORAGE_KEY),
    me: null,
    clauses: new Map(),
    items: [],
    selected: 0,
    cursor: null,
    author: null,
  };

  const $ = (id) => document.getElementById(id);

  /** Builds an element; string children become text nodes (never parsed as HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function say(message, isError) {
    const status = $('status');
    status.textContent = message;
    status.className = isError ? 'error' : '';
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(() => (status.textContent = ''), isError ? 8000 : 3000);
  }

  async function api(method, path, body) {
    const headers = { authorization: `Bearer ${state.key}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const err = new Error((data && data.error && data.error.message) || `HTTP ${res.status}`);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // ---- signing in --------------------------------------------------------------------------------

  function showLogin(message) {
    $('app').hidden = true;
    $('nav').hidden = true;
    $('who').hidden = true;
    $('login').hidden = false;
    if (message) say(message, true);
    $('key').focus();
  }

  async function start() {
    if (!state.key) return showLogin();
    try {
      state.me = await api('GET', '/v1/me');
    } catch (err) {
      sessionStorage.removeItem(STORAGE_KEY);
      state.key = null;
      return showLogin(err.status === 401 ? 'That key is unknown or revoked.' : err.message);
    }
    if (state.me.role === 'site') {
      sessionStorage.removeItem(STORAGE_KEY);
      state.key = null;
      return showLogin('A site key cannot moderate: use a moderator or admin key.');
    }
    const policy = await fetch('/v1/policy').then((r) => r.json());
    for (const c of policy.clauses) state.clauses.set(c.id, c.text);
    const select = $('filter-category');
    if (select.options.length === 1) for (const name of Object.keys(policy.categories)) select.append(el('option', { value: name }, name));
    $('login').hidden = true;
    $('app').hidden = false;
    $('nav').hidden = false;
    $('who').hidden = false;
    $('who').textContent = `${state.me.name} (${state.me.role})`;
    $('dashboard-link').hidden = state.me.role !== 'admin';
    await loadQueue(false);
  }

  // ---- the queue ---------------------------------------------------------------------------------

  async function loadQueue(more) {
    const params = new URLSearchParams({ limit: '50' });
    const category = $('filter-category').value;
    const thread = $('filter-thread').value.trim();
    if (category) params.set('category', category);
    if (thread) params.set('threadId', thread);
    if (more && state.cursor) params.set('cursor', state.cursor);
    try {
      const page = await api('GET', `/v1/moderation/queue?${params}`);
      state.items = more ? state.items.concat(page.items) : page.items;
      state.cursor = page.nextCursor;
      if (!more) state.selected = 0;
      render();
    } catch (err) {
      say(`Could not load the queue: ${err.message}`, true);
    }
  }

  /**
   * The comment text with every reason's span (start/end, UTF-16 offsets into the original text)
   * marked. Overlapping spans are cut at every boundary so each piece is marked once, titled with all
   * the rules that cover it.
   */
  function highlighted(text, reasons) {
    const spans = (reasons || []).filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start && r.end <= text.length);
    const cuts = new Set([0, text.length]);
    for (const r of spans) {
      cuts.add(r.start);
      cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter((r) => r.start <= from && r.end >= to);
      if (!covering.length) out.push(piece);
      else out.push(el('mark', { title: covering.map((r) => `${r.rule} (${r.category}, clause ${r.clause})`).join('; '), dataset: { rule: covering[0].rule } }, piece));
    }
    return out;
  }

  function reasonItem(r) {
    const clause = state.clauses.get(r.clause);
    return el(
      'li',
      {},
      el('strong', {}, r.rule),
      ` · ${r.category} · ${r.severity || ''} · `,
      r.excerpt ? el('q', {}, r.excerpt) : null,
      r.explanation ? ` ${r.explanation}` : null,
      el('div', { class: 'clause' }, `clause ${r.clause}${clause ? `: “${clause}”` : ''}`),
    );
  }

  function itemView(item, index) {
    const reasons = item.verdict ? item.verdict.reasons : [];
    const authorLabel = item.author.name ? `${item.author.name} (${item.author.id})` : item.author.id;
    const reasonInput = el('input', { type: 'text', class: 'decision-reason', placeholder: 'reason (optional)', 'aria-label': 'reason' });
    return el(
      'li',
      { class: `item${index === state.selected ? ' selected' : ''}`, dataset: { id: item.id }, onclick: () => select(index) },
      el(
        'header',
        {},
        el('button', { type: 'button', class: 'author-link', onclick: () => openAuthor(item.author.id) }, authorLabel),
        el('span', { class: 'muted' }, `${item.site} · ${item.threadId || 'no thread'} · ${new Date(item.createdAt).toLocaleString()}`),
        // A held comment's status says why it is queued; other statuses (an approved comment that was reported) show too.
        item.status === 'flagged' ? null : el('span', { class: 'badge' }, item.status),
        item.queuedFor.map((q) => el('span', { class: `badge ${q}` }, q === 'reported' ? `reported ×${item.openReports}` : 'held')),
      ),
      el('div', { class: 'text' }, highlighted(item.text, reasons)),
      reasons.length ? el('ul', { class: 'reasons' }, reasons.map(reasonItem)) : null,
      item.reports.length
        ? el('ul', { class: 'reports' }, item.reports.map((r) => el('li', {}, `report: ${r.reason}`, r.reporterId ? el('span', { class: 'muted' }, ` (by ${r.reporterId})`) : null)))
        : null,
      el(
        'div',
        { class: 'actions' },
        reasonInput,
        el('button', { type: 'button', class: 'approve', onclick: (e) => (e.stopPropagation(), decide(index, 'approve')) }, 'Approve (a)'),
        el('button', { type: 'button', class: 'reject', onclick: (e) => (e.stopPropagation(), decide(index, 'reject')) }, 'Reject (r)'),
      ),
    );
  }

  function render() {
    const list = $('queue');
    list.replaceChildren(...state.items.map(itemView));
    $('empty').hidden = state.items.length > 0;
    $('more').hidden = !state.cursor;
  }

  function select(index) {
    if (!state.items.length) return;
    state.selected = Math.max(0, Math.min(index, state.items.length - 1));
    const nodes = $('queue').children;
    for (let i = 0; i < nodes.length; i++) nodes[i].classList.toggle('selected', i === state.selected);
    nodes[state.selected].scrollIntoView({ block: 'nearest' });
  }

  async function decide(index, decision) {
    const item = state.items[index];
    if (!item) return;
    const node = $('queue').children[index];
    const reason = node.querySelector('.decision-reason').value.trim();
    try {
      const updated = await api('POST', `/v1/moderation/comments/${encodeURIComponent(item.id)}/decision`, reason ? { decision, reason } : { decision });
      state.items.splice(index, 1);
      state.selected = Math.min(index, state.items.length - 1);
      render();
      say(`${decision === 'approve' ? 'Approved' : 'Rejected'}: ${updated.author.name || updated.author.id} (now ${updated.status})`);
      if (state.author && state.author.id === item.author.id) openAuthor(item.author.id);
    } catch (err) {
      say(`Decision failed: ${err.message}`, true);
    }
  }

  // ---- the author's history, blocks ---------------------------------------------------------------

  async function openAuthor(authorId) {
    const panel = $('author');
    try {
      const a = await api('GET', `/v1/users/${encodeURIComponent(authorId)}`);
      state.author = a;
      panel.replaceChildren(...authorView(a));
      panel.hidden = false;
    } catch (err) {
      say(`Could not load the author: ${err.message}`, true);
    }
  }

  function blockLine(b) {
    const until = b.expiresAt ? `until ${new Date(b.expiresAt).toLocaleString()}` : 'until lifted';
    const state_ = b.active ? 'active' : b.liftedAt ? `lifted ${new Date(b.liftedAt).toLocaleString()}` : 'expired';
    return el('li', {}, `${b.automatic ? 'automatic' : 'by an admin'}, ${until} (${state_}): `, b.reason);
  }

  function authorView(a) {
    const parts = [
      el('h2', {}, a.name ? `${a.name} (${a.id})` : a.id),
      el('p', {}, `${a.totalComments} comments · ${a.violations.inWindow} violations in the last ${a.violations.windowDays} days · `, a.blocked ? el('strong', { class: 'blocked' }, 'blocked') : 'not blocked'),
      el('h3', {}, 'Blocks'),
      a.blocks.length ? el('ul', { class: 'blocks' }, a.blocks.map(blockLine)) : el('p', { class: 'muted' }, 'none'),
      el('h3', {}, 'Violations'),
      a.violations.items.length
        ? el('ul', {}, a.violations.items.map((v) => el('li', {}, `${new Date(v.createdAt).toLocaleDateString()} · ${v.categories.join(', ')} · by ${v.decidedBy}: `, el('q', {}, v.excerpt))))
        : el('p', { class: 'muted' }, 'none'),
      el('h3', {}, 'Recent comments'),
      el('ul', {}, a.comments.map((c) => el('li', {}, el('span', { class: 'badge' }, c.status), ' ', c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text))),
    ];
    if (state.me && state.me.role === 'admin') parts.push(...adminControls(a));
    parts.push(el('button', { type: 'button', onclick: () => (($('author').hidden = true), (state.author = null)) }, 'Close'));
    return parts;
  }

  function adminControls(a) {
    const reason = el('input', { id: 'block-reason', type: 'text', required: true, placeholder: 'reason (shown in the audit trail)' });
    const hours = el('input', { id: 'block-hours', type: 'number', min: '1', step: '1', placeholder: 'hours (empty: until lifted)' });
    const form = el(
      'form',
      {
        id: 'block-form',
        onsubmit: async (e) => {
          e.preventDefault();
          const body = { reason: reason.value.trim() };
          if (hours.value) body.durationHours = Number(hours.value);
          try {
            await api('POST', `/v1/users/${encodeURIComponent(a.id)}/block`, body);
            say(`Blocked ${a.id}`);
            openAuthor(a.id);
          } catch (err) {
            say(`Block failed: ${err.message}`, true);
          }
        },
      },
      el('h3', {}, 'Block this author'),
      reason,
      hours,
      el('button', { id: 'block-submit', type: 'submit', class: 'danger' }, 'Block'),
    );
    const lift = a.blocked
      ? el(
          'button',
          {
            id: 'unblock',
            type: 'button',
            onclick: async () => {
              try {
                await api('DELETE', `/v1/users/${encodeURIComponent(a.id)}/block`);
                say(`Lifted the block on ${a.id}`);
                openAuthor(a.id);
              } catch (err) {
                say(`Lifting failed: ${err.message}`, true);
              }
            },
          },
          'Lift block',
        )
      : null;
    return [form, lift];
  }

  // ---- wiring ------------------------------------------------------------------------------------

  $('login').addEventListener('submit', (e) => {
    e.preventDefault();
    state.key = $('key').value.trim();
    $('key').value = '';
    sessionStorage.setItem(STORAGE_KEY, state.key);
    start();
  });
  $('logout').addEventListener('click', () => {
    sessionStorage.removeItem(STORAGE_KEY);
    state.key = null;
    state.items = [];
    render();
    showLogin();
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    loadQueue(false);
  });
  $('refresh').addEventListener('click', () => loadQueue(false));
  $('more').addEventListener('click', () => loadQueue(true));

  document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || $('app').hidden) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    const item = state.items[state.selected];
    if (e.key === 'j') select(state.selected + 1);
    else if (e.key === 'k') select(state.selected - 1);
    else if (e.key === 'a') decide(state.selected, 'approve');
    else if (e.key === 'r') decide(state.selected, 'reject');
    else if (e.key === 'h' && item) openAuthor(item.author.id);
    else return;
    e.preventDefault();
  });

  start();
})();
