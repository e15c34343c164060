// Who works with whom: projects, their partner organisations and the people with titles at
// those organisations, as a graph. Filterable by sector, country and report date; a click
// opens the record. The nodes are also listed by kind for keyboard and screen-reader use.

import { navigate } from './app.js';
import { getJSON, idPath, query } from './api.js';
import { announce, el, link, muted, svg } from './dom.js';
import { countryName, plural, sectorLabel } from './format.js';
import { layout } from './force-layout.js';
import { sectorColor } from './sector-colors.js';

/** How each kind of node is drawn and where it leads. */
const KINDS = {
  project: { label: 'Projects', route: 'project', radius: 9 },
  organization: { label: 'Organisations', route: 'organization', radius: 7 },
  person: { label: 'People', route: 'person', radius: 5 },
};

const FILTERS = ['sector', 'country', 'from', 'to'];

let parts = null;

export async function render({ view, query: params }) {
  const facets = await getJSON('/api/register/facets');
  parts = controls(facets);
  view.append(parts.root);
  await update({ query: params });
}

export async function update({ query: params }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  for (const k of FILTERS) parts.inputs[k].value = filters[k];
  parts.count.textContent = 'Loading the graph\u2026';
  const graph = await getJSON(`/api/graph${query(filters)}`);
  draw(graph);
  const message = `${plural(graph.nodes.length, 'node')}, ${plural(graph.edges.length, 'link')}${graph.truncated ? ' (latest projects only; narrow the filters to see the rest)' : ''}`;
  parts.count.textContent = message;
  announce(message);
}

function controls(facets) {
  const inputs = {
    sector: el('select', { id: 'net-sector' }, el('option', { value: '' }, 'All sectors'), facets.sector.map((s) => el('option', { value: s.value }, sectorLabel(s.value)))),
    country: el('select', { id: 'net-country' }, el('option', { value: '' }, 'All countries'), [...facets.country].sort((a, b) => countryName(a.value).localeCompare(countryName(b.value))).map((c) => el('option', { value: c.value }, countryName(c.value)))),
    from: el('input', { type: 'date', id: 'net-from' }),
    to: el('input', { type: 'date', id: 'net-to' }),
  };
  const apply = () => navigate('/network', Object.fromEntries(FILTERS.map((k) => [k, inputs[k].value])));
  inputs.sector.addEventListener('change', apply);
  inputs.country.addEventListener('change', apply);
  const graph = svg('svg', { class: 'network', role: 'img', 'aria-label': 'Network of projects, organisations and people; the lists below hold the same nodes' });
  const count = el('p', { class: 'result-count', role: 'status' });
  const lists = el('div', { class: 'network-lists' });
  const root = el(
    'div',
    {},
    el('h1', {}, 'Network'),
    el(
      'form',
      { class: 'toolbar', onsubmit: (e) => (e.preventDefault(), apply()) },
      el('label', { for: 'net-sector' }, 'Sector'), inputs.sector,
      el('label', { for: 'net-country' }, 'Country'), inputs.country,
      el('label', { for: 'net-from' }, 'Reported from'), inputs.from,
      el('label', { for: 'net-to' }, 'to'), inputs.to,
      el('button', { type: 'submit' }, 'Apply'),
    ),
    count,
    el(
      'ul',
      { class: 'legend-list' },
      el('li', {}, svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, svg('circle', { cx: 7, cy: 7, r: 6, fill: '#1864ab' })), ' Project (colour: sector)'),
      el('li', {}, svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, svg('rect', { x: 1, y: 1, width: 12, height: 12, class: 'node-organization' })), ' Organisation'),
      el('li', {}, svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, svg('polygon', { points: '7,1 13,7 7,13 1,7', class: 'node-person' })), ' Person'),
    ),
    el('div', { class: 'network-frame' }, graph),
    lists,
  );
  return { root, inputs, graph, count, lists };
}

function shape(node, at) {
  const r = KINDS[node.kind].radius;
  if (node.kind === 'organization') return svg('rect', { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r, class: 'node-organization' });
  if (node.kind === 'person') return svg('polygon', { points: `${at.x},${at.y - r} ${at.x + r},${at.y} ${at.x},${at.y + r} ${at.x - r},${at.y}`, class: 'node-person' });
  return svg('circle', { cx: at.x, cy: at.y, r, fill: sectorColor(node.sector), class: 'node-project' });
}

function draw(graph) {
  const positions = layout(graph.nodes, graph.edges, { iterations: graph.nodes.length > 400 ? 120 : 250 });
  const degree = new Map();
  for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const pad = 40;
  const box = xs.length ? [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) - Math.min(...xs) + 2 * pad, Math.max(...ys) - Math.min(...ys) + 2 * pad] : [0, 0, 100, 100];
  parts.graph.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' '));
  const edges = svg(
    'g',
    { class: 'edges' },
    graph.edges.map((e) => {
      const a = positions.get(e.source);
      const b = positions.get(e.target);
      return svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge' }, svg('title', {}, e.label));
    }),
  );
  const nodes = svg(
    'g',
    { class: 'nodes' },
    graph.nodes.map((node) => {
      const at = positions.get(node.id);
      const open = () => navigate(`/${KINDS[node.kind].route}/${idPath(node.id)}`);
      // Busy organisations and every project keep a visible label; the rest show theirs on hover.
      const labelled = node.kind === 'project' || (degree.get(node.id) ?? 0) >= 3;
      return svg(
        'g',
        { class: `node node-${node.kind}${labelled ? ' labelled' : ''}`, 'data-id': node.id, onclick: open },
        shape(node, at),
        svg('text', { x: at.x + KINDS[node.kind].radius + 3, y: at.y + 4, class: 'node-label' }, node.label.length > 40 ? `${node.label.slice(0, 38)}\u2026` : node.label),
        svg('title', {}, `${node.label} (${node.kind})`),
      );
    }),
  );
  parts.graph.replaceChildren(edges, nodes);
  parts.lists.replaceChildren(
    ...(graph.nodes.length === 0
      ? [muted('No project matches these filters.')]
      : Object.entries(KINDS).map(([kind, k]) => {
          const list = graph.nodes.filter((n) => n.kind === kind);
          return el('details', {}, el('summary', {}, `${k.label} (${list.length})`), el('ul', { class: 'plain' }, list.map((n) => el('li', {}, link(`#/${k.route}/${idPath(n.id)}`, n.label), el('span', { class: 'muted' }, ` \u00b7 ${plural(degree.get(n.id) ?? 0, 'link')}`)))));
        })),
  );
}
