// corridor's analyst page: plain ES module, no build step, nothing fetched from elsewhere.
// Everything that comes from the API (article text above all) is inserted as text nodes
// (el(), append(), textContent), never as HTML. The view state lives in the URL hash.

const PAGE_SIZE = 100;
const FILTERS = ['q', 'sector', 'status', 'country', 'org'];

const byId = (id) => document.getElementById(id);
const form = byId('filters');
const inputs = {
  q: byId('f-q'),
  sector: byId('f-sector'),
  status: byId('f-status'),
  country: byId('f-country'),
};
const rowsBody = byId('project-rows');
const panel = byId('panel');
const panelBody = byId('panel-body');

const regionNames = safe(() => new Intl.DisplayNames(['en'], { type: 'region' }));
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });

// ---------------------------------------------------------------------------- DOM helpers

/** Creates an element; strings among the children become text nodes. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function safe(fn, fallback = null) {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------------------- formatting

const DASH = '\u2014';

function humanize(code) {
  return code ? String(code).replaceAll('_', ' ') : DASH;
}

function sectorLabel(sector) {
  if (!sector) return DASH;
  const [top, sub] = String(sector).split('.');
  const head = humanize(top);
  return sub ? `${head}: ${humanize(sub)}` : head;
}

function countryName(code) {
  if (!code) return DASH;
  return safe(() => regionNames?.of(code)) ?? code;
}

function qualifierWord(qualifier) {
  return { over: 'over ', under: 'under ', about: 'about ', up_to: 'up to ' }[qualifier] ?? '';
}

function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '?';
  return Math.abs(value) >= 1e6 ? compactFormat.format(value) : numberFormat.format(value);
}

function formatCapacity(c) {
  const range = typeof c.min === 'number' ? `${formatNumber(c.min)}\u2013${formatNumber(c.value)}` : formatNumber(c.value);
  return `${qualifierWord(c.qualifier)}${range} ${c.unit ?? ''}${c.item ? ` (${c.item})` : ''}`.trim();
}

function formatMoney(value, currency) {
  return safe(
    () =>
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 2,
      }).format(value),
    `${currency ?? ''} ${formatNumber(value)}`.trim(),
  );
}

function formatAmount(a) {
  if (!a) return DASH;
  const range = typeof a.min === 'number' ? `${formatMoney(a.min, a.currency)}\u2013` : '';
  return `${qualifierWord(a.qualifier)}${range}${formatMoney(a.value, a.currency)}`;
}

function lastReported(project) {
  let latest = null;
  for (const d of project.documents ?? []) if (d.published && (!latest || d.published > latest)) latest = d.published;
  return latest;
}

function documentTitle(d) {
  return d.title || d.path || d.input || `Document ${d.id}`;
}

/** Only http(s) links from article metadata become clickable. */
function safeHttpUrl(url) {
  const parsed = safe(() => new URL(url));
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null;
}

function statusBadge(status) {
  return el('span', { class: 'status', 'data-status': status ?? 'unknown' }, humanize(status ?? 'unknown'));
}

// ---------------------------------------------------------------------------- API

const cache = new Map();

async function getJSON(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.error ?? `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** Project and document details do not change while the page is open: fetch each once. */
function getCached(path) {
  if (!cache.has(path)) {
    const pending = getJSON(path);
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return cache.get(path);
}

// ---------------------------------------------------------------------------- view state (URL hash)

function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const state = {};
  for (const key of FILTERS) state[key] = (params.get(key) ?? '').trim();
  state.page = positiveInt(params.get('page')) ?? 1;
  state.project = positiveInt(params.get('project'));
  state.doc = positiveInt(params.get('doc'));
  return state;
}

function positiveInt(text) {
  return text && /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

function hashFor(state) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (state[key]) params.set(key, state[key]);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.project) params.set('project', String(state.project));
  if (state.doc) params.set('doc', String(state.doc));
  return `#${params}`;
}

/** Changes the view: a new history entry (back button works), or in place while typing. */
function navigate(changes, { replace = false } = {}) {
  const next = { ...readState(), ...changes };
  const hash = hashFor(next);
  if (hash === location.hash || (hash === '#' && location.hash === '')) return;
  if (replace) {
    history.replaceState(null, '', hash);
    render();
  } else {
    location.hash = hash; // fires hashchange, which renders
  }
}

// ---------------------------------------------------------------------------- rendering

let listKey = null;
let listRequest = 0;
let panelKey = null;
let panelRequest = 0;
let focusPanelOnRender = false;

function render() {
  const state = readState();
  syncForm(state);
  const nextListKey = JSON.stringify([...FILTERS.map((k) => state[k]), state.page]);
  if (nextListKey !== listKey) {
    listKey = nextListKey;
    loadProjects(state);
  }
  const nextPanelKey = `${state.project}/${state.doc}`;
  if (nextPanelKey !== panelKey) {
    panelKey = nextPanelKey;
    loadPanel(state);
  }
  markOpenRow(state.project);
}

function syncForm(state) {
  if (document.activeElement !== inputs.q) inputs.q.value = state.q;
  for (const key of ['sector', 'status', 'country']) {
    ensureOption(inputs[key], state[key]);
    inputs[key].value = state[key];
  }
  byId('org-filter').hidden = !state.org;
  byId('org-filter-name').textContent = state.org;
}

/** A value from a shared link that the list lacks still shows as selected. */
function ensureOption(select, value) {
  if (!value || [...select.options].some((o) => o.value === value)) return;
  select.append(el('option', { value }, value));
}

async function loadProjects(state) {
  const request = ++listRequest;
  const params = new URLSearchParams();
  for (const key of FILTERS) if (state[key]) params.set(key, state[key]);
  // One row more than a page tells whether a next page exists.
  params.set('limit', String(PAGE_SIZE + 1));
  params.set('offset', String((state.page - 1) * PAGE_SIZE));
  byId('result-count').textContent = 'Loading projects\u2026';
  byId('results').setAttribute('aria-busy', 'true');
  try {
    const projects = await getJSON(`/api/projects?${params}`);
    if (request !== listRequest) return;
    renderProjects(projects.slice(0, PAGE_SIZE), projects.length > PAGE_SIZE, state);
  } catch (error) {
    if (request !== listRequest) return;
    rowsBody.replaceChildren();
    byId('result-count').textContent = `Could not load projects: ${error.message}`;
    byId('pager').hidden = true;
  } finally {
    if (request === listRequest) byId('results').removeAttribute('aria-busy');
  }
}

function renderProjects(projects, hasMore, state) {
  rowsBody.replaceChildren(...projects.map(projectRow));
  const filtered = FILTERS.some((k) => state[k]);
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const count = byId('result-count');
  if (projects.length === 0) count.textContent = '0 projects';
  else if (state.page === 1 && !hasMore) count.textContent = projects.length === 1 ? '1 project' : `${projects.length} projects`;
  else count.textContent = `Projects ${first}\u2013${first + projects.length - 1}${hasMore ? ' (more on the next page)' : ''}`;

  const empty = byId('empty');
  empty.hidden = projects.length > 0;
  byId('table-wrap').hidden = projects.length === 0;
  if (projects.length === 0) {
    if (filtered || state.page > 1) {
      empty.replaceChildren(
        el('p', {}, 'No projects match these filters.'),
        el('button', { type: 'button', class: 'secondary', onclick: clearFilters }, 'Clear filters'),
      );
    } else {
      empty.replaceChildren(
        el('p', { class: 'empty-title' }, 'The register is empty.'),
        el('p', {}, 'Add articles with ', el('code', {}, 'corridor ingest FILE\u2026'), ', then reload this page.'),
      );
    }
  }

  byId('pager').hidden = state.page === 1 && !hasMore;
  byId('prev-page').disabled = state.page <= 1;
  byId('next-page').disabled = !hasMore;
  byId('page-info').textContent = `Page ${state.page}`;
  markOpenRow(state.project);
}

function projectRow(p) {
  const partners = (p.organizations ?? []).map((o) => o.name);
  const shownPartners = partners.slice(0, 3).join(', ') + (partners.length > 3 ? ` +${partners.length - 3} more` : '');
  const cell = (label, content, cls) => el('td', { 'data-label': label, class: cls }, content);
  const row = el(
    'tr',
    {
      tabindex: 0,
      'data-id': p.id,
      'aria-label': `${p.name}: open project`,
      onclick: () => openProject(p.id),
      onkeydown: (event) => rowKey(event, row, p.id),
    },
    cell('Name', el('span', { class: 'project-name' }, p.name), 'name'),
    cell('Type', humanize(p.type)),
    cell('Sector', sectorLabel(p.sector)),
    cell('Status', statusBadge(p.status)),
    cell('Country', el('abbr', { title: countryName(p.country) }, p.country ?? DASH)),
    cell('Capacity', (p.capacity ?? []).map(formatCapacity).join('; ') || DASH, 'col-optional'),
    cell('Amount', formatAmount(p.amount), 'col-optional num'),
    cell('Partners', shownPartners || DASH, 'col-optional'),
    cell('Sources', String((p.documents ?? []).length), 'num'),
    cell('Last reported', lastReported(p) ?? DASH, 'col-optional nowrap'),
  );
  return row;
}

function rowKey(event, row, id) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openProject(id);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    next?.focus();
  }
}

function markOpenRow(projectId) {
  for (const row of rowsBody.rows) {
    if (Number(row.dataset.id) === projectId) row.setAttribute('aria-current', 'true');
    else row.removeAttribute('aria-current');
  }
  byId('layout').classList.toggle('has-panel', !panel.hidden);
}

function openProject(id) {
  focusPanelOnRender = true;
  navigate({ project: id, doc: null });
}

function openDocument(id) {
  focusPanelOnRender = true;
  navigate({ doc: id });
}

function clearFilters() {
  navigate({ q: '', sector: '', status: '', country: '', org: '', page: 1 });
}

// ---------------------------------------------------------------------------- the panel

async function loadPanel(state) {
  const request = ++panelRequest;
  if (!state.project && !state.doc) {
    closePanelView();
    return;
  }
  showPanel([el('p', { class: 'muted' }, 'Loading\u2026')]);
  byId('panel-back').hidden = !(state.project && state.doc);
  try {
    const project = state.project ? await getCached(`/api/projects/${state.project}`) : null;
    if (request !== panelRequest) return;
    if (state.doc) {
      const doc = await getCached(`/api/documents/${state.doc}`);
      if (request !== panelRequest) return;
      showPanel(documentView(doc, project));
      panelBody.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } else {
      showPanel(projectView(project));
      fillEvidence(project, request);
    }
  } catch (error) {
    if (request !== panelRequest) return;
    const what = state.doc ? `document ${state.doc}` : `project ${state.project}`;
    showPanel([
      el('h2', { id: 'panel-title', tabindex: -1 }, error.status === 404 ? 'Not found' : 'Could not load'),
      el('p', {}, error.status === 404 ? `There is no ${what} in the register.` : `Could not load ${what}: ${error.message}`),
    ]);
  }
}

function showPanel(children) {
  panelBody.replaceChildren(...children);
  panel.hidden = false;
  document.body.classList.add('panel-open');
  byId('layout').classList.add('has-panel');
  if (focusPanelOnRender && panelBody.querySelector('#panel-title')) {
    focusPanelOnRender = false;
    panelBody.querySelector('#panel-title').focus();
  }
}

function closePanelView() {
  panel.hidden = true;
  panelBody.replaceChildren();
  document.body.classList.remove('panel-open');
  byId('layout').classList.remove('has-panel');
}

function closePanel() {
  const state = readState();
  if (state.doc && state.project) {
    focusPanelOnRender = true;
    navigate({ doc: null });
    return;
  }
  const id = state.project;
  navigate({ project: null, doc: null });
  // Give focus back to the row the panel came from.
  if (id) rowsBody.querySelector(`tr[data-id="${id}"]`)?.focus();
}

function section(title, ...children) {
  return el('section', { class: 'panel-section' }, el('h3', {}, title), ...children);
}

function fact(term, ...value) {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

function projectView(p) {
  const places = p.places ?? [];
  const capacity = p.capacity ?? [];
  const organizations = p.organizations ?? [];
  const documents = p.documents ?? [];
  return [
    el('p', { class: 'eyebrow' }, humanize(p.type)),
    el('h2', { id: 'panel-title', tabindex: -1 }, p.name),
    el(
      'dl',
      { class: 'facts' },
      fact('Status', statusBadge(p.status)),
      fact('Type', humanize(p.type)),
      fact('Sector', sectorLabel(p.sector)),
      fact('Country', p.country ? `${countryName(p.country)} (${p.country})` : DASH),
      fact('Places', places.length ? places.join(', ') : DASH),
      fact(
        'Capacity',
        capacity.length
          ? el('ul', { class: 'plain' }, capacity.map((c) => el('li', { title: c.text }, formatCapacity(c))))
          : DASH,
      ),
      fact('Amount', p.amount ? el('span', { title: p.amount.text }, formatAmount(p.amount)) : DASH),
      fact('Sources', String(documents.length)),
      fact('Last reported', lastReported(p) ?? DASH),
    ),
    section(
      `Partners (${organizations.length})`,
      organizations.length
        ? el(
            'ul',
            { class: 'partners' },
            organizations.map((o) =>
              el(
                'li',
                {},
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    title: 'Show all projects with this organisation',
                    onclick: () => navigate({ org: o.name, page: 1 }),
                  },
                  o.name,
                ),
                ' ',
                el('span', { class: 'role' }, humanize(o.role)),
              ),
            ),
          )
        : el('p', { class: 'muted' }, 'No organisations named.'),
    ),
    section(
      `Source documents (${documents.length})`,
      el('ul', { class: 'documents' }, documents.map((d) => el('li', {}, documentLink(d), documentMeta(d)))),
    ),
    section(
      `Source sentences (${(p.evidence ?? []).length})`,
      el('div', { id: 'evidence' }, el('p', { class: 'muted' }, 'Loading source text\u2026')),
    ),
  ];
}

function documentLink(d) {
  return el('button', { type: 'button', class: 'link-button', onclick: () => openDocument(d.id) }, documentTitle(d));
}

function documentMeta(d) {
  const bits = [d.source, d.published].filter(Boolean).join(', ');
  const url = safeHttpUrl(d.url);
  return el(
    'span',
    { class: 'doc-meta' },
    bits ? ` ${bits}` : '',
    url ? [' ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : '',
  );
}

/** Shows each source sentence inside its paragraph, evidence marked. */
async function fillEvidence(project, request) {
  const evidence = project.evidence ?? [];
  const target = () => (request === panelRequest ? panelBody.querySelector('#evidence') : null);
  if (evidence.length === 0) {
    target()?.replaceChildren(el('p', { class: 'muted' }, 'No source sentences recorded.'));
    return;
  }
  const docIds = [...new Set(evidence.map((e) => e.documentId))];
  const docs = new Map(
    await Promise.all(docIds.map(async (id) => [id, await getCached(`/api/documents/${id}`).catch(() => null)])),
  );
  const box = target();
  if (!box) return;
  const refs = new Map((project.documents ?? []).map((d) => [d.id, d]));
  const groups = docIds.map((id) => {
    const doc = docs.get(id);
    const ref = doc ?? refs.get(id) ?? { id };
    const spans = evidence.filter((e) => e.documentId === id);
    return el(
      'article',
      { class: 'evidence-doc' },
      el('h4', {}, documentLink(ref), documentMeta(ref)),
      doc ? contexts(doc.text, spans) : spans.map((s) => el('blockquote', { class: 'context' }, el('mark', {}, s.text))),
    );
  });
  box.replaceChildren(...groups);
}

/** One quote per paragraph holding evidence, every span in it marked. */
function contexts(text, spans) {
  const located = spans.map((s) => locate(text, s));
  const paragraphs = new Map();
  const quotes = [];
  for (const [i, span] of located.entries()) {
    if (!span) {
      quotes.push(el('blockquote', { class: 'context' }, el('mark', {}, spans[i].text)));
      continue;
    }
    const [from, to] = paragraphBounds(text, span.start, span.end);
    const key = `${from}:${to}`;
    if (!paragraphs.has(key)) paragraphs.set(key, { from, to, spans: [] });
    paragraphs.get(key).spans.push(span);
  }
  const ordered = [...paragraphs.values()].sort((a, b) => a.from - b.from);
  for (const p of ordered) {
    const [from, to] = trimContext(text, p.from, p.to, p.spans);
    const quote = el('p', {});
    if (from > p.from) quote.append('\u2026');
    appendHighlighted(quote, text, from, to, p.spans);
    if (to < p.to) quote.append('\u2026');
    quotes.push(el('blockquote', { class: 'context' }, quote));
  }
  return quotes;
}

/** Trusts the offsets when they hold the stated text; otherwise looks the text up. */
function locate(text, span) {
  const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end;
  if (valid && (!span.text || text.slice(span.start, span.end) === span.text)) return { start: span.start, end: span.end };
  if (span.text) {
    const at = text.indexOf(span.text);
    if (at >= 0) return { start: at, end: at + span.text.length };
  }
  return null;
}

function paragraphBounds(text, start, end) {
  const before = start > 0 ? text.lastIndexOf('\n', start - 1) : -1;
  const after = text.indexOf('\n', end);
  return [before + 1, after < 0 ? text.length : after];
}

/** Long paragraphs keep about 400 characters either side of the evidence. */
function trimContext(text, from, to, spans) {
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  let a = from;
  let b = to;
  if (first - from > 400) {
    a = first - 400;
    const space = text.indexOf(' ', a);
    if (space >= 0 && space < first) a = space + 1;
  }
  if (to - last > 400) {
    b = last + 400;
    const space = text.lastIndexOf(' ', b);
    if (space > last) b = space;
  }
  return [a, b];
}

/** Appends text[from, to) to parent as text nodes, the spans inside <mark>. */
function appendHighlighted(parent, text, from, to, spans) {
  const inside = spans
    .filter((s) => s.end > from && s.start < to)
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let pos = from;
  for (const s of inside) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    if (start > pos) parent.append(text.slice(pos, start));
    parent.append(el('mark', {}, text.slice(start, s.end)));
    pos = s.end;
  }
  if (pos < to) parent.append(text.slice(pos, to));
}

function documentView(doc, project) {
  const spans = project
    ? (project.evidence ?? []).filter((e) => e.documentId === doc.id).map((e) => locate(doc.text, e)).filter(Boolean)
    : (doc.extraction?.projects ?? []).flatMap((p) => p.evidence ?? []).map((e) => locate(doc.text, e)).filter(Boolean);
  const url = safeHttpUrl(doc.url);
  const body = el('div', { class: 'doc-text' });
  for (const match of doc.text.matchAll(/[^\n]+/g)) {
    if (!match[0].trim()) continue;
    const para = el('p', {});
    appendHighlighted(para, doc.text, match.index, match.index + match[0].length, spans);
    body.append(para);
  }
  const named = (doc.extraction?.projects ?? []).map((p) => p.name);
  return [
    el('p', { class: 'eyebrow' }, 'Document'),
    el('h2', { id: 'panel-title', tabindex: -1 }, documentTitle(doc)),
    el(
      'dl',
      { class: 'facts' },
      fact('Source', doc.source ?? DASH),
      fact('Published', doc.published ?? DASH),
      fact('Input', el('code', {}, doc.input ?? doc.path ?? DASH)),
      fact('Original', url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : DASH),
      fact('Projects named', named.length ? named.join('; ') : DASH),
    ),
    el(
      'p',
      { class: 'muted' },
      spans.length
        ? `${spans.length} evidence span${spans.length === 1 ? '' : 's'} ${project ? `for ${project.name} ` : ''}highlighted.`
        : 'No evidence highlighted in this document.',
    ),
    body,
  ];
}

// ---------------------------------------------------------------------------- filter options

/** Sector and status choices come from the API's own OpenAPI document, so they never drift. */
async function loadFilterOptions() {
  try {
    const api = await getJSON('/api/openapi.json');
    const params = api.paths?.['/api/projects']?.get?.parameters ?? [];
    const values = (name) => params.find((p) => p.name === name)?.schema?.enum ?? [];
    fillSelect(inputs.sector, values('sector').map((v) => [v, v.includes('.') ? `\u2003${sectorLabel(v)}` : `${sectorLabel(v)} (all)`]));
    fillSelect(inputs.status, values('status').map((v) => [v, humanize(v)]));
  } catch {
    // The selects keep their "any" option; the table still works.
  }
  try {
    // Countries present in the register, most projects first.
    const projects = await getJSON('/api/projects?limit=500');
    const counts = new Map();
    for (const p of projects) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    const countries = [...counts].sort((a, b) => countryName(a[0]).localeCompare(countryName(b[0])));
    fillSelect(inputs.country, countries.map(([code, n]) => [code, `${countryName(code)} (${n})`]));
  } catch {
    // As above.
  }
  syncForm(readState());
}

function fillSelect(select, options) {
  const keep = select.options[0];
  select.replaceChildren(keep, ...options.map(([value, label]) => el('option', { value }, label)));
}

// ---------------------------------------------------------------------------- wiring

let typingTimer = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  navigate({ q: inputs.q.value.trim(), page: 1 });
});
inputs.q.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => navigate({ q: inputs.q.value.trim(), page: 1 }, { replace: true }), 350);
});
for (const key of ['sector', 'status', 'country']) {
  inputs[key].addEventListener('change', () => navigate({ [key]: inputs[key].value, page: 1 }));
}
byId('clear-filters').addEventListener('click', clearFilters);
byId('org-filter-remove').addEventListener('click', () => navigate({ org: '', page: 1 }));
byId('prev-page').addEventListener('click', () => navigate({ page: Math.max(1, readState().page - 1) }));
byId('next-page').addEventListener('click', () => navigate({ page: readState().page + 1 }));
byId('panel-close').addEventListener('click', closePanel);
byId('panel-back').addEventListener('click', closePanel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) {
    event.preventDefault();
    closePanel();
  }
});
window.addEventListener('hashchange', render);

render();
loadFilterOptions();
