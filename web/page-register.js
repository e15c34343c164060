// The project register: full-text search, facets with counts, sortable columns the analyst
// picks, server-side paging, CSV export of exactly this view. The whole view state lives in
// the URL (#/register?q=…&country=…&sort=…&page=…&cols=…), so a link shares it.

import { navigate } from './app.js';
import { getJSON, query } from './api.js';
import { announce, append, el, muted } from './dom.js';
import { countryName, formatNumber, humanize, plural, sectorLabel } from './format.js';
import { COLUMNS, DEFAULT_COLUMNS } from './register-columns.js';

const PAGE_SIZES = [10, 25, 50, 100, 200];
const DEFAULT_SIZE = 50;
const FACET_PREVIEW = 8;

/** The filters: URL name, API name, facet that counts it, how its values read. */
const FILTERS = [
  { key: 'country', facet: 'country', label: 'Country', show: countryName },
  { key: 'sector', facet: 'sector', label: 'Sector', show: sectorLabel },
  { key: 'type', facet: 'type', label: 'Type', show: humanize },
  { key: 'status', facet: 'status', label: 'Status', show: humanize },
  { key: 'org', facet: 'organization', label: 'Organisation', show: (v) => v },
];
const TEXT_KEYS = ['q', 'from', 'to', 'organizationId', 'documentId'];

function readState(params) {
  const state = {};
  for (const key of [...FILTERS.map((f) => f.key), ...TEXT_KEYS]) state[key] = (params.get(key) ?? '').trim();
  state.sort = params.get('sort') ?? '';
  state.dir = params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : '';
  state.page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  state.size = PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
  const cols = (params.get('cols') ?? '').split(',').filter((c) => COLUMNS.some((col) => col.id === c));
  state.cols = cols.length ? cols : DEFAULT_COLUMNS;
  return state;
}

/** The URL form of a state: defaults left out so links stay short. */
function urlParams(state) {
  return {
    ...Object.fromEntries([...FILTERS.map((f) => f.key), ...TEXT_KEYS].map((k) => [k, state[k]])),
    sort: state.sort,
    dir: state.dir,
    page: state.page > 1 ? state.page : '',
    size: state.size !== DEFAULT_SIZE ? state.size : '',
    cols: state.cols.join(',') !== DEFAULT_COLUMNS.join(',') ? state.cols.join(',') : '',
  };
}

/** The API form: the register's filter names. */
function apiFilters(state) {
  return {
    q: state.q, country: state.country, sector: state.sector, type: state.type, status: state.status, org: state.org,
    organizationId: state.organizationId, documentId: state.documentId, reportedFrom: state.from, reportedTo: state.to,
    sort: state.sort, dir: state.dir,
  };
}

let state = null;
let parts = null;
let request = 0;

function go(changes, opts) {
  navigate('/register', urlParams({ ...state, page: 1, ...changes }), opts);
}

export async function render({ view, query: params }) {
  state = readState(params);
  parts = layout();
  view.append(parts.root);
  await load();
}

export async function update({ query: params }) {
  state = readState(params);
  await load();
}

function layout() {
  const search = el('input', { id: 'register-q', type: 'search', name: 'q', maxlength: 200, autocomplete: 'off', spellcheck: 'false', placeholder: 'Name, place, organisation or words in a source' });
  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go({ q: search.value.trim() }, { replace: true }), 350);
  });
  const form = el(
    'form',
    { class: 'search-form', role: 'search', 'aria-label': 'Search the register', onsubmit: (e) => (e.preventDefault(), clearTimeout(typing), go({ q: search.value.trim() })) },
    el('label', { for: 'register-q' }, 'Search projects'),
    el('div', { class: 'search-row' }, search, el('button', { type: 'submit' }, 'Search')),
  );
  const count = el('p', { id: 'result-count', class: 'result-count', role: 'status', 'aria-live': 'polite' });
  const facets = el('div', { class: 'facets', id: 'facets' });
  const active = el('div', { class: 'active-filters', id: 'active-filters' });
  const table = el('table', { class: 'register-table', id: 'register-table' });
  const pager = el('nav', { class: 'pager', 'aria-label': 'Result pages' });
  const tools = el('div', { class: 'register-tools' });
  const root = el(
    'div',
    { class: 'register-page' },
    el('h1', {}, 'Project register'),
    form,
    active,
    el(
      'div',
      { class: 'register' },
      el('aside', { class: 'facet-panel', 'aria-label': 'Filters' }, el('details', { class: 'facet-toggle', open: true }, el('summary', {}, 'Filters'), facets)),
      el('section', { class: 'results', 'aria-label': 'Projects' }, el('div', { class: 'results-bar' }, count, tools), el('div', { class: 'table-wrap' }, table), pager),
    ),
  );
  // A narrow screen starts with the filters folded away.
  if (window.matchMedia('(max-width: 700px)').matches) root.querySelector('.facet-toggle').open = false;
  return { root, search, count, facets, active, table, pager, tools };
}

async function load() {
  const mine = ++request;
  if (document.activeElement !== parts.search) parts.search.value = state.q;
  parts.count.textContent = 'Loading projects\u2026';
  parts.table.setAttribute('aria-busy', 'true');
  const filters = apiFilters(state);
  const pageQuery = query({ ...filters, limit: state.size, offset: (state.page - 1) * state.size });
  const facetQuery = query({ ...filters, sort: '', dir: '' });
  try {
    const [page, facets] = await Promise.all([getJSON(`/api/register${pageQuery}`), getJSON(`/api/register/facets${facetQuery}`)]);
    if (mine !== request) return;
    renderTable(page);
    renderPager(page);
    renderTools();
    renderFacets(facets);
    renderActive();
    const message = page.total === 0 ? 'No projects match.' : `${plural(page.total, 'project')}${page.total > page.rows.length ? `, showing ${formatNumber(page.offset + 1)}\u2013${formatNumber(page.offset + page.rows.length)}` : ''}`;
    parts.count.textContent = message;
    announce(message);
  } catch (error) {
    if (mine !== request) return;
    parts.count.textContent = `Could not load projects: ${error.message}`;
  } finally {
    if (mine === request) parts.table.removeAttribute('aria-busy');
  }
}

function shownColumns() {
  return state.cols.map((id) => COLUMNS.find((c) => c.id === id)).filter(Boolean);
}

function renderTable(page) {
  const columns = shownColumns();
  const sort = state.sort || 'reported';
  const dir = state.dir || 'desc';
  const head = el(
    'tr',
    {},
    columns.map((c) => {
      const sorted = c.sort === sort;
      const th = el('th', { scope: 'col', class: c.num ? 'num' : null, 'aria-sort': sorted ? (dir === 'asc' ? 'ascending' : 'descending') : null });
      if (!c.sort) return append(th, [c.label]);
      // Clicking the sorted column flips it; another column starts descending for dates and counts, ascending for words.
      const next = sorted ? (dir === 'asc' ? 'desc' : 'asc') : ['reported', 'first_reported', 'sources'].includes(c.sort) ? 'desc' : 'asc';
      th.append(el('button', { type: 'button', class: 'sort', onclick: () => go({ sort: c.sort, dir: next, page: state.page }) }, c.label, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted ? (dir === 'asc' ? ' \u25b2' : ' \u25bc') : '')));
      return th;
    }),
  );
  const rows = page.rows.map((r) => el('tr', { 'data-id': r.id }, columns.map((c) => el('td', { 'data-label': c.label, class: c.num ? 'num' : null }, c.cell(r)))));
  parts.table.replaceChildren(
    el('caption', { class: 'visually-hidden' }, 'Projects; column headers sort the table.'),
    el('thead', {}, head),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, 'No projects match these filters.'))),
  );
}

function renderPager(page) {
  const pages = Math.max(1, Math.ceil(page.total / state.size));
  const to = (p) => () => go({ page: p });
  parts.pager.replaceChildren(
    el('button', { type: 'button', class: 'secondary', disabled: state.page <= 1, onclick: to(state.page - 1) }, 'Previous page'),
    el('span', { class: 'page-info' }, `Page ${formatNumber(state.page)} of ${formatNumber(pages)}`),
    el('button', { type: 'button', class: 'secondary', disabled: state.page >= pages, onclick: to(state.page + 1) }, 'Next page'),
  );
  parts.pager.hidden = pages <= 1 && state.page === 1;
}

function renderTools() {
  const size = el(
    'select',
    { id: 'page-size', onchange: (e) => go({ size: Number(e.target.value) }) },
    PAGE_SIZES.map((n) => el('option', { value: n, selected: n === state.size }, String(n))),
  );
  const choices = COLUMNS.filter((c) => !c.fixed).map((c) => {
    const id = `col-${c.id}`;
    const box = el('input', { type: 'checkbox', id, checked: state.cols.includes(c.id) });
    box.addEventListener('change', () => {
      const chosen = COLUMNS.filter((col) => col.fixed || (col.id === c.id ? box.checked : state.cols.includes(col.id))).map((col) => col.id);
      go({ cols: chosen, page: state.page }, { replace: true });
    });
    return el('li', {}, box, ' ', el('label', { for: id }, c.label));
  });
  const csv = `/api/register/export.csv${query({ ...apiFilters(state), columns: shownColumns().map((c) => c.csv).join(',') })}`;
  const wasOpen = parts.tools.querySelector('details')?.open ?? false;
  parts.tools.replaceChildren(
    el('label', { for: 'page-size' }, 'Rows per page '),
    size,
    el('details', { class: 'columns-menu', open: wasOpen }, el('summary', {}, 'Columns'), el('ul', { class: 'plain' }, choices)),
    el('a', { class: 'button-link', href: csv, download: 'corridor-projects.csv' }, 'Export CSV'),
  );
}

function renderFacets(facets) {
  // A keyboard user who pressed a facet keeps focus on it after the list is redrawn.
  const focused = document.activeElement?.closest?.('.facet-value')?.dataset.value;
  const focusedFacet = document.activeElement?.closest?.('.facet')?.dataset.facet;
  const groups = FILTERS.map((f) => facetGroup(f, facets[f.facet] ?? []));
  const years = facetGroup({ key: 'year', label: 'Year last reported', show: (v) => v }, facets.year ?? [], (v) => ({ from: `${v}-01-01`, to: `${v}-12-31` }), (v) => state.from === `${v}-01-01` && state.to === `${v}-12-31`);
  const from = el('input', { type: 'date', id: 'f-from', value: state.from });
  const to = el('input', { type: 'date', id: 'f-to', value: state.to });
  const dates = el(
    'fieldset',
    { class: 'facet' },
    el('legend', {}, 'Date reported'),
    el('div', { class: 'date-range' }, el('label', { for: 'f-from' }, 'From'), from, el('label', { for: 'f-to' }, 'To'), to),
    el('button', { type: 'button', class: 'secondary small', onclick: () => go({ from: from.value, to: to.value }) }, 'Apply dates'),
  );
  parts.facets.replaceChildren(...groups, years, dates);
  if (focused !== undefined) {
    [...parts.facets.querySelectorAll(`.facet[data-facet="${CSS.escape(focusedFacet ?? '')}"] .facet-value`)].find((b) => b.dataset.value === focused)?.focus();
  }
}

/** One facet: each value a toggle button with its count; the first few shown, the rest behind "more". */
function facetGroup(filter, counts, setFor = (v) => ({ [filter.key]: v }), isOn = (v) => state[filter.key] === v) {
  const values = counts.map((c) => {
    const on = isOn(c.value);
    const clear = Object.fromEntries(Object.keys(setFor(c.value)).map((k) => [k, '']));
    return el(
      'li',
      {},
      el(
        'button',
        { type: 'button', class: 'facet-value', 'data-value': c.value, 'aria-pressed': String(on), onclick: () => go(on ? clear : setFor(c.value)) },
        el('span', { class: 'facet-label' }, filter.show(c.value)),
        el('span', { class: 'count' }, formatNumber(c.count)),
      ),
    );
  });
  const list = el('ul', { class: 'plain facet-values' }, values.slice(0, FACET_PREVIEW));
  const more = values.length > FACET_PREVIEW ? el('details', {}, el('summary', {}, `${values.length - FACET_PREVIEW} more`), el('ul', { class: 'plain facet-values' }, values.slice(FACET_PREVIEW))) : null;
  return el('fieldset', { class: 'facet', 'data-facet': filter.key }, el('legend', {}, filter.label), values.length ? [list, more] : muted('None'));
}

function renderActive() {
  const chips = [
    ...FILTERS.filter((f) => state[f.key]).map((f) => [`${f.label}: ${f.show(state[f.key])}`, { [f.key]: '' }]),
    ...(state.q ? [[`Search: ${state.q}`, { q: '' }]] : []),
    ...(state.from || state.to ? [[`Reported ${state.from || '\u2026'} to ${state.to || '\u2026'}`, { from: '', to: '' }]] : []),
    ...(state.organizationId ? [[`Organisation ${state.organizationId}`, { organizationId: '' }]] : []),
    ...(state.documentId ? [[`Document ${state.documentId}`, { documentId: '' }]] : []),
  ];
  parts.active.replaceChildren(
    ...(chips.length
      ? [
          el('span', { class: 'muted' }, 'Filters: '),
          ...chips.map(([label, clear]) => el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}`, onclick: () => go(clear) }, label, el('span', { 'aria-hidden': 'true' }, ' \u00d7'))),
          el('button', { type: 'button', class: 'link-button', onclick: () => navigate('/register', { cols: urlParams(state).cols, size: urlParams(state).size }) }, 'Clear all'),
        ]
      : []),
  );
}
