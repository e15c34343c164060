// A project: its current view, the status history as a timeline, figures the sources
// disagree on side by side, partners with their roles, a map pin with its precision, and
// every source sentence, each opening the article with that sentence highlighted.
// History, conflicts and curation show when the API gives them (older servers do not).

import { getJSON, idPath, query } from './api.js';
import { el, facts, link, muted, section, svg } from './dom.js';
import {
  countryName, DASH, documentTitle, formatAmount, formatCapacity, humanize, plural, safeHttpUrl, sectorLabel, statusBadge,
} from './format.js';
import { curationPanel } from './project-curation.js';
import { sectorColor } from './sector-colors.js';
import { bounds, countryAt, countryLayer, framed, loadWorld, project as toXY, viewBox } from './world-map.js';

export async function render({ view, params: [id] }) {
  const [p, context] = await Promise.all([getJSON(`/api/projects/${idPath(id)}`), getJSON(`/api/projects/${idPath(id)}/context`).catch(() => null)]);
  const documents = new Map((p.documents ?? []).map((d) => [d.id, d]));
  view.append(
    el('p', { class: 'eyebrow' }, humanize(p.type), ' \u00b7 ', el('span', { class: 'muted' }, p.id)),
    el('h1', {}, p.name),
    el(
      'div',
      { class: 'grid-2' },
      section(
        'Current view',
        facts([
          ['Status', statusBadge(p.status)],
          ['Type', humanize(p.type)],
          ['Sector', sectorLabel(p.sector)],
          ['Country', p.country ? `${countryName(p.country)} (${p.country})` : DASH],
          ['Places', (p.places ?? []).join(', ') || DASH],
          ['Capacity', (p.capacity ?? []).length ? el('ul', { class: 'plain' }, p.capacity.map((c) => el('li', { title: c.text }, formatCapacity(c)))) : DASH],
          ['Amount', p.amount ? el('span', { title: p.amount.text }, formatAmount(p.amount)) : DASH],
          ['Sources', plural((p.documents ?? []).length, 'document') + (typeof p.stories === 'number' && p.stories !== (p.documents ?? []).length ? ` (${plural(p.stories, 'story', 'stories')})` : '')],
          ['First reported', p.firstSeen ?? null],
          ['Last reported', p.lastSeen ?? null],
        ]),
      ),
      section('Location', pinMap(context?.pin)),
    ),
    statusTimeline(p, documents),
    conflicts(p, documents),
    section('Partners', partners(context, p, documents)),
    section(`Sources and sentences (${(p.evidence ?? []).length})`, evidence(p, documents)),
    sourceHistory(p, documents),
    curationPanel(p),
  );
}

function docLink(documents, documentId, text) {
  const d = documents.get(documentId);
  return link(`#/document/${documentId}`, text ?? (d ? documentTitle(d) : `document ${documentId}`));
}

function statusTimeline(p, documents) {
  if (!Array.isArray(p.statusHistory)) return null;
  return section(
    'Status history',
    p.statusHistory.length
      ? el(
          'ol',
          { class: 'timeline' },
          p.statusHistory.map((s) =>
            el('li', {}, el('span', { class: 'date' }, s.date ?? 'undated'), ' ', statusBadge(s.status), ' ', el('span', { class: 'muted' }, 'first reported by '), docLink(documents, s.documentId)),
          ),
        )
      : muted('No source has given a status yet.'),
  );
}

function conflicts(p, documents) {
  if (!Array.isArray(p.conflicts)) return null;
  return section(
    'Conflicting figures',
    p.conflicts.length
      ? p.conflicts.map((c) =>
          el(
            'div',
            { class: 'conflict' },
            el('h3', {}, `${humanize(c.field)}${c.about ? ` (${c.about})` : ''}`),
            el(
              'ul',
              { class: 'side-by-side' },
              c.values.map((v) =>
                el('li', { class: 'conflict-value' }, el('strong', {}, v.text), el('span', { class: 'muted' }, ' according to '), el('ul', { class: 'plain' }, v.documents.map((d) => el('li', {}, docLink(documents, d))))),
              ),
            ),
          ),
        )
      : muted('The sources agree on every figure.'),
  );
}

function partners(context, p, documents) {
  // Partners as records (links to their pages) when the context answered; otherwise names and roles only.
  if (!context) {
    const orgs = p.organizations ?? [];
    return orgs.length ? el('ul', { class: 'plain' }, orgs.map((o) => el('li', {}, o.name, ' ', el('span', { class: 'role' }, humanize(o.role))))) : muted('No organisations named.');
  }
  const byOrg = new Map();
  for (const link of context.partners) {
    const entry = byOrg.get(link.id) ?? { id: link.id, name: link.name, roles: [] };
    entry.roles.push(link);
    byOrg.set(link.id, entry);
  }
  if (byOrg.size === 0) return muted('No organisations named.');
  return el(
    'table',
    { class: 'compact' },
    el('caption', { class: 'visually-hidden' }, 'Partners and their roles, by source'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Organisation'), el('th', { scope: 'col' }, 'Roles (date, source)'))),
    el(
      'tbody',
      {},
      [...byOrg.values()].map((o) =>
        el(
          'tr',
          {},
          el('td', {}, link(`#/organization/${idPath(o.id)}`, o.name)),
          el('td', {}, o.roles.map((r, i) => [i ? '; ' : '', el('span', { class: 'role' }, humanize(r.role)), ' ', el('span', { class: 'muted' }, `${r.published ?? 'undated'}, `), docLink(documents, r.documentId, 'source')])),
        ),
      ),
    ),
  );
}

const PRECISION_WORDS = { site: 'the site itself', city: 'the town or city', region: 'the region', country: 'the country only' };

function pinMap(pin) {
  if (!pin) return muted('No place with coordinates is known for this project.');
  const figure = el('figure', { class: 'pin-map' });
  const caption = el('figcaption', {}, `Placed at ${pin.place}: precise to ${PRECISION_WORDS[pin.precision] ?? pin.precision}.`);
  figure.append(caption);
  loadWorld()
    .then((countries) => {
      const [x, y] = toXY(pin.lon, pin.lat);
      const country = countryAt(countries, pin.lon, pin.lat);
      const box = framed(country ? bounds(country.geometry) : { x: x - 10, y: y - 5, width: 20, height: 10 });
      const r = box.width / 60;
      const map = svg(
        'svg',
        { viewBox: viewBox(box), class: 'map small', role: 'img', 'aria-label': `Map: ${pin.place}, ${pin.precision} precision` },
        svg('rect', { x: -360, y: -180, width: 1080, height: 540, class: 'sea' }),
        countryLayer(countries),
        // The ring's size shows how vague the place is: a country pin gets a wide halo.
        svg('circle', { cx: x, cy: y, r: r * { site: 1, city: 1.5, region: 3, country: 6 }[pin.precision], class: 'precision-halo', fill: sectorColor(pin.sector) }),
        svg('circle', { cx: x, cy: y, r, class: 'pin', fill: sectorColor(pin.sector) }, svg('title', {}, `${pin.name} (${pin.place})`)),
      );
      figure.prepend(map);
    })
    .catch(() => caption.append(' (The map could not be drawn.)'));
  return figure;
}

function evidence(p, documents) {
  const spans = p.evidence ?? [];
  if (spans.length === 0) return muted('No source sentences recorded.');
  const byDoc = new Map();
  for (const s of spans) byDoc.set(s.documentId, [...(byDoc.get(s.documentId) ?? []), s]);
  return [...byDoc].map(([documentId, list]) => {
    const d = documents.get(documentId) ?? { id: documentId };
    const url = safeHttpUrl(d.url);
    return el(
      'article',
      { class: 'evidence-doc' },
      el('h3', {}, docLink(documents, documentId), el('span', { class: 'muted' }, ` ${[d.source, d.published].filter(Boolean).join(', ')}`), url ? [' ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : null),
      el(
        'ul',
        { class: 'sentences' },
        list.map((s) =>
          el(
            'li',
            {},
            el('blockquote', {}, s.text),
            link(`#/document/${documentId}${query({ hl: `${s.start}-${s.end}`, project: p.id })}`, 'Show in the article', { class: 'source-link', 'aria-label': `Show this sentence in ${d.title ?? 'the article'}` }),
          ),
        ),
      ),
    );
  });
}

function sourceHistory(p, documents) {
  if (!Array.isArray(p.history) || p.history.length === 0) return null;
  return section(
    'What each source said',
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'compact' },
        el('thead', {}, el('tr', {}, ['Date', 'Source', 'Status', 'Capacity', 'Amount'].map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          p.history.map((h) =>
            el(
              'tr',
              {},
              el('td', {}, h.date ?? 'undated'),
              el('td', {}, docLink(documents, h.document?.documentId, h.document?.title ?? undefined)),
              el('td', {}, statusBadge(h.status)),
              el('td', {}, (h.capacity ?? []).map(formatCapacity).join('; ') || DASH),
              el('td', {}, formatAmount(h.amount)),
            ),
          ),
        ),
      ),
    ),
  );
}
