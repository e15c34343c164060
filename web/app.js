// corridor's web app: plain ES modules, no build step, nothing fetched from elsewhere. Each
// page is a hash route (so any view can be bookmarked and shared) drawn by its own module;
// everything the API returns is inserted as text, never as HTML.

import { byId, el } from './dom.js';

/** Routes as data: the path pattern, the page module, and the nav entry it belongs to. */
const ROUTES = [
  { pattern: /^\/?$/, module: './page-overview.js', nav: 'overview' },
  { pattern: /^\/register$/, module: './page-register.js', nav: 'register' },
  { pattern: /^\/project\/([^/]+)$/, module: './page-project.js', nav: 'register' },
  { pattern: /^\/organization\/([^/]+)$/, module: './page-organization.js', nav: 'register' },
  { pattern: /^\/person\/([^/]+)$/, module: './page-person.js', nav: 'register' },
  { pattern: /^\/document\/(\d{1,15})$/, module: './page-document.js', nav: 'register' },
  { pattern: /^\/map$/, module: './page-map.js', nav: 'map' },
  { pattern: /^\/network$/, module: './page-network.js', nav: 'network' },
  { pattern: /^\/ingest$/, module: './page-ingest.js', nav: 'ingest' },
  { pattern: /^\/audit$/, module: './page-audit.js', nav: 'audit' },
];

const view = byId('view');
let current = null; // { route, path, page, cleanup }
let renderCount = 0;

function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  return { path: path || '/', query: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)) };
}

/** Moves to a route; `replace` keeps the history entry (typing in a search box). */
export function navigate(path, params = {}, { replace = false } = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const hash = `#${path}${search.size ? `?${search}` : ''}`;
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    route();
  } else {
    location.hash = hash;
  }
}

async function route() {
  const { path, query } = parseHash();
  const found = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  markNav(found?.r.nav);
  // The same page with a new query (a filter, a sort) updates in place, keeping focus.
  if (found && current && current.route === found.r && current.path === path && current.page.update) {
    current.page.update({ query });
    return;
  }
  const count = ++renderCount;
  current?.cleanup?.();
  current = null;
  if (!found) {
    showPage([el('h1', { tabindex: -1 }, 'Not found'), el('p', {}, 'There is no such page. ', el('a', { href: '#/' }, 'Go to the overview'), '.')]);
    return;
  }
  view.setAttribute('aria-busy', 'true');
  try {
    const page = await import(found.r.module);
    if (count !== renderCount) return;
    view.replaceChildren();
    const cleanup = await page.render({ view, params: found.m.slice(1).map(decodeURIComponent), query, isCurrent: () => count === renderCount });
    if (count !== renderCount) return;
    current = { route: found.r, path, page, cleanup };
    focusHeading();
  } catch (error) {
    if (count !== renderCount) return;
    showPage([
      el('h1', { tabindex: -1 }, error.status === 404 ? 'Not found' : 'Could not load this page'),
      el('p', {}, error.message),
    ]);
  } finally {
    if (count === renderCount) view.removeAttribute('aria-busy');
  }
}

function showPage(children) {
  view.replaceChildren(...children);
  focusHeading();
}

let firstRender = true;
/** After a navigation, focus goes to the new page's heading so a screen reader starts there. */
function focusHeading() {
  const heading = view.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} \u2013 corridor`;
    if (!firstRender) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
  firstRender = false;
}

function markNav(name) {
  for (const a of document.querySelectorAll('.nav a')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// The skip link moves focus without touching the hash, which holds the route.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  view.focus();
});
window.addEventListener('hashchange', route);
route();
