// The map: Natural Earth countries with every placed project as a point coloured by sector.
// Hover names a point, a click opens its project, choosing a country zooms to it. The same
// points are listed below the map for keyboard and screen-reader use.

import { navigate } from './app.js';
import { getJSON, idPath, query } from './api.js';
import { announce, el, link, muted, svg } from './dom.js';
import { countryName, humanize, plural, sectorLabel } from './format.js';
import { SECTOR_COLORS, sectorColor } from './sector-colors.js';
import { bounds, countryAt, countryLayer, framed, loadWorld, project, viewBox, WORLD_BOX } from './world-map.js';

const POINT_RADIUS = 1.6; // at world zoom, in map units (degrees)

let parts = null;

export async function render({ view, query: params }) {
  const [countries, facets] = await Promise.all([loadWorld(), getJSON('/api/register/facets')]);
  parts = layout(countries, facets);
  view.append(parts.root);
  await update({ query: params });
}

export async function update({ query: params }) {
  const sector = params.get('sector') ?? '';
  const country = params.get('country') ?? '';
  parts.sector.value = sector;
  parts.country.value = country;
  const points = await getJSON(`/api/map${query({ sector })}`);
  drawPoints(points);
  zoomTo(country ? countryBox(points.filter((p) => p.country === country)) : WORLD_BOX);
  const message = `${plural(points.length, 'project')} on the map`;
  parts.count.textContent = message;
  announce(message);
}

function layout(countries, facets) {
  const sector = el('select', { id: 'map-sector', onchange: () => go({ sector: sector.value }) }, el('option', { value: '' }, 'All sectors'), facets.sector.map((s) => el('option', { value: s.value }, sectorLabel(s.value))));
  const country = el(
    'select',
    { id: 'map-country', onchange: () => go({ country: country.value }) },
    el('option', { value: '' }, 'The whole world'),
    [...facets.country].sort((a, b) => countryName(a.value).localeCompare(countryName(b.value))).map((c) => el('option', { value: c.value }, countryName(c.value))),
  );
  const tooltip = el('div', { class: 'map-tooltip', hidden: true, 'aria-hidden': 'true' });
  const pointsLayer = svg('g', { class: 'points' });
  const map = svg(
    'svg',
    { class: 'map', viewBox: viewBox(WORLD_BOX), role: 'img', 'aria-label': 'World map of projects; the list below has the same projects' },
    svg('rect', { x: -360, y: -180, width: 1080, height: 540, class: 'sea' }),
    countryLayer(countries, (c) => zoomTo(framed(bounds(c.geometry)))),
    pointsLayer,
  );
  const count = el('p', { class: 'result-count', role: 'status' });
  const list = el('ul', { class: 'plain map-list' });
  const root = el(
    'div',
    {},
    el('h1', {}, 'Map'),
    el(
      'form',
      { class: 'toolbar', onsubmit: (e) => e.preventDefault() },
      el('label', { for: 'map-sector' }, 'Sector'), sector,
      el('label', { for: 'map-country' }, 'Zoom to'), country,
      el('button', { type: 'button', class: 'secondary', onclick: () => zoomBy(0.5) }, 'Zoom in'),
      el('button', { type: 'button', class: 'secondary', onclick: () => zoomBy(2) }, 'Zoom out'),
      el('button', { type: 'button', class: 'secondary', onclick: () => go({ country: '' }) }, 'Whole world'),
    ),
    count,
    el('div', { class: 'map-frame' }, map, tooltip),
    el('ul', { class: 'legend-list', 'aria-label': 'Sector colours' }, Object.entries(SECTOR_COLORS).map(([name, color]) => el('li', {}, svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' }, svg('circle', { cx: 6, cy: 6, r: 5, fill: color })), ` ${humanize(name)}`))),
    el('details', { class: 'map-details' }, el('summary', {}, 'Projects on the map, as a list'), list),
  );
  return { root, map, pointsLayer, tooltip, count, list, sector, country, countries, box: WORLD_BOX, points: [] };
}

function go(changes) {
  navigate('/map', { sector: parts.sector.value, country: parts.country.value, ...changes });
}

function drawPoints(points) {
  parts.points = points;
  parts.pointsLayer.replaceChildren(
    ...points.map((p) => {
      const [x, y] = project(p.lon, p.lat);
      const dot = svg(
        'circle',
        { cx: x, cy: y, r: POINT_RADIUS, fill: sectorColor(p.sector), class: 'point', 'data-id': p.id, 'data-precision': p.precision },
        svg('title', {}, `${p.name} \u2013 ${p.place} (${p.precision})`),
      );
      dot.addEventListener('click', () => navigate(`/project/${idPath(p.id)}`));
      dot.addEventListener('mouseenter', (e) => showTooltip(p, e));
      dot.addEventListener('mousemove', (e) => showTooltip(p, e));
      dot.addEventListener('mouseleave', () => (parts.tooltip.hidden = true));
      return dot;
    }),
  );
  parts.list.replaceChildren(
    ...(points.length
      ? points.map((p) => el('li', {}, link(`#/project/${idPath(p.id)}`, p.name), el('span', { class: 'muted' }, ` \u00b7 ${p.place}, ${countryName(p.country)} (${p.precision} precision)`)))
      : [muted('No project has a known place.')]),
  );
}

function showTooltip(p, event) {
  const frame = parts.map.getBoundingClientRect();
  parts.tooltip.textContent = `${p.name} \u00b7 ${p.place}`;
  parts.tooltip.hidden = false;
  parts.tooltip.style.left = `${event.clientX - frame.left + 12}px`;
  parts.tooltip.style.top = `${event.clientY - frame.top + 12}px`;
}

/** A country's box: the outline that holds its points (its own centroid first), else the points themselves. */
function countryBox(points) {
  if (points.length === 0) return WORLD_BOX;
  const anchor = points.find((p) => p.precision === 'country') ?? points[0];
  const outline = countryAt(parts.countries, anchor.lon, anchor.lat);
  return framed(outline ? bounds(outline.geometry) : pointsBox(points));
}

function pointsBox(points) {
  const xy = points.map((p) => project(p.lon, p.lat));
  const xs = xy.map(([x]) => x);
  const ys = xy.map(([, y]) => y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function zoomTo(box) {
  parts.box = box;
  parts.tooltip.hidden = true;
  parts.map.setAttribute('viewBox', viewBox(box));
  // Points keep their size on screen whatever the zoom.
  const r = POINT_RADIUS * Math.max(0.08, box.width / WORLD_BOX.width);
  for (const dot of parts.pointsLayer.children) dot.setAttribute('r', r.toFixed(3));
}

function zoomBy(factor) {
  const b = parts.box;
  const width = Math.min(WORLD_BOX.width * 1.5, Math.max(4, b.width * factor));
  const height = width / (b.width / b.height);
  zoomTo({ x: b.x + (b.width - width) / 2, y: b.y + (b.height - height) / 2, width, height });
}

